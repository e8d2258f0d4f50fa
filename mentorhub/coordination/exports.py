"""Pair exports for coordinators (CSV and JSON): statuses, dates, meeting counts, health and attention reasons,
never what people wrote. Survey answers appear only as the average of a cohort in which at least
COORDINATION_MIN_GROUP people answered; a smaller group's average is left out, so nobody's answer can be read back.
"""

from collections import defaultdict
from statistics import fmean

from django.conf import settings

from mentorhub.lib.csvfile import write
from mentorhub.nudges.models import Pulse
from mentorhub.programs.models import Enrollment

from .attention import Pair

NO_COHORT = ""
HEADER = [
    "mentee_email", "mentee", "mentor_email", "mentor", "cohort", "status", "phase", "started_on", "review_on",
    "ended_on", "meetings_held", "last_met_on", "health_level", "health_score", "attention",
    "cohort_survey_average",
]  # fmt: skip


def cohort_surveys(program) -> tuple[dict[str, dict], dict[int, str]]:
    """Per cohort of mentees: how many people answered the program survey, and the average when enough did; and
    each mentee's cohort."""
    cohort_of = dict(
        program.enrollments.filter(role=Enrollment.MENTEE).values_list("person", "cohort").order_by("person")
    )
    answers = defaultdict(list)
    for mentee, person, score in Pulse.objects.filter(
        relationship__program=program, kind__in=[Pulse.SURVEY_30, Pulse.SURVEY_END]
    ).values_list("relationship__mentee", "person", "score"):
        answers[cohort_of.get(mentee, NO_COHORT)].append((person, score))
    found = {}
    for cohort, given in answers.items():
        people = len({person for person, _ in given})
        shown = people >= settings.COORDINATION_MIN_GROUP
        found[cohort] = {
            "cohort": cohort,
            "people": people if shown else None,
            "survey_average": round(fmean(score for _, score in given), 2) if shown else None,
        }
    return found, cohort_of


def rows(pairs: list[Pair], surveys: dict, cohort_of: dict) -> list[dict]:
    out = []
    for p in pairs:
        r = p.relationship
        cohort = cohort_of.get(r.mentee_id, NO_COHORT)
        out.append({
            "mentee_email": r.mentee.email, "mentee": r.mentee.profile.name,
            "mentor_email": r.mentor.email, "mentor": r.mentor.profile.name,
            "cohort": cohort, "status": r.status, "phase": r.phase,
            "started_on": r.started_on.isoformat(), "review_on": r.review_on.isoformat() if r.review_on else None,
            "ended_on": r.ended_on.isoformat() if r.ended_on else None,
            "meetings_held": p.meetings_held, "last_met_on": p.last_met.date().isoformat() if p.last_met else None,
            "health_level": p.level, "health_score": p.score, "attention": sorted(p.codes),
            "cohort_survey_average": surveys.get(cohort, {}).get("survey_average"),
        })  # fmt: skip
    return out


def as_csv(program, pairs: list[Pair]) -> str:
    def cell(value):
        if isinstance(value, list):
            return ";".join(value)
        return "" if value is None else value

    data = rows(pairs, *cohort_surveys(program))
    return write(HEADER, ([cell(row[key]) for key in HEADER] for row in data))


def as_json(program, pairs: list[Pair]) -> dict:
    surveys, cohort_of = cohort_surveys(program)
    return {
        "program": program.slug,
        "min_group": settings.COORDINATION_MIN_GROUP,
        "pairs": rows(pairs, surveys, cohort_of),
        "cohorts": sorted(surveys.values(), key=lambda c: c["cohort"]),
    }
