"""A script with personal access tokens walks the whole mentee journey through the API, as an integration would."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from mentorhub.accounts.models import AccessToken

pytestmark = pytest.mark.django_db


class Script:
    def __init__(self, person):
        _, raw = AccessToken.issue(person, "journey script", scope=AccessToken.WRITE)
        self.client, self.headers = Client(), {"Authorization": f"Bearer {raw}"}

    def call(self, method, url, body=None, expect=200):
        response = getattr(self.client, method)(url, body or {}, content_type="application/json", headers=self.headers)
        assert response.status_code == expect, (url, response.status_code, response.content[:300])
        return response.json() if response.content else None


def test_mentee_journey_with_tokens_only(personas):
    mentee, mentor = Script(personas.mentee), Script(personas.mentor)
    assert mentee.call("get", "/api/me")["email"] == "mentee@test.example"
    mentee.call("patch", "/api/profiles/me", {"headline": "Analyst moving into product", "skills_sought": ["SQL"]})
    mentee.call("put", "/api/plan", {"short_term_aspirations": "Lead a discovery project"})
    verdict = mentee.call("post", "/api/coach/goal", {"text": "Lead one discovery project by June 2027"})
    assert verdict["time_bound"]
    goal = mentee.call("post", "/api/goals", {"text": "Lead one discovery project by June 2027"}, expect=201)
    found = mentee.call("get", "/api/profiles?q=SQL&role=mentor")
    mentor_id = next(p for p in found["items"] if p["name"] == "Marco Mentor")
    request = mentee.call(
        "post",
        "/api/requests",
        {
            "to_person_id": personas.mentor.pk,
            "message": "Your SQL talk helped me. Thank you!",
            "goal_ids": [goal["id"]],
        },
        expect=201,
    )
    assert mentor_id
    relationship = mentor.call("post", f"/api/requests/{request['id']}/accept")
    version = mentee.call(
        "post", f"/api/relationships/{relationship['id']}/agreement", {"cadence": "monthly"}, expect=201
    )
    mentor.call("post", f"/api/relationships/{relationship['id']}/agreement/{version['id']}/confirm")
    rel = relationship["id"]
    soon = timezone.now() + timedelta(days=3)
    slots = [(soon + timedelta(hours=h)).isoformat() for h in (0, 2, 24)]
    meeting = mentee.call("post", f"/api/relationships/{rel}/meetings/propose", {"slots": slots}, expect=201)
    picked = mentor.call("get", f"/api/meetings/{meeting['id']}")
    mentor.call("post", f"/api/meetings/{meeting['id']}/pick", {"slot_id": picked["slots"][1]["id"]})
    agenda = {"answers": {"career_paths": "Three years in analytics; how did you move into product?"}}
    mentee.call("put", f"/api/meetings/{meeting['id']}/agenda", agenda)
    mentee.call(
        "post", f"/api/meetings/{meeting['id']}/notes", {"text": "Map stakeholders", "shared": True}, expect=201
    )
    item = {"text": "Draw the stakeholder map", "assignee_id": personas.mentee.pk}
    mentor.call("post", f"/api/meetings/{meeting['id']}/action-items", item, expect=201)
    mentee.call("post", f"/api/relationships/{rel}/progress-updates", {"text": "Drew the map."}, expect=201)
    assert mentor.call("get", f"/api/relationships/{rel}/timeline")
    mentee.call("patch", f"/api/goals/{goal['id']}", {"status": "achieved"})
    closed = mentee.call(
        "post",
        f"/api/relationships/{relationship['id']}/close",
        {"outcome": "completed", "reason": "goals_met", "reflection": "I grew.", "gratitude": "Thank you!"},
    )
    assert closed["status"] == "completed"


def test_read_token_cannot_change_anything(personas):
    _, raw = AccessToken.issue(personas.mentee, "reader")
    response = Client().post(
        "/api/goals", {"text": "x"}, content_type="application/json", headers={"Authorization": f"Bearer {raw}"}
    )
    assert response.status_code == 403
