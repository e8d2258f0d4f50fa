"""Match runs: score a program's cohort, apply the hard rules, solve exactly, explain, publish.

The method is in docs/programs.md ("Automatic matching"); scores and reasons come from the one scoring module
(docs/matching.md) and the optimiser from `solver.py`.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields

import numpy as np
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from mentorhub.lib.errors import DomainError
from mentorhub.lib.text import fold
from mentorhub.lib.time import utc_offset_hours
from mentorhub.matching.scoring import MentorIndex, Weights, score_pair
from mentorhub.relationships.models import Relationship

from . import solver
from .features import Cohort, load_cohort
from .models import EnrollmentQuestion, MatchProposal, MatchRun, Program

# A ranked mentor adds this much to the objective for a first choice, less for later ones (docs/programs.md):
# more than any score difference, so a feasible first choice always wins, yet never above a hard rule.
RANK_BONUS = 100.0


@dataclass(frozen=True)
class Rules:
    """Hard rules: a pair that breaks one is never proposed. A shared language is always required."""

    max_hours_apart: float | None = None
    different_department: bool = False
    not_previous_pair: bool = True
    min_score: int = 0
    per_mentee: int = 1

    def __post_init__(self):
        if self.max_hours_apart is not None and not 0 <= self.max_hours_apart <= 12:
            raise ValueError("max_hours_apart must be between 0 and 12")
        if not 0 <= self.min_score <= 100:
            raise ValueError("min_score must be between 0 and 100")
        if not 1 <= self.per_mentee <= 5:
            raise ValueError("per_mentee must be between 1 and 5")

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Rules:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Scored:
    """A cohort's scores and, per hard rule, which pairs pass it: explanations read the same masks."""

    cohort: Cohort
    index: MentorIndex
    scores: np.ndarray  # 0-100, -1 where the scoring module finds the pair ineligible
    checks: list[tuple[str, np.ndarray]]  # (rule, pairs passing it), in the order unmatched reasons test them
    ranks: np.ndarray  # the mentee's rank of each mentor, 0 = unranked
    questions: list[EnrollmentQuestion] = field(default_factory=list)  # used in matching, rules and criteria

    @property
    def allowed(self) -> np.ndarray:
        allowed = self.scores >= 0
        for _rule, passing in self.checks:
            allowed &= passing
        return allowed


# Enrolment answers in matching (docs/programs.md, "Enrolment answers in matching") ------------------------------


def matching_questions(program: Program) -> list[EnrollmentQuestion]:
    return list(program.questions.exclude(match_use=EnrollmentQuestion.NOT_USED))


def answer_set(value) -> frozenset[str]:
    """An answer as folded words to compare: a multiple choice is several, an unanswered question none."""
    values = value if isinstance(value, list) else [value]
    return frozenset(fold(str(v)).strip() for v in values if v is not None and str(v).strip())


def _answers(enrollments, question) -> list[frozenset[str]]:
    return [answer_set(e.answers.get(str(question.pk))) for e in enrollments]


def same_answer(mentees: list[frozenset], mentors: list[frozenset]) -> np.ndarray:
    """Pairs who gave the same answer (for a multiple choice: at least one in common); unanswered pairs nobody."""
    return np.array([[bool(a & b) for b in mentors] for a in mentees], dtype=bool).reshape(len(mentees), len(mentors))


def closeness(question, a: frozenset, b: frozenset) -> float | None:
    """0-1: Dice of two multiple choices, equality of single choices, 1 - distance / 4 on the 1-5 scale; None
    when either person has not answered (the criterion then does not count for the pair)."""
    if not a or not b:
        return None
    if question.kind == EnrollmentQuestion.MULTIPLE:
        return 2 * len(a & b) / (len(a) + len(b))
    if question.kind == EnrollmentQuestion.SCALE:
        try:
            return max(0.0, 1 - abs(int(next(iter(a))) - int(next(iter(b)))) / 4)
        except ValueError:
            return None
    return float(a == b)


