"""The language a person reads the hub in (docs/i18n.md).

A page is in the language the person chose on their profile, else the one their browser asks for. Anything written
for someone else (an email, a nudge) is in the recipient's language, never the language of whoever caused it.
"""

from contextlib import AbstractContextManager

from django.conf import settings
from django.utils import translation


def supported(code: str | None) -> str | None:
    """`code` as one of settings.LANGUAGES (pt-BR → pt), or None when the hub has no catalogue for it."""
    if not code:
        return None
    try:
        return translation.get_supported_language_variant(code)
    except LookupError:
        return None


def language_of(person) -> str:
    """The person's chosen language; the site's default when they have not chosen (or have no profile)."""
    chosen = getattr(getattr(person, "profile", None), "site_language", "")
    return supported(chosen) or settings.LANGUAGE_CODE


def in_language_of(person) -> AbstractContextManager:
    """`with in_language_of(person):` renders text for `person`, whatever language the current request is in."""
    return translation.override(language_of(person))
