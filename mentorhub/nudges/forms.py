from django import forms
from django.utils.translation import gettext_lazy as _

from mentorhub.lib.audience import ONLY_YOU, PULSE, Audience
from mentorhub.lib.forms import TimeInput

from .models import CATEGORIES, DELIVERY_CHOICES, Audit, Pulse

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class PreferencesForm(forms.Form):
    quiet_from = forms.TimeField(required=False, widget=TimeInput(), label=_("Quiet from"))
    quiet_until = forms.TimeField(required=False, widget=TimeInput(), label=_("until"))

    def __init__(self, prefs, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for category, label in CATEGORIES:
            self.fields[category] = forms.ChoiceField(
                choices=DELIVERY_CHOICES, label=label, initial=prefs.choice_for(category), widget=forms.RadioSelect
            )
        self.fields["quiet_from"].initial = prefs.quiet_from
        self.fields["quiet_until"].initial = prefs.quiet_until
        self.fields["quiet_from"].help_text = _("In your own timezone. Emails wait until quiet hours end.")

    def clean(self):
        data = super().clean()
        if bool(data.get("quiet_from")) != bool(data.get("quiet_until")):
            self.add_error("quiet_until", _("Give both ends of your quiet hours, or neither."))
        return data


class PulseForm(Audience, forms.ModelForm):
    audience = {"score": PULSE, "comment": ONLY_YOU}

    class Meta:
        model = Pulse
        fields = ["score", "comment"]
        labels = {"comment": _("Comment")}
        widgets = {"score": forms.RadioSelect, "comment": forms.Textarea(attrs={"rows": 3})}


class AuditForm(Audience, forms.ModelForm):
    audience = dict.fromkeys(["goals_still_right", "agreement_working", "what_to_change", "decision"], ONLY_YOU)

    goals_still_right = forms.TypedChoiceField(
        choices=YES_NO,
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
        label=_("Are the goals still the right ones?"),
    )
    agreement_working = forms.TypedChoiceField(
        choices=YES_NO,
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
        label=_("Is the agreement (cadence, channels, boundaries) still working?"),
    )

    class Meta:
        model = Audit
        fields = ["goals_still_right", "agreement_working", "what_to_change", "decision"]
        labels = {"what_to_change": _("What to change"), "decision": _("Decision")}
        widgets = {"what_to_change": forms.Textarea(attrs={"rows": 3}), "decision": forms.RadioSelect}
