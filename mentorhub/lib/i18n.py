"""The language a person reads the hub in (docs/i18n.md).

A page is in the language the person chose on their profile, else the one their browser asks for. Anything written
for someone else (an email, a nudge) is in the recipient's language, never the language of whoever caused it.
"""

import re
from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import datetime

from babel.lists import format_list
from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format

from .time import zone_of


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


def list_of(items: Iterable, style: str = "standard") -> str:
    """Items as the current language lists them: "Ana, Bruno and Carla", "Ana, Bruno e Carla"; `style="or"` for
    alternatives ("Ana, Bruno ou Carla"). Django has no list formatting; babel has each language's rules (CLDR)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return format_list([str(item) for item in items], style=style, locale=translation.to_locale(language))


def local_label(moment: datetime, person) -> str:
    """A moment as this person reads it, in their own timezone and named, in the current language: "Mon 30 Nov 2026,
    09:00 (Europe/Paris)", "seg, 30 de nov de 2026, 09:00 (Europe/Paris)". Inside `in_language_of(person)` when it
    goes to them."""
    zone = zone_of(person)
    return f"{date_format(moment.astimezone(zone), 'MOMENT_FORMAT')} ({zone.key})"


class FilledTexts:
    """Texts made in plain Python (no Django there) from English %-templates such as "Last met %(days)s days ago",
    then stored or passed on in English: each is read back against its template and translated at display time."""

    def __init__(self, templates: Iterable[str]):
        self.templates = [(template, self.pattern(template)) for template in templates]

    @staticmethod
    def pattern(template: str) -> re.Pattern:
        parts = re.split(r"%\((\w+)\)s", template)
        return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts)) + r"\Z")

    def translate(self, text: str) -> str:
        if not text:
            return text
        for template, pattern in self.templates:
            if m := pattern.match(text):
                return translation.gettext(template) % m.groupdict()
        return translation.gettext(text)
