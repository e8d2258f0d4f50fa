from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from mentorhub.goals.models import SkillGap
from mentorhub.network.models import Contact, Encounter, OutreachMessage

pytestmark = pytest.mark.django_db

NOTES = "your talk on pricing experiments at ProductCamp Lisbon"
GOOD = (
    "Dear Sofia, I was struck by your talk on pricing experiments at ProductCamp Lisbon. Would you have 20 "
    "minutes for a call in the next few weeks? I'm happy to fit around your schedule. Thank you for considering it."
)


def post(client, url, data):
    return client.post(url, data, content_type="application/json")


def patch(client, url, data):
    return client.patch(url, data, content_type="application/json")


def csv_file(text):
    return {"file": SimpleUploadedFile("contacts.csv", text.encode(), content_type="text/csv")}


def test_outreach_coach_endpoint_is_public_and_answers_every_label(client):
    body = post(client, "/api/coach/outreach", {"text": "Hi Ana, will you be my mentor?"}).json()
    assert body["premature_ask"] and not body["clear_ask"] and body["word_count"] == 7 and body["hints"]
    good = post(client, "/api/coach/outreach", {"text": GOOD}).json()
    assert good["personalization"] and good["clear_ask"] and good["flexibility"] and good["gratitude"]
    empty = post(client, "/api/coach/outreach", {"text": ""}).json()
    assert empty["problems"] and not empty["confident"]
    missing = post(client, "/api/coach/outreach", {})
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "text"


def test_contact_life_cycle_through_the_api(client_for, personas):
    client = client_for(personas.mentee)
    gap = SkillGap.objects.create(person=personas.mentee, skill="stakeholder management")
    created = post(
        client,
        "/api/network/contacts",
        {"name": "Sofia Almeida", "email": "Sofia@Lumen.example", "how_known": "event", "skill_gap_ids": [gap.pk]},
    )
    assert created.status_code == 201
    contact = created.json()
    assert contact["email"] == "sofia@lumen.example" and contact["stage"] == "identified"
    assert contact["skill_gap_ids"] == [gap.pk] and contact["profile_url"] is None
    cid = contact["id"]
    researched = patch(client, f"/api/network/contacts/{cid}", {"research_notes": NOTES}).json()
    assert researched["stage"] == "researched" and researched["skill_gap_ids"] == [gap.pk]
    assert post(client, f"/api/network/contacts/{cid}/stage", {"stage": "not_now"}).json()["stage"] == "not_now"
    assert [c["id"] for c in client.get("/api/network/contacts?stage=not_now&q=lumen").json()] == [cid]
    assert client.get("/api/network/contacts?how_known=alumni").json() == []
    assert client.delete(f"/api/network/contacts/{cid}").status_code == 204
    assert not Contact.objects.exists()


def test_contact_errors_name_the_field(client_for, personas):
    client = client_for(personas.mentee)
    post(client, "/api/network/contacts", {"name": "Sofia Almeida", "email": "sofia@lumen.example"})
    cases = [
        ({"name": "Sofia A.", "email": "sofia@lumen.example"}, 409, "email"),
        ({"name": "sofia almeida"}, 409, "name"),
        ({"name": "Kwame", "email": "not-an-email"}, 422, "email"),
        ({"name": "Kwame", "links": ["javascript:alert(1)"]}, 422, "links"),
        ({"name": "Kwame", "stage": "best friends"}, 422, "stage"),
        ({"name": "Kwame", "goal_ids": [999]}, 422, "goal_ids"),
        ({"email": "kwame@example.org"}, 422, "name"),
    ]
    for data, status, field in cases:
        response = post(client, "/api/network/contacts", data)
        assert response.status_code == status, data
        assert response.json()["errors"][0]["field"] == field, data
    contact = Contact.objects.get()
    response = patch(client, f"/api/network/contacts/{contact.pk}", {"name": None})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "name"


