from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from mentorhub.goals.models import Goal
from mentorhub.goals.services import goals_shared_with, goals_to_share_with
from mentorhub.lib.audience import OTHER, Audience
from mentorhub.lib.forms import DateInput

from .models import AGREEMENT_FIELDS, CADENCES, FORMATS, AgreementVersion, MentorshipRequest, Relationship


class GoalChoices:
    """The goals a request or agreement between mentee and mentor may carry, through the goals app's one door:
    those the mentee shares with the mentor, and, for the mentee only, their goals they may share here."""

    def set_goal_choices(self, user, mentee, mentor):
        mentee_name, mentor_name = mentee.profile.name, mentor.profile.name
        shared = self.fields["goals"].queryset = goals_shared_with(mentee, mentor)
        if user.pk == mentee.pk:
            self.fields["goals"].help_text = format_html(
                _("Goals you already share with {name}. {name} will see the ones you tick."), name=mentor_name
            )
        elif shared.exists():
            self.fields["goals"].help_text = format_html(
                _("Goals {name} shares with you. {name} will see the ones you tick."), name=mentee_name
            )
        else:
            self.fields["goals"].help_text = format_html(
                _("{name} shares no goals with you yet; only they can add them."), name=mentee_name
            )
        self.fields["share_goals"] = forms.ModelMultipleChoiceField(
            queryset=goals_to_share_with(mentee, mentor),
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label=_("Share more of your goals with {name}").format(name=mentor_name),
            help_text=format_html(
                _("Ticking a goal shares it with {name}, who will see it from now on."), name=mentor_name
            ),
        )
        if user.pk != mentee.pk:
            del self.fields["share_goals"]

    def chosen_goals(self) -> list:
        return [*self.cleaned_data.get("goals", []), *self.cleaned_data.get("share_goals", [])]


class RequestForm(GoalChoices, Audience, forms.Form):
    audience = {"message": OTHER, "cadence": OTHER, "meeting_format": OTHER}

    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": 3000}),
        max_length=3000,
        label=_("Message"),
        help_text=_("Short and personal: why them, what you hope for, a clear and flexible ask. Under 150 words."),
    )
    goals = forms.ModelMultipleChoiceField(
        queryset=Goal.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Goals"),
    )
    cadence = forms.ChoiceField(choices=CADENCES[:-1], initial="monthly", label=_("Proposed cadence"))
    meeting_format = forms.ChoiceField(choices=FORMATS, initial="video", label=_("Proposed format"))

    def __init__(self, user, other, as_role, *args, **kwargs):
        super().__init__(*args, other=other, **kwargs)
        mentee, mentor = (user, other) if as_role == "mentee" else (other, user)
        self.set_goal_choices(user, mentee, mentor)


class DeclineForm(Audience, forms.Form):
    audience = {"reason": OTHER, "note": OTHER, "referral": OTHER}

    reason = forms.ChoiceField(
        choices=[c for c in MentorshipRequest.DECLINE_REASONS if c[0] != "no_longer_available"],
        widget=forms.RadioSelect,
        label=_("Reason"),
    )
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=2000, label=_("Note"))
    referral = forms.CharField(
        required=False,
        max_length=200,
        label=_("Someone else who could help (optional)"),
        help_text=_("A name or a profile link: a referral turns a no into a next step."),
    )


class QuestionForm(Audience, forms.Form):
    audience = {"question": OTHER}

    question = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000, label=_("Question"))


class AnswerForm(Audience, forms.Form):
    audience = {"answer": OTHER}

    answer = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=3000, label=_("Answer"))


class AgreementForm(GoalChoices, Audience, forms.ModelForm):
    audience = dict.fromkeys(AGREEMENT_FIELDS, OTHER)

    class Meta:
        model = AgreementVersion
        fields = ["goals", *AGREEMENT_FIELDS]
        widgets = {
            "goals": forms.CheckboxSelectMultiple,
            "review_on": DateInput(),
            "boundaries": forms.Textarea(attrs={"rows": 3}),
            "mentee_responsibilities": forms.Textarea(attrs={"rows": 2}),
            "mentor_responsibilities": forms.Textarea(attrs={"rows": 2}),
            "end_criteria": forms.Textarea(attrs={"rows": 2}),
        }
        labels = {
            "goals": _("Goals"),
            "cadence": _("Cadence"),
            "custom_cadence_days": _("Custom cadence days"),
            "duration_months": _("Duration months"),
            "review_on": _("Review on"),
            "mentee_responsibilities": _("Mentee responsibilities"),
            "mentor_responsibilities": _("Mentor responsibilities"),
        }
        help_texts = {
            "channels": _("e.g. email for logistics, chat for quick questions"),
            "response_time": _("e.g. within two working days"),
            "boundaries": _("What stays between you, topics off limits, how to say no."),
            "end_criteria": _("e.g. after six months, or when I have my first product role."),
        }

    def __init__(self, relationship, user, *args, **kwargs):
        super().__init__(*args, other=relationship.other_side(user), **kwargs)
        self.fields["goals"].required = False
        self.set_goal_choices(user, relationship.mentee, relationship.mentor)

    def clean(self):
        data = super().clean()
        if data.get("cadence") == "custom" and not data.get("custom_cadence_days"):
            self.add_error("custom_cadence_days", _("Say every how many days you will meet."))
        if data.get("duration_months") is not None and not 1 <= data["duration_months"] <= 36:
            self.add_error("duration_months", _("Between 1 and 36 months."))
        return data


class CloseForm(Audience, forms.Form):
    audience = dict.fromkeys(["outcome", "reason", "reflection", "gratitude", "stay_in_touch"], OTHER)

    outcome = forms.ChoiceField(
        choices=[
            (Relationship.COMPLETED, _("We completed it")),
            (Relationship.ENDED_EARLY, _("We are ending it early")),
        ],
        widget=forms.RadioSelect,
        label=_("Outcome"),
    )
    reason = forms.ChoiceField(choices=Relationship.END_REASONS, label=_("Reason"))
    reflection = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        label=_("Your final reflection"),
        help_text=_("What changed for you? What will you take with you?"),
    )
    gratitude = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=3000,
        label=_("A thank-you note (optional)"),
    )
    stay_in_touch = forms.BooleanField(
        required=False, initial=True, label=_("Stay in touch: a light check-in every few months")
    )
    check_in_days = forms.TypedChoiceField(
        coerce=int,
        empty_value=None,
        required=False,
        choices=Relationship.CHECK_IN_CHOICES,
        initial=90,
        label=_("How often to check in"),
        help_text=_("You both get a short reminder; meetings can still be planned and logged."),
    )


class GratitudeForm(Audience, forms.Form):
    audience = {"text": OTHER}

    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=3000, label=_("Your thank-you note"))
