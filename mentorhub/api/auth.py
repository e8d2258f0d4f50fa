from datetime import timedelta

from django.utils import timezone
from ninja.errors import HttpError
from ninja.security import HttpBearer, django_auth

from mentorhub.accounts.models import AccessToken, hash_token


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
        # Recording every use would turn each read into a write; once a minute is enough to show "last used".
        if found.last_used_at is None or now - found.last_used_at > timedelta(minutes=1):
            AccessToken.objects.filter(pk=found.pk).update(last_used_at=now)
        request.user = found.user
        request.access_token = found
        return found.user


# Token first: a script's bearer token wins, and browsers fall back to their session (with CSRF).
api_auth = [TokenAuth(), django_auth]