def test_encounters_messages_and_replies_through_the_api(client_for, personas):
    client = client_for(personas.mentee)
    start = datetime(2026, 7, 2, 16, 0, tzinfo=UTC)
    with time_machine.travel(start + timedelta(hours=1), tick=False) as traveller:
        encounter = post(
            client,
            "/api/network/encounters",
            {"new_contact": {"name": "Sofia Almeida"}, "where": "ProductCamp Lisbon", "met_at": "2026-07-02T17:00"},
        ).json()
        assert encounter["met_at"] == "2026-07-02T16:00:00Z"  # read in the person's timezone, Lisbon
        assert encounter["follow_up_due_at"] == "2026-07-04T16:00:00Z"
        assert [e["id"] for e in client.get("/api/network/encounters?followed_up=false").json()] == [encounter["id"]]
        cid = encounter["contact_id"]
        patch(client, f"/api/network/contacts/{cid}", {"research_notes": NOTES})
        draft = client.get(f"/api/network/contacts/{cid}/draft").json()
        assert draft["template"] == "event_follow_up" and "ProductCamp Lisbon" in draft["body"]

        message = post(
            client,
            "/api/network/messages",
            {"contact_id": cid, "template": "event_follow_up", "channel": "copy", "body": GOOD},
        )
        assert message.status_code == 201
        message = message.json()
        assert message["coach_passed"] and message["coach"]["personalization"]
        assert Encounter.objects.get().followed_up_at is not None

        traveller.shift(timedelta(hours=26))
        reply = post(client, f"/api/network/messages/{message['id']}/response", {"response": "positive"}).json()
        assert reply["response"] == "positive" and reply["response_time_hours"] == 26.0
        stats = client.get("/api/network/stats").json()
        assert stats["by_template"][0]["template"] == "event_follow_up" and stats["total"]["response_rate"] == 100
        assert client.get(f"/api/network/messages?contact_id={cid}").json()[0]["id"] == message["id"]


def test_message_errors_name_the_field(client_for, personas, make_contact):
    client = client_for(personas.mentee)
    contact = make_contact(personas.mentee)
    for data, field in [
        ({"body": "  "}, "body"),
        ({"body": "Hi", "channel": "platform"}, "channel"),
        ({"body": "Hi", "channel": "email"}, "channel"),
        ({"body": "Hi", "channel": "fax"}, "channel"),
        ({"body": "Hi", "sent_at": "2099-01-01T10:00"}, "sent_at"),
        ({"body": "Hi", "template": "nonsense"}, "template"),
    ]:
        response = post(client, "/api/network/messages", {"contact_id": contact.pk, "channel": "copy", **data})
        assert response.status_code == 422 and response.json()["errors"][0]["field"] == field, data
    assert not OutreachMessage.objects.exists()


def test_platform_message_lands_in_the_recipients_inbox(client_for, personas, make_contact):
    contact = make_contact(personas.mentee, "Marco Mentor", email="mentor@test.example")
    post(
        client_for(personas.mentee),
        "/api/network/messages",
        {"contact_id": contact.pk, "channel": "platform", "subject": "A 20-minute call?", "body": GOOD},
    )
    inbox = client_for(personas.mentor).get("/api/network/messages/inbox").json()
    assert inbox[0]["sender_name"] == "Maya Mentee" and inbox[0]["subject"] == "A 20-minute call?"
    assert client_for(personas.outsider).get("/api/network/messages/inbox").json() == []


