"""iCalendar for meetings: invitations by email (METHOD REQUEST or CANCEL) and each person's subscription feed.

One meeting is one event everywhere: the same UID in every invitation and in the feed, and a SEQUENCE that grows
with each change, so calendar apps update or remove the event they already have instead of adding another.
Times are written in UTC, which every calendar app reads without a VTIMEZONE block.
"""

from datetime import UTC, datetime
from email.utils import parseaddr

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

from .models import Meeting

PRODID = "-//Mentorship Hub//Meetings//EN"


def _address(email: str, name: str, **params) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    address.params["cn"] = vText(name)
    for key, value in params.items():
        address.params[key.replace("_", "-").upper()] = vText(value)
    return address


def _event(meeting: Meeting, stamp: datetime, attendee=None) -> Event:
    relationship = meeting.relationship
    mentee, mentor = relationship.mentee, relationship.mentor
    url = settings.SITE_URL + meeting.get_absolute_url()
    event = Event()
    event.add("uid", meeting.uid)
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", meeting.starts_at.astimezone(UTC))
    event.add("dtend", meeting.ends_at.astimezone(UTC))
    event.add("summary", f"{meeting.title}: {mentee.profile.name} & {mentor.profile.name}")
    details = [f"{meeting.get_format_display()}.", f"Agenda, notes and action items: {url}"]
    if meeting.video_link:
        details.insert(1, f"Join: {meeting.video_link}")
    event.add("description", "\n".join(details))
    event.add("location", meeting.where)
    event.add("url", url)
    event.add("status", "CANCELLED" if meeting.status == Meeting.CANCELLED else "CONFIRMED")
    hub_name, hub_email = parseaddr(settings.DEFAULT_FROM_EMAIL)
    event.add("organizer", _address(hub_email, hub_name or "Mentorship Hub"))
    # Only the recipient: an invitation must not hand one person the other's email address.
    if attendee is not None:
        event.add(
            "attendee",
            _address(
                attendee.email, attendee.profile.name, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="FALSE"
            ),
        )
    return event


def _calendar(method: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    return calendar


def invitation(meeting: Meeting, person) -> tuple[str, bytes]:
    """The method (REQUEST or CANCEL) and the iCalendar for one person's invitation to the meeting as it is now."""
    method = "CANCEL" if meeting.status == Meeting.CANCELLED else "REQUEST"
    calendar = _calendar(method)
    calendar.add_component(_event(meeting, timezone.now(), attendee=person))
    return method, calendar.to_ical()


def feed(person, meetings) -> bytes:
    """A subscription calendar: calendar apps poll it, so cancelled meetings stay in it, marked CANCELLED.
    Meetings whose time is still only proposed have no place in a calendar yet and are left out."""
    calendar = _calendar("PUBLISH")
    calendar.add("x-wr-calname", f"Mentorship Hub: {person.profile.name}")
    calendar.add("x-published-ttl", "PT1H")
    stamp = timezone.now()
    for meeting in meetings:
        if meeting.starts_at is not None:
            calendar.add_component(_event(meeting, stamp))
    return calendar.to_ical()
