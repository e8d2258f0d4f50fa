"""Secrets kept at rest (CalDAV app passwords): unreadable in the database, still readable after a key rotation that
keeps the old key as a fallback, and a clear request to give them again once the old key is gone."""

import pytest

from mentorhub.lib import sealed
from mentorhub.lib.errors import DomainError


def test_a_sealed_secret_is_not_in_the_token_and_opens_again(settings):
    token = sealed.seal("app-password-1")
    assert "app-password-1" not in token and sealed.unseal(token) == "app-password-1"


def test_a_rotated_key_still_opens_old_secrets_while_it_is_a_fallback(settings):
    token = sealed.seal("app-password-1")
    old_key = settings.SECRET_KEY
    settings.SECRET_KEY, settings.SECRET_KEY_FALLBACKS = "a-new-key-" + "x" * 50, [old_key]
    assert sealed.unseal(token) == "app-password-1"
    settings.SECRET_KEY_FALLBACKS = []
    with pytest.raises(DomainError, match="connect again"):
        sealed.unseal(token)
