"""Enrolment answers in matching: a question as a hard rule (same answer) or a weighted criterion."""

import pytest

from mentorhub.matching.scoring import Weights
from mentorhub.programs import match_runs
from mentorhub.programs.match_runs import Rules
from mentorhub.programs.models import Enrollment, EnrollmentQuestion, MatchRun

pytestmark = pytest.mark.django_db
SQL = [{"name": "SQL", "level": "expert"}]


def answer(program, person, role, question, value):
    enrollment = Enrollment.objects.get(program=program, person=person, role=role)
    enrollment.answers[str(question.pk)] = value
    enrollment.save()


def run(program, by):
    return match_runs.dry_run(program, by, weights=Weights(), rules=Rules(), objective=MatchRun.BEST_TOTAL)


@pytest.fixture
def site(personas, program, enrol):
    """Leo teaches SQL, which Sara wants, but works in Leeds; Lia works in Lisbon, like Sara; nobody in Porto."""
    question = EnrollmentQuestion.objects.create(program=program, text="Site", kind="single",
                                                 choices=["Lisbon", "Leeds", "Porto"], match_use="same")  # fmt: skip
    leo = enrol(program, "leo@test.example", "mentor", name="Leo Leeds", skills_offered=SQL)
    lia = enrol(program, "lia@test.example", "mentor", name="Lia Lisbon")
    sara = enrol(program, "sara@test.example", "mentee", name="Sara Mentee", skills_sought=["SQL"])
    pia = enrol(program, "pia@test.example", "mentee", name="Pia Porto", skills_sought=["SQL"])
    for person, role, value in [(leo, "mentor", "Leeds"), (lia, "mentor", "lisbon "), (sara, "mentee", "Lisbon"),
                                (pia, "mentee", "Porto")]:  # fmt: skip
        answer(program, person, role, question, value)
    # The personas' own pair stays out of this cohort.
    program.enrollments.filter(person__in=[personas.mentee, personas.mentor]).delete()
    return question


def pairs(run):
    return {(p.mentee.profile.name, p.mentor.profile.name) for p in run.proposals.all()}


def test_a_same_answer_rule_only_pairs_people_who_answered_alike(personas, program, site):
    result = run(program, personas.coordinator)
    assert pairs(result) == {("Sara Mentee", "Lia Lisbon")}
    proposal = result.proposals.get()
    assert proposal.reasons[0] == "same answer to “Site”: Lisbon"
    assert result.summary["unmatched"] == [{"mentee_id": result.summary["unmatched"][0]["mentee_id"],
        "name": "Pia Porto", "reason": "no mentor who fits gave the same answer to “Site” (Porto)"}]  # fmt: skip
    assert result.rules["questions"] == [{"id": site.pk, "text": "Site", "use": "same", "weight": 0.2}]
    # Without the rule, Leo's SQL wins Sara over.
    site.match_use = ""
    site.save()
    assert ("Sara Mentee", "Leo Leeds") in pairs(run(program, personas.coordinator))


def test_a_mentee_who_did_not_answer_the_rule_is_told_why(personas, program, site, enrol):
    enrol(program, "ned@test.example", "mentee", name="Ned Noanswer")
    unmatched = {u["name"]: u["reason"] for u in run(program, personas.coordinator).summary["unmatched"]}
    assert unmatched["Ned Noanswer"] == "they have not answered “Site”, which every pair must answer alike"


@pytest.fixture
def topics(personas, program, enrol):
    """Two mentors alike in all the score reads; only their topics differ."""
    question = EnrollmentQuestion.objects.create(program=program, text="Topics", kind="multiple",
                                                 choices=["SQL", "BI", "Statistics"], match_use="weight",
                                                 match_weight=0.5)  # fmt: skip
    ada = enrol(program, "ada@test.example", "mentor", name="Ada Mentor", capacity=1)
    bob = enrol(program, "bob@test.example", "mentor", name="Bob Mentor", capacity=1)
    sara = enrol(program, "sara@test.example", "mentee", name="Sara Mentee")
    for person, role, value in [(ada, "mentor", ["Statistics"]), (bob, "mentor", ["BI", "SQL"]),
                                (sara, "mentee", ["SQL", "BI"])]:  # fmt: skip
        answer(program, person, role, question, value)
    program.enrollments.filter(person__in=[personas.mentee, personas.mentor]).delete()
    return question


def test_a_weighted_question_moves_the_mentor_who_shares_answers_up(personas, program, topics):
    result = run(program, personas.coordinator)
    proposal = result.proposals.get()
    assert proposal.mentor.profile.name == "Bob Mentor"
    assert proposal.reasons[0] == "both answered “Topics”: SQL, BI"
    preview = match_runs.preview_pair(program, proposal.mentee_id, proposal.mentor_id)
    assert preview["score"] == proposal.score and preview["reasons"][0] == proposal.reasons[0]
    ada = Enrollment.objects.get(person__email="ada@test.example").person
    other = match_runs.preview_pair(program, proposal.mentee_id, ada.pk)
    assert other["score"] < proposal.score
    # A heavier weight widens the gap; no weight leaves the two mentors level.
    topics.match_weight = 2
    topics.save()
    heavier = match_runs.preview_pair(program, proposal.mentee_id, proposal.mentor_id)["score"]
    assert (
        heavier - match_runs.preview_pair(program, proposal.mentee_id, ada.pk)["score"]
        > proposal.score - other["score"]
    )
    topics.match_use = ""
    topics.save()
    assert (
        match_runs.preview_pair(program, proposal.mentee_id, ada.pk)["score"]
        == (match_runs.preview_pair(program, proposal.mentee_id, proposal.mentor_id)["score"])
    )


def test_closeness_of_answers():
    multiple = EnrollmentQuestion(kind="multiple")
    scale = EnrollmentQuestion(kind="scale")
    single = EnrollmentQuestion(kind="single")
    sets = match_runs.answer_set
    assert match_runs.closeness(multiple, sets(["SQL", "BI"]), sets(["bi"])) == pytest.approx(2 / 3)
    assert match_runs.closeness(scale, sets("2"), sets("4")) == 0.5
    assert match_runs.closeness(single, sets("Lisbon"), sets("Leeds")) == 0.0
    assert match_runs.closeness(single, sets(""), sets("Leeds")) is None
