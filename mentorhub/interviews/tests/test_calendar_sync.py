"""Informational interviews in people's own calendars, against a real Radicale server started by these tests: a
booked or accepted interview appears in the CalDAV calendars of both people (those who connected one) and leaves
them when cancelled; and the interview page offers Add to Google / Outlook / Apple and an .ics download."""

from datetime import timedelta

import pytest

from mentorhub.availability import caldav_sync
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