def with_criteria(scores: np.ndarray, cohort: Cohort, weights: Weights, criteria) -> np.ndarray:
    """The score with the weighted questions added: (W * score + sum of w_q * 100 * x_q) / (W + sum of w_q), where
    W is the sum of the run's component weights and only questions both people answered count."""
    total = sum(weights.to_dict().values())
    numerator, denominator = scores * total, np.full(scores.shape, total, dtype=float)
    for question in criteria:
        mentees, mentors = _answers(cohort.mentees, question), _answers(cohort.mentors, question)
        for i, a in enumerate(mentees):
            for j, b in enumerate(mentors):
                x = closeness(question, a, b)
                if x is not None:
                    numerator[i, j] += question.match_weight * 100 * x
                    denominator[i, j] += question.match_weight
    return np.where(scores >= 0, numerator / denominator, scores)


def question_reasons(question, mentee_answer, mentor_answer) -> str:
    """The "why" of a question, in the coordinator's words for it; the mentee's own spelling of the answer."""
    shown = mentee_answer if isinstance(mentee_answer, list) else [mentee_answer]
    common = [str(v) for v in shown if fold(str(v)).strip() in answer_set(mentor_answer)]
    if question.match_use == EnrollmentQuestion.SAME_ANSWER:
        return _("same answer to “{question}”: {answers}").format(question=question.text, answers=", ".join(common))
    if question.kind == EnrollmentQuestion.SCALE:
        return _("close answers to “{question}”: {mentee} and {mentor}").format(
            question=question.text, mentee=mentee_answer, mentor=mentor_answer
        )
    if not common:
        return ""
    return _("both answered “{question}”: {answers}").format(question=question.text, answers=", ".join(common))


def _offsets(people, now) -> np.ndarray:
    return np.array([utc_offset_hours(p["timezone"], now) for p in people], dtype=float)


def score_cohort(cohort: Cohort, weights: Weights, rules: Rules, questions=()) -> Scored:
    index = MentorIndex(cohort.mentor_people, weights=weights)
    n, m = len(cohort.mentees), len(cohort.mentors)
    scores = index.score_matrix(cohort.mentee_people) if n and m else np.zeros((n, m))
    criteria = [q for q in questions if q.match_use == EnrollmentQuestion.WEIGHTED and q.match_weight > 0]
    if criteria and n and m:
        scores = with_criteria(scores, cohort, weights, criteria)
    speaks = [{fold(x) for x in p["languages"]} for p in cohort.mentor_people]
    checks = [
        ("language", np.array([[bool(s & {fold(x) for x in e["languages"]}) for s in speaks]
                               for e in cohort.mentee_people], dtype=bool).reshape(n, m)),
        ("self", np.array([[a.person_id != b.person_id for b in cohort.mentors] for a in cohort.mentees],
                           dtype=bool).reshape(n, m)),
        ("room", np.broadcast_to(np.asarray(cohort.places, dtype=int) > 0, (n, m))),
    ]  # fmt: skip
    if rules.max_hours_apart is not None:
        apart = np.abs(_offsets(cohort.mentee_people, index.now)[:, None] - _offsets(cohort.mentor_people, index.now))
        apart = np.minimum(apart % 24, 24 - apart % 24)
        # A person without a known timezone is not excluded for it: the score already counts it as unknown.
        checks.append(("timezone", np.isnan(apart) | (apart <= rules.max_hours_apart)))
    if rules.different_department:
        mentee_dept = [fold(e.department).strip() for e in cohort.mentees]
        mentor_dept = [fold(e.department).strip() for e in cohort.mentors]
        checks.append(
            ("department", np.array([[not a or a != b for b in mentor_dept] for a in mentee_dept], bool).reshape(n, m))
        )
    if rules.not_previous_pair:
        # A match undone before it began is not a previous pair: undoing a run must let the next run try again.
        before = set(
            Relationship.objects.filter(
                mentee__in=[e.person_id for e in cohort.mentees], mentor__in=[e.person_id for e in cohort.mentors]
            )
            .exclude(end_reason=Relationship.CANCELLED)
            .values_list("mentee", "mentor")
        )
        checks.append(
            (
                "previous",
                np.array([[(a.person_id, b.person_id) not in before for b in cohort.mentors] for a in cohort.mentees],
                         bool).reshape(n, m),
            )
        )  # fmt: skip
    for question in questions:
        if question.match_use == EnrollmentQuestion.SAME_ANSWER:
            passing = same_answer(_answers(cohort.mentees, question), _answers(cohort.mentors, question))
            checks.append((f"question:{question.pk}", passing))
    if rules.min_score:
        checks.append(("min_score", np.floor(scores + 0.5) >= rules.min_score))
    column = {e.person_id: j for j, e in enumerate(cohort.mentors)}
    ranks = np.zeros((n, m), dtype=int)
    for i, enrollment in enumerate(cohort.mentees):
        for rank, mentor_id in enumerate(enrollment.rankings or (), start=1):
            if mentor_id in column:
                ranks[i, column[mentor_id]] = rank
    return Scored(cohort, index, scores, checks, ranks, list(questions))


