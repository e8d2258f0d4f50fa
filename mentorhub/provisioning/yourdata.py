"""What the HR system keeps about a person here (its id for them, their groups) is in their export, and goes
when they erase their account."""

from mentorhub.lib.yourdata import rows

from .models import ProvisionedGroup, ProvisionedPerson


def export(person):
    return {
        "provisioning.json": {
            "provisioned": rows(ProvisionedPerson.objects.filter(person=person)),
            "groups": list(ProvisionedGroup.objects.filter(members=person).values_list("display_name", flat=True)),
        }
    }


def erase(person):
    ProvisionedPerson.objects.filter(person=person).delete()
    for group in ProvisionedGroup.objects.filter(members=person):
        group.members.remove(person)
