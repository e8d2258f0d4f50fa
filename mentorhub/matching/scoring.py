"""MatchScore: how well a mentor fits a mentee, 0-100, with reasons a person understands.

Every formula here is specified in docs/matching.md; change the two together. Plain dicts in, plain data out
(the Django side builds the person dicts), so this module never imports Django and runs the same in a request,
a program match run and a benchmark.

``MentorIndex`` precomputes each mentor's features once as arrays and sparse columns, so scoring one mentee
against every mentor is a handful of vectorised operations; Python loops over mentors only build the reasons
of the results actually returned.
"""

from __future__ import annotations

import copy
import math
import re
from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from functools import lru_cache

import numpy as np
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from scipy import sparse

from mentorhub.lib.text import fold
from mentorhub.lib.time import utc_offset_hours
from mentorhub.profiles import levels

COMPONENTS = ("skills", "goals_text", "values", "timezone", "formats", "capacity")
LEVEL_WEIGHTS = {"beginner": 0.3, "intermediate": 0.6, "advanced": 0.85, "expert": 1.0}
# A skill offered without a (known) level is taken at the middle of the scale rather than dropped.
UNKNOWN_LEVEL_WEIGHT = LEVEL_WEIGHTS["intermediate"]
FULL_OVERLAP_HOURS = 2.0
NO_OVERLAP_HOURS = 10.0
# Below this cosine two texts share only incidental words; claiming a "similar focus" would mislead.
MIN_FOCUS_SIMILARITY = 0.1
FOCUS_TERMS_SHOWN = 3
# Neutral value for a pair whose mentor left the field unusable (unknown timezone, unknown capacity).
UNKNOWN = 0.5


@dataclass(frozen=True)
class Weights:
    """Relative importance of each component; only the ratios matter (the score is a weighted mean)."""

    skills: float = 0.40
    goals_text: float = 0.20
    values: float = 0.10
    timezone: float = 0.15
    formats: float = 0.10
    capacity: float = 0.05

    def __post_init__(self):
        for f in fields(self):
            value = float(getattr(self, f.name))
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"weight {f.name!r} must be a finite number of at least 0, not {value!r}")
            object.__setattr__(self, f.name, value)
        if not any(getattr(self, f.name) for f in fields(self)):
            raise ValueError(_("Give at least one weight above 0."))

    def to_dict(self) -> dict[str, float]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Weights:
        """Missing components keep their default; an unknown name is an error, so a typo cannot go unnoticed."""
        unknown = sorted(set(data) - set(COMPONENTS))
        if unknown:
            raise ValueError(f"unknown weight(s): {', '.join(unknown)}; expected {', '.join(COMPONENTS)}")
        return cls(**data)


DEFAULT_WEIGHTS = Weights()


@dataclass
class Match:
    mentor_id: int
    score: int
    eligible: bool
    components: dict[str, float] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


# --- words ---------------------------------------------------------------------------------------------

_STOP_WORDS = frozenset({
    "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be",
    "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
    "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having",
    "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it",
    "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
    "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so",
    "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
    "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
    "yourself", "yourselves"
})  # fmt: skip
# Words every mentoring profile uses, whatever the field; left in, they would make any two profiles look alike.
_FILLER_WORDS = (
    "mentor", "mentee", "mentoring", "mentorship", "help", "want", "like", "enjoy", "love", "year", "month", "week",
    "day", "ago", "get", "better", "good", "great", "happy", "also", "really", "within", "towards", "move", "become",
    "make", "take", "find", "start", "use", "need", "way", "thing", "lot", "able", "work", "job", "role", "company",
    "firm", "organisation", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"
)  # fmt: skip
_TOKEN = re.compile(r"[^\W_][\w+#]*")
# A skill name never spans punctuation, so goal text is split there before looking for skill names in it.
_PHRASE_BREAK = re.compile(r"[.,;:!?()\[\]{}/|\n]+")
_BRITISH = ((re.compile(r"is(ation|ing|ed|e|es)$"), r"iz\1"), (re.compile(r"ys(ing|ed|e|es)$"), r"yz\1"))
# One pass strips at most one of these; two passes take "leadership" to "lead" and "engineering" to "engineer".
_SUFFIXES = (("ational", "ate"), ("ization", "ize"), ("ation", "ate"), ("ment", ""), ("ship", ""), ("ing", ""),
             ("ed", ""), ("er", ""))  # fmt: skip
