"""A person's availability and connected calendar in their export (never the app password); gone when they leave
(the calendar addresses are secrets of theirs)."""

from mentorhub.lib.yourdata import rows

from .models import Availability, CalendarConnection


def export(person):
    return {
        "availability.json": rows(Availability.objects.filter(person=person), exclude=["id", "person"]),
        "caldav_calendar.json": rows(
            CalendarConnection.objects.filter(person=person), exclude=["id", "person", "password_sealed"]
        ),
    }


def erase(person):
    Availability.objects.filter(person=person).delete()
    CalendarConnection.objects.filter(person=person).delete()
