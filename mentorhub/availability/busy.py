"""Busy times from a calendar a person subscribed (an iCalendar document): plain data out, no Django import.

Every event that blocks time counts: not marked free (TRANSP:TRANSPARENT) and not cancelled. An all-day event
blocks its whole days on the person's clock. A repeating event (RRULE) counts at each occurrence, on its own
clock (so a weekly 09:00 stays 09:00 across daylight-saving changes), except its EXDATEs. Times are returned in
UTC, only those that touch [start, end).
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar

Interval = tuple[datetime, datetime]


def _moment(value, zone: ZoneInfo) -> datetime:
    if isinstance(value, datetime):
        # A floating time (no zone) is on the calendar owner's clock.
        return (value if value.tzinfo else value.replace(tzinfo=zone)).astimezone(UTC)
    if isinstance(value, date):
        return datetime.combine(value, time(0), tzinfo=zone).astimezone(UTC)
    raise ValueError("not a date or time")


def busy_intervals(document: bytes, zone: ZoneInfo, start: datetime, end: datetime) -> list[Interval]:
    """Raises ValueError when the document is not an iCalendar."""
    calendar = Calendar.from_ical(document)
    found = []
    for event in calendar.walk("VEVENT"):
        if str(event.get("TRANSP", "")).upper() == "TRANSPARENT" or str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        if "DTSTART" not in event:
            continue
        begins = event.decoded("DTSTART")
        if "DTEND" in event:
            ends = event.decoded("DTEND")
        elif "DURATION" in event:
            ends = begins + event.decoded("DURATION")
        else:
            ends = begins + timedelta(days=1) if not isinstance(begins, datetime) else begins
        first = (_moment(begins, zone), _moment(ends, zone))
        length = first[1] - first[0]
        for moment in _occurrences(event, begins, zone, start - length, end) if "RRULE" in event else [first[0]]:
            if moment < end and moment + length > start and length > timedelta(0):
                found.append((moment, moment + length))
    return sorted(found)


def _occurrences(event, begins, zone: ZoneInfo, start: datetime, end: datetime) -> list[datetime]:
    """The starts of a repeating event between `start` and `end`, in UTC, on the event's own clock."""
    if not isinstance(begins, datetime):
        begins = datetime.combine(begins, time(0))
    if begins.tzinfo is None:
        begins = begins.replace(tzinfo=zone)
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=begins)
    excluded = set()
    for exdate in event.get("EXDATE", []) if isinstance(event.get("EXDATE"), list) else [event.get("EXDATE")]:
        if exdate is not None:
            excluded |= {_moment(d.dt, zone) for d in exdate.dts}
    found = []
    for occurrence in rule.xafter(start.astimezone(begins.tzinfo), inc=True):
        moment = occurrence.astimezone(UTC)
        if moment >= end:
            break
        if moment not in excluded:
            found.append(moment)
    return found
