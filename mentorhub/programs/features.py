"""A program's participants as the scoring module reads them (docs/matching.md, "Using it").

Built here rather than with the directory's helper because a match run's reasons are shown to coordinators:
only what the program may see goes in, that is the profile and the goals a mentee shared with this program,
never private goals, skill gaps or the development plan.
"""

from dataclasses import dataclass, field

from django.db.models import Count

from mentorhub.goals.models import Goal
from mentorhub.relationships.models import Relationship

from .models import Enrollment, Program

OPEN_GOALS = (Goal.DRAFT, Goal.ACTIVE)


@dataclass
class Cohort:
    """Approved mentees still to match and approved mentors with a place left, in enrolment order."""

    mentees: list[Enrollment]
    mentors: list[Enrollment]
    mentee_people: list[dict]
    mentor_people: list[dict]
    places: list[int] = field(default_factory=list)  # per mentor: free places in this program and overall


def person(profile, goal_texts=()) -> dict:
    return {
        "id": profile.user_id,
        "skills_offered": profile.skills_offered or [],
        "skills_sought": profile.skills_sought or [],
        # One line per goal: a skill name never spans two goals (the score splits phrases at line breaks).
        "goal_text": "\n".join(goal_texts),
        "expertise_text": " ".join(
            t for t in (profile.headline, profile.current_role, profile.industry, profile.bio) if t
        ),
        "values": profile.values or [],
        "interests": profile.interests or [],
        "timezone": profile.timezone,
        "languages": profile.languages or [],
        "meeting_formats": profile.meeting_formats or [],
    }


def shared_goal_texts(program: Program, people) -> dict[int, list[str]]:
    texts: dict[int, list[str]] = {}
    goals = Goal.objects.filter(
        owner__in=people, visibility=Goal.PROGRAM, shared_program=program, status__in=OPEN_GOALS
    ).values_list("owner", "text")
    for owner, text in goals:
        texts.setdefault(owner, []).append(text)
    return texts


def active_mentees(mentor_ids, program=None) -> dict[int, int]:
    current = Relationship.objects.filter(mentor__in=mentor_ids, status__in=Relationship.CURRENT_STATUSES)
    if program is not None:
        current = current.filter(program=program)
    return dict(current.order_by().values_list("mentor").annotate(n=Count("pk")))


def places_left(enrollment: Enrollment, in_program: int, overall: int) -> int:
    """A mentor's free places: what they give this program, and never more than their profile's capacity."""
    return max(0, min(enrollment.places - in_program, enrollment.person.profile.mentor_capacity - overall))


def load_cohort(program: Program) -> Cohort:
    approved = program.enrollments.approved().select_related("person__profile", "program")
    matched = Relationship.objects.filter(program=program, status__in=Relationship.CURRENT_STATUSES)
    mentees = list(approved.filter(role=Enrollment.MENTEE).exclude(person__in=matched.values("mentee")))
    mentors = list(approved.filter(role=Enrollment.MENTOR, person__is_active=True))
    mentor_ids = [e.person_id for e in mentors]
    in_program, overall = active_mentees(mentor_ids, program), active_mentees(mentor_ids)
    places = [places_left(e, in_program.get(e.person_id, 0), overall.get(e.person_id, 0)) for e in mentors]
    goals = shared_goal_texts(program, [e.person_id for e in mentees])
    return Cohort(
        mentees=mentees,
        mentors=mentors,
        mentee_people=[person(e.person.profile, goals.get(e.person_id, ())) for e in mentees],
        mentor_people=[
            {**person(e.person.profile), "capacity_left": left} for e, left in zip(mentors, places, strict=True)
        ],
        places=places,
    )
