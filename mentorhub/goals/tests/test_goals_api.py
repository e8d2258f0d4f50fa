from datetime import UTC, date, datetime

import pytest
import time_machine

from mentorhub.goals.models import Goal

pytestmark = pytest.mark.django_db

SMART = "Publish four articles on the team blog by the end of August 2027"


def post(client, url, data):
    return client.post(url, data, content_type="application/json")


@time_machine.travel(date(2026, 11, 25))
def test_coach_endpoint_answers_smart_verdicts(client):
    body = post(client, "/api/coach/goal", {"text": SMART}).json()
    assert body["specific"] and body["measurable"] and body["time_bound"]
    assert body["deadline"] == "2027-08-31"
    vague = post(client, "/api/coach/goal", {"text": "Get better at writing"}).json()
    assert not vague["measurable"] and not vague["time_bound"] and vague["hints"]


@pytest.mark.parametrize("text", ["", "   ", "!!!", "x" * 4000])
def test_coach_endpoint_handles_bad_input_without_confident_verdicts(client, text):
    response = post(client, "/api/coach/goal", {"text": text})
    assert response.status_code == 200
    body = response.json()
    assert body["problems"] and not body["confident"]


def test_coach_endpoint_rejects_missing_text_with_field_name(client):
    response = post(client, "/api/coach/goal", {})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "text"


def test_goal_life_cycle_through_the_api(client_for, personas):
    client = client_for(personas.mentee)
    gap = post(client, "/api/skill-gaps", {"skill": "writing", "current_level": 1, "target_level": 3}).json()
    created = post(client, "/api/goals", {"text": SMART, "status": "active", "skill_gap_ids": [gap["id"]]})
    assert created.status_code == 201
    goal = created.json()
    assert goal["visibility"] == "private" and goal["review"]["time_bound"]
    post(client, f"/api/goals/{goal['id']}/milestones", {"text": "Draft article one"})
    milestone = client.get(f"/api/goals/{goal['id']}").json()["milestones"][0]
    client.patch(
        f"/api/goals/{goal['id']}/milestones/{milestone['id']}", {"done": True}, content_type="application/json"
    )
    assert client.get(f"/api/goals/{goal['id']}").json()["progress"] == 100
    done = client.patch(f"/api/goals/{goal['id']}", {"status": "achieved"}, content_type="application/json")
    assert done.json()["status"] == "achieved"


def test_api_sharing_with_mentor_and_privacy(client_for, personas):
    mentee = client_for(personas.mentee)
    shared = post(
        mentee, "/api/goals", {"text": SMART, "visibility": "mentors", "shared_with_mentor_ids": [personas.mentor.pk]}
    ).json()
    private = post(mentee, "/api/goals", {"text": "Run 10 km by June 2027"}).json()
    mentor = client_for(personas.mentor)
    assert mentor.get(f"/api/goals/{shared['id']}").json()["shared_with_mentor_ids"] is None
    assert mentor.get(f"/api/goals/{private['id']}").status_code == 404
    assert [g["id"] for g in mentor.get("/api/goals?mine=false").json()["items"]] == [shared["id"]]
    patch = mentor.patch(f"/api/goals/{shared['id']}", {"text": "hijack"}, content_type="application/json")
    assert patch.status_code == 403


def test_outsider_gets_404_on_every_goal_route(client_for, personas):
    goal = post(client_for(personas.mentee), "/api/goals", {"text": SMART}).json()
    outsider = client_for(personas.outsider)
    gid = goal["id"]
    assert outsider.get(f"/api/goals/{gid}").status_code == 404
    assert outsider.patch(f"/api/goals/{gid}", {"text": "x"}, content_type="application/json").status_code == 404
    assert outsider.delete(f"/api/goals/{gid}").status_code == 404
    assert post(outsider, f"/api/goals/{gid}/milestones", {"text": "x"}).status_code == 404
    assert outsider.get("/api/goals").json()["items"] == []
    coordinator = client_for(personas.coordinator)
    assert coordinator.get(f"/api/goals/{gid}").status_code == 404


def test_sharing_with_a_non_mentor_is_422(client_for, personas):
    response = post(
        client_for(personas.mentee),
        "/api/goals",
        {"text": SMART, "visibility": "mentors", "shared_with_mentor_ids": [personas.outsider.pk]},
    )
    assert response.status_code == 422 and "shared_with_mentor_ids" in response.json()["detail"]
    assert not Goal.objects.exists()


def test_plan_put_and_history(client_for, personas):
    client = client_for(personas.mentee)
    client.put("/api/plan", {"strengths": "Analysis"}, content_type="application/json")
    client.put("/api/plan", {"strengths": "Analysis, storytelling"}, content_type="application/json")
    assert client.get("/api/plan").json()["strengths"] == "Analysis, storytelling"
    history = client.get("/api/plan/history").json()
    assert history[0]["answers"]["strengths"] == "Analysis"


def test_plan_rejects_unknown_frequency_naming_the_field(client_for, personas):
    response = client_for(personas.mentee).put(
        "/api/plan", {"meeting_frequency": "hourly"}, content_type="application/json"
    )
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "meeting_frequency"


def test_duplicate_skill_gap_is_409(client_for, personas):
    client = client_for(personas.mentee)
    post(client, "/api/skill-gaps", {"skill": "SQL", "target_level": 3})
    response = post(client, "/api/skill-gaps", {"skill": "sql", "target_level": 3})
    assert response.status_code == 409 and "already" in response.json()["detail"]


@time_machine.travel(datetime(2026, 12, 31, 1, 0, tzinfo=UTC))
def test_coach_endpoint_uses_the_callers_timezone_for_today(client):
    """Issue 17: at 01:00 UTC on 31 December it is still the 30th in New York; the 30th has passed in London."""
    text = "Read 24 books by 30 December 2026"
    london = post(client, "/api/coach/goal", {"text": text, "timezone": "Europe/London"}).json()
    new_york = post(client, "/api/coach/goal", {"text": text, "timezone": "America/New_York"}).json()
    assert not london["time_bound"] and any("already passed" in h for h in london["hints"])
    assert new_york["time_bound"] and new_york["deadline"] == "2026-12-30"
