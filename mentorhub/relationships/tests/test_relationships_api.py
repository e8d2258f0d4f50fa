import pytest

from mentorhub.relationships.models import Relationship

pytestmark = pytest.mark.django_db


def post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def test_the_whole_request_to_close_journey_through_the_api(client_for, personas):
    mentee, mentor = client_for(personas.mentee), client_for(personas.mentor)
    goal = post(mentee, "/api/goals", {"text": "Lead one discovery project by June 2027"}).json()
    created = post(
        mentee,
        "/api/requests",
        {"to_person_id": personas.mentor.pk, "message": "Thank you for considering it.", "goal_ids": [goal["id"]]},
    )
    assert created.status_code == 201
    rid = created.json()["id"]
    assert [r["id"] for r in mentor.get("/api/requests?box=received").json()["items"]] == [rid]
    assert post(mentor, f"/api/requests/{rid}/ask-info", {"text": "What is your timeline?"}).json()["status"] == (
        "info_requested"
    )
    assert post(mentee, f"/api/requests/{rid}/answer-info", {"text": "Six months."}).json()["status"] == "pending"
    relationship = post(mentor, f"/api/requests/{rid}/accept").json()
    assert relationship["status"] == "active"
    rel = relationship["id"]
    version = post(
        mentee, f"/api/relationships/{rel}/agreement", {"cadence": "fortnightly", "goal_ids": [goal["id"]]}
    ).json()
    confirmed = post(mentor, f"/api/relationships/{rel}/agreement/{version['id']}/confirm").json()
    assert confirmed["is_confirmed"]
    detail = mentee.get(f"/api/relationships/{rel}").json()
    assert detail["agreement"]["cadence"] == "fortnightly" and detail["phase"] == "cultivation"
    closed = post(
        mentee,
        f"/api/relationships/{rel}/close",
        {"outcome": "completed", "reason": "goals_met", "reflection": "Grew a lot.", "gratitude": "Thank you!"},
    ).json()
    assert closed["status"] == "completed"


def test_rule_breaks_are_409_with_a_code(client_for, personas):
    mentee = client_for(personas.mentee)
    body = {"to_person_id": personas.mentor.pk, "message": "Thanks for considering."}
    post(mentee, "/api/requests", body)
    duplicate = post(mentee, "/api/requests", body)
    assert duplicate.status_code == 409 and duplicate.json()["code"] == "duplicate"
    rid = mentee.get("/api/requests").json()["items"][0]["id"]
    own = post(mentee, f"/api/requests/{rid}/accept")
    assert own.status_code == 403


def test_accepting_beyond_capacity_is_409(client_for, personas):
    from conftest import make_person

    personas.mentor.profile.mentor_capacity = 1
    personas.mentor.profile.save()
    other = make_person("x@test.example", "X", seeking_mentors=True)
    for who in (personas.mentee, other):
        post(client_for(who), "/api/requests", {"to_person_id": personas.mentor.pk, "message": "Thanks!"})
    mentor = client_for(personas.mentor)
    first, second = sorted(r["id"] for r in mentor.get("/api/requests").json()["items"])
    assert post(mentor, f"/api/requests/{first}/accept").status_code == 200
    response = post(mentor, f"/api/requests/{second}/accept")
    assert response.status_code == 409 and response.json()["code"] == "no_capacity"


def test_decline_reason_is_validated(client_for, personas):
    post(client_for(personas.mentee), "/api/requests", {"to_person_id": personas.mentor.pk, "message": "Thanks!"})
    mentor = client_for(personas.mentor)
    rid = mentor.get("/api/requests").json()["items"][0]["id"]
    bad = post(mentor, f"/api/requests/{rid}/decline", {"reason": "bored"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "reason"
    ok = post(mentor, f"/api/requests/{rid}/decline", {"reason": "timing", "referral": "Ana"})
    assert ok.json()["status"] == "declined"


def test_outsider_gets_404_on_every_request_and_relationship_route(client_for, personas):
    post(client_for(personas.mentee), "/api/requests", {"to_person_id": personas.mentor.pk, "message": "Thanks!"})
    mentor = client_for(personas.mentor)
    rid = mentor.get("/api/requests").json()["items"][0]["id"]
    outsider = client_for(personas.outsider)
    assert outsider.get(f"/api/requests/{rid}").status_code == 404
    for action in ["accept", "withdraw"]:
        assert post(outsider, f"/api/requests/{rid}/{action}").status_code == 404
    assert post(outsider, f"/api/requests/{rid}/decline", {"reason": "timing"}).status_code == 404
    assert post(outsider, f"/api/requests/{rid}/ask-info", {"text": "?"}).status_code == 404
    assert post(outsider, f"/api/requests/{rid}/answer-info", {"text": "?"}).status_code == 404
    rel = post(mentor, f"/api/requests/{rid}/accept").json()["id"]
    for url in [f"/api/relationships/{rel}", f"/api/relationships/{rel}/agreement"]:
        assert outsider.get(url).status_code == 404
    assert post(outsider, f"/api/relationships/{rel}/agreement", {}).status_code == 404
    assert post(outsider, f"/api/relationships/{rel}/agreement/1/confirm").status_code == 404
    assert post(outsider, f"/api/relationships/{rel}/status", {"status": "paused"}).status_code == 404
    assert post(outsider, f"/api/relationships/{rel}/phase", {"phase": "separation"}).status_code == 404
    assert post(outsider, f"/api/relationships/{rel}/gratitude", {"text": "x"}).status_code == 404
    close = {"outcome": "completed", "reason": "goals_met", "reflection": "x"}
    assert post(outsider, f"/api/relationships/{rel}/close", close).status_code == 404
    assert outsider.get("/api/relationships").json()["items"] == []
    assert Relationship.objects.get().status == "active"


def test_requesting_an_invisible_person_is_404(client_for, personas):
    response = post(
        client_for(personas.mentee), "/api/requests", {"to_person_id": personas.other_member.pk, "message": "Hi"}
    )
    assert response.status_code == 404
