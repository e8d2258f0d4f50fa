"""Secrets we must read back later (a person's CalDAV app password), kept encrypted at rest.

Fernet (AES-128-CBC with an HMAC) under a key derived from SECRET_KEY, so a copy of the database alone does not
give them away. SECRET_KEY_FALLBACKS still open what was sealed before a key rotation; a secret sealed under a key
that is gone cannot be opened, and its owner is asked to give it again.
"""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.utils.translation import gettext as _

from .errors import DomainError


def _fernet(secret_key: str) -> Fernet:
    digest = hashlib.sha256(b"mentorhub.sealed:" + secret_key.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def _keys() -> MultiFernet:
    return MultiFernet([_fernet(key) for key in (settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS)])


def seal(secret: str) -> str:
    return _keys().encrypt(secret.encode()).decode()


def unseal(token: str) -> str:
    """Raises DomainError when the token was sealed under a key this server no longer has."""
    try:
        return _keys().decrypt(token.encode()).decode()
    except InvalidToken:
        raise DomainError(_("We can no longer read the password you gave us: connect again."), "sealed") from None
