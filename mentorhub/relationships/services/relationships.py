"""A relationship once it runs: its agreement, closing it, reflections and thanks, and Home's due items (requests
to answer, agreements to confirm).

Rule: a relationship's status and phase change only through lifecycle.py.
"""

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from mentorhub.lib.errors import DomainError

from .. import lifecycle, nudge_rules
from ..lifecycle import record
from ..models import (
    AGREEMENT_FIELDS,
    AgreementVersion,
    GratitudeNote,
    MentorshipRequest,
    Reflection,
    Relationship,
    other_name,
    with_pair_names,
)
from .access import attach_goals
from .requests import notify


@transaction.atomic
def propose_agreement(relationship: Relationship, user, data: dict, goals=()) -> AgreementVersion:
    """A new version; the proposer confirms their side by proposing, the other person confirms theirs."""
    if not relationship.is_current:
        raise DomainError(_("This relationship has ended; its agreement can no longer change."), "state")
    locked = Relationship.objects.select_for_update().get(pk=relationship.pk)
    last = locked.agreement_versions.order_by("-number").first()
    # An unconfirmed draft is replaced, not stacked: only confirmed versions are history.
    if last and not last.is_confirmed:
        number = last.number
        last.delete()
    else:
        number = (last.number + 1) if last else 1
    now = timezone.now()
    version = AgreementVersion(relationship=locked, number=number, proposed_by=user, proposed_at=now)
    for field in AGREEMENT_FIELDS:
        if field in data:
            setattr(version, field, data[field])
    if user.pk == locked.mentee_id:
        version.confirmed_by_mentee_at = now
    else:
        version.confirmed_by_mentor_at = now
    version.save()
    version.goals.set(attach_goals(user, goals, mentee=locked.mentee, mentor=locked.mentor))
    record(locked, user, f"Agreement v{number} proposed")
    notify(
        locked.other_side(user),
        "relationship_event",
        f"relev:{locked.pk}:agreement:{version.pk}",
        format_lazy(gettext_lazy("{name} proposed an agreement"), name=user.profile.name),
        gettext_lazy("Read it and confirm, or propose changes."),
        reverse("relationships:detail", args=[locked.pk]),
    )
    return version


@transaction.atomic
def confirm_agreement(relationship: Relationship, user, version_pk: int) -> AgreementVersion:
    version = relationship.agreement_versions.select_for_update().filter(pk=version_pk).first()
    if version is None:
        raise Http404("No such agreement version")
    if version.is_confirmed:
        raise DomainError(_("This version is confirmed already."), "state")
    now = timezone.now()
    if user.pk == relationship.mentee_id:
        version.confirmed_by_mentee_at = version.confirmed_by_mentee_at or now
    else:
        version.confirmed_by_mentor_at = version.confirmed_by_mentor_at or now
    version.save()
    if version.is_confirmed:
        record(relationship, user, f"Agreement v{version.number} confirmed by both")
        if version.review_on:
            Relationship.objects.filter(pk=relationship.pk).update(review_on=version.review_on)
        if relationship.phase == "initiation":
            lifecycle.change_phase(relationship, user, "cultivation", "The agreement is in place.")
        nudge_rules.on_activity(relationship)
    return version


