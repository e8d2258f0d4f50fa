import pytest

from mentorhub.programs.models import EnrollmentQuestion, Program
from mentorhub.relationships.models import Relationship

pytestmark = pytest.mark.django_db


def post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def test_programs_list_and_detail(client_for, personas):
    mentee = client_for(personas.mentee)
    assert [p["slug"] for p in mentee.get("/api/programs").json()] == ["data"]
    detail = mentee.get("/api/programs/data").json()
    assert detail["my_enrollments"][0]["role"] == "mentee" and detail["is_coordinator"] is False


def test_enrol_decide_match_publish_and_dashboard_through_the_api(client_for, personas, program):
    question = EnrollmentQuestion.objects.create(program=program, text="Why?", kind="text")
    outsider, coordinator = client_for(personas.outsider), client_for(personas.coordinator)
    missing = post(outsider, "/api/programs/data/enrollments", {"role": "mentee"})
    assert missing.status_code == 422 and "Why?" in missing.json()["detail"]
    enrolled = post(
        outsider, "/api/programs/data/enrollments", {"role": "mentee", "answers": {str(question.pk): "To grow"}}
    )
    assert enrolled.status_code == 201 and enrolled.json()["status"] == "applied"
    again = post(outsider, "/api/programs/data/enrollments", {"role": "mentee", "answers": {str(question.pk): "x"}})
    assert again.status_code == 409 and again.json()["code"] == "duplicate"
    waiting = coordinator.get("/api/programs/data/participants?status=applied").json()
    assert [p["name"] for p in waiting] == ["Otto Outsider"]
    decided = post(coordinator, f"/api/programs/data/participants/{waiting[0]['id']}/decision", {"status": "approved"})
    assert decided.json()["status"] == "approved"

    personas.outsider.profile.languages = ["English"]
    personas.outsider.profile.save()
    run = post(coordinator, "/api/programs/data/match-runs", {"objective": "best_total", "weights": {"skills": 1},
                                                               "rules": {"min_score": 0}})  # fmt: skip
    assert run.status_code == 201
    body = run.json()
    # Marco has two places in the program (its default), so both mentees get him.
    assert body["status"] == "draft" and body["weights"]["skills"] == 1 and len(body["proposals"]) == 2
    assert body["summary"]["unmatched"] == [] and body["summary"]["proven_optimal"]
    assert coordinator.get(f"/api/programs/data/match-runs/{body['number']}").json()["number"] == body["number"]
    publish = f"/api/programs/data/match-runs/{body['number']}/publish"
    assert coordinator.get(publish).json() == {"relationships": 2, "emails": 4}
    unconfirmed = post(coordinator, publish)
    assert unconfirmed.status_code == 422 and unconfirmed.json()["code"] == "confirmation_required"
    assert Relationship.objects.filter(program=program).count() == 0
    published = post(coordinator, publish, {"confirm": 2}).json()
    assert published["status"] == "published" and published["proposals"][0]["relationship_id"]
    assert Relationship.objects.filter(program=program).count() == 2
    twice = post(coordinator, publish, {"confirm": 2})
    assert twice.status_code == 409 and twice.json()["code"] == "state"
    dashboard = coordinator.get("/api/programs/data/dashboard").json()
    assert dashboard["figures"]["active_relationships"] == 2
    assert {c["key"] for c in dashboard["charts"]} >= {"enrolment", "phases", "time_to_match"}


def test_bad_weights_are_422(client_for, personas, program):
    response = post(client_for(personas.coordinator), "/api/programs/data/match-runs", {"weights": {"charm": 1}})
    assert response.status_code == 422 and "unknown weight" in response.json()["detail"]


def test_rankings_and_invite_links_through_the_api(client_for, personas, program):
    mentee = client_for(personas.mentee)
    ranked = mentee.put(
        "/api/programs/data/rankings", {"mentor_ids": [personas.mentor.pk]}, content_type="application/json"
    )
    assert ranked.json()["rankings"] == [personas.mentor.pk]
    invited = Program.objects.create(name="Invited", slug="invited", visibility=Program.INVITE)
    outsider = client_for(personas.outsider)
    assert post(outsider, "/api/programs/invited/enrollments", {"role": "mentee"}).status_code == 404
    joined = post(
        outsider, "/api/programs/invited/enrollments", {"role": "mentee", "invite_token": invited.invite_token}
    )
    assert joined.status_code == 201
