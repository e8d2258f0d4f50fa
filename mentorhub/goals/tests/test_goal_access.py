"""Goal ids that arrive in requests, offers and agreements go through one door: goals_for_mentorship."""

import pytest

from mentorhub.goals.models import Goal
from mentorhub.goals.services import goals_for_mentorship, goals_shared_with
from mentorhub.lib.errors import DomainError

pytestmark = pytest.mark.django_db


def goal(owner, text, visibility=Goal.PRIVATE, shared_with=(), program=None):
    made = Goal.objects.create(owner=owner, text=text, visibility=visibility, shared_program=program)
    made.shared_with.set(shared_with)
    return made


def test_a_mentor_may_name_only_goals_the_mentee_shares_with_him(personas):
    mentee, mentor = personas.mentee, personas.mentor
    shared = goal(mentee, "Shared with Marco", Goal.MENTORS, [mentor])
    private = goal(mentee, "Private goal")
    with_someone_else = goal(mentee, "Shared with Olga", Goal.MENTORS, [personas.other_member])
    for_coordinators = goal(mentee, "For the coordinators", Goal.PROGRAM, program=personas.program)

    assert goals_for_mentorship(mentor, [shared.pk], mentee=mentee, mentor=mentor) == [shared]
    for unusable in (private, with_someone_else, for_coordinators):
        with pytest.raises(DomainError, match="no such goal"):
            goals_for_mentorship(mentor, [shared.pk, unusable.pk], mentee=mentee, mentor=mentor)


def test_the_mentee_may_name_her_own_goals_but_not_her_program_ones(personas):
    mentee, mentor = personas.mentee, personas.mentor
    private = goal(mentee, "Private goal")
    for_coordinators = goal(mentee, "For the coordinators", Goal.PROGRAM, program=personas.program)
    assert goals_for_mentorship(mentee, [private.pk], mentee=mentee, mentor=mentor) == [private]
    with pytest.raises(DomainError, match="no such goal"):
        goals_for_mentorship(mentee, [for_coordinators.pk], mentee=mentee, mentor=mentor)


def test_someone_elses_goal_reads_exactly_like_a_missing_one(personas):
    mentee, mentor = personas.mentee, personas.mentor
    private = goal(mentee, "Private goal")
    missing = Goal.objects.order_by("-pk").first().pk + 1000
    answers = []
    for goal_id in (private.pk, missing):
        with pytest.raises(DomainError, match="no such goal") as raised:
            goals_for_mentorship(mentor, [goal_id], mentee=mentee, mentor=mentor)
        answers.append(str(raised.value))
    assert answers[0] == answers[1]
    assert not goals_shared_with(mentee, mentor).exists()
