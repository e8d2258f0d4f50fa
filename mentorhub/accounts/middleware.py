from django.conf import settings
from django.contrib import messages
from django.contrib.auth import BACKEND_SESSION_KEY
from django.contrib.auth.middleware import AuthenticationMiddleware as DjangoAuthenticationMiddleware
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from . import services
from .backends import RENAMED

# Set at log-in for a coordinator of a program that asks for two-factor, so that nobody else's pages pay a query for it.
PROGRAM_ASKS = "two_factor_for_a_program"

# Where a person who must set up two-factor may still go: the setup itself, re-entering their password for it,
# logging out, and the files those pages load.
SETUP_PATHS = ("/account/2fa/", "/account/reauthenticate/", "/account/logout/", "/static/", "/jsi18n/")


class AuthenticationMiddleware(DjangoAuthenticationMiddleware):
    """Django's, moving a session that names a library's backend to ours (backends.RENAMED) before reading it."""

    def process_request(self, request):
        renamed = RENAMED.get(request.session.get(BACKEND_SESSION_KEY))
        if renamed:
            request.session[BACKEND_SESSION_KEY] = renamed
        super().process_request(request)


class RequireTwoFactorMiddleware:
    """A person who must use two-factor (services.must_use_two_factor) and has none set up is sent to set it up,
    whatever page they ask for; once set up, allauth asks for a code at every log-in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            (settings.TWO_FACTOR_FOR_COORDINATORS or request.session.get(PROGRAM_ASKS))
            and request.user.is_authenticated
            and not request.path.startswith(SETUP_PATHS)
            and services.must_use_two_factor(request.user)
            and not services.has_two_factor(request.user)
        ):
            messages.info(request, _("Your role needs two-factor sign-in: set up an authenticator app to continue."))
            return redirect("mfa_activate_totp")
        return self.get_response(request)
