from datetime import timedelta

from django.core import mail
from django.utils import timezone
from icalendar import Calendar


def at(days=0, hours=0, hour=None):
    """A moment from now; with `hour`, that hour of the day in UTC (whole hours read well in assertions)."""
    moment = timezone.now() + timedelta(days=days, hours=hours)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0) if hour is not None else moment


def invitations(to=None) -> list[dict]:
    """The calendar invitations in the outbox: recipient, subject, the part's MIME type and its one event."""
    found = []
    for message in mail.outbox:
        for content, mimetype in message.alternatives:
            if mimetype.startswith("text/calendar") and (to is None or message.to == [to]):
                calendar = Calendar.from_ical(content)
                [event] = calendar.walk("VEVENT")
                found.append(
                    {
                        "to": message.to[0],
                        "subject": message.subject,
                        "mimetype": mimetype,
                        "method": str(calendar["METHOD"]),
                        "event": event,
                        "message": message,
                    }
                )
    return found
