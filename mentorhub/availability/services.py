"""Availability and booking.

Rules:
- A person's weekly hours are up to AVAILABILITY_RANGES_PER_DAY ranges a weekday, each starting before it ends
  (an end of 00:00 is midnight), not overlapping on the same day; buffers are 0 to AVAILABILITY_BUFFER_MAX_MINUTES.
- Free slots are offered from AVAILABILITY_MIN_NOTICE_HOURS ahead to AVAILABILITY_DAYS_AHEAD ahead, every
  AVAILABILITY_SLOT_STEP_MINUTES (slots.py has the maths). The person's scheduled meetings in any relationship
  are busy times, and count against their weekly maximum.
- A person may subscribe a private iCalendar address of their own calendar. It is fetched server-side with
  AVAILABILITY_CALENDAR_TIMEOUT_SECONDS and AVAILABILITY_CALENDAR_MAX_BYTES, to public addresses only unless
  WEBHOOKS_ALLOW_PRIVATE_TARGETS (lib/outbound.py: the webhooks' rules), when saved and then every
  AVAILABILITY_CALENDAR_REFRESH_MINUTES by the sweeper. Its busy events leave the person's free slots. A failed
  refresh keeps the last busy times and records why; a failed first fetch is refused and saves nothing.
- Inside a relationship either person books one of the other's free slots. Booking locks the booked person's
  profile row (like the mentor-capacity rule) and checks the slot again inside that lock, so two people booking
  the same slot at once get one meeting and one clear refusal. The meeting is scheduled by
  meetings.services.scheduling.schedule_meeting: invitations, nudges and webhooks as for any meeting, and a
  `meeting.booked` webhook event besides (who booked whom).
"""

import http.client
from datetime import datetime, time, timedelta
from itertools import pairwise

from django.conf import settings
from django.core.validators import URLValidator, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext

from mentorhub.lib import busytimes, outbound
from mentorhub.lib.errors import DomainError
from mentorhub.lib.i18n import in_language_of, local_label
from mentorhub.lib.time import zone_of
from mentorhub.meetings.models import Meeting
from mentorhub.meetings.services.scheduling import emit_meeting_event, schedule_meeting
from mentorhub.profiles.models import Profile
from mentorhub.relationships.models import Relationship

from . import busy, slots
from .models import WEEKDAYS, Availability, CalendarConnection


def availability_of(person) -> Availability:
    """The person's availability; an unsaved empty one (no hours, so no free slots) until they set it."""
    found = Availability.objects.filter(person=person).first()
    return found or Availability(person=person)


def _parse_time(value, field: str) -> time:
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    try:
        return time.fromisoformat(str(value)).replace(second=0, microsecond=0)
    except ValueError:
        raise DomainError(
            gettext("“{value}” is not a time: write it as 09:30.").format(value=value), field=field
        ) from None


def clean_hours(ranges) -> list[dict]:
    """Weekly hours as stored, sorted, from (weekday, start, end) triples; raises DomainError on `weekly_hours`."""
    by_day: dict[int, list[tuple[time, time]]] = {}
    for weekday, start, end in ranges:
        if weekday not in range(7):
            raise DomainError(gettext("A weekday is a number from 0 (Monday) to 6 (Sunday)."), field="weekly_hours")
        start, end = _parse_time(start, "weekly_hours"), _parse_time(end, "weekly_hours")
        if end != time(0) and end <= start:
            raise DomainError(
                gettext("{day}: {start}-{end} ends before it starts.").format(
                    day=WEEKDAYS[weekday], start=f"{start:%H:%M}", end=f"{end:%H:%M}"
                ),
                field="weekly_hours",
            )
        by_day.setdefault(weekday, []).append((start, end))
    stored = []
    for weekday in sorted(by_day):
        day = sorted(by_day[weekday])
        if len(day) > settings.AVAILABILITY_RANGES_PER_DAY:
            raise DomainError(
                gettext("{day}: at most {count} ranges a day.").format(
                    day=WEEKDAYS[weekday], count=settings.AVAILABILITY_RANGES_PER_DAY
                ),
                field="weekly_hours",
            )
        for (_, end), (next_start, _) in pairwise(day):
            if end == time(0) or next_start < end:
                raise DomainError(
                    gettext("{day}: two ranges overlap.").format(day=WEEKDAYS[weekday]), field="weekly_hours"
                )
        stored += [{"weekday": weekday, "start": f"{s:%H:%M}", "end": f"{e:%H:%M}"} for s, e in day]
    return stored


