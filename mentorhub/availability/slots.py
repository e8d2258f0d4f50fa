"""Free slots: when a person can be booked, from their weekly hours and what already fills their calendar.

Plain data in and out, no Django import, so it is easy to test, benchmark and reuse (like coach/ and
matching/scoring.py). The rules, as the availability page states them:

- Weekly hours are wall-clock ranges in the person's own timezone ("Mondays 09:00-12:00 and 14:00-17:00"). Each
  date is read on that date's clock, so 09:00 in Lisbon is 08:00 UTC in winter and 09:00 UTC in summer.
- Slots start every `step` minutes from the start of a range (on the wall clock) and must end, in real time,
  by the range's end. A wall-clock time skipped when clocks go forward is no slot; the hour repeated when clocks
  go back is offered once (its first occurrence); a range ending inside a skipped hour ends where the clock
  jumped. So a slot is never offered outside the hours the person set.
- A slot with its buffers around it (`buffer_before` minutes before, `buffer_after` after) must not overlap any
  busy interval: meetings already in the person's calendar and busy times from a calendar they subscribed.
- With a weekly maximum, a week (Monday to Sunday, on the person's clock) that already holds that many meetings
  offers no slot.
- Only slots that start at or after `start` and end by `end` are returned, in UTC, soonest first.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

Interval = tuple[datetime, datetime]
WeeklyHours = Mapping[int, Sequence[tuple[time, time]]]  # weekday (0 = Monday) -> wall-clock ranges


def wall_to_utc(day: date, at: time, zone: ZoneInfo) -> datetime | None:
    """The moment the wall clock in `zone` shows `at` on `day` (its first occurrence); None if the clock skips it."""
    local = datetime.combine(day, at, tzinfo=zone)
    moment = local.astimezone(UTC)
    if moment.astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        return None
    return moment


def range_end_utc(day: date, at: time, zone: ZoneInfo) -> datetime:
    """When a range ending at `at` on `day` ends: if the clock skips `at`, the moment it jumped."""
    if at == time(0):  # "until midnight": the start of the next day
        day += timedelta(days=1)
    moment = wall_to_utc(day, at, zone)
    if moment is not None:
        return moment
    # The two readings of a skipped time (old and new offset) fall on either side of the jump: halve the gap
    # between them down to the minute, which is as fine as any timezone's transitions are.
    naive = datetime.combine(day, at)
    before, after = sorted(naive.replace(tzinfo=zone, fold=f).astimezone(UTC) for f in (0, 1))
    offset = before.astimezone(zone).utcoffset()
    while after - before > timedelta(minutes=1):
        middle = before + (after - before) // 2
        if middle.astimezone(zone).utcoffset() == offset:
            before = middle
        else:
            after = middle
    return after


def merge(intervals: Iterable[Interval]) -> tuple[list[datetime], list[datetime]]:
    """Sorted, non-overlapping starts and ends of the union of the intervals."""
    starts: list[datetime] = []
    ends: list[datetime] = []
    for begin, finish in sorted(intervals):
        if starts and begin <= ends[-1]:
            ends[-1] = max(ends[-1], finish)
        else:
            starts.append(begin)
            ends.append(finish)
    return starts, ends


def free_slots(
    weekly_hours: WeeklyHours,
    zone: ZoneInfo,
    *,
    start: datetime,
    end: datetime,
    duration: timedelta,
    meetings: Iterable[Interval] = (),
    busy: Iterable[Interval] = (),
    buffer_before: timedelta = timedelta(0),
    buffer_after: timedelta = timedelta(0),
    weekly_max: int | None = None,
    step: timedelta = timedelta(minutes=30),
) -> list[datetime]:
    """The start of every free slot of `duration` between `start` and `end` (aware datetimes), in UTC.

    `meetings` are the person's scheduled meetings (busy, and counted against `weekly_max`); `busy` are other busy
    times. Intervals are (start, end) pairs of aware datetimes."""
    meetings = list(meetings)
    busy_starts, busy_ends = merge([*meetings, *busy])
    full_weeks = set()
    if weekly_max is not None:
        per_week = Counter(begin.astimezone(zone).isocalendar()[:2] for begin, _ in meetings)
        full_weeks = {week for week, count in per_week.items() if count >= weekly_max}
    # A day's ranges may reach past midnight UTC either way: look one local day beyond each end.
    day, last_day = start.astimezone(zone).date() - timedelta(days=1), end.astimezone(zone).date()
    found = []
    while day <= last_day:
        if day.isocalendar()[:2] not in full_weeks:
            for range_start, range_finish in weekly_hours.get(day.weekday(), ()):
                limit = min(range_end_utc(day, range_finish, zone), end)
                for moment in _starts(day, range_start, range_finish, zone, step):
                    finish = moment + duration
                    if finish > limit:
                        break
                    if moment < start:
                        continue
                    # The first busy interval that ends after the padded slot starts must start after it ends.
                    i = bisect_right(busy_ends, moment - buffer_before)
                    if i == len(busy_starts) or busy_starts[i] >= finish + buffer_after:
                        found.append(moment)
        day += timedelta(days=1)
    return sorted(set(found))


def _starts(day: date, range_start: time, range_finish: time, zone: ZoneInfo, step: timedelta):
    """Slot starts every `step` on the wall clock from the range's start, as moments, soonest first."""
    wall = datetime.combine(day, range_start)
    last_wall = datetime.combine(day + timedelta(days=1) if range_finish == time(0) else day, range_finish)
    first = wall_to_utc(day, range_start, zone)
    if first is not None and range_end_utc(day, range_finish, zone) - first == last_wall - wall:
        # No clock change inside the range (the usual case): wall-clock steps are real-time steps.
        moment = first
        while wall < last_wall:
            yield moment
            moment += step
            wall += step
        return
    while wall < last_wall:
        moment = wall_to_utc(wall.date(), wall.time(), zone)
        if moment is not None:
            yield moment
        wall += step
