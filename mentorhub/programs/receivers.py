from allauth.account.signals import user_logged_in
from django.contrib import messages
from django.dispatch import receiver
from django.utils.translation import gettext as _

from . import services
from .models import Enrollment


@receiver(user_logged_in, dispatch_uid="programs.enrol_on_sign_in")
def enrol_on_sign_in(sender, request, user, sociallogin=None, **kwargs):
    """Whoever signs in through an organisation's provider joins (or applies to) the programs enrolling its people."""
    if sociallogin is None:
        return
    for enrollment in services.enrol_on_sign_in(user, sociallogin.account.provider):
        if enrollment.status == Enrollment.APPROVED:
            messages.success(request, _("Welcome to %(program)s!") % {"program": enrollment.program.name})
        else:
            messages.info(
                request,
                _("Your organisation signed you up for %(program)s: a coordinator will review your application soon.")
                % {"program": enrollment.program.name},
            )
