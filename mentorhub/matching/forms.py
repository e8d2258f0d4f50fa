from django import forms
from django.utils.translation import gettext_lazy as _

from mentorhub.profiles.models import MEETING_FORMATS

from .services import DirectoryQuery

HOURS_APART = [
    (0, _("Same time of day")),
    (1, _("Within 1 hour")),
    (3, _("Within 3 hours")),
    (5, _("Within 5 hours")),
    (8, _("Within 8 hours")),
]
SORTS = [("score", _("Best match")), ("name", _("Name"))]
TEXT_FIELDS = ("q", "skill")
SELECT_FIELDS = ("industry", "language", "format", "max_hours_apart", "program", "sort")


def split_skills(values) -> tuple[str, ...]:
    """Skills from "SQL, public speaking" or from repeated parameters: the mentor must offer every one."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


class DirectoryForm(forms.Form):
    """The directory's GET form: every field optional, so a bare /mentors/ is the best matches of everyone."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("Name, skill or any word")}),
    )
    skill = forms.CharField(
        label=_("Skills"),
        required=False,
        max_length=200,
        help_text=_("Separate several with commas."),
        widget=forms.TextInput(attrs={"list": "skill-options", "autocomplete": "off"}),
    )
    industry = forms.ChoiceField(label=_("Industry"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    format = forms.ChoiceField(
        label=_("Meeting format"), required=False, choices=[("", _("Any format")), *MEETING_FORMATS]
    )
    max_hours_apart = forms.TypedChoiceField(
        label=_("Timezone"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("Any timezone")), *HOURS_APART],
    )
    program = forms.TypedChoiceField(label=_("Program"), required=False, coerce=int, empty_value=None)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def __init__(self, data, *, industries, languages, programs):
        super().__init__(data)
        self.fields["industry"].choices = [("", _("Any industry")), *((i, i) for i in industries)]
        self.fields["language"].choices = [("", _("Any language")), *((lang, lang) for lang in languages)]
        self.fields["program"].choices = [("", _("Any program")), *((p.pk, p.name) for p in programs)]

    def texts(self) -> list:
        return [self[name] for name in TEXT_FIELDS]

    def selects(self) -> list[tuple]:
        """(bound field, [(value, label, selected)]) for each select: a plain template loop over these renders
        several times faster than Django's one-template-per-option widgets, and this page is the hot one."""
        rows = []
        for name in SELECT_FIELDS:
            field = self[name]
            if name == "program" and len(field.field.choices) == 1:
                continue  # no programs: nothing to choose
            current = "" if field.value() is None else str(field.value())
            rows.append((field, [(str(v), label, str(v) == current) for v, label in field.field.choices]))
        return rows

    def to_query(self, *, peers: bool) -> DirectoryQuery:
        """The valid part of what was asked: an invalid field is reported on the form and left out of the search."""
        self.is_valid()
        data = self.cleaned_data
        return DirectoryQuery(
            q=data.get("q") or "",
            skills=split_skills([data.get("skill") or ""]),
            industry=data.get("industry") or "",
            language=data.get("language") or "",
            meeting_format=data.get("format") or "",
            max_hours_apart=data.get("max_hours_apart"),
            program=data.get("program"),
            sort=data.get("sort") or "score",
            peers=peers,
            page=data.get("page") or 1,
        )
