"""A person's contacts, encounters and outreach: exported, and erased when they leave (all private)."""

from mentorhub.lib.yourdata import rows

from .models import Contact, Encounter, OutreachMessage


def export(person):
    network = {
        "contacts": rows(Contact.objects.filter(owner=person), exclude=["goals", "skill_gaps"]),
        "encounters": rows(Encounter.objects.filter(owner=person)),
        "outreach_messages": rows(OutreachMessage.objects.filter(owner=person)),
    }
    return {"network.json": network}


def erase(person):
    OutreachMessage.objects.filter(owner=person).delete()
    Encounter.objects.filter(owner=person).delete()
    Contact.objects.filter(owner=person).delete()
