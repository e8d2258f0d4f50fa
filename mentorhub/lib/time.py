"""Time as a person lives it: their timezone, their "today" (a moment written for them: lib.i18n.local_label).

No Django import, so pure modules (the matching score, the coaches) can use it too. "Now" is `datetime.now(UTC)`,
which is what `django.utils.timezone.now()` returns with USE_TZ, and what time_machine moves in tests.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

__all__ = [
    "UTC_ZONE", "local_now", "today_for", "utc_offset_hours", "zone_named", "zone_names", "zone_of",
]  # fmt: skip

UTC_ZONE = ZoneInfo("UTC")
# Every way ZoneInfo refuses a name: unknown, empty or path-like (ValueError), None (TypeError), a folder such as
# "America" (OSError).
_BAD_NAME = (ZoneInfoNotFoundError, ValueError, TypeError, OSError)


@cache
def zone_names() -> frozenset[str]:
    """Every IANA zone name, to check what a person typed or a file holds. Listing them reads the whole zone
    database (tens of milliseconds), so it happens once per process, not once per CSV row."""
    return frozenset(available_timezones())


def _zone_or_none(name) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except _BAD_NAME:
        return None


def zone_named(name) -> ZoneInfo:
    """The timezone with this IANA name; UTC when the name is empty or names no zone (a stale or mistyped value
    must not break a page or an email)."""
    return _zone_or_none(name) or UTC_ZONE


def zone_of(person) -> ZoneInfo:
    """The timezone on the person's profile; UTC when they have no profile or its zone is empty or unknown."""
    return zone_named(getattr(getattr(person, "profile", None), "timezone", None))


def local_now(person, now: datetime | None = None) -> datetime:
    """`now` (default: this moment) on the person's own clock."""
    return (now or datetime.now(UTC)).astimezone(zone_of(person))


def today_for(person, now: datetime | None = None) -> date:
    """The date on the person's calendar: in Auckland it is already tomorrow for hours after UTC midnight."""
    return local_now(person, now).date()


def utc_offset_hours(name, at: datetime) -> float:
    """Hours ahead of UTC of the zone with this name at that moment (daylight saving included); NaN when the name
    is not a zone, so an unknown zone is never mistaken for UTC."""
    zone = _zone_or_none(name)
    if zone is None:
        return math.nan
    return at.astimezone(zone).utcoffset().total_seconds() / 3600
