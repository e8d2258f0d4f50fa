from allauth.account.signals import email_confirmed
from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save
from django.dispatch import receiver

from . import services
from .middleware import PROGRAM_ASKS
from .models import User


@receiver(post_save, sender=User, dispatch_uid="accounts.mirror_primary_address")
def mirror_primary_address(sender, instance, created, raw=False, update_fields=None, **kwargs):
    # A new person's address is made with them: by `create_user`, or by allauth's sign-up.
    if raw or created:
        return
    if update_fields is not None and not {"email", "email_verified"} & set(update_fields):
        return
    services.mirror_primary_address(instance, None if update_fields is None else frozenset(update_fields))


@receiver(email_confirmed, dispatch_uid="accounts.address_verified")
def address_verified(sender, email_address, **kwargs):
    services.address_verified(email_address)


@receiver(user_logged_in, dispatch_uid="accounts.two_factor_for_a_program")
def two_factor_for_a_program(sender, request, user, **kwargs):
    if not settings.TWO_FACTOR_FOR_COORDINATORS and services.must_use_two_factor(user):
        request.session[PROGRAM_ASKS] = True
