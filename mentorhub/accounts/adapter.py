"""How allauth fits the hub: sign-up fills the new person's Profile, and account emails go through the outbox,
rendered without HTML escaping and within the per-address and per-client limits (services.may_email)."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.core.mail import EmailMultiAlternatives

from mentorhub.lib import mail
from mentorhub.lib.clientip import client_ip

from . import services

# Emails anyone can make us send to an address they do not own; a new sign-up's first email is not among them, so a
# class signing up together behind one address loses nobody.
LIMITED_EMAILS = {
    "account/email/password_reset_key",
    "account/email/account_already_exists",
    "account/email/email_confirmation",
}


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_password_mismatch": "Please enter the correct email and password for your account.",
    }

    def save_user(self, request, user, form, commit=True):
        data = form.cleaned_data
        user.profile_fields = {
            "name": data["name"],
            "seeking_mentors": data["seeking_mentors"],
            "accepting_mentees": data["accepting_mentees"],
        }
        return super().save_user(request, user, form, commit)

    def render_mail(self, template_prefix, email, context, headers=None):
        subject = " ".join(mail.render_text(f"{template_prefix}_subject.txt", context).splitlines()).strip()
        body = mail.render_text(f"{template_prefix}_message.txt", context).strip() + "\n"
        to = [email] if isinstance(email, str) else email
        return EmailMultiAlternatives(
            self.format_email_subject(subject), body, self.get_from_email(), to, headers=headers
        )

    def send_mail(self, template_prefix, email, context):
        request = allauth_context.request
        if template_prefix in LIMITED_EMAILS and not services.may_email(
            email, client_ip(request) if request is not None else None
        ):
            return
        context = {"email": email, "site_url": settings.SITE_URL, **context}
        mail.send(self.render_mail(template_prefix, email, context))
