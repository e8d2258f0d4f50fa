from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja.errors import HttpError
from ninja.security import HttpBearer, django_auth

from mentorhub.accounts.models import AccessToken, TokenUsage, hash_token


class RateLimited(HttpError):
    def __init__(self, retry_after: int):
        super().__init__(
            429, _("Too many requests for this token; try again in {seconds} seconds.").format(seconds=retry_after)
        )
        self.retry_after = retry_after


def count_use(token: AccessToken, now) -> int:
    """Count this request in the token's current minute, atomically, and return the count so far."""
    minute = now.replace(second=0, microsecond=0)
    usage = TokenUsage.objects.filter(token=token, minute=minute)
    if not usage.update(count=F("count") + 1):
        try:
            with transaction.atomic():
                TokenUsage.objects.create(token=token, minute=minute, count=1)
        except IntegrityError:
            usage.update(count=F("count") + 1)
    return usage.values_list("count", flat=True).first() or 1


class TokenRefused(HttpError):
    """A request that sent credentials we cannot accept; `code` tells a script which case it hit."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(status, message)
        self.code = code


def refuse(code: str, message: str) -> TokenRefused:
    return TokenRefused(401, code, message)


class TokenAuth(HttpBearer):
    """Personal access tokens: `Authorization: Bearer mh_…`. Read-scoped tokens may only read.

    Whenever an Authorization header is present, it alone decides: a script with a broken token hears why (401)
    instead of falling through to the browser session and failing its CSRF check.
    """

    def __call__(self, request):
        if "authorization" not in request.headers:
            return None
        scheme, _space, token = request.headers["authorization"].strip().partition(" ")
        if scheme.lower() != self.openapi_scheme or not token.strip():
            raise refuse("token_missing", _("Send your personal access token as `Authorization: Bearer mh_…`."))
        return self.authenticate(request, token.strip())

    def authenticate(self, request, token):
        found = (
            AccessToken.objects.select_related("user")
            .filter(token_hash=hash_token(token), user__is_active=True)
            .first()
            if token.startswith(AccessToken.PREFIX)
            else None
        )
        if found is None:
            raise refuse("token_unknown", _("This access token is not valid. Copy it again, or create a new one."))
        if found.revoked_at is not None:
            raise refuse("token_revoked", _("This access token was revoked. Create a new one on your account page."))
        now = timezone.now()
        if found.expires_at <= now:
            raise refuse("token_expired", _("This access token has expired. Create a new one on your account page."))
        if not found.allows(request.method):
            raise TokenRefused(
                403, "token_read_only", _("This token is read-only; create one with the write scope to make changes.")
            )
        if count_use(found, now) > settings.API_TOKEN_RATE_PER_MINUTE:
            raise RateLimited(retry_after=60 - now.second)
        # "Last used" is shown to the minute, so once a minute is enough to record it.
        if found.last_used_at is None or now - found.last_used_at > timedelta(minutes=1):
            AccessToken.objects.filter(pk=found.pk).update(last_used_at=now)
        request.user = found.user
        request.access_token = found
        return found.user


# Token first: a script's bearer token wins, and browsers fall back to their session (with CSRF).
api_auth = [TokenAuth(), django_auth]
