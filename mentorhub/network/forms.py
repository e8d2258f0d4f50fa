from django import forms
from django.conf import settings
from django.core.validators import URLValidator
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from mentorhub.goals.models import Goal, SkillGap
from mentorhub.lib.audience import ONLY_YOU, Audience
from mentorhub.lib.forms import DateTimeInput

from .models import Contact, OutreachMessage
from .outreach_templates import TEMPLATE_CHOICES


class ContactForm(Audience, forms.ModelForm):
    audience = dict.fromkeys(["known_for", "research_notes", "values_fit", "links_text", "introduced_by"], ONLY_YOU)

    # Not a model field here: the service moves the stage, so that the date of the move is kept too.
    stage = forms.ChoiceField(label=_("Stage"), choices=Contact.STAGE_CHOICES, initial=Contact.IDENTIFIED)
    links_text = forms.CharField(
        label=_("Links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Their profile, articles or talks: one web address a line."),
    )

    class Meta:
        model = Contact
        fields = [
            "name",
            "email",
            "organisation",
            "role",
            "how_known",
            "introduced_by",
            "known_for",
            "research_notes",
            "goals",
            "skill_gaps",
            "values_fit",
        ]
        widgets = {
            "research_notes": forms.Textarea(attrs={"rows": 5}),
            "goals": forms.CheckboxSelectMultiple,
            "skill_gaps": forms.CheckboxSelectMultiple,
        }
        labels = {
            "name": _("Name"),
            "organisation": _("Organisation"),
            "role": _("Role"),
            "research_notes": _("Research notes"),
            "goals": _("Goals they could help with"),
            "skill_gaps": _("Skill gaps they could help with"),
        }

    # Links belong with the research; the rest keep the order above, then the stage.
    field_order = [*Meta.fields[: Meta.fields.index("research_notes") + 1], "links_text"]

    def __init__(self, person, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goals"].queryset = Goal.objects.filter(owner=person).exclude(status=Goal.DROPPED)
        self.fields["skill_gaps"].queryset = SkillGap.objects.filter(person=person)
        for name in ("goals", "skill_gaps"):
            if not self.fields[name].queryset.exists():
                self.fields[name].help_text = format_html(
                    gettext('None yet: <a href="{}">write them on your Goals page</a>.'), reverse("goals:index")
                )
        self.fields["email"].help_text = gettext("If they are on Mentorship Hub, we link their profile.")
        if self.instance.pk and not self.is_bound:
            self.initial["links_text"] = "\n".join(self.instance.links)
            self.initial["stage"] = self.instance.stage

    def clean_links_text(self):
        links = [line.strip() for line in self.cleaned_data["links_text"].splitlines() if line.strip()]
        validate = URLValidator(schemes=["http", "https"])
        for link in links:
            try:
                validate(link)
            except forms.ValidationError:
                raise forms.ValidationError(
                    gettext("“{link}” is not a web address (start it with https://).").format(link=link)
                ) from None
        return links

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not any(ch.isalpha() for ch in name):
            raise forms.ValidationError(gettext("Write their name."))
        return name

    def contact_data(self) -> dict:
        data = {k: v for k, v in self.cleaned_data.items() if k not in ("goals", "skill_gaps", "links_text")}
        return {**data, "links": self.cleaned_data["links_text"]}


class ContactFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, widget=forms.TextInput(attrs={"type": "search"}))
    stage = forms.ChoiceField(label=_("Stage"), choices=[("", _("Any stage")), *Contact.STAGE_CHOICES], required=False)
    how_known = forms.ChoiceField(
        label=_("How you know them"), choices=[("", _("Any")), *Contact.HOW_KNOWN_CHOICES], required=False
    )


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("Stage"), choices=Contact.STAGE_CHOICES)


class EncounterForm(forms.Form):
    contact = forms.ModelChoiceField(
        queryset=Contact.objects.none(), required=False, empty_label=_("Someone new"), label=_("Who you met")
    )
    new_name = forms.CharField(label=_("Their name"), max_length=120, required=False, help_text=_("If they are new."))
    new_organisation = forms.CharField(label=_("Their organisation"), max_length=120, required=False)
    where = forms.CharField(label=_("Where"), max_length=200, help_text=_("The event, conference or meeting."))
    met_at = forms.DateTimeField(label=_("When"), widget=DateTimeInput)
    notes = forms.CharField(
        label=_("What you talked about"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Your follow-up note will refer to it."),
    )

    def __init__(self, person, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact"].queryset = Contact.objects.visible_to(person)

    def clean(self):
        data = super().clean()
        if not data.get("contact") and not data.get("new_name", "").strip():
            self.add_error("new_name", gettext("Choose who you met, or write the name of someone new."))
        if data.get("met_at") and data["met_at"] > timezone.now():
            self.add_error("met_at", gettext("Log an encounter once it has happened."))
        return data


class ComposeForm(forms.Form):
    template = forms.ChoiceField(label=_("Template"), choices=TEMPLATE_CHOICES)
    subject = forms.CharField(label=_("Subject"), max_length=200, required=False)
    body = forms.CharField(
        label=_("Message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 14}),
        error_messages={"required": _("Write your message first.")},
    )
    # Each send button carries its channel, so the field is never drawn as a widget.
    channel = forms.ChoiceField(label=_("How you sent it"), choices=OutreachMessage.CHANNEL_CHOICES)
    sent_at = forms.DateTimeField(
        label=_("Sent on"),
        required=False,
        widget=DateTimeInput,
        help_text=_("Leave empty for now; fill it in to log a message you sent earlier."),
    )

    def __init__(self, contact, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].help_text = format_html(
            gettext("{} reads it once you send it; until then only you see it."), contact.name
        )
        choices = [(OutreachMessage.COPY, OutreachMessage.CHANNEL_CHOICES[0][1])]
        if contact.email:
            choices.append((OutreachMessage.EMAIL, gettext("Email to {email}").format(email=contact.email)))
        if contact.person_id:
            choices.append(
                (
                    OutreachMessage.PLATFORM,
                    gettext("Send it to {name} on Mentorship Hub").format(name=contact.first_name),
                )
            )
        self.fields["channel"].choices = choices


class ResponseForm(forms.Form):
    response = forms.ChoiceField(label=_("Their reply"), choices=OutreachMessage.RESPONSE_CHOICES)
    responded_at = forms.DateTimeField(
        label=_("Replied on"), required=False, widget=DateTimeInput, help_text=_("Leave empty for now.")
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=format_lazy(
            _(
                "LinkedIn's connections export as it is, or a file with the columns name, email, organisation, "
                "role, how_known. At most {megabytes} MB and {rows} contacts."
            ),
            megabytes=f"{settings.CSV_MAX_BYTES / 1024 / 1024:g}",
            rows=f"{settings.CSV_MAX_ROWS:,}",
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
