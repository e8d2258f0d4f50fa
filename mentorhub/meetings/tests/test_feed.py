import re

import pytest
from django.conf import settings
from django.test import Client
from icalendar import Calendar

from mentorhub.meetings import services
from mentorhub.meetings.tests.helpers import at

pytestmark = pytest.mark.django_db


def create_feed(client):
    page = client.post("/meetings/feed/new/").content.decode()
    return re.search(r'<p class="token" id="feed-url">(http[^<]+)</p>', page).group(1)


def test_the_feed_opens_in_a_calendar_parser_and_lists_the_meetings(client_for, personas, relationship, scheduled):
    services.log_meeting(relationship, personas.mentee, at(days=-10, hour=9))
    cancelled = services.schedule_meeting(relationship, personas.mentee, at(days=8, hour=9))
    services.cancel_meeting(cancelled, personas.mentee)
    services.propose_times(relationship, personas.mentee, [at(days=12)])  # no time yet: not in the calendar
    url = create_feed(client_for(personas.mentee))
    response = Client().get(url.removeprefix(settings.SITE_URL))  # calendar apps have no session
    assert response.status_code == 200 and response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["METHOD"]) == "PUBLISH" and "Maya Mentee" in str(calendar["X-WR-CALNAME"])
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 3
    assert events[scheduled.uid].decoded("DTSTART") == scheduled.starts_at
    assert str(events[cancelled.uid]["STATUS"]) == "CANCELLED"
    assert b"mentor@test.example" not in response.content  # names, never the other person's address


def test_each_person_has_their_own_address_and_a_new_one_revokes_the_old(client_for, personas, scheduled):
    mentee = client_for(personas.mentee)
    first = create_feed(mentee).removeprefix(settings.SITE_URL)
    second = create_feed(mentee).removeprefix(settings.SITE_URL)
    assert Client().get(first).status_code == 404
    assert Client().get(second).status_code == 200
    mentor_feed = create_feed(client_for(personas.mentor)).removeprefix(settings.SITE_URL)
    assert b"Marco Mentor" in Client().get(mentor_feed).content
    mentee.post("/meetings/feed/revoke/")
    assert Client().get(second).status_code == 404


def test_a_guessed_address_finds_nothing(client):
    assert client.get("/meetings/feed/not-a-real-token.ics").status_code == 404


def test_the_feed_leaves_out_meetings_older_than_six_months(client_for, personas, relationship):
    old = services.log_meeting(relationship, personas.mentee, at(days=-200))
    recent = services.log_meeting(relationship, personas.mentee, at(days=-20))
    uids = [m.uid for m in services.feed_meetings(personas.mentee)]
    assert recent.uid in uids and old.uid not in uids
    assert services.feed_meetings(personas.outsider).count() == 0
