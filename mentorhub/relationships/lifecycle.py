"""The one way a relationship starts, pauses, resumes, changes phase, is extended, closes, and stays in touch or stops.

Each change locks the relationship's row, writes its history and sends its signal (signals.py) in one transaction.
The other apps react in their own `signals.py`: nudges schedule and cancel check-ins, integrations emit the
`relationship.*` webhooks, network links the mentee's contact, meetings take open meetings off the calendars.
A rule written twice drifts (program matching once started relationships without any of that), so nothing else
assigns a relationship's status; `tests/test_one_writer.py` keeps it so.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, override

from mentorhub.lib.errors import DomainError

from . import signals
from .models import AgreementVersion, Relationship, RelationshipEvent


# The history is written in the site's language, whoever acts; the page translates the fixed entries for its reader.
def in_site_language():
    return override(settings.LANGUAGE_CODE)


def record(relationship, actor, what, why=""):
    RelationshipEvent.objects.create(relationship=relationship, actor=actor, what=what, why=why)


def _locked(relationship: Relationship) -> Relationship:
    return (
        Relationship.objects.select_for_update(of=("self",))
        .select_related("mentee__profile", "mentor__profile")
        .get(pk=relationship.pk)
    )


@transaction.atomic
def start(
    mentee, mentor, *, actor, kind=Relationship.LONG_TERM, program=None, request=None, cadence="monthly", goals=(),
    why="",
) -> Relationship:  # fmt: skip
    """Start with a draft agreement for the two people to fill in together. Callers check capacity first: an
    accepted request and a coordinator's match count a mentor's places differently."""
    today = timezone.localdate()
    relationship = Relationship.objects.create(
        mentee=mentee,
        mentor=mentor,
        kind=kind,
        program=program,
        request=request,
        started_on=today,
        review_on=today + timedelta(days=settings.MENTORSHIP_REVIEW_DAYS),
    )
    record(relationship, actor, gettext_noop("Relationship started"), why)
    draft = AgreementVersion.objects.create(
        relationship=relationship, number=1, cadence=cadence, review_on=relationship.review_on, proposed_by=None
    )
    draft.goals.set(goals)
    signals.relationship_started.send(Relationship, relationship=relationship, actor=actor, request=request)
    return relationship


@transaction.atomic
def pause(relationship: Relationship, actor, why: str = "") -> Relationship:
    locked = _locked(relationship)
    if locked.status != Relationship.ACTIVE:
        raise DomainError(_("Only an active relationship can be paused; use the close flow to end it."), "state")
    locked.status = Relationship.PAUSED
    locked.save(update_fields=["status"])
    record(locked, actor, gettext_noop("Status: Active → Paused"), why)
    signals.relationship_paused.send(Relationship, relationship=locked, actor=actor)
    return locked


@transaction.atomic
def resume(relationship: Relationship, actor, why: str = "") -> Relationship:
    locked = _locked(relationship)
    if locked.status != Relationship.PAUSED:
        raise DomainError(_("Only a paused relationship can be resumed."), "state")
    locked.status = Relationship.ACTIVE
    locked.save(update_fields=["status"])
    record(locked, actor, gettext_noop("Status: Paused → Active"), why)
    signals.relationship_resumed.send(Relationship, relationship=locked, actor=actor)
    return locked


STATUS_CHANGES = {Relationship.PAUSED: pause, Relationship.ACTIVE: resume}


def change_status(relationship: Relationship, actor, status: str, why: str = "") -> Relationship:
    """The status form and API: pause or resume; ending goes through `close`, with its reflection."""
    if status not in STATUS_CHANGES:
        raise DomainError(_("Use the close flow to end a relationship."), "state")
    return STATUS_CHANGES[status](relationship, actor, why)


@transaction.atomic
def change_phase(relationship: Relationship, actor, phase: str, why: str = "") -> Relationship:
    if phase not in dict(Relationship.PHASES):
        raise DomainError(_("Unknown phase."), "phase")
    locked = _locked(relationship)
    if not locked.is_current:
        raise DomainError(_("This relationship is closed; its phase no longer changes."), "state")
    before = locked.phase
    if phase == before:
        return locked
    locked.phase = phase
    locked.save(update_fields=["phase"])
    with in_site_language():
        record(locked, actor, f"Phase: {dict(Relationship.PHASES)[before]} → {locked.get_phase_display()}", why)
    signals.relationship_phase_changed.send(Relationship, relationship=locked, actor=actor, before=before)
    return locked


@transaction.atomic
def extend(relationship: Relationship, actor, days: int, why: str = "") -> Relationship:
    """Move the review date `days` later (from today when it has passed): the two carry on for longer."""
    if not 1 <= days <= settings.MENTORSHIP_REVIEW_DAYS:
        raise DomainError(_("Extend by 1 to {days} days.").format(days=settings.MENTORSHIP_REVIEW_DAYS), field="days")
    locked = _locked(relationship)
    if not locked.is_current:
        raise DomainError(_("This relationship is closed; it can no longer be extended."), "state")
    before, today = locked.review_on, timezone.localdate()
    locked.review_on = max(before or today, today) + timedelta(days=days)
    locked.save(update_fields=["review_on"])
    record(locked, actor, f"Extended: review on {locked.review_on:%d %b %Y}", why)
    signals.relationship_extended.send(Relationship, relationship=locked, actor=actor, before=before)
    return locked


@transaction.atomic
def close(relationship: Relationship, actor, *, outcome: str, reason: str, why: str = "") -> Relationship:
    """Completed or ended early, into the separation phase. `why` goes into the history next to the reason."""
    locked = _locked(relationship)
    if not locked.is_current:
        raise DomainError(_("This relationship is closed already."), "state")
    if outcome not in (Relationship.COMPLETED, Relationship.ENDED_EARLY):
        raise DomainError(_("Choose whether you completed the mentorship or ended it early."), "outcome")
    if reason not in dict(Relationship.END_REASONS):
        raise DomainError(_("Choose a reason."), "reason")
    locked.status, locked.end_reason, locked.ended_on = outcome, reason, timezone.localdate()
    locked.phase = "separation"
    locked.save(update_fields=["status", "end_reason", "ended_on", "phase"])
    with in_site_language():
        record(locked, actor, f"Closed: {locked.get_status_display()}", why or locked.get_end_reason_display())
    signals.relationship_closed.send(Relationship, relationship=locked, actor=actor)
    return locked


@transaction.atomic
def cancel(relationship: Relationship, actor, why: str = "") -> Relationship:
    """Undo a start that nobody has acted on yet (a coordinator undoing a published match run; the caller checks
    that neither person did anything): ended at once, with the reason "cancelled", and without the closing survey."""
    locked = _locked(relationship)
    if locked.status != Relationship.ACTIVE:
        raise DomainError(_("Only a relationship that has just started can be cancelled."), "state")
    locked.status, locked.end_reason = Relationship.ENDED_EARLY, Relationship.CANCELLED
    locked.ended_on = timezone.localdate()
    locked.save(update_fields=["status", "end_reason", "ended_on"])
    record(locked, actor, gettext_noop("Cancelled: the match was undone"), why)
    signals.relationship_cancelled.send(Relationship, relationship=locked, actor=actor)
    return locked


@transaction.atomic
def stay_in_touch(relationship: Relationship, actor, every_days: int) -> Relationship:
    """After completing it, the two stay in touch as peers (redefinition): a light check-in every few months,
    and meetings can still be planned and logged."""
    if every_days not in dict(Relationship.CHECK_IN_CHOICES):
        raise DomainError(_("Choose how often to check in."), "check_in_days")
    locked = _locked(relationship)
    if locked.status != Relationship.COMPLETED:
        raise DomainError(_("Stay in touch once you have completed the mentorship."), "state")
    if locked.stay_in_touch:
        raise DomainError(_("You are staying in touch already."), "state")
    locked.stay_in_touch, locked.phase, locked.check_in_days = True, "redefinition", every_days
    locked.next_check_in_on = timezone.localdate() + timedelta(days=every_days)
    locked.save(update_fields=["stay_in_touch", "phase", "check_in_days", "next_check_in_on"])
    with in_site_language():
        record(locked, actor, f"Staying in touch: {locked.get_check_in_days_display().lower()}, a light check-in")
    signals.relationship_stay_in_touch.send(Relationship, relationship=locked, actor=actor)
    return locked


@transaction.atomic
def end_stay_in_touch(relationship: Relationship, actor, why: str = "") -> Relationship:
    locked = _locked(relationship)
    if not locked.stay_in_touch:
        raise DomainError(_("You are not staying in touch in this relationship."), "state")
    locked.stay_in_touch, locked.next_check_in_on = False, None
    locked.save(update_fields=["stay_in_touch", "next_check_in_on"])
    record(locked, actor, gettext_noop("Stopped staying in touch"), why)
    signals.relationship_stay_in_touch_ended.send(Relationship, relationship=locked, actor=actor)
    return locked
