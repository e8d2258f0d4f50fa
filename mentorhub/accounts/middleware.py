from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect

from . import services

# Where a person who must set up two-factor may still go: the setup itself, re-entering their password for it,
# logging out, and the files those pages load.
SETUP_PATHS = ("/account/2fa/", "/account/reauthenticate/", "/account/logout/", "/static/", "/jsi18n/")


class RequireTwoFactorMiddleware:
    """A person who must use two-factor (services.must_use_two_factor) and has none set up is sent to set it up,
    whatever page they ask for; once set up, allauth asks for a code at every log-in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.TWO_FACTOR_FOR_COORDINATORS
            and request.user.is_authenticated
            and not request.path.startswith(SETUP_PATHS)
            and services.must_use_two_factor(request.user)
            and not services.has_two_factor(request.user)
        ):
            messages.info(request, "Your role needs two-factor sign-in: set up an authenticator app to continue.")
            return redirect("mfa_activate_totp")
        return self.get_response(request)
