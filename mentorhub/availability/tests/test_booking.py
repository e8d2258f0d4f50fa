"""Booking inside a relationship: the other person's free slots on both clocks, one meeting per slot (also when two
people book it at once), and nothing for anyone outside the relationship."""

import json
import threading
from datetime import UTC, datetime

import pytest
import time_machine
from django.db import connection
from django.urls import reverse

from conftest import make_person
from mentorhub.availability import services
from mentorhub.integrations.models import WebhookDelivery, WebhookSubscription
from mentorhub.lib.errors import DomainError
from mentorhub.meetings.models import Meeting
from mentorhub.relationships import services as relationships

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)  # a Tuesday
WEDNESDAY_9_SAO_PAULO = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def utc(*args):
    return datetime(*args, tzinfo=UTC)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def pair(mentee, mentor):
    request = relationships.send_request(mentee, mentor, message="Thanks for considering a call.")
    return relationships.accept_request(request.pk, mentor)


@pytest.fixture
def mentor(personas):
    """Marco, now in São Paulo, free on Wednesdays 09:00-11:00 on his clock (12:00-14:00 UTC)."""
    profile = personas.mentor.profile
    profile.timezone = "America/Sao_Paulo"
    profile.save()
    services.set_availability(personas.mentor, weekly_hours=[(2, "09:00", "11:00")])
    return personas.mentor


@pytest.fixture
def relationship(personas, mentor):
    return pair(personas.mentee, mentor)


def slots_url(relationship, minutes=60):
    return f"/api/relationships/{relationship.pk}/free-slots?duration_minutes={minutes}"


def book(client, relationship, starts_at, minutes=60):
    body = {"starts_at": starts_at.isoformat(), "duration_minutes": minutes, "title": "CV review"}
    return client.post(
        f"/api/relationships/{relationship.pk}/bookings", json.dumps(body), content_type="application/json"
    )


@pytest.mark.django_db
def test_the_mentee_sees_the_mentors_free_slots_on_both_clocks(personas, relationship, client_for):
    got = client_for(personas.mentee).get(slots_url(relationship)).json()
    assert (got["your_timezone"], got["their_timezone"]) == ("Europe/Lisbon", "America/Sao_Paulo")
    first = got["slots"][0]
    assert first["starts_at"] == "2026-12-02T12:00:00Z" and first["ends_at"] == "2026-12-02T13:00:00Z"
    assert first["for_you"] == "Wed 2 Dec 2026, 12:00 (Europe/Lisbon)"
    assert first["for_them"] == "Wed 2 Dec 2026, 09:00 (America/Sao_Paulo)"
    # 09:00, 09:30 and 10:00 each Wednesday for four weeks (28 days ahead).
    assert len(got["slots"]) == 12


@pytest.mark.django_db
def test_booking_a_free_slot_schedules_the_meeting_and_takes_the_slot_away(personas, relationship, client_for):
    client = client_for(personas.mentee)
    response = book(client, relationship, WEDNESDAY_9_SAO_PAULO)
    assert response.status_code == 201, response.content
    meeting = Meeting.objects.get()
    assert (meeting.status, meeting.starts_at, meeting.duration_minutes) == ("scheduled", WEDNESDAY_9_SAO_PAULO, 60)
    assert meeting.organiser == personas.mentee and meeting.title == "CV review"
    starts = [s["starts_at"] for s in client.get(slots_url(relationship)).json()["slots"]]
    # 09:30 overlaps the booked hour too; 10:00 starts when it ends.
    assert "2026-12-02T12:00:00Z" not in starts and "2026-12-02T12:30:00Z" not in starts
    assert "2026-12-02T13:00:00Z" in starts


@pytest.mark.django_db
def test_a_slot_taken_meanwhile_is_a_409_and_creates_nothing(personas, mentor, relationship, client_for):
    other = pair(make_person("nia@test.example", "Nia Mentee", seeking_mentors=True), mentor)
    assert book(client_for(other.mentee), other, WEDNESDAY_9_SAO_PAULO).status_code == 201
    response = book(client_for(personas.mentee), relationship, WEDNESDAY_9_SAO_PAULO)
    assert response.status_code == 409
    assert response.json()["code"] == "slot_taken"
    assert "no longer free for Marco Mentor" in response.json()["detail"]
    assert Meeting.objects.count() == 1 and not relationship.meetings.exists()


@pytest.mark.django_db
def test_a_time_outside_the_free_slots_is_refused(personas, relationship, client_for):
    client = client_for(personas.mentee)
    for starts_at in (utc(2026, 12, 2, 14), utc(2026, 12, 2, 12, 10), utc(2026, 12, 3, 12)):
        assert book(client, relationship, starts_at).status_code == 409
    assert book(client, relationship, WEDNESDAY_9_SAO_PAULO, minutes=10).status_code == 422
    assert not Meeting.objects.exists()


