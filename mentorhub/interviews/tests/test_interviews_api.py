"""Informational interviews in the API: the pages' rules through the same door, the prep sheet for the asker only,
and the interview.* webhooks."""

import json
from datetime import timedelta

import pytest

from mentorhub.integrations.models import WebhookDelivery, WebhookSubscription
from mentorhub.interviews.models import InformationalInterview
from mentorhub.network.models import Contact, OutreachMessage

from .conftest import BODY, WEDNESDAY_9

pytestmark = pytest.mark.django_db


def post(client, url, body=None):
    return client.post(url, json.dumps(body or {}), content_type="application/json")


def test_book_a_free_slot_read_it_both_ways_and_the_webhook_says_so(personas, contact, client_for):
    maya, marco = personas.mentee, personas.mentor
    WebhookSubscription.objects.create(owner=marco, url="https://hooks.example/h", events=["interview.scheduled"])
    slots = client_for(maya).get(f"/api/network/contacts/{contact.pk}/interview-slots").json()
    assert slots["duration_minutes"] == 20 and slots["slots"][0]["starts_at"] == "2026-12-02T09:00:00Z"

    body = {"contact_id": contact.pk, "subject": "A call?", "body": BODY, "starts_at": WEDNESDAY_9.isoformat()}
    created = post(client_for(maya), "/api/interviews", body)

    assert created.status_code == 201, created.json()
    mine = created.json()
    assert (mine["status"], mine["role"], mine["starts_at"]) == ("scheduled", "asked", "2026-12-02T09:00:00Z")
    assert mine["prep"]["known_for"] == "SQL for product teams"
    his = client_for(marco).get(f"/api/interviews/{mine['id']}").json()
    assert (his["role"], his["prep"], his["follow_up_by"]) == ("asked_of_you", None, None)
    delivery = WebhookDelivery.objects.get(subscription__owner=marco)
    assert delivery.payload["data"]["interview_id"] == mine["id"]
    assert delivery.payload["data"]["status"] == "scheduled"
    again = client_for(maya).get(f"/api/network/contacts/{contact.pk}/interview-slots").json()
    assert "2026-12-02T09:00:00Z" not in [s["starts_at"] for s in again["slots"]]


def test_proposed_times_accepted_by_the_person_asked(personas, contact, client_for):
    times = ["2026-12-03T14:00:00+00:00", "2026-12-04T09:00:00+00:00"]
    body = {"contact_id": contact.pk, "subject": "A call?", "body": BODY, "proposed_times": times}
    created = post(client_for(personas.mentee), "/api/interviews", body).json()
    assert created["status"] == "requested"

    refused = post(client_for(personas.mentee), f"/api/interviews/{created['id']}/accept", {"starts_at": times[0]})
    assert refused.status_code == 403
    wrong = post(client_for(personas.mentor), f"/api/interviews/{created['id']}/accept", {"starts_at": NOT_PROPOSED})
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "starts_at"
    accepted = post(client_for(personas.mentor), f"/api/interviews/{created['id']}/accept", {"starts_at": times[1]})
    assert accepted.json()["starts_at"] == "2026-12-04T09:00:00Z"


NOT_PROPOSED = "2026-12-05T09:00:00+00:00"


def test_four_times_or_none_are_refused_and_nothing_is_sent(personas, contact, client_for):
    four = [f"2026-12-0{d}T10:00:00+00:00" for d in (3, 4, 5, 7)]
    for times in (four, []):
        body = {"contact_id": contact.pk, "subject": "A call?", "body": BODY, "proposed_times": times}
        response = post(client_for(personas.mentee), "/api/interviews", body)
        assert response.status_code == 422
    assert not InformationalInterview.objects.exists() and not OutreachMessage.objects.exists()


def test_someone_elses_contact_or_interview_is_not_found_and_nothing_changes(personas, contact, client_for):
    stranger = client_for(personas.coordinator)
    body = {"contact_id": contact.pk, "subject": "A call?", "body": BODY, "starts_at": WEDNESDAY_9.isoformat()}
    assert post(stranger, "/api/interviews", body).status_code == 404
    assert stranger.get(f"/api/network/contacts/{contact.pk}/interview-slots").status_code == 404
    created = post(client_for(personas.mentee), "/api/interviews", body).json()
    assert stranger.get(f"/api/interviews/{created['id']}").status_code == 404
    assert post(stranger, f"/api/interviews/{created['id']}/cancel").status_code == 404
    assert stranger.get("/api/interviews").json() == []
    assert InformationalInterview.objects.get().status == "scheduled"


def test_referrals_after_it_become_contacts(personas, contact, client_for, frozen):
    body = {"contact_id": contact.pk, "subject": "A call?", "body": BODY, "starts_at": WEDNESDAY_9.isoformat()}
    created = post(client_for(personas.mentee), "/api/interviews", body).json()
    url = f"/api/interviews/{created['id']}/referrals"
    early = post(client_for(personas.mentee), url, {"name": "Ana Costa"})
    assert early.status_code == 409 and not Contact.objects.filter(name="Ana Costa").exists()

    frozen.move_to(WEDNESDAY_9 + timedelta(minutes=30))
    bad = post(client_for(personas.mentee), url, {"name": "Ana Costa", "email": "not-an-email"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "email"
    made = post(client_for(personas.mentee), url, {"name": "Ana Costa", "note": "Pricing at Vela"})
    assert made.status_code == 201
    assert Contact.objects.get(pk=made.json()["contact_id"]).introduced_by == "Marco Mentor"
    read = client_for(personas.mentee).get(f"/api/interviews/{created['id']}").json()
    assert read["referrals"] == [
        {"contact_id": made.json()["contact_id"], "name": "Ana Costa", "note": "Pricing at Vela"}
    ]
    assert client_for(personas.mentor).get(f"/api/interviews/{created['id']}").json()["referrals"] == []
