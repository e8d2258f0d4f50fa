"""A person's availability: weekly hours in their own timezone, buffers and a weekly maximum of meetings.

Free slots are computed from it on demand (slots.py); nothing about a slot is stored until it is booked, and a
booking is a meeting like any other (meetings.services.scheduling).
"""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import dates, timezone
from django.utils.translation import gettext_lazy as _

# Django's own lazy names (Monday first, as datetime.weekday() counts), translated by its catalogue.
WEEKDAYS = [dates.WEEKDAYS[weekday] for weekday in range(7)]


class Availability(models.Model):
    person = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="availability")
    # [{"weekday": 0, "start": "09:00", "end": "12:00"}, ...]: wall-clock ranges in the person's profile timezone;
    # an end of "00:00" is midnight at the end of the day. Checked by services.set_availability.
    weekly_hours = models.JSONField(default=list, blank=True)
    buffer_before_minutes = models.PositiveSmallIntegerField(default=0)
    buffer_after_minutes = models.PositiveSmallIntegerField(default=0)
    weekly_max = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("At most this many meetings a week; empty: no maximum.")
    )
    updated_at = models.DateTimeField(default=timezone.now)
    # A private iCalendar address of the person's own calendar; its busy times leave their free slots.
    busy_calendar_url = models.URLField(max_length=1000, blank=True)
    busy_times = models.JSONField(default=list, blank=True, help_text=_("[[start, end], ...] in ISO 8601, UTC"))
    busy_checked_at = models.DateTimeField(null=True, blank=True)
    busy_error = models.CharField(max_length=300, blank=True, help_text=_("Why the last refresh failed, if it did."))
    busy_refresh_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        verbose_name_plural = "availabilities"
        constraints = [
            models.CheckConstraint(
                condition=Q(weekly_max__isnull=True) | Q(weekly_max__gte=1), name="availability_weekly_max_positive"
            ),
        ]

    def __str__(self):
        return f"Availability of {self.person}"

    def hours_by_weekday(self) -> dict[int, list[tuple[time, time]]]:
        """The weekly hours as slots.free_slots reads them."""
        by_day: dict[int, list[tuple[time, time]]] = {}
        for entry in self.weekly_hours:
            by_day.setdefault(entry["weekday"], []).append(
                (time.fromisoformat(entry["start"]), time.fromisoformat(entry["end"]))
            )
        return {day: sorted(ranges) for day, ranges in by_day.items()}

    def busy_intervals(self) -> list[tuple[datetime, datetime]]:
        return [(datetime.fromisoformat(begin), datetime.fromisoformat(end)) for begin, end in self.busy_times]

    @property
    def buffer_before(self) -> timedelta:
        return timedelta(minutes=self.buffer_before_minutes)

    @property
    def buffer_after(self) -> timedelta:
        return timedelta(minutes=self.buffer_after_minutes)


class CalendarConnection(models.Model):
    """A person's own CalDAV calendar (availability/caldav_sync.py): their meetings are copied into it and removed
    when called off; its busy times leave their free slots."""

    person = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="caldav")
    url = models.URLField(max_length=1000, help_text=_("The calendar collection's address."))
    username = models.CharField(max_length=200)
    password_sealed = models.TextField(help_text=_("The app password, encrypted at rest (lib/sealed.py)."))
    # {uid: [sequence, ends_at]}: what we put in the calendar, so a meeting called off is taken out again and an
    # unchanged one is not sent twice.
    copied = models.JSONField(default=dict, blank=True)
    busy_times = models.JSONField(default=list, blank=True, help_text=_("[[start, end], ...] in ISO 8601, UTC"))
    synced_at = models.DateTimeField(null=True, blank=True)
    sync_error = models.CharField(max_length=300, blank=True, help_text=_("Why the last sync failed, if it did."))
    sync_due_at = models.DateTimeField(null=True, blank=True, db_index=True)
    # Held while one worker syncs: a second sync at the same time would overwrite `copied` with an older view.
    leased_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"CalDAV calendar of {self.person}"

    def busy_intervals(self) -> list[tuple[datetime, datetime]]:
        return [(datetime.fromisoformat(begin), datetime.fromisoformat(end)) for begin, end in self.busy_times]
