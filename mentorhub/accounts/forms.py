from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import AccessToken, User


class SignupForm(forms.Form):
    """What allauth's sign-up form asks besides an email and a password (ACCOUNT_SIGNUP_FORM_CLASS); the adapter
    hands it to the new person's Profile."""

    field_order = ["name", "email", "password1", "seeking_mentors", "accepting_mentees"]

    name = forms.CharField(max_length=120, label=_("Your name"))
    seeking_mentors = forms.BooleanField(required=False, initial=True, label=_("I am looking for a mentor"))
    accepting_mentees = forms.BooleanField(required=False, label=_("I would like to mentor others"))

    def signup(self, request, user):
        """Nothing left to do: the Profile is made with the person (AccountAdapter.save_user)."""


class ChangeEmailForm(forms.Form):
    new_email = forms.EmailField(label=_("New email address"))
    password = forms.CharField(widget=forms.PasswordInput, strip=False, label=_("Your current password"))

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_new_email(self):
        email = self.cleaned_data["new_email"].lower()
        if email == self.user.email:
            raise forms.ValidationError(_("That is already your address."))
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("Another account uses that address."))
        return email

    def clean_password(self):
        if not self.user.has_usable_password():
            raise forms.ValidationError(_("You sign in through your organisation; change your address there."))
        if not self.user.check_password(self.cleaned_data["password"]):
            raise forms.ValidationError(_("That password is not right."))
        return self.cleaned_data["password"]


class AccessTokenForm(forms.Form):
    name = forms.CharField(
        max_length=100, label=_("Name"), help_text=_("What will use it, e.g. “calendar sync script”.")
    )
    scope = forms.ChoiceField(label=_("Scope"), choices=AccessToken.SCOPE_CHOICES, initial=AccessToken.READ)
    days = forms.IntegerField(
        min_value=1, max_value=365, initial=settings.ACCESS_TOKEN_DEFAULT_DAYS, label=_("Expires after (days)")
    )
