from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from ninja.errors import HttpError
from ninja.security import HttpBearer, django_auth

from mentorhub.accounts.models import AccessToken, TokenUsage, hash_token


class RateLimited(HttpError):
    def __init__(self, retry_after: int):
        super().__init__(429, f"Too many requests for this token; try again in {retry_after} seconds.")
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


class TokenAuth(HttpBearer):
    """Personal access tokens: `Authorization: Bearer mh_…`. Read-scoped tokens may only read."""

    def authenticate(self, request, token):
        if not token.startswith(AccessToken.PREFIX):
            return None
        found = AccessToken.objects.usable().select_related("user").filter(token_hash=hash_token(token)).first()
        if found is None:
            return None
        if not found.allows(request.method):
            raise HttpError(403, "This token is read-only; create one with the write scope.")
        now = timezone.now()
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
