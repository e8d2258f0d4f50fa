"""The outcome report per cohort: how a program's pairs ended, the goals shared with the program that were achieved,
and the program survey at day 30 against the end. Counts and averages only; a survey average is shown only when
at least COORDINATION_MIN_GROUP people answered it, so nobody's answer can be read back."""

from collections import Counter, defaultdict
from statistics import fmean

from django.conf import settings
from django.utils.translation import gettext_lazy

from mentorhub.goals.models import Goal
from mentorhub.nudges.models import Pulse
from mentorhub.programs.models import Enrollment
from mentorhub.relationships.models import Relationship

NO_COHORT = gettext_lazy("No cohort")
NO_REASON = gettext_lazy("No reason given")


def _average(answers: list[tuple[int, int]]):
    people = {person for person, _ in answers}
    if len(people) < settings.COORDINATION_MIN_GROUP:
        return None
    return round(fmean(score for _, score in answers), 2)


def outcomes(program) -> list[dict]:
    cohort_of = {
        person: cohort or NO_COHORT
        for person, cohort in program.enrollments.filter(role=Enrollment.MENTEE).values_list("person", "cohort")
    }
    rows = defaultdict(lambda: {"pairs": 0, "statuses": Counter(), "ended_early_why": Counter(), "goals": Counter(),
                                "surveys": defaultdict(list)})  # fmt: skip
    for mentee, status, reason in Relationship.objects.filter(program=program).values_list(
        "mentee", "status", "end_reason"
    ):
        row = rows[cohort_of.get(mentee, NO_COHORT)]
        row["pairs"] += 1
        row["statuses"][status] += 1
        if status == Relationship.ENDED_EARLY:
            row["ended_early_why"][dict(Relationship.END_REASONS).get(reason, NO_REASON)] += 1
    for owner, status in Goal.objects.filter(
        visibility=Goal.PROGRAM, shared_program=program, owner__in=list(cohort_of)
    ).values_list("owner", "status"):
        rows[cohort_of[owner]]["goals"][status] += 1
    for mentee, person, kind, score in Pulse.objects.filter(
        relationship__program=program, kind__in=[Pulse.SURVEY_30, Pulse.SURVEY_END]
    ).values_list("relationship__mentee", "person", "kind", "score"):
        rows[cohort_of.get(mentee, NO_COHORT)]["surveys"][kind].append((person, score))
    return [
        {
            "cohort": cohort,
            "pairs": row["pairs"],
            "current": row["statuses"][Relationship.ACTIVE] + row["statuses"][Relationship.PAUSED],
            "completed": row["statuses"][Relationship.COMPLETED],
            "ended_early": row["statuses"][Relationship.ENDED_EARLY],
            "ended_early_why": row["ended_early_why"].most_common(),
            "goals_shared": sum(row["goals"].values()),
            "goals_achieved": row["goals"][Goal.ACHIEVED],
            "survey_30": _average(row["surveys"][Pulse.SURVEY_30]),
            "survey_end": _average(row["surveys"][Pulse.SURVEY_END]),
        }
        for cohort, row in sorted(rows.items())
    ]