_VOWEL = re.compile(r"[aeiouy]")


def _words(text: str) -> list[str]:
    return [w for w in _TOKEN.findall(fold(text)) if not w.isdigit()]


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A light suffix stripper: enough to equate "stakeholders", "managing" and "visualisation" with their kin."""
    if len(word) <= 3 or not (word.isascii() and word.isalpha()):
        return word
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    stripped = False
    for _round in range(2):
        for suffix, replacement in _SUFFIXES:
            stem = word[: -len(suffix)]
            # "career", "volunteer": the "er" is not a suffix there.
            if word.endswith(suffix) and len(stem) >= 3 and _VOWEL.search(stem) and not word.endswith("eer"):
                word = stem + replacement
                stripped = True
                break
        else:
            break
    if stripped and len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiousz":
        word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


_FILLER_STEMS = frozenset(_stem(w) for w in _FILLER_WORDS)


@lru_cache(maxsize=1 << 16)
def _skill_key(name: str) -> tuple[str, ...]:
    """The form two skill names are compared in: stemmed words without stop words or the word "skill"."""
    return tuple(s for s in (_stem(w) for w in _words(name) if w not in _STOP_WORDS) if s != "skill")


def _terms(text: str) -> list[tuple[str, str]]:
    """(stem, word as written) for every content word of a free text."""
    terms = []
    for word in _words(text):
        if word not in _STOP_WORDS:
            stem = _stem(word)
            if stem not in _FILLER_STEMS:
                terms.append((stem, word))
    return terms


def _subphrases(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Contiguous shorter parts of at least two words: "machine learning" inside "applied machine learning"."""
    n = len(key)
    return [key[i : i + size] for size in range(2, n) for i in range(n - size + 1)]


def _names(values) -> dict[str, str]:
    """Folded name -> name as written, first spelling wins; the folded form is what two people are compared by."""
    names: dict[str, str] = {}
    for value in values or ():
        shown = str(value).strip()
        if shown:
            names.setdefault(fold(shown), shown)
    return names


def _tags(person: dict) -> dict[tuple[str, str], str]:
    # Values and interests are kept apart: "learning" as a value is not "learning" as a pastime.
    return {
        **{("value", k): v for k, v in _names(person.get("values")).items()},
        **{("interest", k): v for k, v in _names(person.get("interests")).items()},
    }


def _level_weight(level) -> float:
    return LEVEL_WEIGHTS.get(fold(level or "").strip(), UNKNOWN_LEVEL_WEIGHT)


def _offered_skills(person: dict) -> dict[tuple[str, ...], tuple[float, str, str]]:
    """Skill key -> (level weight, level, name) of the best-levelled listing of each distinct skill."""
    offered: dict[tuple[str, ...], tuple[float, str, str]] = {}
    for skill in person.get("skills_offered") or ():
        key = _skill_key(skill.get("name") or "")
        weight = _level_weight(skill.get("level"))
        if key and (key not in offered or weight > offered[key][0]):
            level = fold(skill.get("level") or "").strip()
            offered[key] = (weight, level if level in LEVEL_WEIGHTS else "", str(skill["name"]).strip())
    return offered


def _mentor_document(person: dict) -> str:
    skills = " ".join(s.get("name") or "" for s in person.get("skills_offered") or ())
    return f"{person.get('expertise_text') or ''} {skills}"


