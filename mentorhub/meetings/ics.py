"""iCalendar for meetings: invitations by email (METHOD REQUEST or CANCEL), each person's subscription feed, the
.ics download and the CalDAV copies, all built by lib/ics.py from one `CalendarEvent` per meeting."""

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from mentorhub.lib import ics
from mentorhub.lib.calendars import Entry

from .models import Meeting


def summary(meeting: Meeting) -> str:
    relationship = meeting.relationship
    return f"{meeting.title}: {relationship.mentee.profile.name} & {relationship.mentor.profile.name}"


def as_event(meeting: Meeting) -> ics.CalendarEvent:
    url = settings.SITE_URL + meeting.get_absolute_url()
    join = [f"Join: {meeting.video_link}"] if meeting.video_link else []
    where = [f"Agenda, notes and action items: {url}"]
    return ics.CalendarEvent(
        uid=meeting.uid,
        sequence=meeting.sequence,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        summary=summary(meeting),
        details=[f"{meeting.get_format_display()}.", *join, *where],
        links_details=[*join, *where],
        location=meeting.where,
        url=url,
        cancelled=meeting.status == Meeting.CANCELLED,
    )


def invitation(meeting: Meeting, person) -> tuple[str, bytes]:
    """The method (REQUEST or CANCEL) and the iCalendar for one person's invitation to the meeting as it is now."""
    method = "CANCEL" if meeting.status == Meeting.CANCELLED else "REQUEST"
    calendar = ics.calendar(method)
    calendar.add_component(ics.event(as_event(meeting), timezone.now(), attendee=person))
    return method, calendar.to_ical()


def feed(person, meetings) -> bytes:
    """A subscription calendar: calendar apps poll it, so cancelled meetings stay in it, marked CANCELLED.
    Meetings whose time is still only proposed have no place in a calendar yet and are left out."""
    calendar = ics.calendar("PUBLISH")
    calendar.add("x-wr-calname", f"Mentorship Hub: {person.profile.name}")
    calendar.add("x-published-ttl", "PT1H")
    stamp = timezone.now()
    for meeting in meetings:
        if meeting.starts_at is not None:
            calendar.add_component(ics.event(as_event(meeting), stamp))
    return calendar.to_ical()


def single(meeting: Meeting) -> bytes:
    return ics.single(as_event(meeting))


def calendar_entries(person, since: datetime) -> list[Entry]:
    """The person's meetings as they belong in their own calendar (lib/calendars.py): scheduled or held, ending
    after `since`. A cancelled meeting is not among them, so the sync removes it."""
    meetings = (
        Meeting.objects.involving(person)
        .filter(status__in=[Meeting.SCHEDULED, Meeting.HELD], starts_at__gte=since - timedelta(minutes=240))
        .select_related("relationship__mentee__profile", "relationship__mentor__profile")
    )
    stamp = timezone.now()
    return [ics.entry(as_event(meeting), stamp) for meeting in meetings if meeting.ends_at > since]


def add_to_calendar_links(meeting: Meeting) -> dict[str, str]:
    """ "Add to Google" and "Add to Outlook" addresses for a scheduled meeting."""
    return ics.add_to_calendar_links(as_event(meeting))
