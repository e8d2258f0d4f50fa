"""People search: one rule for every place that finds people by words.

A profile's words are its name, headline, bio and the names of the skills it offers, folded the way
`mentorhub.lib.text.fold` folds ("São Paulo" is "sao paulo"). A search finds the profiles in which every word of the
query starts a word: "pott" finds "pottery", "ana" finds "Ana" but not "Banana". The folded words are kept on the
row (`Profile.search_text`), and the database indexes them: an FTS5 table on SQLite, kept in step by triggers
(migration 0004), and a GIN index over `to_tsvector('simple', search_text)` on PostgreSQL.
"""

import re

from django.db import connection
from django.db.models.expressions import RawSQL

from mentorhub.lib.text import fold

__all__ = ["MAX_WORDS", "document", "matches", "search", "text_of", "words"]

# More words than this only narrow a search that is narrow already, at a cost for each.
MAX_WORDS = 8
# Letters and digits: the same split as SQLite's unicode61 tokenizer, so Python and both databases agree.
WORD = re.compile(r"[^\W_]+")


def words(text) -> list[str]:
    """The folded words of a text, in order."""
    return WORD.findall(fold(text or ""))


def text_of(*parts) -> str:
    """What something is found by: the folded words of its texts, separated by single spaces."""
    return " ".join(words(" ".join(part or "" for part in parts)))


def document(name, headline, bio, skills_offered) -> str:
    """What a profile is found by."""
    skill_names = [s.get("name") for s in skills_offered or [] if isinstance(s, dict)]
    return text_of(name, headline, bio, *skill_names)


def matches(text: str, query_words: list[str]) -> bool:
    """Whether a text (from `document` or `text_of`) has, for every query word, a word starting with it."""
    padded = f" {text}"
    return all(f" {word}" in padded for word in query_words)


def search(profiles, query: str):
    """The profiles among `profiles` (a queryset) that match every word of `query`; all of them when it has none."""
    wanted = words(query)[:MAX_WORDS]
    if not wanted:
        return profiles
    if connection.vendor == "postgresql":
        found = RawSQL(
            "SELECT id FROM profiles_profile WHERE to_tsvector('simple', search_text) @@ to_tsquery('simple', %s)",
            [" & ".join(f"'{word}':*" for word in wanted)],
        )
    else:
        found = RawSQL(
            "SELECT rowid FROM profiles_search WHERE profiles_search MATCH %s",
            [" AND ".join(f'"{word}"*' for word in wanted)],
        )
    return profiles.filter(pk__in=found)