def _mentee_document(person: dict) -> str:
    return f"{person.get('goal_text') or ''} {' '.join(person.get('skills_sought') or ())}"


def _aware(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    return now if now.tzinfo else now.replace(tzinfo=UTC)


def _percent(value: float) -> int:
    return math.floor(100 * value + 0.5)


def _join(items: list[str], word: str = "and") -> str:
    if len(items) == 1:
        return items[0]
    joined = _("{some} or {last}") if word == "or" else _("{some} and {last}")
    return joined.format(some=", ".join(items[:-1]), last=items[-1])


def _format_label(name: str) -> str:
    return name.replace("_", " ")


# --- sparse columns ------------------------------------------------------------------------------------


def _columns(rows: list[int], cols: list[int], data: list[float], shape: tuple[int, int]) -> sparse.csc_array:
    """Mentors x features, stored by feature so one mentee's few features are read as a few slices."""
    matrix = sparse.csc_array(
        (np.asarray(data, dtype=np.float64), (np.asarray(rows, dtype=np.int32), np.asarray(cols, dtype=np.int32))),
        shape=shape,
    )
    matrix.sum_duplicates()
    return matrix


def _column(matrix: sparse.csc_array, col: int) -> tuple[np.ndarray, np.ndarray]:
    start, end = matrix.indptr[col], matrix.indptr[col + 1]
    return matrix.indices[start:end], matrix.data[start:end]


def _entries(matrix: sparse.csc_array, rows: np.ndarray, col: int) -> np.ndarray:
    """matrix[rows, col] by binary search in the column, without slicing the matrix."""
    present, data = _column(matrix, col)
    pos = np.minimum(np.searchsorted(present, rows), max(len(present) - 1, 0))
    return np.where(present[pos] == rows, data[pos], 0.0) if len(present) else np.zeros(len(rows))


class _NameSets:
    """Which mentors list which names (languages, formats, values): one sparse column per name."""

    def __init__(self, per_mentor: list):
        self.cols: dict = {}
        rows, cols = [], []
        for row, names in enumerate(per_mentor):
            for name in names:
                rows.append(row)
                cols.append(self.cols.setdefault(name, len(self.cols)))
        self.matrix = _columns(rows, cols, [1.0] * len(rows), (len(per_mentor), len(self.cols)))
        self.sizes = np.bincount(np.asarray(rows, dtype=np.int64), minlength=len(per_mentor)).astype(np.float64)

    def shared(self, names) -> np.ndarray:
        """How many of ``names`` each mentor lists."""
        rows = [_column(self.matrix, self.cols[name])[0] for name in names if name in self.cols]
        if not rows:
            return np.zeros(len(self.sizes))
        # One counting pass over every listed name's rows: a language most mentors speak has most of the index.
        return np.bincount(np.concatenate(rows), minlength=len(self.sizes)).astype(np.float64)


class TextModel:
    """TF-IDF fitted on the mentors' documents (docs/matching.md, "goals_text").

    Terms that the model has not seen get the IDF of a term in no document; they count in a text's length but
    cannot match anything, so a cosine against an unseen text is never overstated.
    """

    def __init__(self, documents: list[list[str]]):
        self.vocabulary: dict[str, int] = {}
        document_frequency: list[int] = []
        for terms in documents:
            for term in dict.fromkeys(terms):
                col = self.vocabulary.setdefault(term, len(self.vocabulary))
                if col == len(document_frequency):
                    document_frequency.append(0)
                document_frequency[col] += 1
        n = len(documents)
        self.idf = np.log((1 + n) / (1 + np.asarray(document_frequency, dtype=np.float64))) + 1
        self.unseen_idf = math.log(1 + n) + 1

    def idf_of(self, term: str) -> float:
        col = self.vocabulary.get(term)
        return self.unseen_idf if col is None else float(self.idf[col])

    def matrix(self, documents: list[list[str]]) -> sparse.csc_array:
        """L2-normalised sublinear tf-idf rows, one per document."""
        rows, cols, counts = [], [], []
        unseen_squares = np.zeros(len(documents))
        for row, terms in enumerate(documents):
            for term, count in Counter(terms).items():
                col = self.vocabulary.get(term)
                if col is None:
                    unseen_squares[row] += ((1 + math.log(count)) * self.unseen_idf) ** 2
                else:
                    rows.append(row)
                    cols.append(col)
                    counts.append(count)
        rows_a = np.asarray(rows, dtype=np.int64)
        data = (1 + np.log(np.asarray(counts, dtype=np.float64))) * self.idf[np.asarray(cols, dtype=np.int64)]
        norms = np.sqrt(np.bincount(rows_a, weights=data**2, minlength=len(documents)) + unseen_squares)
        data = data / norms[rows_a] if len(data) else data
        return _columns(rows, cols, data, (len(documents), len(self.vocabulary)))


# --- the index -----------------------------------------------------------------------------------------


@dataclass
class _Mentee:
    """One mentee, parsed once per query into the index's columns."""

    id: int | None
    gaps: list[tuple[str, tuple[str, ...], list[int]]]  # name as written, key, matching skill columns
    goal_skill_cols: list[int]  # skills the goal text names that are not already gaps
    skills_applicable: bool
    term_cols: np.ndarray
    term_weights: np.ndarray
    term_words: dict[int, str]
    text_applicable: bool
    tags: dict[tuple[str, str], str]
    languages: dict[str, str]
    offset: float
    formats: dict[str, str]


@dataclass
class _Evaluation:
    components: dict[str, np.ndarray]
    total: np.ndarray
    hours: np.ndarray | None
    speaks: np.ndarray
    eligible: np.ndarray


@dataclass
class Evaluated:
    """One mentee scored against a whole index (`MentorIndex.evaluate`)."""

    mentee: _Mentee
    evaluation: _Evaluation
    scores: np.ndarray  # per mentor, unrounded 0-100, -1 where ineligible: a row of `score_matrix`


def best_first(candidates: np.ndarray, rank: np.ndarray, ids: np.ndarray, limit: int | None = None) -> np.ndarray:
    """The first `limit` candidates (all without one) by rank, highest first, ties to the lower id.

    Only the candidates that can be among the first `limit` are sorted: a page of 20 out of 40,000 mentors costs a
    partition, not a sort of everyone.
    """
    if limit is not None and limit < len(candidates):
        # Keep every candidate tied with the last place, so the id tie-break decides, not argpartition.
        threshold = np.partition(rank[candidates], -limit)[-limit] if limit else np.inf
        candidates = candidates[rank[candidates] >= threshold]
    return candidates[np.lexsort((ids[candidates], -rank[candidates]))][:limit]


class MentorIndex:
    """Every mentor's features, computed once; score mentees against all of them at array speed.

    Treat the mentor dicts as frozen while the index lives: reasons are read from them.
    ``text_model`` reuses another index's TF-IDF (its vocabulary and IDF) so that scores are comparable.
    """

    def __init__(
        self,
        mentors: list[dict],
        weights: Weights | None = None,
        now: datetime | None = None,
        *,
        text_model: TextModel | None = None,
    ):
        self.weights = weights or DEFAULT_WEIGHTS
        self.now = _aware(now)
        self._mentors = list(mentors)
        n = len(self._mentors)
        self.ids = np.array([m["id"] for m in self._mentors], dtype=np.int64)

        self._skill_cols: dict[tuple[str, ...], int] = {}
        rows, cols, data = [], [], []
        for row, mentor in enumerate(self._mentors):
            for key, (weight, _level, _name) in _offered_skills(mentor).items():
                rows.append(row)
                cols.append(self._skill_cols.setdefault(key, len(self._skill_cols)))
                data.append(weight)
        self._skills = _columns(rows, cols, data, (n, len(self._skill_cols)))
        self._skill_keys = list(self._skill_cols)
        self._longest_skill = max(map(len, self._skill_keys), default=0)
        self._skill_parts: dict[tuple[str, ...], list[int]] = {}
        for key, col in self._skill_cols.items():
            for part in _subphrases(key):
                self._skill_parts.setdefault(part, []).append(col)

        documents = [[stem for stem, _ in _terms(_mentor_document(m))] for m in self._mentors]
        self.text_model = text_model or TextModel(documents)
        self._text = self.text_model.matrix(documents)

        self._tags = _NameSets([_tags(m) for m in self._mentors])
        self._languages = _NameSets([_names(m.get("languages")) for m in self._mentors])
        self._formats = _NameSets([_names(m.get("meeting_formats")) for m in self._mentors])

        zones = [str(m.get("timezone") or "") for m in self._mentors]
        offsets = {zone: utc_offset_hours(zone, self.now) for zone in set(zones)}
        # Hours ahead of UTC per mentor (NaN: unknown zone), frozen at `now`.
        self.offsets = np.array([offsets[zone] for zone in zones], dtype=np.float64)

        capacity = np.array(
            [math.nan if m.get("capacity_left") is None else float(m["capacity_left"]) for m in self._mentors],
            dtype=np.float64,
        )
        known = ~np.isnan(capacity)
        self._capacity_left = capacity
        self._has_room = ~known | (capacity > 0)
        self._capacity = np.where(known, 1 - 0.5 ** np.clip(np.nan_to_num(capacity), 0, None), UNKNOWN)

    def __len__(self) -> int:
        return len(self._mentors)

    def with_weights(self, weights: Weights) -> MentorIndex:
        """The same mentors under other weights, without recomputing any feature (a coordinator's edit)."""
        clone = copy.copy(self)
        clone.weights = weights
        return clone

    # --- one mentee --------------------------------------------------------------------------------------

    def _gap_cols(self, key: tuple[str, ...]) -> list[int]:
        cols = set(self._skill_parts.get(key, ()))
        cols.update(self._skill_cols[part] for part in (key, *_subphrases(key)) if part in self._skill_cols)
        return sorted(cols)

    def _parse(self, mentee: dict) -> _Mentee:
        gaps, seen = [], set()
        for name in mentee.get("skills_sought") or ():
            key = _skill_key(name)
            if key and key not in seen:
                seen.add(key)
                gaps.append((str(name).strip(), key, self._gap_cols(key)))
        gap_cols = {col for _, _, cols in gaps for col in cols}
        own = set(_offered_skills(mentee))
        goal_text = mentee.get("goal_text") or ""
        goal_skill_cols = set()
        for phrase in _PHRASE_BREAK.split(goal_text):
            words = _skill_key(phrase)
            for size in range(1, min(len(words), self._longest_skill) + 1):
                for start in range(len(words) - size + 1):
                    key = words[start : start + size]
                    col = self._skill_cols.get(key)
                    if col is not None and col not in gap_cols and key not in own:
                        goal_skill_cols.add(col)

        counts: Counter[str] = Counter()
        words_written: dict[str, str] = {}
        for stem, word in _terms(_mentee_document(mentee)):
            counts[stem] += 1
            words_written.setdefault(stem, word)
        model = self.text_model
        tfidf = {stem: (1 + math.log(count)) * model.idf_of(stem) for stem, count in counts.items()}
        length = math.sqrt(sum(w * w for w in tfidf.values())) or 1.0
        known = [stem for stem in tfidf if stem in model.vocabulary]
        term_cols = np.array([model.vocabulary[stem] for stem in known], dtype=np.int64)
        term_weights = np.array([tfidf[stem] / length for stem in known], dtype=np.float64)

        return _Mentee(
            id=mentee.get("id"),
            gaps=gaps,
            goal_skill_cols=sorted(goal_skill_cols),
            skills_applicable=bool(gaps or goal_text.strip()),
            term_cols=term_cols,
            term_weights=term_weights,
            term_words={int(col): words_written[s] for col, s in zip(term_cols, known, strict=True)},
            text_applicable=bool(counts),
            tags=_tags(mentee),
            languages=_names(mentee.get("languages")),
            offset=utc_offset_hours(str(mentee.get("timezone") or ""), self.now),
            formats=_names(mentee.get("meeting_formats")),
        )

    def _best_level(self, cols: list[int]) -> np.ndarray:
        best = np.zeros(len(self))
        for col in cols:
            rows, levels = _column(self._skills, col)
            best[rows] = np.maximum(best[rows], levels)
        return best

    def _evaluate(self, q: _Mentee) -> _Evaluation:
        n = len(self)
        components: dict[str, np.ndarray] = {}
        hours = None
        if q.skills_applicable:
            covered = np.zeros(n)
            for _gap, _key, cols in q.gaps:
                covered += self._best_level(cols)
            # A skill the goal text names counts as a gap only for mentors who offer it, so a mentor's score
            # never depends on which other mentors happen to be in the index.
            gaps_counted = np.full(n, float(len(q.gaps)))
            for col in q.goal_skill_cols:
                rows, levels = _column(self._skills, col)
                covered[rows] += levels
                gaps_counted[rows] += 1
            components["skills"] = np.divide(covered, gaps_counted, out=np.zeros(n), where=gaps_counted > 0)
        if q.text_applicable:
            similarity = np.zeros(n)
            for col, weight in zip(q.term_cols, q.term_weights, strict=True):
                rows, values = _column(self._text, col)
                similarity[rows] += weight * values
            components["goals_text"] = np.clip(similarity, 0, 1)
        if q.tags:
            components["values"] = 2 * self._tags.shared(q.tags) / (len(q.tags) + self._tags.sizes)
        if not math.isnan(q.offset):
            apart = np.abs(self.offsets - q.offset) % 24
            hours = np.minimum(apart, 24 - apart)
            closeness = np.clip((NO_OVERLAP_HOURS - hours) / (NO_OVERLAP_HOURS - FULL_OVERLAP_HOURS), 0, 1)
            components["timezone"] = np.where(np.isnan(hours), UNKNOWN, closeness)
        if q.formats:
            # A mentor who names no format has ruled none out.
            fits = (self._formats.shared(q.formats) > 0) | (self._formats.sizes == 0)
            components["formats"] = fits.astype(np.float64)
        components["capacity"] = self._capacity

        weight_sum = sum(getattr(self.weights, name) for name in components)
        total = np.zeros(n)
        if weight_sum:
            for name, values in components.items():
                total += getattr(self.weights, name) * values
            total /= weight_sum
        speaks = self._languages.shared(q.languages) > 0
        eligible = speaks & self._has_room
        if q.id is not None:
            eligible &= self.ids != q.id
        return _Evaluation(components, total, hours, speaks, eligible)

    # --- public ------------------------------------------------------------------------------------------

    def score(self, mentee: dict, limit: int | None = None, include_ineligible: bool = False) -> list[Match]:
        """Mentors for one mentee, best first; ties go to the lower mentor id. Ineligible ones come last."""
        evaluated = self.evaluate(mentee)
        ev = evaluated.evaluation
        rank = np.where(ev.eligible, ev.total, ev.total - 2)
        candidates = np.arange(len(self)) if include_ineligible else np.flatnonzero(ev.eligible)
        order = best_first(candidates, rank, self.ids, max(limit, 0) if limit is not None else None)
        return self.matches(evaluated, order)

    def evaluate(self, mentee: dict) -> Evaluated:
        """One mentee against every mentor, once: its `scores` rank them, `matches` explains the ones shown."""
        q = self._parse(mentee)
        ev = self._evaluate(q)
        return Evaluated(q, ev, np.where(ev.eligible, 100 * ev.total, -1.0))

    def matches(self, evaluated: Evaluated, rows) -> list[Match]:
        """The Match (score, components, reasons) of each given index row, in the given order."""
        q, ev = evaluated.mentee, evaluated.evaluation
        rows = np.asarray(rows, dtype=np.int64)
        # Each focus term's share of the cosine, for these mentors only: one binary search per term.
        focus = np.column_stack(
            [weight * _entries(self._text, rows, col) for col, weight in zip(q.term_cols, q.term_weights, strict=True)]
            or [np.zeros(len(rows))]
        )
        return [self._match(int(i), q, ev, focus[k]) for k, i in enumerate(rows)]

    def score_matrix(self, mentees: list[dict]) -> np.ndarray:
        """Mentees x mentors, unrounded 0-100, -1 where the pair is ineligible (for an assignment solver)."""
        matrix = np.full((len(mentees), len(self)), -1.0)
        for row, mentee in enumerate(mentees):
            matrix[row] = self.evaluate(mentee).scores
        return matrix

    # --- reasons -----------------------------------------------------------------------------------------

    def _match(self, i: int, q: _Mentee, ev: _Evaluation, focus: np.ndarray) -> Match:
        eligible = bool(ev.eligible[i])
        return Match(
            mentor_id=int(self.ids[i]),
            score=_percent(float(ev.total[i])) if eligible else 0,
            eligible=eligible,
            components={name: round(float(values[i]), 4) for name, values in ev.components.items()},
            reasons=self._reasons(i, q, ev, focus),
        )

    def _reasons(self, i: int, q: _Mentee, ev: _Evaluation, focus: np.ndarray) -> list[str]:
        mentor = self._mentors[i]
        blockers = []
        if q.id is not None and self.ids[i] == q.id:
            blockers.append(_("this is you"))
        if not ev.speaks[i]:
            blockers.append(_("no shared language"))
        if not self._has_room[i]:
            blockers.append(_("no capacity left"))

        ranked: list[tuple[float, str]] = []  # (contribution to the weighted sum, reason)
        # Words of skill names are left to the skills reasons: a covered one is already said there, and half of
        # an uncovered one ("public" of "public speaking" against "public sector") would mislead.
        offered = {self._skill_cols[key]: listing for key, listing in _offered_skills(mentor).items()}
        skill_words = {stem for _, key, _ in q.gaps for stem in key}
        skill_words.update(stem for col in q.goal_skill_cols if col in offered for stem in self._skill_keys[col])
        if "skills" in ev.components:
            ranked += self._skill_reasons(q, offered)
        if "goals_text" in ev.components and ev.components["goals_text"][i] >= MIN_FOCUS_SIMILARITY:
            words = [
                q.term_words[int(q.term_cols[t])]
                for t in np.argsort(-focus, kind="stable")
                if focus[t] > 0 and _stem(q.term_words[int(q.term_cols[t])]) not in skill_words
            ][:FOCUS_TERMS_SHOWN]
            if words:
                ranked.append(
                    (self._weighted(ev, "goals_text", i), _("similar focus: {words}").format(words=", ".join(words)))
                )
        if "values" in ev.components:
            theirs = _tags(mentor)
            shared_tags = [shown for tag, shown in q.tags.items() if tag in theirs]
            if shared_tags:
                ranked.append(
                    (self._weighted(ev, "values", i), _("you share: {tags}").format(tags=", ".join(shared_tags)))
                )
        if ev.hours is not None and not math.isnan(ev.hours[i]):
            hours = float(ev.hours[i])
            if hours == 0:
                text = _("same timezone")
            elif hours == 1:
                text = _("1 hour apart")
            else:
                text = _("{hours:g} hours apart").format(hours=hours)
            ranked.append((self._weighted(ev, "timezone", i), text))
        if "formats" in ev.components:
            theirs = _names(mentor.get("meeting_formats"))
            shared_formats = [_format_label(f) for f in q.formats if f in theirs]
            if shared_formats:
                ranked.append(
                    (
                        self._weighted(ev, "formats", i),
                        _("both prefer {formats}").format(formats=_join(shared_formats, "or")),
                    )
                )
            elif theirs:
                prefers = _join([_format_label(f) for f in theirs], "or")
                ranked.append((0.0, _("no common meeting format (prefers {formats})").format(formats=prefers)))
        left = self._capacity_left[i]
        if left > 0:
            room = _("has room for 1 more mentee") if left == 1 else _("has room for {count:g} more mentees")
            ranked.append((self._weighted(ev, "capacity", i), room.format(count=left)))
        ranked.sort(key=lambda r: -r[0])

        reasons = blockers + [text for _, text in ranked]
        if ev.speaks[i]:
            theirs = _names(mentor.get("languages"))
            spoken = _join([shown for lang, shown in q.languages.items() if lang in theirs])
            reasons.append(_("speaks {languages} with you").format(languages=spoken))
        return reasons

    def _weighted(self, ev: _Evaluation, name: str, i: int) -> float:
        return getattr(self.weights, name) * float(ev.components[name][i])

    def _skill_reasons(self, q: _Mentee, by_col: dict[int, tuple[float, str, str]]) -> list[tuple[float, str]]:
        covered, covered_sum = [], 0.0
        for name, _key, cols in q.gaps:
            best = max((by_col[c] for c in cols if c in by_col), default=None)
            if best:
                weight, level, _name = best
                covered.append(f"{name} ({levels.label(level)})" if level else name)
                covered_sum += weight
        goal_skills = [by_col[c] for c in q.goal_skill_cols if c in by_col]
        counted = len(q.gaps) + len(goal_skills)
        weight = self.weights.skills / counted if counted else 0.0

        reasons = []
        n = len(q.gaps)
        if covered:
            gaps = ", ".join(covered)
            if n == 1:
                text = _("covers your skill gap: {gap}").format(gap=covered[0])
            elif len(covered) == n == 2:
                text = _("covers both of your skill gaps: {gaps}").format(gaps=gaps)
            elif len(covered) == n:
                text = ngettext(
                    "covers all {count} of your skill gaps: {gaps}", "covers all {count} of your skill gaps: {gaps}", n
                ).format(count=n, gaps=gaps)
            else:
                text = ngettext(
                    "covers {covered} of your {count} skill gaps: {gaps}",
                    "covers {covered} of your {count} skill gaps: {gaps}",
                    n,
                ).format(covered=len(covered), count=n, gaps=gaps)
            reasons.append((weight * covered_sum, text))
        elif n:
            text = (
                ngettext("covers none of your {count} skill gaps", "covers none of your {count} skill gaps", n)
                if n > 1
                else _("does not cover your skill gap")
            )
            reasons.append((0.0, text.format(count=n)))
        if goal_skills:
            names = _join([shown for _, _, shown in goal_skills])
            text = _("offers {skills}, which your goals mention").format(skills=names)
            reasons.append((weight * sum(w for w, _level, _name in goal_skills), text))
        return reasons


def score_pair(
    mentee: dict,
    mentor: dict,
    weights: Weights | None = None,
    now: datetime | None = None,
    *,
    index: MentorIndex | None = None,
) -> Match:
    """One mentee and one mentor, by the same code as ``MentorIndex``.

    The text component's IDF comes from the mentors it was fitted on. Alone, a pair has only the mentor's own
    text to fit on; pass the ``index`` the mentor belongs to (the directory's) and the pair gets exactly the
    numbers that index gives, with its weights and ``now`` unless others are passed.
    """
    if index is not None:
        weights = weights or index.weights
        now = now or index.now
    pair = MentorIndex([mentor], weights, now, text_model=index.text_model if index is not None else None)
    return pair.score(mentee, include_ineligible=True)[0]