def test_csv_import_preview_then_all_or_nothing_commit(client_for, personas):
    client = client_for(personas.mentee)
    bad = "name,email\nSofia Almeida,sofia@lumen.example\n,nobody@example.org\nKwame,not-an-email\n"
    preview = client.post("/api/network/import/preview", csv_file(bad)).json()
    assert (preview["new"], preview["errors"]) == (1, 2)
    assert preview["rows"][1]["errors"] == [{"field": "name", "message": "A name is required."}]
    refused = client.post("/api/network/import", csv_file(bad))
    assert refused.status_code == 422 and not Contact.objects.exists()
    assert [e["field"] for e in refused.json()["errors"]] == ["line 3.name", "line 4.email"]

    good = "name,email\nSofia Almeida,sofia@lumen.example\nKwame Mensah,\nSofia A.,sofia@lumen.example\n"
    result = client.post("/api/network/import", csv_file(good))
    assert result.status_code == 201 and result.json() == {"created": 2, "updated": 0, "unchanged": 1}
    again = client.post("/api/network/import", csv_file(good)).json()
    assert again == {"created": 0, "updated": 0, "unchanged": 3}
    unknown = client.post("/api/network/import/preview", csv_file("name,nickname\nSofia,Sof\n"))
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "file"


def test_outsider_gets_404_on_every_network_route(client_for, personas, make_contact):
    contact = make_contact(personas.mentee, email="sofia@lumen.example")
    mentee = client_for(personas.mentee)
    encounter = post(
        mentee, "/api/network/encounters", {"contact_id": contact.pk, "where": "A meetup", "met_at": "2026-01-01T10:00"}
    ).json()
    message = post(mentee, "/api/network/messages", {"contact_id": contact.pk, "channel": "copy", "body": GOOD}).json()
    for person in (personas.outsider, personas.coordinator):
        client = client_for(person)
        cid, mid, eid = contact.pk, message["id"], encounter["id"]
        assert client.get(f"/api/network/contacts/{cid}").status_code == 404
        assert patch(client, f"/api/network/contacts/{cid}", {"name": "x"}).status_code == 404
        assert client.delete(f"/api/network/contacts/{cid}").status_code == 404
        assert post(client, f"/api/network/contacts/{cid}/stage", {"stage": "declined"}).status_code == 404
        assert client.get(f"/api/network/contacts/{cid}/draft").status_code == 404
        assert client.get(f"/api/network/messages?contact_id={cid}").status_code == 404
        assert (
            post(client, "/api/network/messages", {"contact_id": cid, "channel": "copy", "body": "x"}).status_code
            == 404
        )
        assert post(client, f"/api/network/messages/{mid}/response", {"response": "declined"}).status_code == 404
        assert post(client, f"/api/network/encounters/{eid}/done", {}).status_code == 404
        new_encounter = {"contact_id": cid, "where": "x", "met_at": "2026-01-01T10:00"}
        assert post(client, "/api/network/encounters", new_encounter).status_code == 404
        assert client.get("/api/network/contacts").json() == []
        assert client.get("/api/network/messages").json() == []
        assert client.get("/api/network/encounters").json() == []
        assert client.get("/api/network/stats").json()["total"]["sent"] == 0
    contact.refresh_from_db()
    assert contact.stage == Contact.CONTACTED and OutreachMessage.objects.get().response == "none"


def test_network_api_needs_authentication(client):
    for url in ["/api/network/contacts", "/api/network/messages", "/api/network/stats", "/api/network/templates"]:
        assert client.get(url).status_code == 401
    assert post(client, "/api/network/contacts", {"name": "x"}).status_code == 401


def test_outreach_coach_endpoint_reads_a_request_or_an_offer_by_its_purpose(client):
    text = (
        "Dear Sofia, your talk on pricing experiments at ProductCamp Lisbon stayed with me. Would you be my mentor "
        "for the next six months? Monthly calls at whatever time suits you. Thank you for considering it."
    )
    outreach = post(client, "/api/coach/outreach", {"text": text}).json()
    request = post(client, "/api/coach/outreach", {"text": text, "purpose": "request"}).json()
    assert outreach["premature_ask"] and outreach["purpose"] == "outreach"
    assert not request["premature_ask"] and request["clear_ask"] and request["purpose"] == "request"
    unknown = post(client, "/api/coach/outreach", {"text": text, "purpose": "marriage"})
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "purpose"