def objective_weights(scored: Scored, objective: str, max_rankings: int) -> np.ndarray:
    """What the solver maximises: score, plus the ranking bonus, plus (for "most matched") a per-pair constant
    larger than any total a smaller matching could reach, so cardinality comes first."""
    allowed = scored.allowed
    weights = np.where(allowed, scored.scores, -1.0)
    if max_rankings:
        bonus = np.where(scored.ranks > 0, RANK_BONUS * (max_rankings + 1 - scored.ranks) / max_rankings, 0.0)
        weights = np.where(allowed, weights + np.clip(bonus, 0, None), -1.0)
    if objective == MatchRun.MOST_MATCHED:
        most = 100.0 + RANK_BONUS
        weights = np.where(allowed, weights + most * (min(weights.shape) + 1), -1.0)
    return weights


def _names(values) -> str:
    items = [str(v) for v in values]
    if len(items) == 1:
        return items[0]
    return _("{some} or {last}").format(some=", ".join(items[:-1]), last=items[-1])


UNMATCHED = {
    "self": gettext_lazy("the only mentor who shares a language with them is themselves"),
    "room": gettext_lazy("every mentor who shares a language with them is full"),
    "timezone": gettext_lazy("no mentor who fits is within {hours:g} hours of their timezone"),
    "department": gettext_lazy("every mentor who fits works in their own department ({department})"),
    "previous": gettext_lazy("every mentor who fits has mentored them before"),
    "min_score": gettext_lazy("no mentor who fits reaches the minimum score of {min_score} (best: {best})"),
}
# The hard rules as a coordinator reads them when a manual match breaks one.
RULE_NAMES = {
    "language": gettext_lazy("a language in common"),
    "self": gettext_lazy("two different people"),
    "room": gettext_lazy("a mentor with a free place"),
    "timezone": gettext_lazy("timezones close enough"),
    "department": gettext_lazy("different departments"),
    "previous": gettext_lazy("people who have not worked together before"),
    "min_score": gettext_lazy("the minimum score"),
}


def unmatched_reason(scored: Scored, i: int, rules: Rules) -> str:
    """Why the optimiser left mentee *i* out, in the words of the first rule that removed the last mentor."""
    cohort = scored.cohort
    if not cohort.mentors:
        return _("the program has no approved mentors yet")
    languages = cohort.mentee_people[i]["languages"]
    if not languages:
        return _("they list no language on their profile, so no mentor can be checked for a common one")
    remaining = np.ones(len(cohort.mentors), dtype=bool)
    for rule, passing in scored.checks:
        before = remaining.copy()
        remaining &= passing[i]
        if remaining.any():
            continue
        if rule == "language":
            return _("no mentor shares {languages}").format(languages=_names(languages))
        if rule.startswith("question:"):
            question = next(q for q in scored.questions if f"question:{q.pk}" == rule)
            answer = cohort.mentees[i].answers.get(str(question.pk))
            if not answer_set(answer):
                return _("they have not answered “{question}”, which every pair must answer alike").format(
                    question=question.text
                )
            shown = ", ".join(answer) if isinstance(answer, list) else answer
            return _("no mentor who fits gave the same answer to “{question}” ({answer})").format(
                question=question.text, answer=shown
            )
        best = scored.scores[i][before].max(initial=0)
        return str(UNMATCHED[rule]).format(
            hours=rules.max_hours_apart or 0,
            department=cohort.mentees[i].department,
            min_score=rules.min_score,
            best=math.floor(best + 0.5),
        )
    fits = int(remaining.sum())
    return ngettext(
        "the mentor who fits them is taken by mentees they fit better; one more place would match them",
        "the {count} mentors who fit them are taken by mentees they fit better; one more place would match them",
        fits,
    ).format(count=fits)


