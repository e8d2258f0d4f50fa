"""What a program's coordinators do about a pair, and what the two people ask of them.

Rules:
- relationship state changes only through `relationships/lifecycle.py` (extend, close), which writes the pair's
  history and sends the signals; the other actions here record themselves in the same history;
- what the history says is read by both people, so it never names who asked for help or answered the fit check
  “no”, and never holds a coordinator's note or a check-in's text;
- a fit check answer and a request for help reach the program's coordinators only.
"""

import secrets

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext, gettext_lazy

from mentorhub.health.services import HEALTH_LABELS, assess_health
from mentorhub.lib.errors import DomainError
from mentorhub.nudges import services as nudges
from mentorhub.programs import match_runs
from mentorhub.programs import services as program_services
from mentorhub.relationships import lifecycle
from mentorhub.relationships.models import Relationship

from .attention import pairs_of
from .models import CoordinatorNote, FitCheck, HelpRequest
from .nudge_rules import tell_coordinators

MENTEE, MENTOR, BOTH = "mentee", "mentor", "both"
RECIPIENTS = [(BOTH, gettext_lazy("Both")), (MENTEE, gettext_lazy("The mentee")), (MENTOR, gettext_lazy("The mentor"))]
MAX_TEXT = 2000


def _text(value: str, field: str, missing: str) -> str:
    value = (value or "").strip()
    if not value:
        raise DomainError(missing, field=field)
    if len(value) > MAX_TEXT:
        raise DomainError(gettext("Keep it under %(count)s characters.") % {"count": MAX_TEXT}, field=field)
    return value


def person_in(relationship: Relationship, role: str):
    if role == MENTEE:
        return relationship.mentee
    if role == MENTOR:
        return relationship.mentor
    raise DomainError(gettext("Choose the mentee or the mentor."), field="person")


# Coordinators ------------------------------------------------------------------------------------------------------


def pair_page(program, relationship: Relationship) -> dict:
    """What a coordinator sees of a pair: status, phase, dates, meetings held, health without anyone's ratings and
    the attention reasons; the coordinators' own actions, notes, and what the two asked of them. Never what the
    two people wrote to each other (notes, agreement, goals, messages) nor their private ratings."""
    pair = pairs_of(Relationship.objects.filter(pk=relationship.pk))[0]
    health = assess_health(pair.relationship)
    return {
        "program": program,
        "relationship": pair.relationship,
        "pair": pair,
        "health": health,
        "health_level": HEALTH_LABELS.get(health.level, health.level),
        "actions": relationship.history.filter(actor__in=program.coordinators.all()).select_related("actor__profile"),
        "notes": relationship.coordinator_notes.select_related("author__profile"),
        "help_requests": relationship.help_requests.select_related("person__profile"),
        "fit_checks": relationship.fit_checks.select_related("person__profile"),
    }


@transaction.atomic
def send_check_in(relationship: Relationship, by, to: str, message: str) -> int:
    """A message from the coordinator to one or both people, in their notification centre and by email."""
    message = _text(message, "message", gettext("Write a message."))
    people = [relationship.mentee, relationship.mentor] if to == BOTH else [person_in(relationship, to)]
    program = relationship.program
    for person in people:
        nudges.notify_now(
            person,
            "coordinator_check_in",
            f"checkin:{relationship.pk}:{person.pk}:{secrets.token_hex(6)}",
            format_lazy(gettext_lazy("A check-in from {name}, {program}"), name=by.profile.name, program=program.name),
            message,
            reverse("relationships:detail", args=[relationship.pk]),
        )
    lifecycle.record(relationship, by, "Check-in from the program's coordinators")
    return len(people)


def extend(relationship: Relationship, by, days: int, why: str = "") -> Relationship:
    return lifecycle.extend(relationship, by, days, why)


def end(relationship: Relationship, by, outcome: str, reason: str, why: str = "") -> Relationship:
    return lifecycle.close(
        relationship, by, outcome=outcome, reason=reason, why=why or gettext("Closed by a coordinator")
    )


