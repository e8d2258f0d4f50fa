"""Forms read times in the viewer's timezone: views render and validate them inside `timezone.override`."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from mentorhub.lib.audience import ONLY_YOU, ONLY_YOU_HEALTH, OTHER, Audience, tell_audience
from mentorhub.lib.forms import DateInput, DateTimeInput
from mentorhub.relationships.models import FORMATS

DURATIONS = [(30, _("30 minutes")), (45, _("45 minutes")), (60, _("1 hour")), (90, _("1 hour 30"))]


class OwnIds:
    """Several forms share the meeting page: each gets its own id prefix, so every label names one field."""

    id_prefix = ""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", f"{self.id_prefix}_%s")
        super().__init__(*args, **kwargs)


def checkbox(label, **kwargs):
    """A tick box reads as a sentence: no colon after its label."""
    return forms.BooleanField(required=False, label=label, label_suffix="", **kwargs)


class LocalDateTimeField(forms.DateTimeField):
    widget = DateTimeInput


class DetailsForm(Audience, forms.Form):
    """How and where: shared by planning, logging and changing a meeting."""

    audience = dict.fromkeys(["title", "video_link", "location", "slot_1", "starts_at"], OTHER)

    title = forms.CharField(
        max_length=200, required=False, label=_("Title"), help_text=_("Leave empty for “Mentoring meeting”.")
    )
    duration_minutes = forms.TypedChoiceField(
        choices=DURATIONS, coerce=int, initial=settings.MEETING_MINUTES_DEFAULT, label=_("Length")
    )
    format = forms.ChoiceField(choices=FORMATS, initial="video", label=_("Format"))
    video_link = forms.URLField(max_length=500, required=False, assume_scheme="https", label=_("Video link"))
    location = forms.CharField(
        max_length=200, required=False, label=_("Location"), help_text=_("For meeting in person: where.")
    )

    def details(self) -> dict:
        return {f: self.cleaned_data[f] for f in ("title", "duration_minutes", "format", "video_link", "location")}


class PlanForm(DetailsForm):
    mode = forms.ChoiceField(
        choices=[
            ("propose", _("Propose times for them to pick")),
            ("schedule", _("Schedule it now (you agreed a time)")),
        ],
        initial="propose",
        widget=forms.RadioSelect,
        label=_("How"),
    )
    slot_1 = LocalDateTimeField(label=_("Time 1"), required=False)
    slot_2 = LocalDateTimeField(label=_("Time 2 (optional)"), required=False)
    slot_3 = LocalDateTimeField(label=_("Time 3 (optional)"), required=False)
    recurring = checkbox(_("Repeat at our agreed cadence"))

    field_order = ["mode", "slot_1", "slot_2", "slot_3", "recurring"]

    def __init__(self, *args, cadence_days=None, **kwargs):
        super().__init__(*args, **kwargs)
        if cadence_days:
            self.fields["recurring"].help_text = ngettext(
                "Every day, as your agreement says. The next meeting is planned when this one is held.",
                "Every {days} days, as your agreement says. The next meeting is planned when this one is held.",
                cadence_days,
            ).format(days=cadence_days)
        else:
            del self.fields["recurring"]

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        slots = [data[f] for f in ("slot_1", "slot_2", "slot_3") if data.get(f)]
        if not slots:
            self.add_error("slot_1", _("Choose a date and time."))
        elif data["mode"] == "schedule" and len(slots) > 1:
            self.add_error("slot_2", _("To schedule it now, give one time; to let them choose, propose several."))
        data["slots"] = slots
        return data


class SlotsForm(Audience, forms.Form):
    audience = {"slot_1": OTHER}

    slot_1 = LocalDateTimeField(label=_("Time 1"))
    slot_2 = LocalDateTimeField(label=_("Time 2 (optional)"), required=False)
    slot_3 = LocalDateTimeField(label=_("Time 3 (optional)"), required=False)

    def slots(self) -> list:
        return [self.cleaned_data[f] for f in ("slot_1", "slot_2", "slot_3") if self.cleaned_data.get(f)]


class ChangeForm(DetailsForm):
    audience = {**DetailsForm.audience, "note": OTHER}

    starts_at = LocalDateTimeField(label=_("Date and time"))
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        required=False,
        label=_("A note for them (optional)"),
    )

    field_order = ["starts_at"]


class CancelForm(OwnIds, Audience, forms.Form):
    audience = {"note": OTHER}

    id_prefix = "cancel"
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, required=False, label=_("Why (optional)")
    )
    stop_series = checkbox(_("Also stop the recurring series"))


class LogForm(DetailsForm):
    starts_at = LocalDateTimeField(label=_("When it happened"))
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
        required=False,
        label=_("Notes"),
        help_text=_("Shared with them when you tick the box below; otherwise only you see them."),
    )
    note_shared = checkbox(_("Share the notes with them"), initial=True)

    field_order = ["starts_at", "format", "duration_minutes", "note", "note_shared"]


class AgendaForm(forms.Form):
    def __init__(self, agenda, *args, other=None, **kwargs):
        super().__init__(*args, **kwargs)
        for prompt in agenda.prompts:
            self.fields[prompt["key"]] = forms.CharField(
                label=prompt["label"],
                help_text=prompt["help"],
                required=False,
                max_length=4000,
                initial=prompt["text"],
                widget=forms.Textarea(attrs={"rows": 3}),
            )
            tell_audience(self.fields[prompt["key"]], OTHER, other)


class NoteForm(OwnIds, forms.Form):
    id_prefix = "note"
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        label=_("Note"),
        help_text=_("Only you see it, unless you tick “Share” below."),
    )
    shared = checkbox(_("Share with the other person (otherwise only you see it)"))


class ActionItemForm(OwnIds, Audience, forms.Form):
    audience = {"text": OTHER}

    id_prefix = "item"
    text = forms.CharField(max_length=300, label=_("Action item"))
    assignee = forms.TypedChoiceField(coerce=int, label=_("Who"))
    due_on = forms.DateField(required=False, widget=DateInput(), label=_("Due"))

    def __init__(self, relationship, user, *args, **kwargs):
        other = relationship.other_side(user)
        super().__init__(*args, other=other, **kwargs)
        self.fields["assignee"].choices = [(user.pk, _("Me")), (other.pk, other.profile.name)]


class ProgressForm(Audience, forms.Form):
    audience = {"text": OTHER, "goal_progress": OTHER}

    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
        label=_("What happened"),
        help_text=_("“After our last chat I rewrote my CV: before and after…”"),
    )
    goal = forms.ModelChoiceField(queryset=None, required=False, empty_label=_("No goal"), label=_("Goal (optional)"))
    goal_progress = forms.IntegerField(
        min_value=0, max_value=100, required=False, label=_("Goal progress now (%)"), widget=forms.NumberInput
    )
    goal_achieved = checkbox(_("I achieved this goal"))

    def __init__(self, goals, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].queryset = goals


class FeedbackForm(OwnIds, Audience, forms.Form):
    audience = {"rating": ONLY_YOU_HEALTH, "comment": ONLY_YOU}

    id_prefix = "rating"
    rating = forms.TypedChoiceField(
        choices=[(i, str(i)) for i in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect(attrs={"class": "stars"}),
        label=_("How useful was it? (1 to 5)"),
    )
    comment = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, required=False, label=_("Comment")
    )


class MentorFeedbackForm(Audience, forms.Form):
    audience = {"strengths": OTHER, "next_steps": OTHER}

    strengths = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=3000, label=_("Strengths you see"))
    next_steps = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=3000, label=_("Next steps"))
