"""Busy times from a calendar a person subscribed (an iCalendar document): plain data out, no Django import.

Every event that blocks time counts: not marked free (TRANSP:TRANSPARENT) and not cancelled. An all-day event
blocks its whole days on the person's clock. Times are returned in UTC, only those that touch [start, end).
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

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
        interval = (_moment(begins, zone), _moment(ends, zone))
        if interval[0] < end and interval[1] > start and interval[1] > interval[0]:
            found.append(interval)
    return sorted(found)
