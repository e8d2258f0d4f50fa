"""The mentor directory, suggestions and suggested mentees: who a person may see, how well each fits, and why.

The score and its reasons come from `scoring.py` (docs/matching.md). Serving (docs/matching.md, "Serving"): each
process keeps one `MentorDirectory` (every mentor's features and the scoring index) and rebuilds it when a cheap
version stamp of the mentor profiles and current relationships changes, so any write on any process is seen on
the next request and no request pays for the index unless something changed.
"""

from __future__ import annotations

import gc
import json
import math
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from django.db import connection
from django.db.models import Count, Q, TextField
from django.db.models.functions import Cast

from mentorhub.goals.models import Goal, SkillGap
from mentorhub.lib.text import fold
from mentorhub.lib.time import utc_offset_hours
from mentorhub.profiles import search as people_search
from mentorhub.profiles.models import Profile
from mentorhub.relationships.models import Relationship

# The same folding and offsets the score uses, so a filter and a reason never disagree about a name or an hour.
from .scoring import Evaluated, MentorIndex, best_first

PAGE_SIZE = 20
# Offsets are frozen when an index is built; rebuilding at least hourly follows daylight-saving changes.
MAX_INDEX_AGE_SECONDS = 3600
# Scoring one mentee against one mentor costs about 0.25 ms, so a mentor's list scores a bounded shortlist.
MENTEE_SHORTLIST = 300
PROFILE_FIELDS = (
    "pk",
    "user_id",
    "name",
    "headline",
    "bio",
    "current_role",
    "industry",
    "timezone",
    "languages",
    "skills_offered",
    "skills_sought",
    "values",
    "interests",
    "meeting_formats",
    "mentor_capacity",
    "visibility",
    "seeking_mentors",
    "user__is_active",
)
# What cards and API items show; anything else would be one query per row, so the tests count queries.
JSON_FIELDS = ("languages", "skills_offered", "skills_sought", "values", "interests", "meeting_formats")
CARD_FIELDS = (
    "user__email",
    "updated_at",
    "name",
    "headline",
    "photo",
    "industry",
    "location",
    "timezone",
    "languages",
    "skills_offered",
    "skills_sought",
)
PLAN_FIELDS = ("short_term_aspirations", "long_term_aspirations", "areas_to_improve", "desired_outcomes")
OPEN_GOALS = (Goal.DRAFT, Goal.ACTIVE)


@dataclass(frozen=True)
class DirectoryQuery:
    """What a person asks the directory for; every filter is optional."""

    q: str = ""
    skills: tuple[str, ...] = ()
    industry: str = ""
    language: str = ""
    meeting_format: str = ""
    max_hours_apart: float | None = None
    program: int | None = None
    sort: str = "score"  # or "name"
    peers: bool = False
    page: int = 1


@dataclass
class DirectoryPage:
    items: list[dict]  # {"profile", "score", "eligible", "reasons", "components"}, in the page's order
    count: int
    page: int
    pages: int
    viewer_languages: bool  # without languages every score is 0: the page says how to fix that


# --- people as the scoring module reads them ------------------------------------------------------------


def _person(row: dict, goal_texts=(), gaps=(), active_mentees: int = 0) -> dict:
    """The scoring dict (docs/matching.md, "Using it") of one profile, as mentee and as mentor at once."""
    plan = [row.get(f"user__plan__{name}") or "" for name in PLAN_FIELDS]
    return {
        "id": row["user_id"],
        "skills_offered": row["skills_offered"] or [],
        "skills_sought": [*(row["skills_sought"] or []), *gaps],
        # One line per goal: a skill name never spans two goals (the score splits phrases at line breaks).
        "goal_text": "\n".join(t for t in (*goal_texts, *plan) if t),
        "expertise_text": " ".join(t for t in (row["headline"], row["current_role"], row["industry"], row["bio"]) if t),
        "values": row["values"] or [],
        "interests": row["interests"] or [],
        "timezone": row["timezone"],
        "languages": row["languages"] or [],
        "meeting_formats": row["meeting_formats"] or [],
        "capacity_left": row["mentor_capacity"] - active_mentees,
    }