@transaction.atomic
def set_availability(
    person, *, weekly_hours, buffer_before_minutes=0, buffer_after_minutes=0, weekly_max=None, video_link=None
):
    """Replace the person's availability. `weekly_hours` is (weekday, start, end) triples, times or "HH:MM";
    `video_link` (None: unchanged) is their usual video-call room, kept on the profile for new meetings."""
    hours = clean_hours(weekly_hours)
    if video_link is not None:
        video_link = video_link.strip()
        if video_link:
            try:
                URLValidator(schemes=["https", "http"])(video_link)
            except ValidationError:
                raise DomainError(gettext("Paste the full link, starting with https://"), field="video_link") from None
        Profile.objects.filter(user=person).update(video_link=video_link)
        person.profile.video_link = video_link
    buffers = {"buffer_before_minutes": buffer_before_minutes, "buffer_after_minutes": buffer_after_minutes}
    for field, value in buffers.items():
        if not 0 <= int(value) <= settings.AVAILABILITY_BUFFER_MAX_MINUTES:
            raise DomainError(
                gettext("A buffer is 0 to {most} minutes.").format(most=settings.AVAILABILITY_BUFFER_MAX_MINUTES),
                field=field,
            )
    if weekly_max is not None and not 1 <= int(weekly_max) <= settings.AVAILABILITY_WEEKLY_MAX_LIMIT:
        raise DomainError(
            gettext("Leave it empty for no maximum, or allow 1 to {most} meetings a week.").format(
                most=settings.AVAILABILITY_WEEKLY_MAX_LIMIT
            ),
            field="weekly_max",
        )
    availability, _ = Availability.objects.update_or_create(
        person=person,
        defaults={
            "weekly_hours": hours,
            "buffer_before_minutes": int(buffer_before_minutes),
            "buffer_after_minutes": int(buffer_after_minutes),
            "weekly_max": None if weekly_max is None else int(weekly_max),
            "updated_at": timezone.now(),
        },
    )
    return availability


def booking_window(now=None) -> tuple[datetime, datetime]:
    now = now or timezone.now()
    return now + timedelta(hours=settings.AVAILABILITY_MIN_NOTICE_HOURS), now + timedelta(
        days=settings.AVAILABILITY_DAYS_AHEAD
    )


