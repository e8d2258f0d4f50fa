"""CalDAV two-way sync against a real Radicale server started by these tests: meetings appear in a person's calendar,
change with it and leave it when cancelled; its busy events leave their free slots; a calendar that fails is shown
to its owner, never a 500; the address rules of webhooks apply and the app password is kept encrypted."""

import json
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse

from mentorhub.availability import caldav_sync, services, yourdata
from mentorhub.availability.models import CalendarConnection
from mentorhub.lib import sweepers
from mentorhub.lib.errors import DomainError
from mentorhub.meetings.models import Meeting
from mentorhub.meetings.services.scheduling import cancel_meeting, reschedule
from mentorhub.relationships import services as relationships

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)  # a Tuesday; Marco (London) is free Wednesdays 09:00-11:00 UTC
WEDNESDAY_9 = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def allow_loopback(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = True  # the operator's switch: Radicale listens on 127.0.0.1


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=True):
        yield


@pytest.fixture
def relationship(personas):
    services.set_availability(personas.mentor, weekly_hours=[(2, "09:00", "11:00")])
    request = relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering a call.")
    return relationships.accept_request(request.pk, personas.mentor)


@pytest.fixture
def calendar(radicale, personas):
    """Marco's own calendar, connected."""
    made = radicale.calendar("ana")
    caldav_sync.connect(personas.mentor, str(made.url), "ana", radicale.password)
    return made


def summaries(radicale, calendar):
    return {str(e["UID"]): (str(e["SUMMARY"]), e.decoded("DTSTART")) for e in radicale.events(calendar)}