def _people(profiles) -> list[dict]:
    """Scoring dicts of mentees, their open goals, plan and skill gaps included: three queries for any number."""
    rows = list(profiles.values(*PROFILE_FIELDS, *(f"user__plan__{name}" for name in PLAN_FIELDS)))
    user_ids = [row["user_id"] for row in rows]
    goals, gaps = {}, {}
    for owner, text in Goal.objects.filter(owner__in=user_ids, status__in=OPEN_GOALS).values_list("owner", "text"):
        goals.setdefault(owner, []).append(text)
    for person, skill in SkillGap.objects.filter(person__in=user_ids).values_list("person", "skill"):
        gaps.setdefault(person, []).append(skill)
    return [_person(row, goals.get(row["user_id"], ()), gaps.get(row["user_id"], ())) for row in rows]


def _viewer(user) -> dict:
    """The person asking, as the scoring module reads a mentee."""
    return _people(Profile.objects.filter(user=user))[0]


def _mentor_rows() -> list[dict]:
    """Every mentor's PROFILE_FIELDS and search words, in id order, as `.values()` gives them.

    JSON columns come as text and are parsed one column at a time: a `json.loads` per value was the biggest part of
    building the directory at 100,000 people (issue 22).
    """
    as_text = {f"{name}_json": Cast(name, TextField()) for name in JSON_FIELDS}
    plain = [name for name in PROFILE_FIELDS if name not in JSON_FIELDS]
    mentors = Profile.objects.filter(accepting_mentees=True).order_by("pk")
    rows = list(mentors.values(*plain, "search_text", **as_text))
    for name in JSON_FIELDS:
        texts = (row.pop(f"{name}_json") or "null" for row in rows)
        for row, value in zip(rows, json.loads(f"[{','.join(texts)}]"), strict=True):
            row[name] = value
    return rows


def _active_mentees() -> dict[int, int]:
    current = Relationship.objects.filter(status__in=Relationship.CURRENT_STATUSES).order_by()
    return dict(current.values_list("mentor").annotate(n=Count("pk")))


# --- the per-process directory ---------------------------------------------------------------------------


