"""A person's enrolments in their export. They stay when the person leaves: coordinators' history needs them."""

from mentorhub.lib.yourdata import rows

from .models import Enrollment


def export(person):
    return {"programs.json": {"enrolments": rows(Enrollment.objects.filter(person=person))}}
