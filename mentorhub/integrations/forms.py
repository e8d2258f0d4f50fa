from django import forms
from django.conf import settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from mentorhub.lib.errors import DomainError
from mentorhub.lib.outbound import resolve
from mentorhub.programs.models import Program

from .models import EVENTS


class WebhookForm(forms.Form):
    url = forms.URLField(label=_("Payload URL"), assume_scheme="https", help_text=_("We POST JSON here, signed."))
    events = forms.MultipleChoiceField(label=_("Events"), choices=EVENTS, widget=forms.CheckboxSelectMultiple)
    program = forms.ModelChoiceField(
        queryset=Program.objects.none(),
        required=False,
        label=_("Program"),
        help_text=_("Coordinators: receive this program's events instead of your own."),
    )

    def __init__(self, person, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["program"].queryset = person.coordinated_programs.all()
        if not person.coordinated_programs.exists():
            del self.fields["program"]

    def clean_url(self):
        url = self.cleaned_data["url"]
        try:
            resolve(url, settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS)
        except DomainError as refusal:
            raise forms.ValidationError(refusal.message) from None
        return url


class DeleteAccountForm(forms.Form):
    password = forms.CharField(widget=forms.PasswordInput, strip=False, label=_("Your password, to confirm"))
    confirm = forms.BooleanField(label=_("I understand that this cannot be undone"))

    def __init__(self, person, *args, **kwargs):
        self.person = person
        super().__init__(*args, **kwargs)

    def clean_password(self):
        if not self.person.check_password(self.cleaned_data["password"]):
            raise forms.ValidationError(gettext("That password is not right."))
        return self.cleaned_data["password"]
