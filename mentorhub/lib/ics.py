"""iCalendar for every app whose rows are events in people's calendars (meetings, informational interviews).

One event is one event everywhere: the same UID in every invitation, feed, download and CalDAV copy, and a SEQUENCE
that grows with each change, so calendar apps update or remove the event they already have instead of adding
another. Times are written in UTC, which every calendar app reads without a VTIMEZONE block.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parseaddr
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

from .calendars import Entry

PRODID = "-//Mentorship Hub//Calendar//EN"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    sequence: int
    starts_at: datetime
    ends_at: datetime
    summary: str
    # The lines of the description; `links_details` are the ones the Google and Outlook links carry.
    details: list[str]
    links_details: list[str]
    location: str
    url: str
    cancelled: bool = False


def _address(email: str, name: str, **params) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    address.params["cn"] = vText(name)
    for key, value in params.items():
        address.params[key.replace("_", "-").upper()] = vText(value)
    return address


def event(item: CalendarEvent, stamp: datetime, attendee=None) -> Event:
    """The VEVENT; with an `attendee` (a user), an invitation addressed to them alone."""
    vevent = Event()
    vevent.add("uid", item.uid)
    vevent.add("sequence", item.sequence)
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", item.starts_at.astimezone(UTC))
    vevent.add("dtend", item.ends_at.astimezone(UTC))
    vevent.add("summary", item.summary)
    vevent.add("description", "\n".join(item.details))
    vevent.add("location", item.location)
    vevent.add("url", item.url)
    vevent.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
    hub_name, hub_email = parseaddr(settings.DEFAULT_FROM_EMAIL)
    vevent.add("organizer", _address(hub_email, hub_name or "Mentorship Hub"))
    # Only the recipient: an invitation must not hand one person the other's email address.
    if attendee is not None:
        vevent.add(
            "attendee",
            _address(
                attendee.email, attendee.profile.name, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="FALSE"
            ),
        )
    return vevent


def calendar(method: str | None) -> Calendar:
    made = Calendar()
    made.add("prodid", PRODID)
    made.add("version", "2.0")
    if method:
        made.add("method", method)
    return made


def single(item: CalendarEvent) -> bytes:
    """One event to open in a calendar app (Apple Calendar, or any other): published, not an invitation, with the
    UID of the feed and the invitations, so importing it again updates the same event."""
    made = calendar("PUBLISH")
    made.add_component(event(item, timezone.now()))
    return made.to_ical()


def entry(item: CalendarEvent, stamp: datetime) -> Entry:
    """The event as it is stored in a person's calendar (lib/calendars.py)."""
    # A stored calendar object carries no METHOD: it is the event itself, not a message about it.
    made = calendar(None)
    made.add_component(event(item, stamp))
    return Entry(item.uid, item.sequence, item.ends_at, made.to_ical())


def add_to_calendar_links(item: CalendarEvent) -> dict[str, str]:
    """ "Add to Google" and "Add to Outlook" addresses (those services read the event from the address; Apple
    Calendar opens the .ics download instead)."""
    start, end = item.starts_at.astimezone(UTC), item.ends_at.astimezone(UTC)
    details = "\n".join(item.links_details)
    google = {
        "action": "TEMPLATE",
        "text": item.summary,
        "dates": f"{start:%Y%m%dT%H%M%SZ}/{end:%Y%m%dT%H%M%SZ}",
        "details": details,
        "location": item.location,
    }
    outlook = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": item.summary,
        "startdt": f"{start:%Y-%m-%dT%H:%M:%SZ}",
        "enddt": f"{end:%Y-%m-%dT%H:%M:%SZ}",
        "body": details,
        "location": item.location,
    }
    return {
        "google": "https://calendar.google.com/calendar/render?" + urlencode(google),
        "outlook": "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(outlook),
    }
