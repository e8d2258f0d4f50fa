from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse

from mentorhub.lib.ratelimit import over_limit

from .models import User


def may_email(address: str, client_ip: str | None) -> bool:
    """Count one account email (reset, verification, sign-up notice) to `address` asked for from `client_ip`.

    False once either is over its hourly limit: the caller then answers as usual but sends nothing, so a form
    cannot be used to flood an inbox, and the answer does not tell whether an account exists.
    """
    by_address = over_limit("account-email", address, settings.ACCOUNT_EMAILS_PER_ADDRESS_PER_HOUR)
    by_ip = over_limit("account-email-ip", client_ip or "unknown", settings.ACCOUNT_EMAILS_PER_IP_PER_HOUR)
    return not (by_address or by_ip)


def password_link(user: User) -> str:
    """A link where `user` chooses a password: allauth's reset link, so it expires and dies once used like one."""
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)},
    )
    return settings.SITE_URL + path


@transaction.atomic
def mirror_primary_address(user: User, fields: frozenset | None) -> None:
    """allauth keeps addresses in EmailAddress; the rest of the hub reads `User.email` and `email_verified`.

    The person's row decides: its address is the primary one. A save that names `email_verified` (or every field)
    also decides whether it is verified and drops other verified addresses, which would still log in; allauth's own
    change of address saves `email` alone, after verifying the new address itself.
    """
    decides = fields is None or "email_verified" in fields
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    EmailAddress.objects.filter(user=user, primary=True).exclude(pk=getattr(address, "pk", None)).update(primary=False)
    if address is None:
        address = EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=user.email_verified)
    elif not address.primary or (decides and address.verified != user.email_verified):
        address.primary = True
        address.verified = user.email_verified if decides else address.verified
        address.save(update_fields=["primary", "verified"])
    if decides:
        EmailAddress.objects.filter(user=user, verified=True).exclude(pk=address.pk).delete()


def address_verified(address: EmailAddress) -> None:
    User.objects.filter(pk=address.user_id, email__iexact=address.email).update(email_verified=True)


def must_use_two_factor(user: User) -> bool:
    """Staff and program coordinators when the site asks it (TWO_FACTOR_FOR_COORDINATORS), and the coordinators of
    a program that asks it (Program.two_factor_for_coordinators)."""
    if settings.TWO_FACTOR_FOR_COORDINATORS:
        if user.is_staff:
            return True
        coordinates = Q(coordinated_programs__isnull=False)
    else:
        coordinates = Q(coordinated_programs__two_factor_for_coordinators=True)
    return User.objects.filter(coordinates, pk=user.pk).exists()


def has_two_factor(user: User) -> bool:
    return Authenticator.objects.filter(
        user=user, type__in=[Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
    ).exists()
