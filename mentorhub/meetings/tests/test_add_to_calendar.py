"""Every scheduled meeting can go into any calendar: Google and Outlook links, and an .ics of that one meeting
(what Apple Calendar opens) with the same UID as the invitations and the feed. A video meeting with no link uses
a person's usual video-call room."""

import html
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from icalendar import Calendar

from mentorhub.meetings import services
from mentorhub.meetings.tests.helpers import at, invitations

pytestmark = pytest.mark.django_db


def links_on(page: str) -> dict[str, dict]:
    found = {}
    for start in ("https://calendar.google.com/", "https://outlook.live.com/"):
        raw = page.split(f'href="{start}', 1)[1].split('"', 1)[0]
        found[start] = parse_qs(urlsplit(start + html.unescape(raw)).query)
    return found


def test_a_scheduled_meeting_offers_google_outlook_and_apple(client_for, personas, scheduled):
    page = client_for(personas.mentee).get(scheduled.get_absolute_url()).content.decode()
    links = links_on(page)
    start, end = at(days=5, hour=10), at(days=5, hour=10, hours=0)
    google = links["https://calendar.google.com/"]
    assert google["dates"] == [f"{start:%Y%m%dT%H%M%SZ}/{scheduled.ends_at:%Y%m%dT%H%M%SZ}"]
    assert google["text"] == ["Getting to know each other: Maya Mentee & Marco Mentor"]
    assert "Join: https://meet.example/x" in google["details"][0]
    outlook = links["https://outlook.live.com/"]
    assert outlook["startdt"] == [f"{end:%Y-%m-%dT%H:%M:%SZ}"] and outlook["location"] == ["https://meet.example/x"]
    assert reverse("meetings:download", args=[scheduled.pk]) in page


def test_the_ics_download_is_that_one_meeting_with_the_invitation_uid(client_for, personas, scheduled):
    moved = services.reschedule(scheduled, personas.mentor, at(days=6, hour=11))
    response = client_for(personas.mentee).get(reverse("meetings:download", args=[scheduled.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="meeting-{scheduled.pk}.ics"'
    [event] = Calendar.from_ical(response.content).walk("VEVENT")
    [invited] = [i["event"] for i in invitations("mentee@test.example") if i["event"]["SEQUENCE"] == 1]
    assert str(event["UID"]) == str(invited["UID"]) == moved.uid
    assert event["SEQUENCE"] == 1 and event.decoded("DTSTART") == at(days=6, hour=11)


def test_no_calendar_links_for_strangers_or_for_times_not_fixed(client_for, personas, relationship, scheduled):
    for person in (personas.outsider, personas.other_member):
        assert client_for(person).get(reverse("meetings:download", args=[scheduled.pk])).status_code == 404
    proposed = services.propose_times(relationship, personas.mentee, [at(days=9, hour=9)])
    client = client_for(personas.mentee)
    assert "calendar.google.com" not in client.get(proposed.get_absolute_url()).content.decode()
    response = client.get(reverse("meetings:download", args=[proposed.pk]))
    assert response.status_code == 302 and response["Location"] == proposed.get_absolute_url()


def test_a_video_meeting_without_a_link_uses_the_organisers_room_else_the_other_persons(personas, relationship):
    relationship.mentor.profile.video_link = "https://meet.example/marco"
    relationship.mentor.profile.save()
    booked = services.schedule_meeting(relationship, personas.mentee, at(days=3, hour=9))
    assert booked.video_link == "https://meet.example/marco"
    personas.mentee.profile.video_link = "https://meet.example/maya"
    personas.mentee.profile.save()
    assert services.schedule_meeting(relationship, personas.mentee, at(days=4, hour=9)).video_link.endswith("/maya")
    named = services.schedule_meeting(
        relationship, personas.mentee, at(days=5, hour=9), video_link="https://x.example/y"
    )
    assert named.video_link == "https://x.example/y"
    phone = services.schedule_meeting(relationship, personas.mentee, at(days=6, hour=9), format="phone")
    assert phone.video_link == ""
