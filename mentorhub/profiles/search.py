"""People search: one rule for every place that finds people by words.

A profile's words are its name, headline, bio and the names of the skills it offers, folded the way
`mentorhub.lib.text.fold` folds ("São Paulo" is "sao paulo"). A search finds the profiles in which every word of the
query starts a word: "pott" finds "pottery", "ana" finds "Ana" but not "Banana". The folded words are kept on the
row (`Profile.search_text`), and the database indexes them in a table of their own, `profiles_search`, kept in step
by triggers (`create_index`): an FTS5 table on SQLite; on PostgreSQL each profile's `tsvector` with a GIN index. A table
of its own on PostgreSQL too, because a scan tests each row's words when the planner prefers it to the index (a
broad prefix, "a"): computing the vector (an expression index) costs 33 us a row, reading one stored at the end of
the wide profile row 1.7 us, reading it from the narrow table 0.3 us (issue 22, 10,000 people).

`find` reads one page in name order at a cost that does not follow the number of people (issue 22): a query
that the index matches for at most COUNT_LIMIT profiles is answered from those rows; a broader one walks the name
index and tests each row's words until the page is full, which takes about `page size / share of rows matching`
rows. Counts stop at COUNT_LIMIT, as big sites' "1,000+ results" do: an exact count of 80,000 matches costs 80,000
rows.
"""

import re
from bisect import bisect_left
from dataclasses import dataclass

import numpy as np
from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL

from mentorhub.lib.text import fold

__all__ = [
    "COUNT_LIMIT",
    "MAX_WORDS",
    "Found",
    "WordIndex",
    "create_index",
    "document",
    "find",
    "index_is_complete",
    "matches",
    "text_of",
    "words",
]

# More words than this only narrow a search that is narrow already, at a cost for each.
MAX_WORDS = 8
# Letters and digits: the same split as SQLite's unicode61 tokenizer, so Python and both databases agree.
WORD = re.compile(r"[^\W_]+")
# Matches are counted up to this many; past it the answer is "at least".
COUNT_LIMIT = 1000

SQLITE_TRIGGERS = {
    "profiles_search_insert": "AFTER INSERT ON profiles_profile BEGIN "
    "INSERT INTO profiles_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "profiles_search_delete": "AFTER DELETE ON profiles_profile BEGIN "
    "INSERT INTO profiles_search(profiles_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "profiles_search_update": "AFTER UPDATE OF search_text ON profiles_profile BEGIN "
    "INSERT INTO profiles_search(profiles_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO profiles_search(rowid, search_text) VALUES (new.id, new.search_text); END",
}
SQLITE_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS profiles_search USING fts5(search_text, content='profiles_profile', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"
)
# Positions are stripped: a search asks only which words a profile has.
POSTGRESQL_WORDS = "strip(to_tsvector('simple', {text}))"
POSTGRESQL_TRIGGERS = {
    "profiles_search_write": "AFTER INSERT OR UPDATE OF search_text ON profiles_profile FOR EACH ROW "
    "EXECUTE FUNCTION profiles_search_write()",
    "profiles_search_delete": "AFTER DELETE ON profiles_profile FOR EACH ROW EXECUTE FUNCTION profiles_search_delete()",
    # `flush` (tests) truncates the profiles; ids may then come back and must not find old words.
    "profiles_search_truncate": "AFTER TRUNCATE ON profiles_profile FOR EACH STATEMENT "
    "EXECUTE FUNCTION profiles_search_truncate()",
}
POSTGRESQL_FUNCTIONS = {
    "profiles_search_write": "INSERT INTO profiles_search (id, words) VALUES (NEW.id, "
    + POSTGRESQL_WORDS.format(text="NEW.search_text")
    + ") ON CONFLICT (id) DO UPDATE SET words = EXCLUDED.words; RETURN NULL;",
    "profiles_search_delete": "DELETE FROM profiles_search WHERE id = OLD.id; RETURN NULL;",
    "profiles_search_truncate": "TRUNCATE profiles_search; RETURN NULL;",
}
POSTGRESQL_TABLE = [
    "CREATE TABLE IF NOT EXISTS profiles_search (id bigint PRIMARY KEY, words tsvector NOT NULL)",
    "CREATE INDEX IF NOT EXISTS profiles_search_words ON profiles_search USING gin (words)",
]
POSTGRESQL_REFILL = [
    "DELETE FROM profiles_search",
    f"INSERT INTO profiles_search (id, words) SELECT id, {POSTGRESQL_WORDS.format(text='search_text')} "
    "FROM profiles_profile",
]


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


class WordIndex:
    """Rows of texts (from `document`) by the words in them, for lists held in memory (the mentor directory's
    snapshot). A query costs one array operation per query word, however many rows there are, where testing
    `matches` on each row costs a Python call per row."""

    def __init__(self, texts: list[str]):
        rows_of: dict[str, list[int]] = {}
        for row, text in enumerate(texts):
            for word in set(text.split()):
                rows_of.setdefault(word, []).append(row)
        self.size = len(texts)
        self.vocabulary = sorted(rows_of)
        # Every word's rows end to end, in vocabulary order: the words starting with a prefix are one slice.
        lists = [rows_of[word] for word in self.vocabulary]
        self.rows = np.fromiter((row for rows in lists for row in rows), dtype=np.int64)
        self.starts = np.cumsum([0, *map(len, lists)])

    def matching(self, query_words: list[str]) -> np.ndarray:
        """Which rows have, for every query word, a word starting with it (as `matches`)."""
        mask = np.ones(self.size, dtype=bool)
        for word in query_words:
            first = bisect_left(self.vocabulary, word)
            end = bisect_left(self.vocabulary, word + "\U0010ffff", first)  # past every word starting with it
            found = np.zeros(self.size, dtype=bool)
            found[self.rows[self.starts[first] : self.starts[end]]] = True
            mask &= found
        return mask