@transaction.atomic
def close_relationship(
    relationship: Relationship,
    user,
    *,
    outcome: str,
    reason: str,
    reflection: str,
    gratitude: str = "",
    stay_in_touch: bool = False,
    check_in_days: int | None = None,
) -> Relationship:
    """Close well, against the end criteria: a reflection, an optional gratitude note, and either staying in
    touch (redefinition, a check-in every `check_in_days`) or ending. `outcome` is "completed" or "ended_early"."""
    if not reflection.strip():
        raise DomainError(_("Write a short reflection: what changed for you?"), "reflection")
    closed = lifecycle.close(relationship, user, outcome=outcome, reason=reason)
    if stay_in_touch and outcome == Relationship.COMPLETED:
        every = check_in_days or settings.MENTORSHIP_CHECK_IN_DAYS
        closed = lifecycle.stay_in_touch(closed, user, every)
    Reflection.objects.update_or_create(relationship=closed, author=user, defaults={"text": reflection.strip()})
    if gratitude.strip():
        send_gratitude(closed, user, gratitude)
    notify(
        closed.other_side(user),
        "relationship_event",
        f"relev:{closed.pk}:closed",
        format_lazy(gettext_lazy("{name} closed your mentorship"), name=user.profile.name),
        gettext_lazy("Add your own reflection when you have a moment. You agreed to stay in touch.")
        if closed.stay_in_touch
        else gettext_lazy("Add your own reflection when you have a moment."),
        reverse("relationships:detail", args=[closed.pk]),
    )
    return closed


def add_reflection(relationship: Relationship, user, text: str) -> Reflection:
    if relationship.is_current:
        raise DomainError(_("Reflections are written when the relationship closes."), "state")
    if not text.strip():
        raise DomainError(_("Write a short reflection."), "reflection")
    return Reflection.objects.update_or_create(relationship=relationship, author=user, defaults={"text": text.strip()})[
        0
    ]


def send_gratitude(relationship: Relationship, user, text: str) -> GratitudeNote:
    if not text.strip():
        raise DomainError(_("Write a few words of thanks."), "text")
    recipient = relationship.other_side(user)
    note = GratitudeNote.objects.create(relationship=relationship, author=user, recipient=recipient, text=text.strip())
    notify(
        recipient,
        "celebration",
        f"relev:{relationship.pk}:thanks:{note.pk}",
        format_lazy(gettext_lazy("A thank-you from {name}"), name=user.profile.name),
        note.text,
        relationship.get_absolute_url(),
    )
    return note


def home_items(person) -> list[dict]:
    items = []
    # One query for the requests this person must answer and their own requests the other side asked about: Home
    # is the busiest page, and each query costs more to build than to run.
    to_answer = Q(mentor=person, initiated_by="mentee") | Q(mentee=person, initiated_by="mentor")
    asked_about = Q(mentee=person, initiated_by="mentee") | Q(mentor=person, initiated_by="mentor")
    found = MentorshipRequest.objects.filter(
        Q(status=MentorshipRequest.PENDING) & to_answer | Q(status=MentorshipRequest.INFO_REQUESTED) & asked_about
    )
    found = list(with_pair_names(found, through="").only("status", "initiated_by", "expires_at", "mentor"))
    waiting = [r for r in found if r.status == MentorshipRequest.PENDING]
    # Requests to the person as mentor first, then offers to them as mentee, as they are listed on Relationships.
    for request in sorted(waiting, key=lambda r: r.mentor_id != person.pk):
        items.append(
            {
                "title": _("Answer {name}'s mentorship request").format(name=other_name(request, person)),
                "url": request.get_absolute_url(),
                "due": request.expires_at,
                "kind": "request",
            }
        )
    for request in (r for r in found if r.status == MentorshipRequest.INFO_REQUESTED):
        items.append(
            {
                "title": _("{name} asked you a question").format(name=other_name(request, person)),
                "url": request.get_absolute_url(),
                "due": request.expires_at,
                "kind": "request",
            }
        )
    # One query for every agreement waiting on this person, not one per relationship: Home is the busiest page.
    waiting_on_me = with_pair_names(
        AgreementVersion.objects.filter(
            Q(relationship__mentee=person, confirmed_by_mentee_at__isnull=True)
            | Q(relationship__mentor=person, confirmed_by_mentor_at__isnull=True),
            relationship__status__in=Relationship.CURRENT_STATUSES,
        )
    ).only("relationship")
    for version in waiting_on_me:
        items.append(
            {
                "title": _("Confirm your agreement with {name}").format(name=other_name(version, person)),
                "url": reverse("relationships:detail", args=[version.relationship_id]),
                "due": None,
                "kind": "agreement",
            }
        )
    return items
