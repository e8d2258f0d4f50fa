"""iCalendar for meetings: invitations by email (METHOD REQUEST or CANCEL) and each person's subscription feed.

One meeting is one event everywhere: the same UID in every invitation and in the feed, and a SEQUENCE that grows
with each change, so calendar apps update or remove the event they already have instead of adding another.
Times are written in UTC, which every calendar app reads without a VTIMEZONE block.
"""

from datetime import UTC, datetime, timedelta
from email.utils import parseaddr
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

from mentorhub.lib.calendars import Entry

from .models import Meeting

PRODID = "-//Mentorship Hub//Meetings//EN"


def _address(email: str, name: str, **params) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    address.params["cn"] = vText(name)
    for key, value in params.items():
        address.params[key.replace("_", "-").upper()] = vText(value)
    return address


def summary(meeting: Meeting) -> str:
    relationship = meeting.relationship
    return f"{meeting.title}: {relationship.mentee.profile.name} & {relationship.mentor.profile.name}"


def _event(meeting: Meeting, stamp: datetime, attendee=None) -> Event:
    url = settings.SITE_URL + meeting.get_absolute_url()
    event = Event()
    event.add("uid", meeting.uid)
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", meeting.starts_at.astimezone(UTC))
    event.add("dtend", meeting.ends_at.astimezone(UTC))
    event.add("summary", summary(meeting))
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


def _calendar(method: str | None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if method:
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


def single(meeting: Meeting) -> bytes:
    """One meeting to open in a calendar app (Apple Calendar, or any other): published, not an invitation, with the
    UID of the feed and the invitations, so importing it again updates the same event."""
    calendar = _calendar("PUBLISH")
    calendar.add_component(_event(meeting, timezone.now()))
    return calendar.to_ical()


def calendar_entries(person, since: datetime) -> list[Entry]:
    """The person's meetings as they belong in their own calendar (lib/calendars.py): scheduled or held, ending
    after `since`. A cancelled meeting is not among them, so the sync removes it."""
    meetings = (
        Meeting.objects.involving(person)
        .filter(status__in=[Meeting.SCHEDULED, Meeting.HELD], starts_at__gte=since - timedelta(minutes=240))
        .select_related("relationship__mentee__profile", "relationship__mentor__profile")
    )
    stamp = timezone.now()
    entries = []
    for meeting in meetings:
        if meeting.ends_at > since:
            # A stored calendar object carries no METHOD: it is the event itself, not a message about it.
            calendar = _calendar(None)
            calendar.add_component(_event(meeting, stamp))
            entries.append(Entry(meeting.uid, meeting.sequence, meeting.ends_at, calendar.to_ical()))
    return entries


def _details(meeting: Meeting) -> str:
    lines = [f"Agenda, notes and action items: {settings.SITE_URL}{meeting.get_absolute_url()}"]
    if meeting.video_link:
        lines.insert(0, f"Join: {meeting.video_link}")
    return "\n".join(lines)


def add_to_calendar_links(meeting: Meeting) -> dict[str, str]:
    """ "Add to Google" and "Add to Outlook" addresses for a scheduled meeting (those services read the event from
    the address; Apple Calendar opens the .ics download instead)."""
    start, end = meeting.starts_at.astimezone(UTC), meeting.ends_at.astimezone(UTC)
    google = {
        "action": "TEMPLATE",
        "text": summary(meeting),
        "dates": f"{start:%Y%m%dT%H%M%SZ}/{end:%Y%m%dT%H%M%SZ}",
        "details": _details(meeting),
        "location": meeting.where,
    }
    outlook = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": summary(meeting),
        "startdt": f"{start:%Y-%m-%dT%H:%M:%SZ}",
        "enddt": f"{end:%Y-%m-%dT%H:%M:%SZ}",
        "body": _details(meeting),
        "location": meeting.where,
    }
    return {
        "google": "https://calendar.google.com/calendar/render?" + urlencode(google),
        "outlook": "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(outlook),
    }