def test_a_booked_meeting_appears_in_the_calendar_moves_with_it_and_leaves_when_cancelled(
    personas, relationship, calendar, radicale, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        meeting = services.book(relationship, personas.mentee, WEDNESDAY_9, 60, title="CV review")
    assert summaries(radicale, calendar) == {meeting.uid: ("CV review: Maya Mentee & Marco Mentor", WEDNESDAY_9)}

    later = WEDNESDAY_9 + timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        reschedule(meeting, personas.mentee, starts_at=later)
    assert summaries(radicale, calendar)[meeting.uid][1] == later

    with django_capture_on_commit_callbacks(execute=True):
        cancel_meeting(Meeting.objects.get(pk=meeting.pk), personas.mentee, note="Ill")
    assert summaries(radicale, calendar) == {}
    assert CalendarConnection.objects.get(person=personas.mentor).sync_error == ""


def test_busy_events_in_the_calendar_leave_the_free_slots(personas, relationship, radicale):
    made = radicale.calendar("ben")
    made.save_event(
        dtstart=WEDNESDAY_9, dtend=WEDNESDAY_9 + timedelta(hours=1), summary="Dentist", uid="dentist@elsewhere"
    )
    made.save_event(
        dtstart=WEDNESDAY_9 + timedelta(hours=1),
        dtend=WEDNESDAY_9 + timedelta(hours=2),
        summary="Free to talk",
        uid="free@elsewhere",
        transp="TRANSPARENT",
    )
    before = services.free_slots_of(personas.mentor, 30)
    caldav_sync.connect(personas.mentor, str(made.url), "ben", radicale.password)
    after = services.free_slots_of(personas.mentor, 30)
    assert WEDNESDAY_9 in before and WEDNESDAY_9 not in after
    assert WEDNESDAY_9 + timedelta(hours=1) in after  # marked free in the calendar: still offered
    assert [s for s in before if s.date() != WEDNESDAY_9.date()] == [s for s in after if s.date() != WEDNESDAY_9.date()]


def test_the_sweeper_brings_in_a_busy_event_added_later(personas, relationship, calendar, radicale):
    assert WEDNESDAY_9 in services.free_slots_of(personas.mentor, 30)
    calendar.save_event(dtstart=WEDNESDAY_9, dtend=WEDNESDAY_9 + timedelta(hours=2), summary="Offsite", uid="o@x")
    with time_machine.travel(NOW + timedelta(minutes=31), tick=True):
        assert sweepers.run_all()["availability.caldav"] == 1
        assert WEDNESDAY_9 not in services.free_slots_of(personas.mentor, 30)


def test_a_wrong_password_or_a_missing_calendar_is_refused_and_nothing_is_saved(personas, radicale):
    made = radicale.calendar("cleo")
    with pytest.raises(DomainError, match="refused the user name or app password"):
        caldav_sync.connect(personas.mentor, str(made.url), "cleo", "not-the-password")
    with pytest.raises(DomainError, match="no calendar at that address"):
        caldav_sync.connect(personas.mentor, radicale.url + "cleo/nothing-here/", "cleo", radicale.password)
    assert not CalendarConnection.objects.exists()


def test_a_private_address_is_refused_like_a_webhooks(personas, radicale, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = False
    made = radicale.calendar("cleo")
    with pytest.raises(DomainError, match="not a public internet address") as refused:
        caldav_sync.connect(personas.mentor, str(made.url), "cleo", radicale.password)
    assert refused.value.field == "caldav_url"
    assert not CalendarConnection.objects.exists() and radicale.events(made) == []


def test_the_app_password_is_stored_encrypted_and_left_out_of_the_export(personas, calendar, radicale):
    stored = CalendarConnection.objects.get(person=personas.mentor)
    assert radicale.password not in stored.password_sealed and stored.password_sealed
    (exported,) = yourdata.export(personas.mentor)["caldav_calendar.json"]
    assert exported["url"] == str(calendar.url) and "password_sealed" not in exported
    yourdata.erase(personas.mentor)
    assert not CalendarConnection.objects.exists()


def test_a_calendar_that_fails_later_is_shown_on_the_availability_page_and_keeps_the_last_busy_times(
    personas, relationship, calendar, radicale, client_for
):
    calendar.save_event(dtstart=WEDNESDAY_9, dtend=WEDNESDAY_9 + timedelta(hours=1), summary="Dentist", uid="d@x")
    caldav_sync.connect(personas.mentor, str(calendar.url), "ana", "")  # an empty password keeps the one we have
    calendar.delete()
    with time_machine.travel(NOW + timedelta(minutes=31), tick=True):
        sweepers.run_all()
    stored = CalendarConnection.objects.get(person=personas.mentor)
    assert "no calendar at that address" in stored.sync_error
    assert WEDNESDAY_9 not in services.free_slots_of(personas.mentor, 30)
    page = client_for(personas.mentor).get(reverse("availability:edit"))
    assert page.status_code == 200 and "no calendar at that address" in page.content.decode()


def test_disconnecting_takes_our_meetings_out_of_the_calendar(
    personas, relationship, calendar, radicale, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.book(relationship, personas.mentee, WEDNESDAY_9, 60)
    assert len(radicale.events(calendar)) == 1
    assert caldav_sync.disconnect(personas.mentor) is True
    assert radicale.events(calendar) == [] and not CalendarConnection.objects.exists()


def test_connecting_on_the_availability_page_shows_a_refusal_on_the_form_and_keeps_what_was_typed(
    personas, radicale, client_for
):
    made = radicale.calendar("dev")
    client = client_for(personas.mentor)
    form = {"caldav_url": str(made.url), "caldav_username": "dev", "caldav_password": "wrong"}
    refused = client.post(reverse("availability:connect_calendar"), form)
    assert refused.status_code == 200
    assert (
        "refused the user name or app password" in refused.content.decode()
        and str(made.url) in refused.content.decode()
    )
    assert not CalendarConnection.objects.exists()

    connected = client.post(reverse("availability:connect_calendar"), {**form, "caldav_password": radicale.password})
    assert connected.status_code == 302
    page = client.get(reverse("availability:edit")).content.decode()
    assert f"Connected to {made.url}" in page and radicale.password not in page
    assert client.post(reverse("availability:disconnect_calendar")).status_code == 302
    assert not CalendarConnection.objects.exists()


def test_nobody_else_sees_or_changes_a_persons_calendar_connection(personas, calendar, client_for):
    outsider = client_for(personas.outsider)
    assert str(calendar.url) not in outsider.get(reverse("availability:edit")).content.decode()
    outsider.post(reverse("availability:disconnect_calendar"))
    assert CalendarConnection.objects.filter(person=personas.mentor).exists()


def test_the_api_connects_shows_and_disconnects_the_calendar(personas, radicale, client_for):
    made = radicale.calendar("eve")
    client = client_for(personas.mentor)
    body = {"url": str(made.url), "username": "eve", "password": "wrong"}
    refused = client.put("/api/availability/me/caldav", json.dumps(body), content_type="application/json")
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "caldav_url"
    assert client.get("/api/availability/me").json()["caldav"] is None

    body["password"] = radicale.password
    assert (
        client.put("/api/availability/me/caldav", json.dumps(body), content_type="application/json").status_code == 200
    )
    shown = client.get("/api/availability/me").json()["caldav"]
    assert shown["url"] == str(made.url) and shown["sync_error"] == "" and "password" not in json.dumps(shown)
    assert client.delete("/api/availability/me/caldav").json() == {"removed_from_calendar": True}
    assert not CalendarConnection.objects.exists()


def test_a_calendar_being_synced_is_not_synced_by_a_second_worker_at_the_same_time(
    personas, relationship, calendar, radicale, django_capture_on_commit_callbacks
):
    # Another worker is in the middle of syncing Marco's calendar: it holds the lease.
    CalendarConnection.objects.filter(person=personas.mentor).update(leased_until=NOW + timedelta(minutes=5))
    with django_capture_on_commit_callbacks(execute=True):
        meeting = services.book(relationship, personas.mentee, WEDNESDAY_9, 60)
    assert radicale.events(calendar) == []  # left to the worker that holds it
    stored = CalendarConnection.objects.get(person=personas.mentor)
    assert stored.sync_due_at <= NOW + timedelta(minutes=1)  # still due: nothing of the change is lost
    with time_machine.travel(NOW + timedelta(minutes=16), tick=True):  # a lease left by a dead worker expires
        sweepers.run_all()
    assert [str(e["UID"]) for e in radicale.events(calendar)] == [meeting.uid]
