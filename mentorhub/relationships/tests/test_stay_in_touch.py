"""Staying in touch after a completed mentorship is a real phase: check-ins come, meetings go on, either ends it."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from mentorhub.meetings.models import Meeting
from mentorhub.nudges.models import Notification, Nudge
from mentorhub.nudges.services import sweep
from mentorhub.relationships import services
from mentorhub.relationships.models import Relationship

pytestmark = pytest.mark.django_db

CLOSE = {
    "outcome": "completed",
    "reason": "goals_met",
    "reflection": "I can now run discovery interviews on my own.",
    "stay_in_touch": "on",
}
CHECK_IN = "Time for a light check-in with"


@pytest.fixture
def relationship(personas):
    request = services.send_request(personas.mentee, personas.mentor, message="Thanks for considering a call.")
    relationship = services.accept_request(request.pk, personas.mentor)
    version = services.propose_agreement(relationship, personas.mentee, {"cadence": "monthly"})
    services.confirm_agreement(relationship, personas.mentor, version.pk)
    return relationship


@pytest.fixture
def in_touch(client_for, personas, relationship):
    client_for(personas.mentee).post(f"/relationships/{relationship.pk}/close/", CLOSE)
    return Relationship.objects.get(pk=relationship.pk)


def check_ins(person):
    return Notification.objects.filter(person=person, title__startswith=CHECK_IN).count()


def sweep_after(days):
    with time_machine.travel(timezone.now() + timedelta(days=days)):
        sweep()


def test_staying_in_touch_brings_both_a_light_check_in_every_interval(personas, in_touch):
    assert in_touch.stay_in_touch and in_touch.phase == "redefinition" and in_touch.check_in_days == 90
    sweep_after(89)
    assert check_ins(personas.mentee) == check_ins(personas.mentor) == 0
    sweep_after(91)
    assert check_ins(personas.mentee) == check_ins(personas.mentor) == 1
    assert "Marco Mentor" in Notification.objects.get(person=personas.mentee, title__startswith=CHECK_IN).title
    sweep_after(182)
    assert check_ins(personas.mentee) == 2
    # The mentorship's own check-ins ended with it: no pulse or audit for a closed relationship.
    assert not Notification.objects.filter(nudge__rule__in=["pulse", "audit", "reconfirm"]).exists()


def test_the_chosen_interval_sets_the_check_in(client_for, personas, relationship):
    client_for(personas.mentor).post(f"/relationships/{relationship.pk}/close/", {**CLOSE, "check_in_days": "30"})
    sweep_after(31)
    assert check_ins(personas.mentee) == check_ins(personas.mentor) == 1


def test_a_meeting_can_be_planned_and_logged_while_staying_in_touch(client_for, personas, in_touch):
    mentor = client_for(personas.mentor)
    when = (timezone.now() - timedelta(days=2)).astimezone(timezone.get_default_timezone())
    response = mentor.post(
        f"/meetings/with/{in_touch.pk}/log/",
        {"starts_at": when.strftime("%Y-%m-%dT%H:%M"), "duration_minutes": 30, "format": "phone"},
    )
    assert response.status_code == 302
    assert Meeting.objects.get(relationship=in_touch).status == Meeting.HELD
    page = client_for(personas.mentee).get(f"/meetings/with/{in_touch.pk}/").content.decode()
    assert "Plan a meeting" in page


def test_the_relationships_page_lists_who_you_stay_in_touch_with(client_for, personas, in_touch):
    page = client_for(personas.mentor).get("/relationships/").content.decode()
    assert "Stay in touch" in page and "Maya Mentee" in page and "every three months" in page


def test_either_person_can_end_it_and_the_check_ins_stop(client_for, personas, in_touch):
    response = client_for(personas.mentor).post(f"/relationships/{in_touch.pk}/stay-in-touch/end/")
    assert response.status_code == 302
    in_touch.refresh_from_db()
    assert not in_touch.stay_in_touch and in_touch.status == Relationship.COMPLETED
    assert not Nudge.objects.filter(key__startswith=f"rel:{in_touch.pk}:", delivered_at__isnull=True).exists()
    sweep_after(91)
    assert check_ins(personas.mentee) == check_ins(personas.mentor) == 0
    page = client_for(personas.mentee).get("/relationships/").content.decode()
    assert "Stay in touch</h2>" not in page
    refused = client_for(personas.mentee).post(
        f"/meetings/with/{in_touch.pk}/log/",
        {"starts_at": "2026-01-05T10:00", "duration_minutes": 30, "format": "phone"},
    )
    assert refused.status_code in (200, 302) and not Meeting.objects.filter(relationship=in_touch).exists()


def test_stay_in_touch_through_the_api_and_outsiders_get_404(client_for, personas, relationship):
    mentee, outsider = client_for(personas.mentee), client_for(personas.outsider)
    body = {"outcome": "completed", "reason": "goals_met", "reflection": "Done well.", "stay_in_touch": True}
    closed = mentee.post(
        f"/api/relationships/{relationship.pk}/close", {**body, "check_in_days": 60}, content_type="application/json"
    )
    assert closed.status_code == 200 and closed.json()["check_in_days"] == 60 and closed.json()["stay_in_touch"]
    end = f"/api/relationships/{relationship.pk}/stay-in-touch/end"
    assert outsider.post(end, {}, content_type="application/json").status_code == 404
    assert Relationship.objects.get(pk=relationship.pk).stay_in_touch
    ended = mentee.post(end, {"why": "We talk at meetups anyway."}, content_type="application/json")
    assert ended.status_code == 200 and not ended.json()["stay_in_touch"]
    again = mentee.post(end, {}, content_type="application/json")
    assert again.status_code == 409
