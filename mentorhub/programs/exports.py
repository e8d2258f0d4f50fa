"""CSV exports for coordinators: the same aggregates, statuses and dates as the pages, nothing people wrote."""

from mentorhub.lib.csvfile import write
from mentorhub.relationships.models import Relationship

from .metrics import Filters, dashboard
from .models import MatchRun, Program


def participants(program: Program) -> str:
    rows = program.enrollments.select_related("person__profile").order_by("role", "person__profile__name")
    return write(
        ["email", "name", "role", "status", "department", "cohort", "capacity", "enrolled_on", "source"],
        (
            [e.person.email, e.person.profile.name, e.role, e.status, e.department, e.cohort,
             e.places if e.role == "mentor" else "", e.created_at.date().isoformat(), e.source]
            for e in rows
        ),
    )  # fmt: skip


def matches(run: MatchRun) -> str:
    rows = run.proposals.select_related("mentee__profile", "mentor__profile")
    return write(
        ["run", "status", "mentee_email", "mentee", "mentor_email", "mentor", "score", "rank", "reasons", "note"],
        (
            [run.number, run.status, p.mentee.email, p.mentee.profile.name, p.mentor.email, p.mentor.profile.name,
             p.score, p.rank or "", "; ".join(p.reasons), p.note]
            for p in rows
        ),
    )  # fmt: skip


def relationships(program: Program) -> str:
    rows = Relationship.objects.filter(program=program).select_related("mentee__profile", "mentor__profile")
    return write(
        ["mentee_email", "mentee", "mentor_email", "mentor", "status", "phase", "started_on", "ended_on", "end_reason"],
        (
            [r.mentee.email, r.mentee.profile.name, r.mentor.email, r.mentor.profile.name, r.status, r.phase,
             r.started_on, r.ended_on or "", r.end_reason]
            for r in rows.order_by("started_on", "pk")
        ),
    )  # fmt: skip


def metrics(program: Program, filters: Filters) -> str:
    data = dashboard(program, filters)
    rows = [["figure", name, "", value] for name, value in data["figures"].items()]
    for chart in data["charts"]:
        for label, values in chart.rows():
            rows.extend(
                [chart.key, label, series, value] for (series, _), value in zip(chart.series, values, strict=True)
            )
    return write(["metric", "label", "series", "value"], rows)