def resolve(relationship: Relationship, by) -> int:
    """The coordinators have dealt with the open requests for help and fit check “no”s: off the attention list.
    Kept out of the history, which would tell the other person that someone had asked."""
    now = timezone.now()
    helped = relationship.help_requests.filter(resolved_at__isnull=True).update(resolved_at=now, resolved_by=by)
    checked = relationship.fit_checks.filter(answer=FitCheck.NO, resolved_at__isnull=True).update(resolved_at=now)
    return helped + checked


@transaction.atomic
def open_rematch(relationship: Relationship, by, role: str):
    """End the pair, no fault, so the person chosen can be matched again (the other is left out of their
    candidates); returns that person."""
    person = person_in(relationship, role)
    closed = lifecycle.close(
        relationship,
        by,
        outcome=Relationship.ENDED_EARLY,
        reason="mismatch",
        why=gettext("Ended by the program's coordinators to find each of you a better match: nobody's fault."),
    )
    resolve(closed, by)
    return person


def candidates(relationship: Relationship, role: str) -> list[dict]:
    """Whom the person may be matched with now, best first, without the person they were paired with."""
    person = person_in(relationship, role)
    other = relationship.other_side(person)
    return match_runs.candidates_for(relationship.program, person.pk, role, exclude=[other.pk])


def rematch(relationship: Relationship, by, role: str, candidate_id: int) -> Relationship:
    """Start the person's new pair with one of `candidates`, through the program's own match."""
    if relationship.is_current:
        raise DomainError(gettext("Re-match this pair first: that ends the current relationship."), "state")
    person = person_in(relationship, role)
    found = next((c for c in candidates(relationship, role) if c["person"].pk == candidate_id), None)
    if found is None:
        raise DomainError(gettext("Choose one of the people listed."), field="candidate_id")
    mentee, mentor = (person, found["person"]) if role == MENTEE else (found["person"], person)
    why = gettext("Re-matched by a coordinator with a score of {score}").format(score=found["score"])
    return program_services.match(relationship.program, mentee, mentor, by, why)


def add_note(relationship: Relationship, by, text: str) -> CoordinatorNote:
    text = _text(text, "text", gettext("Write a note."))
    return CoordinatorNote.objects.create(relationship=relationship, author=by, text=text)


# Participants ------------------------------------------------------------------------------------------------------


@transaction.atomic
def answer_fit_check(relationship: Relationship, person, answer: str, comment: str = "") -> FitCheck:
    if answer not in dict(FitCheck.ANSWERS):
        raise DomainError(gettext("Answer yes or no."), field="answer")
    if not relationship.is_current:
        raise DomainError(gettext("This relationship has ended."), "state")
    comment = (comment or "").strip()[:MAX_TEXT]
    check, _ = FitCheck.objects.update_or_create(
        relationship=relationship,
        person=person,
        defaults={"answer": answer, "comment": comment, "answered_at": timezone.now(), "resolved_at": None},
    )
    if answer == FitCheck.NO:
        tell_coordinators(
            relationship,
            f"fitno:{check.pk}:{int(check.answered_at.timestamp())}",
            format_lazy(
                gettext_lazy("Fit check: {name} does not feel the fit with their mentor")
                if person.pk == relationship.mentee_id
                else gettext_lazy("Fit check: {name} does not feel the fit with their mentee"),
                name=person.profile.name,
            ),
            gettext_lazy("Look at the pair and offer a new match if it helps. The other person has not been told."),
        )
    return check


@transaction.atomic
def ask_for_help(relationship: Relationship, person, reason: str, kind: str = HelpRequest.HELP) -> HelpRequest:
    if kind not in dict(HelpRequest.KINDS):
        raise DomainError(gettext("Unknown kind of request."), field="kind")
    if not relationship.is_current:
        raise DomainError(gettext("This relationship has ended."), "state")
    reason = _text(reason, "reason", gettext("Write what you would like help with."))
    help_request = HelpRequest.objects.create(relationship=relationship, person=person, kind=kind, reason=reason)
    title = (
        gettext_lazy("{name} asks for a new match ({program})")
        if kind == HelpRequest.REMATCH
        else gettext_lazy("{name} asks for help ({program})")
    )
    tell_coordinators(
        relationship,
        f"help:{help_request.pk}",
        format_lazy(title, name=person.profile.name, program=relationship.program.name),
        reason,
    )
    return help_request
