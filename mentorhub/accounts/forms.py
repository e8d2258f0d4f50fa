from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

from mentorhub.lib import mail

from .models import AccessToken, User


class SignupForm(forms.Form):
    name = forms.CharField(max_length=120, label="Your name")
    email = forms.EmailField(label="Email")
    password = forms.CharField(widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}), strip=False)
    seeking_mentors = forms.BooleanField(required=False, initial=True, label="I am looking for a mentor")
    accepting_mentees = forms.BooleanField(required=False, label="I would like to mentor others")

    def clean_email(self):
        # Whether the address has an account is told to its owner by email, never on this page.
        return self.cleaned_data["email"].lower()

    def clean(self):
        data = super().clean()
        if "password" in data:
            try:
                password_validation.validate_password(data["password"], User(email=data.get("email", "")))
            except forms.ValidationError as error:
                self.add_error("password", error)
        return data


class LoginForm(AuthenticationForm):
    username = forms.EmailField(label="Email", widget=forms.EmailInput(attrs={"autofocus": True}))


class ChangeEmailForm(forms.Form):
    new_email = forms.EmailField(label="New email address")
    password = forms.CharField(widget=forms.PasswordInput, strip=False, label="Your current password")

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_new_email(self):
        email = self.cleaned_data["new_email"].lower()
        if email == self.user.email:
            raise forms.ValidationError("That is already your address.")
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("Another account uses that address.")
        return email

    def clean_password(self):
        if not self.user.check_password(self.cleaned_data["password"]):
            raise forms.ValidationError("That password is not right.")
        return self.cleaned_data["password"]


class AccessTokenForm(forms.Form):
    name = forms.CharField(max_length=100, help_text="What will use it, e.g. “calendar sync script”.")
    scope = forms.ChoiceField(choices=AccessToken.SCOPE_CHOICES, initial=AccessToken.READ)
    days = forms.IntegerField(
        min_value=1, max_value=365, initial=settings.ACCESS_TOKEN_DEFAULT_DAYS, label="Expires after (days)"
    )


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's reset form with its email sent through the outbox: Django's own sending logs and drops the email
    when SMTP is down, and the person waits for a link that never comes."""

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        subject = "".join(mail.render_text(subject_template_name, context).splitlines())
        body = mail.render_text(email_template_name, context)
        message = EmailMultiAlternatives(subject, body, from_email, [to_email])
        if html_email_template_name is not None:
            message.attach_alternative(render_to_string(html_email_template_name, context), "text/html")
        mail.send(message)
