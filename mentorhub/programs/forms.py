from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext_lazy as _

from mentorhub.lib.audience import APPLICANTS, COORDINATORS, PROGRAM_PAGE, RECIPIENTS, Audience, tell_audience
from mentorhub.lib.forms import DateInput
from mentorhub.matching.scoring import COMPONENTS, DEFAULT_WEIGHTS, Weights

from .broadcasts import Filters
from .match_runs import Rules
from .models import Enrollment, EnrollmentQuestion, MatchRun, Program

SCALE = [(str(n), str(n)) for n in range(1, 6)]
# The match score's components as the weights' fields name them (matching.scoring.COMPONENTS).
WEIGHT_LABELS = {
    "skills": _("Skills"),
    "goals_text": _("Goals text"),
    "values": _("Values"),
    "timezone": _("Timezone"),
    "formats": _("Formats"),
    "capacity": _("Capacity"),
}
ORDINALS = [
    _("First choice"),
    _("Second choice"),
    _("Third choice"),
    _("Fourth choice"),
    _("Fifth choice"),
    _("Sixth choice"),
    _("Seventh choice"),
    _("Eighth choice"),
    _("Ninth choice"),
    _("Tenth choice"),
]


class EnrollmentForm(forms.Form):
    """The program's questions for one role, plus a mentor's number of places."""

    def __init__(self, program: Program, role: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(program.questions_for(role))
        for question in self.questions:
            self.fields[f"q{question.pk}"] = self.field_for(question)
            tell_audience(self.fields[f"q{question.pk}"], COORDINATORS)
        if role == Enrollment.MENTOR:
            self.fields["capacity"] = forms.IntegerField(
                label=_("How many mentees can you take in this program?"),
                min_value=1,
                max_value=settings.PROGRAM_PLACES_MAX,
                initial=program.default_mentor_capacity,
            )

    @staticmethod
    def field_for(question: EnrollmentQuestion) -> forms.Field:
        common = {"label": question.text, "required": question.required}
        choices = [(c, c) for c in question.choices]
        if question.kind == EnrollmentQuestion.SINGLE:
            return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
        if question.kind == EnrollmentQuestion.MULTIPLE:
            return forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple, **common)
        if question.kind == EnrollmentQuestion.SCALE:
            return forms.ChoiceField(
                choices=SCALE, widget=forms.RadioSelect, help_text=_("1 = not at all, 5 = very much"), **common
            )
        return forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000, **common)

    def answers(self) -> dict:
        return {str(q.pk): self.cleaned_data.get(f"q{q.pk}") for q in self.questions}


class ProgramSettingsForm(Audience, forms.ModelForm):
    """Creating and editing a program: the page and the API (`POST /api/programs`, `PATCH`) share it."""

    COHORT, EVERGREEN = "cohort", "evergreen"
    audience = dict.fromkeys(["name", "description"], PROGRAM_PAGE)
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[(COHORT, _("A cohort, with start and end dates")), (EVERGREEN, _("Evergreen: people join any time"))],
        widget=forms.RadioSelect,
        required=False,
    )

    class Meta:
        model = Program
        fields = [
            "name",
            "description",
            "visibility",
            "kind",
            "starts_on",
            "ends_on",
            "applications_open_on",
            "applications_close_on",
            "approval",
            "default_mentor_capacity",
            "max_rankings",
        ]
        widgets = {
            "starts_on": DateInput(),
            "ends_on": DateInput(),
            "applications_open_on": DateInput(),
            "applications_close_on": DateInput(),
        }
        labels = {
            "name": _("Name"),
            "description": _("Description"),
            "visibility": _("Visibility"),
            "starts_on": _("Starts on"),
            "ends_on": _("Ends on"),
            "approval": _("Approval"),
            "default_mentor_capacity": _("Default mentor capacity"),
        }
        help_texts = {
            "visibility": _(
                "Public: listed, anyone signed in may apply. Invite link: only people with the link. "
                "Private: only people a coordinator imports."
            )
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial.setdefault("kind", self.EVERGREEN if self.instance.is_evergreen else self.COHORT)
        places = self.fields["default_mentor_capacity"]
        places.validators.append(MaxValueValidator(settings.PROGRAM_PLACES_MAX))
        places.widget.attrs["max"] = settings.PROGRAM_PLACES_MAX

    def clean(self):
        data = super().clean()
        if data.get("kind") == self.EVERGREEN:
            data["starts_on"] = data["ends_on"] = None
        elif data.get("kind") == self.COHORT:
            for name in ("starts_on", "ends_on"):
                if not data.get(name) and name not in self.errors:
                    self.add_error(name, _("A cohort needs a start and an end date."))
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            self.add_error("ends_on", _("The program cannot end before it starts."))
        opens, closes = data.get("applications_open_on"), data.get("applications_close_on")
        if opens and closes and closes < opens:
            self.add_error("applications_close_on", _("Applications cannot close before they open."))
        if closes and data.get("ends_on") and closes > data["ends_on"]:
            self.add_error("applications_close_on", _("Applications must close by the program's end."))
        return data

    def program_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields if name != "kind"}


