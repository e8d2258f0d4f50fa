"""A person's access tokens in their export; their account, deactivated and anonymised, when they leave."""

import secrets

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.socialaccount.models import SocialAccount
from allauth.usersessions.models import UserSession

from mentorhub.lib.yourdata import rows

from .models import AccessToken


def export(person):
    return {"access.json": {"access_tokens": rows(AccessToken.objects.filter(user=person), exclude=["token_hash"])}}


def erase(person):
    AccessToken.objects.filter(user=person).delete()
    # Their addresses, second factors and organisation identities would still name them or let them in.
    for model in (EmailAddress, Authenticator, SocialAccount, UserSession):
        model.objects.filter(user=person).delete()
    person.email = f"deleted-{person.pk}-{secrets.token_hex(4)}@deleted.invalid"
    person.is_active = False
    person.email_verified = False
    person.set_unusable_password()
    person.save()
