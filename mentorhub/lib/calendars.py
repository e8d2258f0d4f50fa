"""What belongs in a person's own calendar, for the apps that copy it there (CalDAV sync in `availability`).

An app whose rows are events in people's calendars (meetings; informational interviews) registers a provider in its
`AppConfig.ready()` and sends `changed` with the people concerned whenever one of those events is created, moved or
called off, inside the change's transaction. So the sync never needs to know the app, and an app lower in the
layers than `availability` never imports it.

An app that knows when people are free (`availability`) registers a finder: `free_time_for` asks it for a time
free for all of them near a target, for the recurring cadence's next meeting (meetings/services/scheduling.py).

A provider takes a person and a moment and returns the `Entry`s of that person's events that end after it and
should be in their calendar now (scheduled ones; a cancelled one is simply no longer returned).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.dispatch import Signal

# Sent with `people` (a list of users) whose calendar entries changed.
changed = Signal()


@dataclass(frozen=True)
class Entry:
    uid: str
    sequence: int
    ends_at: datetime
    # A whole iCalendar object (one VEVENT, no METHOD: RFC 4791 stores no METHOD in a calendar collection).
    document: bytes


providers = []


def register(provider) -> None:
    providers.append(provider)


def entries_of(person, since: datetime) -> dict[str, Entry]:
    """Every registered app's entries for the person, by UID."""
    return {entry.uid: entry for provider in providers for entry in provider(person, since)}


finders = []


def register_finder(finder) -> None:
    """`finder(people, duration_minutes, around, reach)` returns a start free for all the people, as near `around`
    as it finds within `reach` either side, or None (nobody set their free time, or no time is free for all)."""
    finders.append(finder)


def free_time_for(people, duration_minutes: int, around: datetime, reach: timedelta) -> datetime | None:
    for finder in finders:
        found = finder(people, duration_minutes, around, reach)
        if found is not None:
            return found
    return None
