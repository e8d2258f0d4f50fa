"""Skill levels: stored as English keys (the API, the matcher and old profiles read them), shown in the reader's
language. Free of models so the matcher's scoring can use it without loading the app registry."""

from django.utils.translation import gettext_lazy as _

from mentorhub.lib.text import fold

LABELS = {
    "beginner": _("beginner"),
    "intermediate": _("intermediate"),
    "advanced": _("advanced"),
    "expert": _("expert"),
}
SKILL_LEVELS = list(LABELS)


def label(level: str) -> str:
    """The level as the reader says it; an unknown level (old data, the API) is shown as it was written."""
    return str(LABELS.get(level, level))


def parse(written: str) -> str | None:
    """The key of a level written in English or in the language of the moment ("avançado"), or None."""
    wanted = fold(written).strip()
    for key, shown in LABELS.items():
        if wanted in (key, fold(str(shown))):
            return key
    return None