def version_stamp() -> tuple:
    """Changes whenever a mentor's features, visibility or capacity may have (docs/matching.md, "Serving").

    Saving a profile moves its updated_at; turning mentoring on or off moves the count; a relationship starting
    takes a new highest id and one ending lowers the count. One round trip per request, in raw SQL because the
    ORM cannot put two tables' aggregates in one statement; separate subqueries let each use its own index.
    """
    quote = connection.ops.quote_name
    profiles, relationships = quote(Profile._meta.db_table), quote(Relationship._meta.db_table)
    mentors = f"FROM {profiles} WHERE accepting_mentees = %s"
    current = f"FROM {relationships} WHERE status IN (%s, %s)"
    sql = (
        f"SELECT (SELECT COUNT(*) {mentors}), (SELECT MAX(updated_at) {mentors}), "
        f"(SELECT COUNT(*) {current}), (SELECT MAX(id) {current})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [True, True, *Relationship.CURRENT_STATUSES, *Relationship.CURRENT_STATUSES])
        return tuple(cursor.fetchone())


class MentorDirectory:
    """Every mentor's scoring features plus what the filters need, in index order, from one database snapshot."""

    def __init__(self, stamp: tuple, rows: list[dict], active_mentees: dict[int, int]):
        self.stamp = stamp
        self.built_at = time.monotonic()
        self.people = [_person(row, active_mentees=active_mentees.get(row["user_id"], 0)) for row in rows]
        self.index = MentorIndex(self.people)
        self.row_of = {person["id"]: i for i, person in enumerate(self.people)}
        self.public = np.array(
            [row["visibility"] == Profile.EVERYONE and row["user__is_active"] for row in rows], dtype=bool
        )
        self.program_only = np.array([row["visibility"] == Profile.PROGRAMS for row in rows], dtype=bool)
        self.seeking = np.array([row["seeking_mentors"] for row in rows], dtype=bool)
        self.has_room = np.array([p["capacity_left"] > 0 for p in self.people], dtype=bool)
        self.offsets = self.index.offsets
        self.industries = [fold(row["industry"]) for row in rows]
        self.languages = [{fold(x) for x in p["languages"]} for p in self.people]
        self.formats = [set(p["meeting_formats"]) for p in self.people]
        self.skill_names = [[fold(s.get("name") or "") for s in p["skills_offered"]] for p in self.people]
        # The row keeps its words (`people_search.document`), so the directory finds what people search finds.
        self.words = people_search.WordIndex([row["search_text"] for row in rows])
        by_name = sorted(range(len(rows)), key=lambda i: (fold(rows[i]["name"]), rows[i]["user_id"]))
        self.by_name = np.array(by_name, dtype=np.int64)
        # Choices come from public profiles only, so a filter list never reveals a hidden person's details.
        public_people = [p for p, public in zip(self.people, self.public, strict=True) if public]
        public_rows = [r for r, public in zip(rows, self.public, strict=True) if public]
        self.industry_choices = _spellings(r["industry"] for r in public_rows)
        self.language_choices = _spellings(x for p in public_people for x in p["languages"])
        self.skill_choices = _spellings(s.get("name") for p in public_people for s in p["skills_offered"])

    @classmethod
    def load(cls) -> MentorDirectory:
        # The stamp is read before the rows: a write in between costs one extra rebuild, never a stale index.
        stamp = version_stamp()
        with _no_cycle_collection():
            return cls(stamp, _mentor_rows(), _active_mentees())

    def is_current(self, stamp: tuple) -> bool:
        return self.stamp == stamp and time.monotonic() - self.built_at < MAX_INDEX_AGE_SECONDS


@contextmanager
def _no_cycle_collection():
    """A build allocates hundreds of thousands of lists and dicts and frees almost none: the cyclic collector would
    walk the growing heap again and again, a quarter of the build at 100,000 people. Reference counting still
    frees what the build drops; the collector resumes (if it was on) as soon as the build ends."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _spellings(names) -> list[str]:
    """Distinct names, case and accents folded, each shown in its most common spelling, sorted."""
    counts = Counter(str(n).strip() for n in names if n and str(n).strip())
    best: dict[str, str] = {}
    for name, _ in counts.most_common():
        best.setdefault(fold(name), name)
    return sorted(best.values(), key=fold)


_lock = threading.Lock()
_directory: MentorDirectory | None = None


def mentor_directory() -> MentorDirectory:
    global _directory
    stamp = version_stamp()
    directory = _directory
    if directory is None or not directory.is_current(stamp):
        # One thread rebuilds; the others wait and take its index instead of building the same one again.
        with _lock:
            if _directory is None or not _directory.is_current(stamp):
                _directory = MentorDirectory.load()
            directory = _directory
    return directory


def forget_directory() -> None:
    """Drop this process's directory; tests need it when frozen clocks make two databases' stamps equal."""
    global _directory
    _directory = None


# --- access ---------------------------------------------------------------------------------------------


def _visible(user, directory: MentorDirectory) -> np.ndarray:
    """Which mentors the person may see: exactly `Profile.objects.visible_to(user)`.

    Public profiles come from the snapshot (changing a visibility changes the stamp). Profiles shown only within
    programs are asked of `visible_to` itself, when the snapshot has any; a hidden one is only ever its owner's,
    who is never in their own list. `_shown_profiles` drops accounts closed since the snapshot.
    """
    mask = directory.public.copy()
    if directory.program_only.any():
        others = (
            Profile.objects.visible_to(user)
            .filter(accepting_mentees=True, visibility=Profile.PROGRAMS)
            .values_list("user_id", flat=True)
        )
        for user_id in others:
            row = directory.row_of.get(user_id)
            if row is not None:
                mask[row] = True
    return mask


def _shown_profiles(user_ids: list[int]) -> list[Profile]:
    """The profiles of people already found visible, in the given order, with the fields a card shows."""
    found = Profile.objects.filter(user_id__in=user_ids, user__is_active=True).select_related("user").only(*CARD_FIELDS)
    by_user = {p.user_id: p for p in found}
    return [by_user[uid] for uid in user_ids if uid in by_user]


# --- the directory --------------------------------------------------------------------------------------


def _matching(directory: MentorDirectory, query: DirectoryQuery, viewer: dict, user) -> np.ndarray:
    mask = _visible(user, directory) & directory.has_room & (directory.index.ids != viewer["id"])
    if query.peers:
        mask &= directory.seeking

    def rows_where(test) -> np.ndarray:
        return np.fromiter(map(test, range(len(mask))), bool, len(mask))

    query_words = people_search.words(query.q)[: people_search.MAX_WORDS]
    if query_words:
        mask &= directory.words.matching(query_words)
    for skill in filter(None, (fold(s).strip() for s in query.skills)):
        mask &= rows_where(lambda i, skill=skill: any(skill in name for name in directory.skill_names[i]))
    if query.industry:
        industry = fold(query.industry).strip()
        mask &= rows_where(lambda i: directory.industries[i] == industry)
    if query.language:
        language = fold(query.language).strip()
        mask &= rows_where(lambda i: language in directory.languages[i])
    if query.meeting_format:
        mask &= rows_where(lambda i: query.meeting_format in directory.formats[i])
    if query.max_hours_apart is not None:
        mine = utc_offset_hours(viewer["timezone"], directory.index.now)
        if not math.isnan(mine):
            apart = np.abs(directory.offsets - mine) % 24
            mask &= np.minimum(apart, 24 - apart) <= query.max_hours_apart
    if query.program is not None:
        # Programs sit above matching: their rows are reached by relation names (docs/architecture.md). A program
        # the person is not in filters to nobody, as if it did not exist.
        mine = user.enrollments.filter(status="approved").values("program")
        members = Profile.objects.filter(
            Q(user__enrollments__program__in=mine)
            | Q(user__enrollments__program__in=user.coordinated_programs.values("id")),
            user__enrollments__program=query.program,
            user__enrollments__status="approved",
        ).values_list("user_id", flat=True)
        enrolled = np.zeros(len(mask), dtype=bool)
        enrolled[[directory.row_of[uid] for uid in members if uid in directory.row_of]] = True
        mask &= enrolled
    return mask


def search_mentors(
    user, query: DirectoryQuery | None = None, directory: MentorDirectory | None = None
) -> DirectoryPage:
    """One page of the mentors a person may see, filtered, best match first (or by name), with reasons.

    Pass the `directory` a view already took (for its filter choices) to save a second stamp query.
    """
    query = query or DirectoryQuery()
    directory = directory or mentor_directory()
    viewer = _viewer(user)
    mask = _matching(directory, query, viewer, user)
    evaluated = directory.index.evaluate(viewer)
    count = int(np.count_nonzero(mask))
    pages = max(1, math.ceil(count / PAGE_SIZE))
    page = min(max(query.page, 1), pages)
    if query.sort == "name":
        order = directory.by_name[mask[directory.by_name]]
    else:
        # Best first, ties to the lower id as everywhere; mentors who share no language with the person (-1)
        # come last rather than vanish: they are still there, just not a match yet.
        order = best_first(np.flatnonzero(mask), evaluated.scores, directory.index.ids, page * PAGE_SIZE)
    rows = order[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    return DirectoryPage(
        items=_items(directory, evaluated, rows),
        count=count,
        page=page,
        pages=pages,
        viewer_languages=bool(viewer["languages"]),
    )


def _items(directory: MentorDirectory, evaluated: Evaluated, rows: np.ndarray) -> list[dict]:
    """The shown mentors' cards: the numbers of the one evaluation that ranked them, reasons for these alone."""
    matches = {m.mentor_id: m for m in directory.index.matches(evaluated, rows)}
    return _cards(matches, [int(directory.index.ids[i]) for i in rows])


def _cards(matches: dict, user_ids: list[int]) -> list[dict]:
    return [
        {
            "profile": profile,
            "score": matches[profile.user_id].score,
            "eligible": matches[profile.user_id].eligible,
            "reasons": matches[profile.user_id].reasons,
            "components": matches[profile.user_id].components,
        }
        for profile in _shown_profiles(user_ids)
    ]


def suggestions_for(user, limit: int = 3) -> list[dict]:
    """The best mentors for a person right now: dicts with profile, score and reasons, best first.

    Only mentors they may see, with room for another mentee and a language in common.
    """
    directory = mentor_directory()
    viewer = _viewer(user)
    evaluated = directory.index.evaluate(viewer)
    candidates = np.flatnonzero(_matching(directory, DirectoryQuery(), viewer, user) & (evaluated.scores >= 0))
    best = best_first(candidates, evaluated.scores, directory.index.ids, max(limit, 0))
    return _items(directory, evaluated, best)


# --- suggested mentees ----------------------------------------------------------------------------------


@dataclass
class MenteeSuggestions:
    items: list[dict]
    # Why the list is empty when the mentor cannot take anyone: "not_mentoring", "no_room" or "" (can).
    blocked: str = ""
    capacity_left: int = 0


def suggested_mentees(user, limit: int = 20) -> MenteeSuggestions:
    """Mentees seeking mentors whom this mentor may see, scored by the same module from the mentee's side.

    A mentee and a mentor see the same number: the mentor is scored with the directory's text model. Scoring
    costs about 0.25 ms per mentee, so it runs on a shortlist: mentees who share a language with the mentor,
    those whose skill gaps name more of the mentor's skills first (docs/matching.md, "Serving").
    """
    me = user.profile
    active = Relationship.objects.filter(mentor=user, status__in=Relationship.CURRENT_STATUSES)
    capacity_left = me.mentor_capacity - active.count()
    if not me.accepting_mentees:
        return MenteeSuggestions([], "not_mentoring", capacity_left)
    if capacity_left <= 0:
        return MenteeSuggestions([], "no_room", capacity_left)
    mentor = {**_viewer(user), "capacity_left": capacity_left}
    seekers = (
        Profile.objects.visible_to(user)
        .filter(seeking_mentors=True)
        .exclude(user=user)
        .exclude(user__in=active.values("mentee"))
    )
    shortlist = _people(Profile.objects.filter(user__in=_shortlist(mentor, seekers)))
    directory = mentor_directory()
    index = MentorIndex([mentor], directory.index.weights, directory.index.now, text_model=directory.index.text_model)
    scores = index.score_matrix(shortlist)[:, 0]
    ranked = sorted(
        (i for i in range(len(shortlist)) if scores[i] >= 0), key=lambda i: (-scores[i], shortlist[i]["id"])
    )[: max(limit, 0)]
    matches = {shortlist[i]["id"]: index.score(shortlist[i], include_ineligible=True)[0] for i in ranked}
    user_ids = [shortlist[i]["id"] for i in ranked]
    return MenteeSuggestions(_cards(matches, user_ids), "", capacity_left)


def _shortlist(mentor: dict, seekers) -> list[int]:
    """Ids of the mentees worth scoring: two light queries over every seeker, whatever their number."""
    gaps: dict[int, list[str]] = {}
    for person, skill in SkillGap.objects.filter(person__in=seekers.values("user_id")).values_list("person", "skill"):
        gaps.setdefault(person, []).append(skill)
    speaks = {fold(x) for x in mentor["languages"]}
    offered = [fold(s.get("name") or "") for s in mentor["skills_offered"]]

    def named(wanted) -> int:
        return sum(any(o and (o in w or w in o) for o in offered) for w in map(fold, wanted) if w)

    ranked = [
        (-named([*(sought or []), *gaps.get(uid, ())]), uid)
        for uid, languages, sought in seekers.values_list("user_id", "languages", "skills_sought")
        if speaks & {fold(x) for x in languages or ()}
    ]
    return [uid for _, uid in sorted(ranked)[:MENTEE_SHORTLIST]]
