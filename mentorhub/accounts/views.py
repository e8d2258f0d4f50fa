import logging

from allauth.account import views as allauth_views
from allauth.account.models import EmailAddress
from allauth.socialaccount.providers.saml import views as saml_views
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mentorhub.lib.redirects import safe_next

from . import sso
from .forms import AccessTokenForm, ChangeEmailForm
from .models import AccessToken

log = logging.getLogger(__name__)

DEMO_LOGINS = ["mentee@example.com", "mentor@example.com", "coordinator@example.com"]


class LoginView(allauth_views.LoginView):
    def get_context_data(self, **kwargs):
        return super().get_context_data(
            demo_logins=DEMO_LOGINS if settings.DEMO_MODE else [],
            demo_password="mentorhub-demo",
            sso_providers=[
                {"name": app.name, "login_url": sso.login_url(app)} for app in sso.organisation_apps(self.request)
            ],
            sso_email=self.request.GET.get("email", ""),
            **kwargs,
        )


class ConfirmEmailView(allauth_views.ConfirmEmailView):
    def get(self, *args, **kwargs):
        response = super().get(*args, **kwargs)
        if self.object is None:  # a link that is not (or no longer) valid is refused, not a page like any other
            response.status_code = 400
        return response


def sso_route(request):
    """The login page's "continue with your organisation": the email's domain picks the provider."""
    email = request.GET.get("email", "")
    app = sso.app_for_email(request, email)
    if app is None:
        messages.info(request, _("Your organisation does not sign you in here; log in with your password."))
        return redirect(f"{reverse('account_login')}?{urlencode({'email': email})}")
    query = urlencode({"next": safe_next(request, reverse("home:home"), referer=False), "process": "login"})
    return redirect(f"{sso.login_url(app)}?{query}")


class FinishSamlView(saml_views.FinishACSView):
    """allauth's end of a SAML sign-in, where a response that answers no sign-in started in this browser (a replayed
    one, or one captured elsewhere) gets the login page with a message instead of a bare 403."""

    def dispatch(self, request, organization_slug):
        try:
            return super().dispatch(request, organization_slug)
        except PermissionDenied:
            log.warning("sso refused: %s sent a response to no sign-in started here (replayed?)", organization_slug)
            messages.error(request, _("That sign-in was already used or has expired. Please sign in again."))
            return redirect("account_login")


@login_required
@require_POST
def resend_verification(request):
    if not request.user.email_verified:
        address = EmailAddress.objects.get_primary(request.user)
        if address is not None:
            address.send_confirmation(request)
        messages.info(request, _("We sent a new link to {email}.").format(email=request.user.email))
    return redirect(safe_next(request, "home:home"))


@login_required
def account(request):
    email_form = ChangeEmailForm(request.user, prefix="email")
    token_form = AccessTokenForm(prefix="token")
    new_token = None
    if request.method == "POST" and "email-new_email" in request.POST:
        email_form = ChangeEmailForm(request.user, request.POST, prefix="email")
        if email_form.is_valid():
            EmailAddress.objects.add_new_email(request, request.user, email_form.cleaned_data["new_email"])
            messages.info(request, _("Check the new address's inbox for a confirmation link."))
            return redirect("accounts:account")
    elif request.method == "POST":
        token_form = AccessTokenForm(request.POST, prefix="token")
        if token_form.is_valid():
            _token, new_token = AccessToken.issue(
                request.user,
                token_form.cleaned_data["name"],
                token_form.cleaned_data["scope"],
                token_form.cleaned_data["days"],
            )
            token_form = AccessTokenForm(prefix="token")
    tokens = request.user.access_tokens.all()
    return render(
        request,
        "accounts/account.html",
        {
            "email_form": email_form,
            "token_form": token_form,
            "tokens": tokens,
            "new_token": new_token,
            "now": timezone.now(),
        },
    )


@login_required
@require_POST
def revoke_token(request, pk):
    token = get_object_or_404(request.user.access_tokens, pk=pk)
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        messages.success(
            request, _("Token “{name}” is revoked; scripts using it stop working now.").format(name=token.name)
        )
    return redirect("accounts:account")