def busy_meetings(person, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """The person's scheduled meetings, in any relationship, and what other apps book them for (lib/busytimes.py:
    informational interviews), that touch the window (and its weeks, for the weekly maximum: a week that began
    before the window still counts its meetings)."""
    reach = timedelta(days=7)
    rows = (
        Meeting.objects.filter(Q(relationship__mentee=person) | Q(relationship__mentor=person))
        .filter(status=Meeting.SCHEDULED, starts_at__gte=start - reach, starts_at__lt=end + reach)
        .values_list("starts_at", "duration_minutes")
    )
    meetings = [(starts_at, starts_at + timedelta(minutes=minutes)) for starts_at, minutes in rows]
    return meetings + busytimes.of(person, start - reach, end + reach)


def calendar_busy(person) -> list[tuple[datetime, datetime]]:
    """The busy times last read from the person's CalDAV calendar (caldav_sync.py), if they connected one."""
    connection = CalendarConnection.objects.filter(person=person).only("busy_times").first()
    return connection.busy_intervals() if connection else []


def free_slots_of(person, duration_minutes: int, now=None, window=None) -> list[datetime]:
    """When the person can be booked for a meeting of this length, in UTC, soonest first: in the booking window,
    or in `window` (start, end)."""
    if not settings.MEETING_MINUTES_MIN <= int(duration_minutes) <= settings.MEETING_MINUTES_MAX:
        raise DomainError(gettext("A meeting lasts between 15 minutes and 4 hours."), field="duration_minutes")
    availability = availability_of(person)
    start, end = window or booking_window(now)
    return slots.free_slots(
        availability.hours_by_weekday(),
        zone_of(person),
        start=start,
        end=end,
        duration=timedelta(minutes=int(duration_minutes)),
        meetings=busy_meetings(person, start, end),
        busy=availability.busy_intervals() + calendar_busy(person),
        buffer_before=availability.buffer_before,
        buffer_after=availability.buffer_after,
        weekly_max=availability.weekly_max,
        step=timedelta(minutes=settings.AVAILABILITY_SLOT_STEP_MINUTES),
    )


def common_free_time(people, duration_minutes: int, around: datetime, reach: timedelta) -> datetime | None:
    """The free slot of all the people who set weekly hours nearest `around` (the earlier of two as near), within
    `reach` either side and not sooner than the minimum notice; None when nobody set hours or no slot is common.
    The recurring cadence's next meeting goes there (lib/calendars.free_time_for)."""
    with_hours = [person for person in people if availability_of(person).weekly_hours]
    if not with_hours:
        return None
    window = (max(around - reach, booking_window()[0]), around + reach)
    common = set.intersection(*(set(free_slots_of(p, duration_minutes, window=window)) for p in with_hours))
    return min(common, key=lambda start: (abs(start - around), start)) if common else None


def _require_can_book(relationship: Relationship) -> None:
    if not relationship.can_meet:
        raise DomainError(gettext("This mentorship has ended; its meetings can no longer change."), "state")


def free_slots_for(relationship: Relationship, user, duration_minutes: int) -> list[datetime]:
    """The other person's free slots, for `user` to book (the relationship comes through its access helper)."""
    _require_can_book(relationship)
    return free_slots_of(relationship.other_side(user), duration_minutes)


def slots_to_book(relationship: Relationship, user, duration_minutes: int) -> dict:
    """The other person's free slots as the booking page and the API show them: each start on both clocks."""
    _require_can_book(relationship)
    return offer(relationship.other_side(user), user, duration_minutes)


def offer(other, user, duration_minutes: int) -> dict:
    """`other`'s free slots for `user` to book, each start on both clocks (inside a relationship or before one:
    an informational interview)."""
    starts = free_slots_of(other, duration_minutes)
    length = timedelta(minutes=int(duration_minutes))
    return {
        "other": other,
        "duration_minutes": int(duration_minutes),
        "your_timezone": zone_of(user).key,
        "their_timezone": zone_of(other).key,
        "slots": [
            {"starts_at": s, "ends_at": s + length, "for_you": local_label(s, user), "for_them": local_label(s, other)}
            for s in starts
        ],
    }


def hold_slot(bookee, starts_at: datetime, duration_minutes: int) -> None:
    """Inside the booking's transaction: check that the slot is still one of `bookee`'s free slots, or raise
    DomainError 409 `slot_taken`. Bookings of the same person queue on their profile row, so the check holds until
    the booking commits."""
    Profile.objects.select_for_update().get(user=bookee)
    if starts_at not in free_slots_of(bookee, duration_minutes):
        raise DomainError(
            gettext("That time is no longer free for {name}: pick another one.").format(name=bookee.profile.name),
            code="slot_taken",
        )


@transaction.atomic
def book(relationship: Relationship, user, starts_at: datetime, duration_minutes: int, **details) -> Meeting:
    """Book one of the other person's free slots: a scheduled meeting, or DomainError 409 `slot_taken`."""
    _require_can_book(relationship)
    bookee = relationship.other_side(user)
    hold_slot(bookee, starts_at, duration_minutes)
    meeting = schedule_meeting(relationship, user, starts_at, duration_minutes=int(duration_minutes), **details)
    emit_meeting_event(meeting, "meeting.booked", booked_by=user.pk, booked_with=bookee.pk)
    return meeting


def _fetch_busy(url: str, person) -> list[list[str]]:
    """The calendar's busy times over the booking window and a week either side, as stored; raises DomainError."""
    try:
        document = outbound.get(
            url,
            timeout=settings.AVAILABILITY_CALENDAR_TIMEOUT_SECONDS,
            max_bytes=settings.AVAILABILITY_CALENDAR_MAX_BYTES,
            accept="text/calendar",
            allow_private=settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS,
        )
    except DomainError as error:
        raise DomainError(error.message, field="busy_calendar_url") from None
    except (OSError, http.client.HTTPException) as error:
        raise DomainError(
            gettext("We could not read the calendar: {error}.").format(error=error), field="busy_calendar_url"
        ) from None
    start, end = booking_window()
    try:
        found = busy.busy_intervals(document, zone_of(person), start - timedelta(days=7), end + timedelta(days=7))
    except ValueError:
        raise DomainError(
            gettext("That address does not give an iCalendar (.ics) document."), field="busy_calendar_url"
        ) from None
    return [[begin.isoformat(), finish.isoformat()] for begin, finish in found]


def read_busy_calendar(person, url: str) -> list[list[str]]:
    """The busy times at the address (none for an empty one), read before any transaction: the fetch may take
    seconds and must not hold the database meanwhile. Raises DomainError on `busy_calendar_url`."""
    return _fetch_busy(url.strip(), person) if url.strip() else []


def save_busy_calendar(person, url: str, times: list[list[str]]) -> Availability:
    """Subscribe (or, with an empty address, unsubscribe) the person's busy calendar, as read just now."""
    url = url.strip()
    availability = availability_of(person)
    now = timezone.now()
    availability.busy_calendar_url, availability.busy_times, availability.busy_error = url, times, ""
    availability.busy_checked_at = now if url else None
    refresh = now + timedelta(minutes=settings.AVAILABILITY_CALENDAR_REFRESH_MINUTES)
    availability.busy_refresh_at = refresh if url else None
    availability.save()
    return availability


def refresh_busy_calendars(now=None) -> int:
    """The sweeper: refresh each subscribed calendar that is due. Each is claimed first (its next due time moved
    on), so two sweepers on two machines never fetch the same one."""
    now = now or timezone.now()
    later = now + timedelta(minutes=settings.AVAILABILITY_CALENDAR_REFRESH_MINUTES)
    due = (
        Availability.objects.filter(busy_refresh_at__lte=now)
        .exclude(busy_calendar_url="")
        .select_related("person__profile")
    )
    refreshed = 0
    for availability in due[:500]:
        claimed = Availability.objects.filter(pk=availability.pk, busy_refresh_at=availability.busy_refresh_at).update(
            busy_refresh_at=later
        )
        if claimed != 1:
            continue
        try:
            # The reason is kept to be shown to the person later: written in their language.
            with in_language_of(availability.person):
                times, error = _fetch_busy(availability.busy_calendar_url, availability.person), ""
        except DomainError as failure:
            times, error = availability.busy_times, failure.message[:300]

        Availability.objects.filter(pk=availability.pk, busy_calendar_url=availability.busy_calendar_url).update(
            busy_times=times, busy_error=error, busy_checked_at=now
        )
        refreshed += 1
    return refreshed
