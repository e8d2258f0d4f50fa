"""How allauth fits the hub: sign-up fills the new person's Profile, and account emails go through the outbox,
rendered without HTML escaping and within the per-address and per-client limits (services.may_email)."""

import logging

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.mail import EmailMultiAlternatives
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mentorhub.lib import mail
from mentorhub.lib.clientip import client_ip
from mentorhub.lib.time import zone_names

from . import services, sso

log = logging.getLogger(__name__)

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
        "email_password_mismatch": gettext_lazy("Please enter the correct email and password for your account."),
    }

    def save_user(self, request, user, form, commit=True):
        data = form.cleaned_data
        user.profile_fields = {
            "name": data["name"],
            "seeking_mentors": data["seeking_mentors"],
            "accepting_mentees": data["accepting_mentees"],
        }
        return super().save_user(request, user, form, commit)

    def pre_authenticate(self, request, **credentials):
        if sso.sso_only(request, credentials.get("email", "")):
            raise forms.ValidationError(_("Your organisation signs you in: use “Continue with your organisation”."))
        super().pre_authenticate(request, **credentials)

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


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    """Organisation sign-in: an account made on first sign-in, its Profile filled from the identity claims; an email
    the provider has not verified never gets in, since it could name someone else's account here."""

    def pre_social_login(self, request, sociallogin):
        email = sociallogin.user.email
        if not any(
            address.verified and address.email.lower() == email.lower() for address in sociallogin.email_addresses
        ):
            log.warning("sso refused: %s did not verify the email %r", sociallogin.account.provider, email)
            messages.error(
                request, _("Your organisation did not confirm your email address, so we cannot sign you in with it.")
            )
            raise ImmediateHttpResponse(redirect("account_login"))

    def list_apps(self, request, provider=None, client_id=None):
        """SAML apps, from the environment or the admin, read our attribute names unless they name their own, and
        are trusted with the addresses of their own domains only: an IdP asserting someone else's address gets no
        account with it."""
        apps = super().list_apps(request, provider=provider, client_id=client_id)
        for app in apps:
            if app.provider == sso.SAML:
                app.settings = {
                    "attribute_mapping": sso.SAML_ATTRIBUTES,
                    "verified_email": list(app.settings.get("domains", [])),
                    **app.settings,
                }
        return apps

    def on_authentication_error(self, request, provider, error=None, exception=None, extra_context=None):
        reason = (extra_context or {}).get("saml_last_error_reason") or exception
        log.warning("sso refused: %s answered %s (%s)", getattr(provider, "sub_id", provider), error, reason)
        messages.error(
            request, _("Signing in with your organisation did not work. Try again, or ask your administrator.")
        )
        raise ImmediateHttpResponse(redirect("account_login"))

    def populate_user(self, request, sociallogin, data):
        user = super().populate_user(request, sociallogin, data)
        if sociallogin.provider.id == sso.SAML:
            # The attributes mapped by sso.SAML_ATTRIBUTES, in the names of OpenID Connect's claims.
            claims = {
                **data,
                "zoneinfo": data.get("timezone"),
                "given_name": data.get("first_name"),
                "family_name": data.get("last_name"),
            }
        else:
            claims = sociallogin.account.extra_data.get("userinfo", sociallogin.account.extra_data)
        name = claims.get("name") or " ".join(filter(None, [claims.get("given_name"), claims.get("family_name")]))
        user.profile_fields = {"name": name or user.email.split("@")[0]}
        if claims.get("zoneinfo") in zone_names():
            user.profile_fields["timezone"] = claims["zoneinfo"]
        if claims.get("title"):
            user.profile_fields["current_role"] = claims["title"][:120]
        user.email_verified = True
        return user
