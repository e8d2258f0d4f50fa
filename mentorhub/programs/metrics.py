"""A program's dashboard: aggregates, statuses and dates only, never what people wrote.

Counts come from enrolments, program relationships, their latest health snapshot, their held meetings, pulses
(averaged, and only for months with at least MIN_PULSES answers so that no single answer can be read back) and goals
shared with the program.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date
from statistics import median

from django.db.models import Avg, Count, OuterRef, Q, Subquery
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mentorhub.goals.models import Goal
from mentorhub.health.score import LEVELS
from mentorhub.health.services import HEALTH_LABELS
from mentorhub.meetings.models import Meeting
from mentorhub.nudges.models import Pulse
from mentorhub.relationships.models import HealthSnapshot, Relationship

from .models import Enrollment, Program

MIN_PULSES = 3
TIME_TO_MATCH_BUCKETS = [
    (7, gettext_lazy("within a week")),
    (14, gettext_lazy("1-2 weeks")),
    (30, gettext_lazy("2-4 weeks")),
    (60, gettext_lazy("1-2 months")),
]


@dataclass(frozen=True)
class Filters:
    cohort: str = ""
    start: date | None = None
    end: date | None = None


@dataclass
class Chart:
    """One chart and the table behind it: the same labels and series."""

    key: str
    title: str
    kind: str  # Chart.js type: bar, line, doughnut
    labels: list[str]
    series: list[tuple[str, list]]  # (name, one value per label)
    unit: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(value for _, values in self.series for value in values)

    def rows(self):
        return [(label, [values[i] for _, values in self.series]) for i, label in enumerate(self.labels)]

    def as_dict(self) -> dict:
        return {"key": self.key, "title": self.title, "kind": self.kind, "labels": self.labels,
                "series": [{"name": n, "values": v} for n, v in self.series], "unit": self.unit}  # fmt: skip


def cohorts(program: Program) -> list[str]:
    return sorted(set(program.enrollments.exclude(cohort="").values_list("cohort", flat=True)))


def _in_dates(queryset, field: str, filters: Filters):
    if filters.start:
        queryset = queryset.filter(**{f"{field}__gte": filters.start})
    if filters.end:
        queryset = queryset.filter(**{f"{field}__lte": filters.end})
    return queryset


def _month(value) -> str:
    return value.strftime("%Y-%m")


def dashboard(program: Program, filters: Filters | None = None) -> dict:
    filters = filters or Filters()
    enrollments = program.enrollments.all()
    if filters.cohort:
        enrollments = enrollments.filter(cohort=filters.cohort)
    enrollments = _in_dates(enrollments, "created_at__date", filters)
    people = enrollments.values("person")
    relationships = Relationship.objects.filter(program=program)
    if filters.cohort:
        relationships = relationships.filter(mentee__in=people)
    relationships = _in_dates(relationships, "started_on", filters)

    by_role = Counter(enrollments.order_by().values_list("role", "status"))
    statuses = [s for s, _ in Enrollment.STATUS_CHOICES]
    enrolment = Chart(
        "enrolment", _("Enrolment by role"), "bar", [label for _, label in Enrollment.STATUS_CHOICES],
        [(label, [by_role[(role, s)] for s in statuses]) for role, label in Enrollment.ROLE_CHOICES],
    )  # fmt: skip

    mentees = list(enrollments.filter(role=Enrollment.MENTEE, status=Enrollment.APPROVED))
    first_match = {}
    for mentee_id, created in relationships.order_by("created_at").values_list("mentee", "created_at"):
        first_match.setdefault(mentee_id, created)
    waits = [
        (first_match[e.person_id] - (e.decided_at or e.created_at)).days for e in mentees if e.person_id in first_match
    ]
    matched = sum(1 for e in mentees if e.person_id in first_match)
    buckets = [(limit, str(label)) for limit, label in TIME_TO_MATCH_BUCKETS]
    longest = _("more than 2 months")
    bucket_counts = Counter(next((label for limit, label in buckets if max(w, 0) <= limit), longest)
                            for w in waits)  # fmt: skip
    bucket_labels = [label for _limit, label in buckets] + [longest]
    time_to_match = Chart(
        "time_to_match", _("Time from approval to a match"), "bar", bucket_labels,
        [(_("Mentees"), [bucket_counts[label] for label in bucket_labels])],
    )  # fmt: skip

    current = relationships.filter(status__in=Relationship.CURRENT_STATUSES)
    by_phase = Counter(current.order_by().values_list("phase", flat=True))
    phases = Chart(
        "phases", _("Active relationships by phase"), "bar", [label for _p, label in Relationship.PHASES],
        [(_("Relationships"), [by_phase[p] for p, _label in Relationship.PHASES])],
    )  # fmt: skip
    latest = HealthSnapshot.objects.filter(relationship=OuterRef("pk")).order_by("-taken_on").values("level")[:1]
    by_health = Counter(current.annotate(level=Subquery(latest)).values_list("level", flat=True))
    levels = [name for _, name in LEVELS]
    health = Chart(
        "health", _("Active relationships by health"), "bar",
        [*(HEALTH_LABELS.get(n, n) for n in levels), _("Not checked yet")],
        [(_("Relationships"), [*(by_health[n] for n in levels), by_health[None]])],
    )  # fmt: skip
    by_status = Counter(relationships.order_by().values_list("status", flat=True))
    status = Chart(
        "status", _("Relationships by status"), "doughnut", [label for _s, label in Relationship.STATUS_CHOICES],
        [(_("Relationships"), [by_status[s] for s, _label in Relationship.STATUS_CHOICES])],
    )  # fmt: skip

    started = Counter(_month(d) for d in relationships.values_list("started_on", flat=True))
    held = Counter(
        _month(m) for m in Meeting.objects.filter(relationship__in=relationships, status=Meeting.HELD)
        .exclude(held_at=None).values_list("held_at", flat=True)
    )  # fmt: skip
    months = sorted(set(started) | set(held))
    active_in = _active_by_month(relationships, months)
    activity = Chart(
        "activity", _("Relationships started and meetings per relationship, by month"), "bar", months,
        [(_("Relationships started"), [started[m] for m in months]),
         (_("Meetings per relationship"), [round(held[m] / active_in[m], 2) if active_in[m] else 0 for m in months])],
    )  # fmt: skip

    pulses = (
        Pulse.objects.filter(relationship__in=relationships, kind=Pulse.PULSE)
        .annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(average=Avg("score"), answers=Count("pk"))
        .order_by("month")
    )
    shown = [p for p in pulses if p["answers"] >= MIN_PULSES]
    few = {"count": MIN_PULSES}
    pulse = Chart(
        "pulse", _("Pulse: average answer (1-5), months with at least %(count)s answers") % few, "line",
        [_month(p["month"]) for p in shown], [(_("Average pulse"), [round(p["average"], 2) for p in shown])],
    )  # fmt: skip

    surveys = {
        row["kind"]: row
        for row in Pulse.objects.filter(relationship__in=relationships, kind__in=[Pulse.SURVEY_30, Pulse.SURVEY_END])
        .values("kind")
        .annotate(average=Avg("score"), answers=Count("pk"))
    }
    kinds = [
        (k, label)
        for k, label in Pulse.KIND_CHOICES
        if k != Pulse.PULSE and surveys.get(k, {}).get("answers", 0) >= MIN_PULSES
    ]
    survey = Chart(
        "survey", _("Program survey: average answer (1-5), shown from %(count)s answers") % few, "bar",
        [label for _k, label in kinds], [(_("Average answer"), [round(surveys[k]["average"], 2) for k, _l in kinds])],
    )  # fmt: skip

    goals = Counter(
        Goal.objects.filter(visibility=Goal.PROGRAM, shared_program=program, owner__in=people)
        .order_by().values_list("status", flat=True)
    )  # fmt: skip
    goal_chart = Chart(
        "goals", _("Goals shared with the program, by status"), "bar", [label for _s, label in Goal.STATUS_CHOICES],
        [(_("Goals"), [goals[s] for s, _label in Goal.STATUS_CHOICES])],
    )  # fmt: skip

    ended = Counter(relationships.filter(status=Relationship.ENDED_EARLY).values_list("end_reason", flat=True))
    reasons = dict(Relationship.ALL_END_REASONS)
    endings = Chart(
        "endings", _("Why relationships ended early"), "bar", [reasons.get(r, _("No reason given")) for r in ended],
        [(_("Relationships"), list(ended.values()))],
    )  # fmt: skip

    approved_mentees = len(mentees)
    return {
        "figures": {
            "approved_mentees": approved_mentees,
            "approved_mentors": by_role[(Enrollment.MENTOR, Enrollment.APPROVED)],
            "waiting": sum(by_role[(role, Enrollment.APPLIED)] for role, _ in Enrollment.ROLE_CHOICES),
            "matched_mentees": matched,
            "match_rate": round(100 * matched / approved_mentees) if approved_mentees else 0,
            "median_days_to_match": median(waits) if waits else None,
            "active_relationships": sum(by_phase.values()),
            "completed": by_status[Relationship.COMPLETED],
            "ended_early": by_status[Relationship.ENDED_EARLY],
            "goals_achieved": goals[Goal.ACHIEVED],
        },
        "charts": [enrolment, time_to_match, phases, health, status, activity, pulse, survey, goal_chart, endings],
    }  # fmt: skip


def _active_by_month(relationships, months: list[str]) -> dict[str, int]:
    """Relationships that were running at some point in each month (started by its end, not ended before it).

    One query for all months: a program that has run for years would otherwise cost a query per month.
    """
    running = {}
    for i, month in enumerate(months):
        year, number = map(int, month.split("-"))
        first = date(year, number, 1)
        last = date(year + number // 12, number % 12 + 1, 1)
        running[f"m{i}"] = Count(
            "pk", filter=Q(started_on__lt=last) & (Q(ended_on__isnull=True) | Q(ended_on__gte=first))
        )
    counts = relationships.aggregate(**running) if running else {}
    return {month: counts[f"m{i}"] for i, month in enumerate(months)}