# --- the index ----------------------------------------------------------------------------------------------


def index_is_complete(conn=connection) -> bool:
    """Whether the database holds the index and, on SQLite, every trigger that keeps it in step."""
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE name = 'profiles_search' OR type = 'trigger'")
            return {"profiles_search", *SQLITE_TRIGGERS} <= {row[0] for row in cursor.fetchall()}
        cursor.execute(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'profiles_profile'::regclass "
            "UNION SELECT indexname FROM pg_indexes WHERE indexname = 'profiles_search_words'"
        )
        return {"profiles_search_words", *POSTGRESQL_TRIGGERS} <= {row[0] for row in cursor.fetchall()}


def create_index(conn=connection) -> bool:
    """Create whatever part of the index is missing, and refill it when triggers were missing; True if it did.

    SQLite drops a table's triggers when a migration makes Django rebuild the table (altering a column, say), and
    the profiles written meanwhile were not indexed: the app runs this after every `migrate`, so no migration can
    leave search half-working."""
    if index_is_complete(conn):
        return False
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            cursor.execute(SQLITE_TABLE)
            for name, body in SQLITE_TRIGGERS.items():
                cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")
            cursor.execute("INSERT INTO profiles_search(profiles_search) VALUES ('rebuild')")
        else:
            for sql in POSTGRESQL_TABLE:
                cursor.execute(sql)
            for name, body in POSTGRESQL_FUNCTIONS.items():
                function = f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql"
                cursor.execute(f"{function} AS $$BEGIN {body} END$$")
            for name, body in POSTGRESQL_TRIGGERS.items():
                cursor.execute(f"CREATE OR REPLACE TRIGGER {name} {body}")
            for sql in POSTGRESQL_REFILL:
                cursor.execute(sql)
    return True


def _index_match(wanted: list[str], limit: int) -> RawSQL:
    """The ids of up to `limit` profiles whose words match, straight from the index (in no useful order)."""
    if connection.vendor == "postgresql":
        # Unnested from an array, the hits are a list the planner sizes as small: it looks each one up by primary key
        # (with its account, for visibility) instead of scanning every profile to join the hits (issue 22).
        return RawSQL(
            "SELECT unnest(ARRAY(SELECT id FROM profiles_search WHERE words @@ to_tsquery('simple', %s) LIMIT %s))",
            [" & ".join(f"'{word}':*" for word in wanted), limit],
        )
    return RawSQL(
        "SELECT rowid FROM profiles_search WHERE profiles_search MATCH %s LIMIT %s",
        [" AND ".join(f'"{word}"*' for word in wanted), limit],
    )


def _starts_words(wanted: list[str]) -> Q:
    """The row's own words tested in SQL: cheap per row, for a walk that stops after a page."""
    condition = Q()
    for word in wanted:
        condition &= Q(search_text__startswith=word) | Q(search_text__contains=f" {word}")
    return condition


# --- finding ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    items: list
    count: int  # up to COUNT_LIMIT
    count_is_exact: bool  # False: at least `count` profiles match
    more: bool  # another page follows `items`


def find(profiles, query: str, *, after: tuple[str, int] | None = None, limit: int = 20) -> Found:
    """A page of the profiles among `profiles` (a queryset, already limited to what the viewer may see) that match
    every word of `query` (all of them when it has none), by name, starting after the (name, id) `after`."""
    profiles = profiles.order_by("name", "pk")
    wanted = words(query)[:MAX_WORDS]
    broad = True
    counted = shown = profiles
    if wanted:
        first = _index_match(wanted, COUNT_LIMIT + 1)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM ({first.sql}) AS found", first.params)
            broad = cursor.fetchone()[0] > COUNT_LIMIT
        counted = profiles.filter(pk__in=first)
        shown = profiles.filter(_starts_words(wanted)) if broad else counted
    if after is not None:
        name, pk = after
        # `name >= x` starts the walk at the cursor in the (name, id) index; the exclusion drops what was shown.
        shown = shown.filter(name__gte=name).exclude(name=name, pk__lte=pk)
    items = list(shown[: limit + 1])
    more = len(items) > limit
    if after is None and not more:
        return Found(items=items, count=len(items), count_is_exact=True, more=False)  # the page is every match
    # Counted in no order and without the page's joins: sorting what is only counted is wasted.
    count = counted.order_by().select_related(None)[: COUNT_LIMIT + 1].count()
    return Found(
        items=items[:limit],
        count=min(count, COUNT_LIMIT),
        count_is_exact=count <= COUNT_LIMIT and not (wanted and broad),
        more=more,
    )
