from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from mentorhub.health.services import HEALTH_LABELS
from mentorhub.relationships.models import Relationship

from .attention import CURRENT, REASONS, SORTS
from .models import FitCheck, HelpRequest
from .services import MAX_TEXT, RECIPIENTS


class PairFilterForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=[("", _("Any reason")), *REASONS.items()], required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Any status")), (CURRENT, _("Active or paused")), *Relationship.STATUS_CHOICES],
        required=False,
    )
    phase = forms.ChoiceField(label=_("Phase"), choices=[("", _("Any phase")), *Relationship.PHASES], required=False)
    level = forms.ChoiceField(
        label=_("Health"), choices=[("", _("Any health")), *HEALTH_LABELS.items()], required=False
    )
    sort = forms.ChoiceField(label=_("Sort"), choices=list(SORTS.items()), required=False)


class CheckInForm(forms.Form):
    to = forms.ChoiceField(label=_("Send to"), choices=RECIPIENTS)
    message = forms.CharField(
        label=_("Message"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=MAX_TEXT,
        help_text=_("It reaches their notification centre and their email."),
    )


class ExtendForm(forms.Form):
    days = forms.IntegerField(label=_("Extend by (days)"), min_value=1, max_value=settings.MENTORSHIP_REVIEW_DAYS)
    why = forms.CharField(label=_("Why (both people see it in their history)"), required=False, max_length=MAX_TEXT)


class EndForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[(Relationship.COMPLETED, _("Completed")), (Relationship.ENDED_EARLY, _("Ended early"))],
    )
    reason = forms.ChoiceField(label=_("Reason"), choices=Relationship.END_REASONS)
    why = forms.CharField(label=_("Why (both people see it in their history)"), required=False, max_length=MAX_TEXT)


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Note (only the program's coordinators read it)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
    )


class FitCheckForm(forms.Form):
    answer = forms.ChoiceField(label=_("Is this a good fit?"), choices=FitCheck.ANSWERS, widget=forms.RadioSelect)
    comment = forms.CharField(
        label=_("What is not working? (optional; only the program's coordinators read it)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=MAX_TEXT,
    )


class HelpForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"), choices=HelpRequest.KINDS, widget=forms.RadioSelect, initial=HelpRequest.HELP
    )
    reason = forms.CharField(
        label=_("What would you like help with?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_TEXT,
        help_text=_("Only the program's coordinators read it, never the other person."),
    )
