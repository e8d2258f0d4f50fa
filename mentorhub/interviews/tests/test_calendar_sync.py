"""Informational interviews in people's own calendars, against a real Radicale server started by these tests: a
booked or accepted interview appears in the CalDAV calendars of both people (those who connected one) and leaves
them when cancelled; and the interview page offers Add to Google / Outlook / Apple and an .ics download."""

import html
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from icalendar import Calendar

from mentorhub.availability import caldav_sync
from mentorhub.interviews import services
from mentorhub.interviews.ics import uid
from mentorhub.interviews.models import InformationalInterview

from .conftest import BODY, WEDNESDAY_9

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def allow_loopback(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = True  # the operator's switch: Radicale listens on 127.0.0.1


@pytest.fixture
def calendars(radicale, personas, marco):
    """Marco's and Maya's own calendars, connected."""
    made = {"marco": radicale.calendar("ana"), "maya": radicale.calendar("ben")}
    caldav_sync.connect(personas.mentor, str(made["marco"].url), "ana", radicale.password)
    caldav_sync.connect(personas.mentee, str(made["maya"].url), "ben", radicale.password)
    return made


def in_calendar(radicale, calendar) -> dict:
    return {
        str(e["UID"]): (str(e["SUMMARY"]), e.decoded("DTSTART"), e.decoded("DTEND")) for e in radicale.events(calendar)
    }


def test_a_booked_interview_appears_in_both_calendars_and_leaves_them_when_cancelled(
    personas, contact, calendars, radicale, client_for, django_capture_on_commit_callbacks
):
    form = {"subject": "A 20-minute call?", "body": BODY, "how": "book", "starts_at": WEDNESDAY_9.isoformat()}
    with django_capture_on_commit_callbacks(execute=True):
        booked = client_for(personas.mentee).post(f"/interviews/ask/{contact.pk}/", form)
    interview = InformationalInterview.objects.get()
    assert booked.status_code == 302 and interview.status == "scheduled"
    expected = {
        uid(interview): (
            "Informational interview: Maya Mentee & Marco Mentor",
            WEDNESDAY_9,
            WEDNESDAY_9 + timedelta(minutes=20),
        )
    }
    assert in_calendar(radicale, calendars["marco"]) == expected
    assert in_calendar(radicale, calendars["maya"]) == expected

    with django_capture_on_commit_callbacks(execute=True):
        cancelled = client_for(personas.mentor).post(f"/interviews/{interview.pk}/cancel/")
    assert cancelled.status_code == 302
    assert in_calendar(radicale, calendars["marco"]) == {}
    assert in_calendar(radicale, calendars["maya"]) == {}


def test_proposed_times_stay_out_of_the_calendar_until_one_is_accepted(
    personas, contact, calendars, radicale, client_for, django_capture_on_commit_callbacks
):
    form = {"subject": "A call?", "body": BODY, "how": "propose", "proposed_1": "2026-12-03T14:00"}
    with django_capture_on_commit_callbacks(execute=True):
        client_for(personas.mentee).post(f"/interviews/ask/{contact.pk}/", form)
    interview = InformationalInterview.objects.get()
    assert interview.status == "requested" and in_calendar(radicale, calendars["marco"]) == {}

    with django_capture_on_commit_callbacks(execute=True):
        client_for(personas.mentor).post(
            f"/interviews/{interview.pk}/accept/", {"starts_at": "2026-12-03T14:00:00+00:00"}
        )
    [(_, starts_at, _)] = in_calendar(radicale, calendars["marco"]).values()
    assert starts_at.isoformat() == "2026-12-03T14:00:00+00:00"
    assert list(in_calendar(radicale, calendars["maya"])) == [uid(interview)]


def links_on(page: str) -> dict[str, dict]:
    found = {}
    for start in ("https://calendar.google.com/", "https://outlook.live.com/"):
        raw = page.split(f'href="{start}', 1)[1].split('"', 1)[0]
        found[start] = parse_qs(urlsplit(start + html.unescape(raw)).query)
    return found


def test_a_booked_interview_offers_google_outlook_and_apple_to_both_people_only(personas, contact, client_for):
    maya, marco = personas.mentee, personas.mentor
    maya.profile.video_link = "https://meet.example/maya"  # Marco has no room of his own: the asker's is used
    maya.profile.save()
    interview = services.request_interview(maya, contact, subject="A call?", body=BODY, starts_at=WEDNESDAY_9)
    download = reverse("interviews:download", args=[interview.pk])
    for person in (maya, marco):
        page = client_for(person).get(interview.get_absolute_url()).text
        google = links_on(page)["https://calendar.google.com/"]
        assert google["dates"] == ["20261202T090000Z/20261202T092000Z"]
        assert google["text"] == ["Informational interview: Maya Mentee & Marco Mentor"]
        assert "Join: https://meet.example/maya" in google["details"][0]
        assert links_on(page)["https://outlook.live.com/"]["location"] == ["https://meet.example/maya"]
        assert download in page

        response = client_for(person).get(download)
        assert response.status_code == 200 and response["Content-Type"] == "text/calendar; charset=utf-8"
        [event] = Calendar.from_ical(response.content).walk("VEVENT")
        assert str(event["UID"]) == uid(interview) and event.decoded("DTSTART") == WEDNESDAY_9
    assert client_for(personas.outsider).get(download).status_code == 404


def test_no_calendar_links_before_a_time_is_agreed_or_once_cancelled(personas, contact, client_for):
    interview = services.request_interview(
        personas.mentee, contact, subject="A call?", body=BODY, proposed_times=[WEDNESDAY_9]
    )
    client = client_for(personas.mentee)
    download = reverse("interviews:download", args=[interview.pk])
    assert "calendar.google.com" not in client.get(interview.get_absolute_url()).text
    response = client.get(download)
    assert response.status_code == 302 and response["Location"] == interview.get_absolute_url()
    booked = services.accept_time(interview, personas.mentor, WEDNESDAY_9)
    services.cancel(booked, personas.mentor)
    assert "calendar.google.com" not in client.get(interview.get_absolute_url()).text
    assert client.get(download).status_code == 302