@pytest.mark.django_db
def test_the_weekly_maximum_closes_a_week_once_reached(personas, mentor, relationship):
    services.set_availability(mentor, weekly_hours=[(2, "09:00", "11:00")], weekly_max=1)
    services.book(relationship, personas.mentee, WEDNESDAY_9_SAO_PAULO, 30)
    starts = services.free_slots_for(relationship, personas.mentee, 30)
    assert starts[0] == utc(2026, 12, 9, 12)


@pytest.mark.django_db
def test_people_outside_the_relationship_get_nothing_and_change_nothing(personas, relationship, client_for):
    for person, status in [(personas.outsider, 404), (personas.other_member, 404), (personas.coordinator, 404)]:
        client = client_for(person)
        assert client.get(slots_url(relationship)).status_code == status
        assert book(client, relationship, WEDNESDAY_9_SAO_PAULO).status_code == status
        assert client.get(reverse("availability:book", args=[relationship.pk])).status_code == status
        page = client.post(
            reverse("availability:book", args=[relationship.pk]),
            {"starts_at": WEDNESDAY_9_SAO_PAULO.isoformat(), "duration_minutes": "60"},
        )
        assert page.status_code == status
    assert client_for(personas.mentee).get(slots_url(relationship)).status_code == 200
    assert client_for(personas.outsider).get(f"/api/relationships/{relationship.pk + 99}/free-slots").status_code == 404
    assert not Meeting.objects.exists()


@pytest.mark.django_db
def test_the_booking_page_shows_both_clocks_and_books_with_one_click(personas, relationship, client_for):
    client = client_for(personas.mentee)
    url = reverse("availability:book", args=[relationship.pk])
    page = client.get(url, {"duration_minutes": "30"}).content.decode()
    assert "Wed 2 Dec 2026, 12:00 (Europe/Lisbon)" in page and "Wed 2 Dec 2026, 09:00 (America/Sao_Paulo)" in page
    assert 'value="2026-12-02T12:00:00+00:00"' in page
    response = client.post(url, {"starts_at": "2026-12-02T12:00:00+00:00", "duration_minutes": "30"})
    meeting = Meeting.objects.get()
    assert response.status_code == 302 and response["Location"] == meeting.get_absolute_url()
    assert meeting.duration_minutes == 30
    again = client.post(url, {"starts_at": "2026-12-02T12:00:00+00:00", "duration_minutes": "30"}, follow=True)
    assert "That time is no longer free for Marco Mentor: pick another one." in again.content.decode()
    assert Meeting.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_people_booking_the_same_slot_at_once_get_one_meeting(personas, mentor):
    bookers = [pair(make_person(f"b{i}@test.example", f"Booker {i}", seeking_mentors=True), mentor) for i in range(2)]
    barrier = threading.Barrier(len(bookers))
    outcomes = []

    def attempt(relationship):
        try:
            barrier.wait()
            services.book(relationship, relationship.mentee, WEDNESDAY_9_SAO_PAULO, 60)
            outcomes.append("booked")
        except DomainError as error:
            outcomes.append(error.code)
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(r,)) for r in bookers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["booked", "slot_taken"]
    assert Meeting.objects.filter(starts_at=WEDNESDAY_9_SAO_PAULO).count() == 1


@pytest.mark.django_db
def test_a_booking_and_its_cancellation_reach_webhook_subscribers(personas, relationship, client_for):
    WebhookSubscription.objects.create(
        owner=personas.mentor, url="https://hooks.example.org/in", events=["meeting.booked", "meeting.cancelled"]
    )
    client = client_for(personas.mentee)
    meeting_id = book(client, relationship, WEDNESDAY_9_SAO_PAULO).json()["id"]
    booked = WebhookDelivery.objects.get(event="meeting.booked").payload["data"]
    assert booked["meeting_id"] == meeting_id and booked["starts_at"] == "2026-12-02T12:00:00Z"
    assert (booked["booked_by"], booked["booked_with"]) == (personas.mentee.pk, personas.mentor.pk)
    assert not WebhookDelivery.objects.filter(event="meeting.cancelled").exists()

    body = json.dumps({"note": "Something came up"})
    assert client.post(f"/api/meetings/{meeting_id}/cancel", body, content_type="application/json").status_code == 200
    cancelled = WebhookDelivery.objects.get(event="meeting.cancelled").payload["data"]
    assert (cancelled["meeting_id"], cancelled["status"]) == (meeting_id, "cancelled")
    assert cancelled["cancelled_by"] == personas.mentee.pk