def _totals(scores: np.ndarray, mentees: np.ndarray, mentors: np.ndarray) -> dict:
    total = float(scores[mentees, mentors].sum()) if len(mentees) else 0.0
    matched = len(np.unique(mentees))
    return {"matched": matched, "pairs": len(mentees), "total_score": round(total, 1),
            "average_score": round(total / len(mentees), 1) if len(mentees) else 0}  # fmt: skip


def dry_run(program: Program, by, *, weights: Weights, rules: Rules, objective: str) -> MatchRun:
    """Solve the cohort as it stands and keep the answer as a draft run to inspect before publishing."""
    if objective not in dict(MatchRun.OBJECTIVE_CHOICES):
        raise DomainError(_("Choose an objective for the matching."), "match")
    cohort = load_cohort(program)
    if not cohort.mentees:
        raise DomainError(_("Every approved mentee already has a mentor in this program."), "match")
    questions = matching_questions(program)
    scored = score_cohort(cohort, weights, rules, questions)
    capacities = np.asarray(cohort.places, dtype=int)
    goal = objective_weights(scored, objective, program.max_rankings)
    solution = solver.solve(goal, capacities, per_mentee=rules.per_mentee)
    base = solver.greedy(np.where(scored.allowed, scored.scores, -1.0), capacities, per_mentee=rules.per_mentee)
    matched = set(solution.mentees.tolist())
    summary = {
        "mentees": len(cohort.mentees),
        "mentors": len(cohort.mentors),
        "places": int(capacities.sum()),
        **_totals(scored.scores, solution.mentees, solution.mentors),
        "first_choices": int(np.count_nonzero(scored.ranks[solution.mentees, solution.mentors] == 1)),
        "greedy": _totals(scored.scores, *base),
        "objective_value": round(solution.objective, 3),
        "upper_bound": round(solution.upper_bound, 3),
        "proven_optimal": solution.proven_optimal,
        # Rounded up, so "within" never claims more than the bound proves.
        "gap_percent": math.ceil(solution.gap * 1000) / 10,
        "seconds": round(solution.seconds, 3),
        "unmatched": [
            {"mentee_id": e.person_id, "name": e.person.profile.name, "reason": unmatched_reason(scored, i, rules)}
            for i, e in enumerate(cohort.mentees)
            if i not in matched
        ],
    }
    proposals = [_proposal(scored, int(i), int(j)) for i, j in zip(solution.mentees, solution.mentors, strict=True)]
    # Solving happens before the transaction: SQLite takes its write lock when the transaction begins.
    with transaction.atomic():
        # Numbered under a lock on the program so two coordinators running at once never take the same number.
        Program.objects.select_for_update().get(pk=program.pk)
        number = (program.match_runs.aggregate(n=Max("number"))["n"] or 0) + 1
        run = MatchRun.objects.create(
            program=program, number=number, objective=objective, weights=weights.to_dict(),
            rules={**rules.to_dict(), "questions": question_snapshot(questions)}, created_by=by, summary=summary,
        )  # fmt: skip
        for proposal in proposals:
            proposal.run = run
        MatchProposal.objects.bulk_create(proposals)
    return run


def question_snapshot(questions) -> list[dict]:
    """The questions a run used and how, kept with the run: a question edited later does not rewrite its past."""
    return [{"id": q.pk, "text": q.text, "use": q.match_use, "weight": q.match_weight} for q in questions]


