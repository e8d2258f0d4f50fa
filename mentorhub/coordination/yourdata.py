"""A person's own fit check answers and requests for help in their export. Coordinators' notes about a pair are
the coordinators' working notes, not the person's data; they go with the relationship."""

from mentorhub.lib.yourdata import rows

from .models import FitCheck, HelpRequest


def export(person):
    return {
        "coordination.json": {
            "fit_checks": rows(FitCheck.objects.filter(person=person)),
            "help_requests": rows(HelpRequest.objects.filter(person=person)),
        }
    }
