"""A person's availability in their export; gone when they leave (its calendar address is a secret of theirs)."""

from mentorhub.lib.yourdata import rows

from .models import Availability


def export(person):
    return {"availability.json": rows(Availability.objects.filter(person=person), exclude=["id", "person"])}


def erase(person):
    Availability.objects.filter(person=person).delete()
