from django import forms
from django.utils.translation import gettext_lazy as _

from mentorhub.accounts.models import User
from mentorhub.lib.audience import ONLY_YOU, SHARED_GOAL, Audience, tell_audience
from mentorhub.lib.forms import DateInput
from mentorhub.profiles.models import Profile
from mentorhub.programs.models import Program

from .models import PLAN_FIELDS, PLAN_LABELS, DevelopmentPlan, Goal, SkillGap


class PlanForm(Audience, forms.ModelForm):
    audience = dict.fromkeys(PLAN_FIELDS, ONLY_YOU)

    class Meta:
        model = DevelopmentPlan
        fields = PLAN_FIELDS
        labels = PLAN_LABELS
        widgets = {
            f: forms.Textarea(attrs={"rows": 3})
            for f in [
                "short_term_aspirations",
                "long_term_aspirations",
                "strengths",
                "areas_to_improve",
                "desired_outcomes",
            ]
        }

    def clean_hours_per_month(self):
        hours = self.cleaned_data["hours_per_month"]
        if hours is not None and hours > 160:
            raise forms.ValidationError(_("That is more than a full-time job: a few hours a month is typical."))
        return hours


class SkillGapForm(Audience, forms.ModelForm):
    audience = {"why_it_matters": ONLY_YOU}

    class Meta:
        model = SkillGap
        fields = ["skill", "current_level", "target_level", "why_it_matters"]
        labels = {
            "skill": _("Skill"),
            "current_level": _("Current level"),
            "target_level": _("Target level"),
            "why_it_matters": _("Why it matters"),
        }

    def __init__(self, person, *args, **kwargs):
        self.person = person
        super().__init__(*args, **kwargs)

    def clean_skill(self):
        skill = " ".join(self.cleaned_data["skill"].split())
        taken = SkillGap.objects.filter(person=self.person, skill__iexact=skill).exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(_("You have this skill gap already; edit that one instead."))
        return skill

    def clean(self):
        data = super().clean()
        current, target = data.get("current_level"), data.get("target_level")
        if current is not None and target is not None and target <= current:
            self.add_error("target_level", _("The target level must be above where you are now."))
        return data


class GoalForm(forms.ModelForm):
    my_mentors = forms.ModelMultipleChoiceField(
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Share with my mentors"),
    )
    share_with = forms.CharField(
        required=False,
        label=_("Other mentors to share with"),
        help_text=_("Their email addresses, comma-separated. They must be mentors on Mentorship Hub."),
    )

    class Meta:
        model = Goal
        fields = [
            "text",
            "why_it_matters",
            "success_measure",
            "target_date",
            "status",
            "hours_per_week",
            "confidence",
            "skill_gaps",
            "manual_progress",
            "visibility",
            "shared_program",
        ]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 2, "maxlength": 500}),
            "why_it_matters": forms.Textarea(attrs={"rows": 2}),
            "target_date": DateInput(),
            "skill_gaps": forms.CheckboxSelectMultiple,
            "visibility": forms.RadioSelect,
        }
        labels = {
            "target_date": _("Target date"),
            "status": _("Status"),
            "skill_gaps": _("Skill gaps"),
            "manual_progress": _("Progress (%)"),
            "visibility": _("Visibility"),
            "shared_program": _("Program"),
        }

    def __init__(self, person, *args, **kwargs):
        self.person = person
        super().__init__(*args, **kwargs)
        self.fields["skill_gaps"].queryset = SkillGap.objects.filter(person=person)
        self.fields["skill_gaps"].help_text = _("Which of your skill gaps this goal closes.")
        self.fields["shared_program"].queryset = Program.objects.filter(
            enrollments__person=person, enrollments__status="approved"
        ).distinct()
        self.fields["shared_program"].help_text = _(
            "Its coordinators see this goal when you share it with the program."
        )
        self.fields["confidence"].help_text = _(
            "Achievable: be honest; a smaller goal you reach beats a big one you drop."
        )
        self.fields["why_it_matters"].help_text = _("Relevant: which of your aspirations does it serve?")
        for name in ("text", "why_it_matters", "success_measure"):
            tell_audience(self.fields[name], SHARED_GOAL)
        mine = User.objects.filter(
            mentorships_as_mentor__mentee=person, mentorships_as_mentor__status__in=["active", "paused"]
        ).distinct()
        self.fields["my_mentors"].queryset = mine
        self.fields["my_mentors"].label_from_instance = lambda user: user.profile.name
        if not mine.exists():
            del self.fields["my_mentors"]
        if self.instance.pk and not self.is_bound:
            shared = list(self.instance.shared_with.all())
            self.initial["my_mentors"] = [u for u in shared if u in mine]
            self.initial["share_with"] = ", ".join(u.email for u in shared if u not in mine)

    def clean_text(self):
        text = " ".join(self.cleaned_data["text"].split())
        if not any(ch.isalpha() for ch in text):
            raise forms.ValidationError(_("Write your goal in words, e.g. “Give two talks at team meetings by June”."))
        return text

    def clean_manual_progress(self):
        value = self.cleaned_data["manual_progress"]
        if value is not None and value > 100:
            raise forms.ValidationError(_("Progress goes up to 100%."))
        return value

    def clean_share_with(self):
        emails = [e.strip().lower() for e in self.cleaned_data["share_with"].split(",") if e.strip()]
        mentors = list(
            User.objects.filter(
                email__in=emails,
                profile__in=Profile.objects.visible_to(self.person).filter(accepting_mentees=True),
            ).exclude(pk=self.person.pk)
        )
        unknown = sorted(set(emails) - {m.email for m in mentors})
        if unknown:
            raise forms.ValidationError(
                _("Not a mentor you can share with: {emails}.").format(emails=", ".join(unknown))
            )
        return mentors

    def clean(self):
        data = super().clean()
        chosen = {u.pk: u for u in [*data.get("my_mentors", []), *data.get("share_with", [])]}
        data["share_with"] = list(chosen.values())
        return data


class MilestoneForm(forms.Form):
    text = forms.CharField(max_length=300, label=_("New milestone"))
    due_date = forms.DateField(required=False, widget=DateInput(), label=_("Due date"))
