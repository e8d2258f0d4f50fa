from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core import signing
from django.db import transaction
from django.urls import reverse

from mentorhub.lib.errors import DomainError
from mentorhub.lib.mail import queue_email
from mentorhub.lib.ratelimit import over_limit

from .models import User

SALT = "mentorhub.accounts.email"


def email_link(user: User, purpose: str, email: str) -> str:
    token = signing.dumps({"u": user.pk, "e": email, "p": purpose}, salt=SALT, compress=True)
    return settings.SITE_URL + reverse("accounts:confirm_email", args=[token])


def send_verification(user: User) -> None:
    queue_email(
        user.email,
        "email/verify_email",
        name=user.get_short_name(),
        link=email_link(user, "verify", user.email),
    )


def request_email_change(user: User, new_email: str) -> None:
    queue_email(
        new_email,
        "email/change_email",
        name=user.get_short_name(),
        new_email=new_email,
        link=email_link(user, "change", new_email),
    )


def may_email(address: str, client_ip: str | None) -> bool:
    """Count one account email (reset, verification, sign-up notice) to `address` asked for from `client_ip`.

    False once either is over its hourly limit: the caller then answers as usual but sends nothing, so a form
    cannot be used to flood an inbox, and the answer does not tell whether an account exists.
    """
    by_address = over_limit("account-email", address, settings.ACCOUNT_EMAILS_PER_ADDRESS_PER_HOUR)
    by_ip = over_limit("account-email-ip", client_ip or "unknown", settings.ACCOUNT_EMAILS_PER_IP_PER_HOUR)
    return not (by_address or by_ip)


@transaction.atomic
def sign_up(
    email: str, password: str, name: str, *, seeking_mentors: bool, accepting_mentees: bool, client_ip: str | None
) -> None:
    """Create the account and send its verification link; if the address has an account already, tell its
    owner instead (within the account-email limits: repeated attempts must not flood their inbox). The caller
    answers both alike, so sign-up never reveals who has an account. A new address gets one email only, so
    new sign-ups are not limited: a class signing up together behind one IP address loses nobody."""
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None:
        # Hash anyway, so that the answer takes as long as creating an account would.
        make_password(password)
        if not may_email(existing.email, client_ip):
            return
        queue_email(
            existing.email,
            "email/signup_attempt",
            name=existing.get_short_name(),
            login_url=settings.SITE_URL + reverse("accounts:login"),
            reset_url=settings.SITE_URL + reverse("accounts:password_reset"),
        )
        return
    profile = {"name": name, "seeking_mentors": seeking_mentors, "accepting_mentees": accepting_mentees}
    send_verification(User.objects.create_user(email=email, password=password, profile=profile))


@transaction.atomic
def confirm_email(token: str) -> tuple[User, str]:
    """Apply a link from a verification or change-of-address email; returns the person and what happened."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.EMAIL_LINK_MAX_AGE_SECONDS)
    except signing.SignatureExpired:
        raise DomainError(
            "This link has expired. Ask for a new one from your account page.", "link_invalid", status=400
        ) from None
    except signing.BadSignature:
        raise DomainError(
            "This link is not valid. Check that you copied all of it.", "link_invalid", status=400
        ) from None
    user = User.objects.select_for_update().filter(pk=data["u"], is_active=True).first()
    if user is None:
        raise DomainError("This link belongs to an account that no longer exists.", "link_invalid", status=400)
    if data["p"] == "verify":
        if user.email != data["e"]:
            raise DomainError("Your email address changed since this link was sent.", "link_invalid", status=400)
        user.email_verified = True
        user.save(update_fields=["email_verified"])
        return user, "verified"
    if User.objects.filter(email__iexact=data["e"]).exclude(pk=user.pk).exists():
        raise DomainError("Another account uses that address now.", "link_invalid", status=400)
    user.email = data["e"]
    user.email_verified = True
    user.save(update_fields=["email", "email_verified"])
    return user, "changed"