class CoordinatorForm(forms.Form):
    email = forms.EmailField(label=_("Email of the new coordinator"), help_text=_("They need an account here already."))


class DuplicateForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the copy"), max_length=150, required=False, help_text=_("Empty: the same name with “(copy)”.")
    )


class QuestionForm(Audience, forms.ModelForm):
    audience = {"text": APPLICANTS}
    choices = forms.CharField(
        label=_("Choices"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Single and multiple choice: one option per line."),
    )
    match_weight = forms.FloatField(
        label=_("Weight in the match score"),
        min_value=0,
        max_value=10,
        initial=0.2,
        required=False,
        help_text=_("For a criterion. The score's own weights add up to 1 by default (skills 0.4, goals 0.2, ...)."),
    )

    class Meta:
        model = EnrollmentQuestion
        fields = ["text", "role", "kind", "choices", "required", "match_use", "match_weight"]
        labels = {"text": _("Text"), "role": _("Role"), "kind": _("Kind"), "required": _("Required")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["choices"] = "\n".join(self.instance.choices)

    def clean_choices(self):
        return [line.strip() for line in self.cleaned_data["choices"].splitlines() if line.strip()]

    def clean(self):
        data = super().clean()
        kind, use = data.get("kind"), data.get("match_use")
        if kind in (EnrollmentQuestion.SINGLE, EnrollmentQuestion.MULTIPLE) and len(data.get("choices") or []) < 2:
            self.add_error("choices", _("Give at least two options."))
        elif kind not in (EnrollmentQuestion.SINGLE, EnrollmentQuestion.MULTIPLE):
            data["choices"] = []
        if use and data.get("role"):
            self.add_error("role", _("A question used in matching is asked of everyone, so both people answer it."))
        if use == EnrollmentQuestion.SAME_ANSWER and kind == EnrollmentQuestion.SCALE:
            self.add_error("match_use", _("A rule needs a text or choice question; use a scale as a criterion."))
        if use == EnrollmentQuestion.WEIGHTED:
            if kind == EnrollmentQuestion.TEXT:
                self.add_error("match_use", _("Free text cannot be compared; use a choice or a scale question."))
            if not data.get("match_weight") and "match_weight" not in self.errors:
                self.add_error("match_weight", _("Give the criterion a weight above 0."))
        elif data.get("match_weight") is None:
            data["match_weight"] = self.instance.match_weight
        return data


class RankingForm(forms.Form):
    """A mentee's first, second, ... choice of mentor."""

    def __init__(self, mentors, count: int, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", "—")] + [(str(p.user_id), p.name) for p in mentors]
        for n in range(count):
            label = ORDINALS[n] if n < len(ORDINALS) else _("Choice {number}").format(number=n + 1)
            self.fields[f"choice_{n + 1}"] = forms.ChoiceField(choices=choices, required=False, label=label)

    def mentor_ids(self) -> list[int]:
        return [int(v) for k, v in self.cleaned_data.items() if k.startswith("choice_") and v]


class MatchRunForm(forms.Form):
    objective = forms.ChoiceField(
        label=_("Objective"), choices=MatchRun.OBJECTIVE_CHOICES, initial=MatchRun.MOST_MATCHED
    )
    max_hours_apart = forms.FloatField(
        label=_("At most this many hours apart"), required=False, min_value=0, max_value=12, help_text=_("Empty: any.")
    )
    different_department = forms.BooleanField(label=_("Never pair people from the same department"), required=False)
    not_previous_pair = forms.BooleanField(label=_("Never pair people who worked together before"), required=False)
    min_score = forms.IntegerField(label=_("Minimum score"), min_value=0, max_value=100, initial=0)
    per_mentee = forms.IntegerField(label=_("Mentors per mentee"), min_value=1, max_value=5, initial=1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in COMPONENTS:
            self.fields[f"weight_{name}"] = forms.FloatField(
                label=WEIGHT_LABELS.get(name, name.replace("_", " ").capitalize()),
                min_value=0,
                max_value=10,
                initial=getattr(DEFAULT_WEIGHTS, name),
            )

    @classmethod
    def initial_from(cls, run: MatchRun | None, defaults: dict | None = None) -> dict:
        """The last run's choices, else the program's defaults (a duplicate's: its original's last run)."""
        source = {"objective": run.objective, "weights": run.weights, "rules": run.rules} if run else defaults
        if not source:
            return {"not_previous_pair": True}
        return {
            "objective": source.get("objective", MatchRun.MOST_MATCHED),
            **source.get("rules", {}),
            **{f"weight_{name}": value for name, value in source.get("weights", {}).items()},
        }

    def clean(self):
        data = super().clean()
        try:
            data["weights"] = Weights.from_dict({n: data[f"weight_{n}"] for n in COMPONENTS if f"weight_{n}" in data})
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None
        data["rules"] = Rules(
            max_hours_apart=data.get("max_hours_apart"),
            different_department=data.get("different_department", False),
            not_previous_pair=data.get("not_previous_pair", False),
            min_score=data.get("min_score") or 0,
            per_mentee=data.get("per_mentee") or 1,
        )
        return data


class ManualMatchForm(forms.Form):
    mentee = forms.TypedChoiceField(label=_("Mentee"), coerce=int)
    mentor = forms.TypedChoiceField(label=_("Mentor"), coerce=int)

    def __init__(self, mentees, mentors, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mentee"].choices = [("", _("Choose a mentee"))] + [
            (e.person_id, e.person.profile.name) for e in mentees
        ]
        self.fields["mentor"].choices = [("", _("Choose a mentor"))] + [
            (e.person_id, e.person.profile.name) for e in mentors
        ]


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        required=False,
        help_text=_(
            "Columns: email, name, role (mentee or mentor), skills, languages, timezone, department; "
            "optional: capacity, cohort. Separate several skills or languages with “;”."
        ),
    )
    # The preview posts the same rows back, so nothing is stored between the preview and the import.
    content = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean(self):
        data = super().clean()
        if not data.get("file") and not data.get("content"):
            raise forms.ValidationError(_("Choose a CSV file."))
        return data


class DashboardFilterForm(forms.Form):
    cohort = forms.ChoiceField(label=_("Cohort"), required=False)
    start = forms.DateField(label=_("From"), required=False, widget=DateInput())
    end = forms.DateField(label=_("To"), required=False, widget=DateInput())

    def __init__(self, cohorts, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].choices = [("", _("All cohorts"))] + [(c, c) for c in cohorts]


class BroadcastForm(forms.Form):
    role = forms.ChoiceField(
        label=_("To"), choices=[("", _("Everyone")), ("mentee", _("Mentees")), ("mentor", _("Mentors"))], required=False
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("approved", _("Approved participants")), ("applied", _("Applicants waiting for a decision"))],
        initial="approved",
    )
    unmatched = forms.BooleanField(label=_("Only people without a match in this program"), required=False)
    at_risk = forms.BooleanField(
        label=_("Only people in a relationship whose health is at risk or stalled"), required=False
    )
    subject = forms.CharField(label=_("Subject"), max_length=150)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 6}), max_length=3000)
    # The count the preview showed: sending with it proves the coordinator saw whom it goes to.
    confirm = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        tell_audience(self.fields["body"], RECIPIENTS)

    def filters(self):
        data = self.cleaned_data
        return Filters(role=data["role"], status=data["status"], unmatched=data["unmatched"], at_risk=data["at_risk"])