def explain(scored: Scored, i: int, j: int) -> tuple[int, list[str]]:
    """The pair's score as the optimiser saw it, and its reasons: the questions first, then the score's own."""
    cohort = scored.cohort
    match = score_pair(cohort.mentee_people[i], cohort.mentor_people[j], index=scored.index)
    mentee, mentor = cohort.mentees[i], cohort.mentors[j]
    said = []
    for question in scored.questions:
        a, b = mentee.answers.get(str(question.pk)), mentor.answers.get(str(question.pk))
        alike = answer_set(a) & answer_set(b) if question.match_use == question.SAME_ANSWER else None
        if alike or (alike is None and closeness(question, answer_set(a), answer_set(b))):
            said.append(question_reasons(question, a, b))
    score = math.floor(scored.scores[i, j] + 0.5) if scored.scores[i, j] >= 0 else match.score
    return score, [r for r in said if r] + match.reasons


def _proposal(scored: Scored, i: int, j: int) -> MatchProposal:
    cohort = scored.cohort
    score, reasons = explain(scored, i, j)
    rank = int(scored.ranks[i, j]) or None
    return MatchProposal(
        mentee=cohort.mentees[i].person, mentor=cohort.mentors[j].person, score=score,
        reasons=([_("their choice no. {rank}").format(rank=rank)] if rank else []) + reasons, rank=rank,
    )  # fmt: skip


def preview_pair(program: Program, mentee_id: int, mentor_id: int, weights: Weights | None = None) -> dict:
    """A coordinator's manual match: the pair's score and reasons, and the hard rules it would break."""
    cohort = load_cohort(program)
    i = next((k for k, e in enumerate(cohort.mentees) if e.person_id == mentee_id), None)
    j = next((k for k, e in enumerate(cohort.mentors) if e.person_id == mentor_id), None)
    if i is None or j is None:
        raise DomainError(
            _("Choose an approved mentee without a mentor and an approved mentor of this program."), "match"
        )
    last = program.match_runs.first()
    weights = weights or (Weights.from_dict(last.weights) if last else Weights())
    rules = Rules.from_dict(last.rules) if last else Rules()
    questions = matching_questions(program)
    scored = score_cohort(cohort, weights, rules, questions)
    score, reasons = explain(scored, i, j)
    labels = {**RULE_NAMES, **{f"question:{q.pk}": _("the same answer to “{question}”").format(question=q.text)
                               for q in questions}}  # fmt: skip
    broken = [str(labels.get(rule, rule)) for rule, passing in scored.checks if not passing[i, j]]
    return {"mentee": cohort.mentees[i], "mentor": cohort.mentors[j], "score": score, "reasons": reasons,
            "broken": broken, "places_left": cohort.places[j]}  # fmt: skip


def candidates_for(program: Program, person_id: int, role: str, exclude=()) -> list[dict]:
    """Re-matching one person (coordination): whom they could be matched with now, with the last run's weights and
    rules, leaving out `exclude` (their previous partner). Pairs that break a hard rule come last, named."""
    cohort = load_cohort(program)
    mine, theirs = (cohort.mentees, cohort.mentors) if role == "mentee" else (cohort.mentors, cohort.mentees)
    k = next((n for n, e in enumerate(mine) if e.person_id == person_id), None)
    if k is None:
        refusal = (
            _("They are not an approved mentee of this program who can take a match now.")
            if role == "mentee"
            else _("They are not an approved mentor of this program who can take a match now.")
        )
        raise DomainError(refusal, "match")
    last = program.match_runs.first()
    weights = Weights.from_dict(last.weights) if last else Weights()
    scored = score_cohort(cohort, weights, Rules.from_dict(last.rules) if last else Rules())
    found = []
    for n, enrollment in enumerate(theirs):
        i, j = (k, n) if role == "mentee" else (n, k)
        if enrollment.person_id in exclude or scored.scores[i, j] < 0:
            continue
        broken = [rule for rule, passing in scored.checks if not passing[i, j]]
        found.append({"person": enrollment.person, "score": math.floor(scored.scores[i, j] + 0.5), "broken": broken})
    return sorted(found, key=lambda c: (bool(c["broken"]), -c["score"]))


def proposals_of(run: MatchRun):
    return run.proposals.select_related("mentee__profile", "mentor__profile", "relationship")
