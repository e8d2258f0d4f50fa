"""Broadcasts: filters, a preview with the count before sending, delivery through the nudge engine, the log."""

import json

import pytest
from django.core import mail
from django.utils import timezone

from mentorhub.nudges import services as nudges
from mentorhub.nudges.models import Notification
from mentorhub.nudges.services import preferences_for
from mentorhub.programs.models import Broadcast, Enrollment
from mentorhub.relationships.models import HealthSnapshot, Relationship

pytestmark = pytest.mark.django_db
MESSAGE = {"subject": "Kick-off on Monday", "body": "Join us at 9:00 in room 2."}


@pytest.fixture
def people(personas, program, enrol):
    """Maya (mentee) and Marco (mentor) in a relationship at risk; Sofia unmatched; Ugo still applying."""
    relationship = Relationship.objects.create(mentee=personas.mentee, mentor=personas.mentor, program=program)
    HealthSnapshot.objects.create(relationship=relationship, taken_on=timezone.localdate(), score=30, level="stalled")
    sofia = enrol(program, "sofia@test.example", "mentee", name="Sofia Mentee")
    ugo = enrol(program, "ugo@test.example", "mentee", name="Ugo Applicant")
    Enrollment.objects.filter(person=ugo).update(status=Enrollment.APPLIED)
    return {"sofia": sofia, "ugo": ugo}


def post(client, url, data):
    return client.post(url, json.dumps(data), content_type="application/json")


def names(response):
    return [p["name"] for p in response.json()["people"]]


def test_filters_choose_the_audience(client_for, personas, people):
    coordinator = client_for(personas.coordinator)
    preview = "/api/programs/data/broadcasts/preview"
    assert names(post(coordinator, preview, {})) == ["Marco Mentor", "Maya Mentee", "Sofia Mentee"]
    assert names(post(coordinator, preview, {"role": "mentee", "unmatched": True})) == ["Sofia Mentee"]
    assert names(post(coordinator, preview, {"at_risk": True})) == ["Marco Mentor", "Maya Mentee"]
    assert names(post(coordinator, preview, {"status": "applied"})) == ["Ugo Applicant"]
    wrong = post(coordinator, preview, {"status": "applied", "unmatched": True})
    assert wrong.status_code == 422 and wrong.json()["errors"][0]["field"] == "status"


def test_the_page_previews_the_count_then_sends_and_logs_per_person(client_for, personas, people):
    coordinator = client_for(personas.coordinator)
    form = {**MESSAGE, "role": "mentee", "status": "approved", "unmatched": "on"}
    page = coordinator.post("/programs/data/broadcasts/", {**form, "preview": "1"}).content.decode()
    assert "<strong>1 person</strong>: approved mentees without a match." in page
    assert "Sofia Mentee" in page and "Join us at 9:00 in room 2." in page and "Send to 1 person" in page
    assert 'name="confirm" value="1"' in page and Broadcast.objects.count() == 0
    # Sending without the preview's count is refused, and nothing goes out.
    refused = coordinator.post("/programs/data/broadcasts/", {**form, "send": "1"}).content.decode()
    assert "Preview first: this message goes to 1 person." in refused and Broadcast.objects.count() == 0
    assert 'value="Kick-off on Monday"' in refused
    coordinator.post("/programs/data/broadcasts/", {**form, "send": "1", "confirm": "1"})
    broadcast = Broadcast.objects.get()
    assert [r.person for r in broadcast.recipients.all()] == [people["sofia"]]
    nudges.sweep()
    notice = Notification.objects.get(person=people["sofia"])
    assert notice.title == "Data Mentoring: Kick-off on Monday" and notice.category == "programs"
    # (The coordinator's own "health stalled" alert for the at-risk pair is another email; only the broadcast counts.)
    assert [m.to for m in mail.outbox if "Kick-off" in m.subject] == [["sofia@test.example"]]
    log = coordinator.get(f"/programs/data/broadcasts/?person={people['sofia'].pk}").content.decode()
    assert "Sent to Sofia Mentee" in log and "Kick-off on Monday" in log and "in the app and by email" in log


def test_preferences_apply_and_the_api_log_shows_delivery(client_for, personas, people):
    prefs = preferences_for(personas.mentor)
    prefs.choices = {"programs": "off"}
    prefs.save()
    coordinator = client_for(personas.coordinator)
    unconfirmed = post(coordinator, "/api/programs/data/broadcasts", {**MESSAGE, "at_risk": True})
    assert unconfirmed.status_code == 422 and unconfirmed.json()["code"] == "confirmation_required"
    sent = post(coordinator, "/api/programs/data/broadcasts", {**MESSAGE, "at_risk": True, "confirm": 2})
    assert sent.status_code == 201 and [r["name"] for r in sent.json()["recipients"]] == ["Marco Mentor", "Maya Mentee"]
    nudges.sweep()
    broadcast_emails = [m.to[0] for m in mail.outbox if "Kick-off" in m.subject]
    assert broadcast_emails == ["mentee@test.example"]  # Marco turned program emails off
    assert Notification.objects.filter(title__contains="Kick-off").count() == 2
    log = coordinator.get(f"/api/programs/data/broadcasts?person_id={personas.mentor.pk}").json()
    assert [r["name"] for r in log[0]["recipients"]] == ["Marco Mentor"]
    assert log[0]["recipients"][0]["delivered_at"] and log[0]["recipients"][0]["emailed_at"] is None


def test_participants_cannot_broadcast_or_read_the_log(client_for, personas, people):
    for person in (personas.mentee, personas.mentor, personas.outsider):
        client = client_for(person)
        assert post(client, "/api/programs/data/broadcasts", {**MESSAGE, "confirm": 3}).status_code == 403
        assert client.get("/api/programs/data/broadcasts").status_code == 403
        assert client.post("/programs/data/broadcasts/", {**MESSAGE, "status": "approved", "send": "1",
                                                           "confirm": "3"}).status_code == 403  # fmt: skip
    assert Broadcast.objects.count() == 0 and Notification.objects.count() == 0
