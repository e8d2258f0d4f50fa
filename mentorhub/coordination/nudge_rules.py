"""The nudges of a program's coordination (docs/nudges.md): the fit check after a pair's first meeting, a
coordinator's check-in to a pair, and the alerts that reach coordinators (help asked, a fit check “no”) and the
program events told in the notification centre (an application, a match)."""

from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy

from mentorhub.nudges import services as nudges
from mentorhub.nudges.models import Nudge
from mentorhub.nudges.rules import Rule
from mentorhub.relationships.models import Relationship

from .models import FitCheck


def fit_check_unanswered(nudge) -> bool:
    _, relationship_id, person_id = nudge.key.split(":")
    relationship = Relationship.objects.filter(pk=relationship_id).first()
    return (
        relationship is not None
        and relationship.is_current
        and not FitCheck.objects.filter(relationship=relationship, person_id=person_id).exists()
    )


RULES = [
    Rule(
        "fit_check",
        "check_ins",
        "each person of a program pair, privately",
        "after the pair's first held meeting: “is this a good fit?”",
        fit_check_unanswered,
    ),
    Rule("coordinator_check_in", "programs", "one or both people of a pair", "a coordinator sends a check-in"),
    Rule(
        "program_event",
        "programs",
        "the program's coordinators, or its participants",
        "an application, a match, a participant's request for help, a fit check “no”",
    ),
]


def ask_fit_check(relationship: Relationship) -> None:
    """Each person, privately; the key makes it once per person and pair, however often meetings are logged."""
    for person in (relationship.mentee, relationship.mentor):
        other = relationship.other_side(person)
        nudges.notify_now(
            person,
            "fit_check",
            f"fit:{relationship.pk}:{person.pk}",
            format_lazy(gettext_lazy("Is {name} a good fit for you?"), name=other.profile.name),
            format_lazy(
                gettext_lazy(
                    "One private question after your first meeting. Only the program's coordinators see your answer, "
                    "never {name}; a “no” gets you a new match, no fault."
                ),
                name=other.get_short_name(),
            ),
            reverse("coordination:fit_check", args=[relationship.pk]),
        )


def tell_coordinators(relationship: Relationship, key: str, title: str, body: str = "") -> None:
    url = reverse("coordination:pair", args=[relationship.program.slug, relationship.pk])
    for coordinator in relationship.program.coordinators.all():
        nudges.notify_now(coordinator, "program_event", f"{key}:{coordinator.pk}", title, body, url)


def in_app(person, key: str, title: str, body: str, url: str) -> None:
    """A program event whose email the programs app already sends: the notification centre gets it too, and no
    second email goes out."""
    nudges.notify_now(person, "program_event", key, title, body, url)
    nudges.deliver_in_app_only(Nudge.objects.filter(key=key, delivered_at__isnull=True))
