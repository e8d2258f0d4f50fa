"""PATCH bodies: null for a field that cannot be empty is a 422 naming the field, never a 500, and changes nothing.

Found by schemathesis: {"title": "x", "due_date": null, "status": null, "unknown": 1} on PATCH /api/goals/{id}.
"""

import pytest

from mentorhub.goals.models import Goal, Milestone
from mentorhub.network.models import Contact

pytestmark = pytest.mark.django_db


def patch(client, url, body):
    return client.patch(url, body, content_type="application/json")


@pytest.fixture
def goal(personas):
    goal = Goal.objects.create(
        owner=personas.mentee, text="Give two talks by June 2027", why_it_matters="Visibility at work", status="active"
    )
    Milestone.objects.create(goal=goal, text="Pick a topic")
    return goal


GOAL_NOT_NULL = ["text", "why_it_matters", "success_measure", "status", "visibility", "skill_gap_ids",
                 "shared_with_mentor_ids"]  # fmt: skip


@pytest.mark.parametrize("field", GOAL_NOT_NULL)
def test_null_for_a_goal_field_that_cannot_be_empty_is_422_naming_it(client_for, personas, goal, field):
    before = Goal.objects.filter(pk=goal.pk).values().get()
    answer = patch(client_for(personas.mentee), f"/api/goals/{goal.pk}", {"text": "x", field: None, "unknown": 1})
    assert answer.status_code == 422, answer.content
    assert field in [e["field"] for e in answer.json()["errors"]]
    assert Goal.objects.filter(pk=goal.pk).values().get() == before


def test_the_schemathesis_body_is_422_not_500(client_for, personas, goal):
    body = {"title": "x", "due_date": None, "status": None, "unknown": 1}
    answer = patch(client_for(personas.mentee), f"/api/goals/{goal.pk}", body)
    assert answer.status_code == 422 and [e["field"] for e in answer.json()["errors"]] == ["status"]


def test_null_clears_what_may_be_empty(client_for, personas, goal):
    goal.target_date, goal.confidence = "2027-06-30", 3
    goal.save()
    body = {"target_date": None, "confidence": None, "hours_per_week": None, "manual_progress": None,
            "shared_program_id": None}  # fmt: skip
    answer = patch(client_for(personas.mentee), f"/api/goals/{goal.pk}", body)
    assert answer.status_code == 200, answer.content
    assert answer.json()["confidence"] is None and answer.json()["why_it_matters"] == "Visibility at work"


def test_null_milestone_fields_are_422(client_for, personas, goal):
    milestone = goal.milestones.get()
    for field in ("text", "done"):
        answer = patch(client_for(personas.mentee), f"/api/goals/{goal.pk}/milestones/{milestone.pk}", {field: None})
        assert answer.status_code == 422 and answer.json()["errors"][0]["field"] == field
    milestone.refresh_from_db()
    assert milestone.text == "Pick a topic" and not milestone.done


def test_null_contact_fields_are_422_naming_the_field(client_for, personas):
    contact = Contact.objects.create(owner=personas.mentee, name="Sofia Almeida", organisation="Acme")
    answer = patch(client_for(personas.mentee), f"/api/network/contacts/{contact.pk}", {"organisation": None})
    assert answer.status_code == 422 and answer.json()["errors"][0]["field"] == "organisation"
    contact.refresh_from_db()
    assert contact.organisation == "Acme"


def test_null_profile_fields_are_422_naming_the_field(client_for, personas):
    answer = patch(client_for(personas.mentee), "/api/profiles/me", {"name": None, "headline": "Analyst"})
    assert answer.status_code == 422 and answer.json()["errors"][0]["field"] == "name"
    personas.mentee.profile.refresh_from_db()
    assert personas.mentee.profile.name == "Maya Mentee" and personas.mentee.profile.headline != "Analyst"
