"""What availability does when something changes elsewhere."""

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone

from mentorhub.lib import calendars

from .caldav_sync import sync_calendars
from .models import CalendarConnection


@receiver(calendars.changed, dispatch_uid="availability.caldav_soon")
def sync_soon(sender, people, **kwargs):
    """A meeting changed: the CalDAV calendars of its people are due now, synced by a task once the change commits
    (a rolled-back change is never copied)."""
    ids = [person.pk for person in people]
    if CalendarConnection.objects.filter(person_id__in=ids).update(sync_due_at=timezone.now()):
        transaction.on_commit(lambda: sync_calendars.enqueue(ids))
