from django import forms

from mentorhub.goals.models import Goal
from mentorhub.lib.forms import DateInput

from .models import AGREEMENT_FIELDS, CADENCES, FORMATS, AgreementVersion, MentorshipRequest, Relationship


class RequestForm(forms.Form):
    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": 3000}),
        max_length=3000,
        help_text="Short and personal: why them, what you hope for, a clear and flexible ask. Under 150 words.",
    )
    goals = forms.ModelMultipleChoiceField(
        queryset=Goal.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Shared with them as part of the request.",
    )
    cadence = forms.ChoiceField(choices=CADENCES[:-1], initial="monthly", label="Proposed cadence")
    meeting_format = forms.ChoiceField(choices=FORMATS, initial="video", label="Proposed format")

    def __init__(self, mentee, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if mentee is None:
            del self.fields["goals"]
        else:
            self.fields["goals"].queryset = Goal.objects.filter(owner=mentee, status__in=["draft", "active"])


class DeclineForm(forms.Form):
    reason = forms.ChoiceField(
        choices=[c for c in MentorshipRequest.DECLINE_REASONS if c[0] != "no_longer_available"],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=2000)
    referral = forms.CharField(
        required=False,
        max_length=200,
        label="Someone else who could help (optional)",
        help_text="A name or a profile link: a referral turns a no into a next step.",
    )


class QuestionForm(forms.Form):
    question = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)


class AnswerForm(forms.Form):
    answer = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=3000)


class AgreementForm(forms.ModelForm):
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
        help_texts = {
            "channels": "e.g. email for logistics, chat for quick questions",
            "response_time": "e.g. within two working days",
            "boundaries": "What stays between you, topics off limits, how to say no.",
            "end_criteria": "e.g. after six months, or when I have my first product role.",
        }

    def __init__(self, relationship, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goals"].queryset = Goal.objects.filter(owner=relationship.mentee).exclude(status="dropped")
        self.fields["goals"].help_text = "The mentee's goals you will work on together."

    def clean(self):
        data = super().clean()
        if data.get("cadence") == "custom" and not data.get("custom_cadence_days"):
            self.add_error("custom_cadence_days", "Say every how many days you will meet.")
        if data.get("duration_months") is not None and not 1 <= data["duration_months"] <= 36:
            self.add_error("duration_months", "Between 1 and 36 months.")
        return data


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(
        choices=[(Relationship.COMPLETED, "We completed it"), (Relationship.ENDED_EARLY, "We are ending it early")],
        widget=forms.RadioSelect,
    )
    reason = forms.ChoiceField(choices=Relationship.END_REASONS)
    reflection = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        label="Your final reflection",
        help_text="What changed for you? What will you take with you?",
    )
    gratitude = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=3000,
        label="A thank-you note (optional)",
        help_text="Delivered to the other person.",
    )
    stay_in_touch = forms.BooleanField(
        required=False, initial=True, label="Stay in touch: a light check-in every few months"
    )
    check_in_days = forms.TypedChoiceField(
        coerce=int,
        empty_value=None,
        required=False,
        choices=Relationship.CHECK_IN_CHOICES,
        initial=90,
        label="How often to check in",
        help_text="You both get a short reminder; meetings can still be planned and logged.",
    )


class GratitudeForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=3000, label="Your thank-you note")
