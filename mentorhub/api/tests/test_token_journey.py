"""A script with personal access tokens walks the whole mentee journey through the API, as an integration would."""

import pytest
from django.test import Client

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
