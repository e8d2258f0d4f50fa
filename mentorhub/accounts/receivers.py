from allauth.account.signals import email_confirmed
from django.db.models.signals import post_save
from django.dispatch import receiver

from . import services
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
