"""The API of the pair workspace has the pages' permissions and goes through the same services."""

import json
from datetime import timedelta

import pytest

from mentorhub.coordination.models import CoordinatorNote, FitCheck
from mentorhub.nudges.models import Nudge
from mentorhub.relationships.models import Relationship

from .conftest import assert_nothing_private


def post(client, url, body):
    return client.post(url, json.dumps(body), content_type="application/json")


def test_a_coordinator_reads_and_acts_on_a_pair(private_life, personas, client_for):
    client = client_for(personas.coordinator)
    pair = private_life
    put = client.put(
        f"/api/relationships/{pair.pk}/fit-check", json.dumps({"answer": "no"}), content_type="application/json"
    )
    assert put.status_code == 404  # the coordinator is not one of the two people
    mentee = client_for(personas.mentee)
    answered = mentee.put(
        f"/api/relationships/{pair.pk}/fit-check", json.dumps({"answer": "no"}), content_type="application/json"
    )
    assert answered.status_code == 200 and answered.json()["answer"] == "no"
    listed = client.get("/api/programs/data/attention")
    assert [(p["id"], [r["code"] for r in p["reasons"]]) for p in listed.json()] == [(pair.pk, ["fit_check"])]
    detail = client.get(f"/api/programs/data/pairs/{pair.pk}")
    assert detail.status_code == 200 and detail.json()["meetings_held"] == 1
    assert_nothing_private(detail.content.decode() + listed.content.decode())
    sent = post(client, f"/api/programs/data/pairs/{pair.pk}/check-in", {"to": "mentor", "message": "Hi"})
    assert sent.status_code == 200
    assert Nudge.objects.filter(rule="coordinator_check_in", person=personas.mentor).exists()
    before = Relationship.objects.get(pk=pair.pk).review_on
    assert post(client, f"/api/programs/data/pairs/{pair.pk}/extend", {"days": 30}).json()["review_on"] == str(
        before + timedelta(days=30)
    )
    assert post(client, f"/api/programs/data/pairs/{pair.pk}/notes", {"text": "Call them"}).status_code == 201
    refused = post(client, f"/api/programs/data/pairs/{pair.pk}/check-in", {"to": "both", "message": " "})
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "message"


def test_the_other_person_sees_only_their_own_fit_check(pair, personas, client_for):
    FitCheck.objects.create(relationship=pair, person=personas.mentee, answer="no", comment="FIT-5")
    answer = client_for(personas.mentor).get(f"/api/relationships/{pair.pk}/fit-check").json()
    assert answer == {"answer": None, "comment": "", "answered_at": None}


@pytest.mark.parametrize("who", ["mentee", "mentor", "outsider", "other_member"])
def test_anyone_but_a_coordinator_gets_404_and_nothing_changes(pair, personas, client_for, who):
    client = client_for(getattr(personas, who))
    for url in ("/api/programs/data/attention", "/api/programs/data/pairs", f"/api/programs/data/pairs/{pair.pk}"):
        assert client.get(url).status_code == 404
    history = pair.history.count()
    for action, body in [
        ("check-in", {"to": "both", "message": "Hi"}),
        ("extend", {"days": 10}),
        ("end", {"outcome": "ended_early", "reason": "other"}),
        ("notes", {"text": "x"}),
        ("rematch", {"person": "mentee"}),
    ]:
        assert post(client, f"/api/programs/data/pairs/{pair.pk}/{action}", body).status_code == 404, action
    pair.refresh_from_db()
    assert pair.status == Relationship.ACTIVE and pair.history.count() == history
    assert not CoordinatorNote.objects.exists()
    assert not Nudge.objects.filter(rule="coordinator_check_in").exists()
