"""Deactivating and reactivating a person, and keeping what the HR system provisions (docs/provisioning.md).

Deactivation is one service for the HR system (SCIM `active: false`) and for staff (the admin): the person can no
longer sign in, their sessions, API tokens and calendar address stop working, their active relationships are paused
through the lifecycle with a notice to the other person, and nothing of theirs is deleted, so their export and the
other person's history stay whole. Reactivation lets them sign in again; the relationships stay paused until the two
people resume them.
"""

import logging
from importlib import import_module

from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from mentorhub.accounts.models import AccessToken, User
from mentorhub.lib.errors import DomainError
from mentorhub.meetings.models import CalendarFeed
from mentorhub.nudges.services import notify_now
from mentorhub.programs.models import Enrollment
from mentorhub.programs.services import lock
from mentorhub.relationships import lifecycle
from mentorhub.relationships.models import MentorshipRequest, Relationship
from mentorhub.relationships.services.requests import decline_request, withdraw_request

from .models import ProvisionedGroup, ProvisionedPerson

logger = logging.getLogger("mentorhub.provisioning")
GONE = "Their account has been deactivated by their organisation."


def end_sessions(person) -> int:
    """Log the person out everywhere. The session table has no person column, so each live session is read; a store
    of the configured engine deletes it, which also empties the shared cache under `cached_db`. allauth's record of
    each session (its address and browser, for the session list) goes too."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get(SESSION_KEY) == str(person.pk):
            store(session_key=session.session_key).delete()
            ended += 1
    UserSession.objects.filter(user=person).delete()
    return ended


@transaction.atomic
def deactivate(person, *, by=None, why: str) -> list[Relationship]:
    """`by` is the staff member, or None for the HR system; `why` goes into each paused relationship's history.
    Deactivating an inactive account changes nothing (identity providers repeat themselves)."""
    locked = User.objects.select_for_update().get(pk=person.pk)
    if not locked.is_active:
        return []
    User.objects.filter(pk=person.pk).update(is_active=False)
    person.is_active = False
    now = timezone.now()
    tokens = AccessToken.objects.filter(user=person, revoked_at__isnull=True).update(revoked_at=now)
    CalendarFeed.objects.filter(person=person).delete()
    sessions = end_sessions(person)
    name = person.get_full_name()
    paused = []
    for relationship in Relationship.objects.filter(
        Q(mentee=person) | Q(mentor=person), status=Relationship.ACTIVE
    ).select_related("mentee__profile", "mentor__profile"):
        paused.append(lifecycle.pause(relationship, by, why))
        other = relationship.mentor if relationship.mentee_id == person.pk else relationship.mentee
        notify_now(
            other,
            "partner_deactivated",
            f"deactivated:{relationship.pk}:{person.pk}:{now.isoformat()}",
            f"Your mentorship with {name} is paused",
            f"{name}'s account has been deactivated by their organisation, so your mentorship is paused. "
            "Everything you did together is kept; if they come back, either of you can resume it.",
            relationship.get_absolute_url(),
        )
    # Nobody should wait for an answer from someone who is gone: what they received is declined (the sender is told
    # and may ask someone else), what they sent is withdrawn.
    requests = MentorshipRequest.objects.open().filter(Q(mentee=person) | Q(mentor=person))
    for request in requests:
        if request.receiver.pk == person.pk:
            decline_request(request.pk, person, "no_longer_available", note=GONE)
        else:
            withdraw_request(request.pk, person)
    logger.info(
        "deactivated person %s (%s): %d session(s) ended, %d token(s) revoked, %d relationship(s) paused, "
        "%d open request(s) answered",
        person.pk,
        why,
        sessions,
        tokens,
        len(paused),
        len(requests),
    )
    return paused


@transaction.atomic
def reactivate(person, *, by=None, why: str) -> None:
    """They may sign in again; their relationships stay paused until the two people resume them."""
    if User.objects.filter(pk=person.pk, is_active=False).update(is_active=True):
        logger.info("reactivated person %s (%s)", person.pk, why)
    person.is_active = True


def set_active(person, active: bool, *, by=None, why: str) -> None:
    if active:
        reactivate(person, by=by, why=why)
    else:
        deactivate(person, by=by, why=why)


def email_taken(email: str, person=None) -> bool:
    return User.objects.filter(email__iexact=email).exclude(pk=getattr(person, "pk", None)).exists()


@transaction.atomic
def save_person(person, *, email: str, name: str, title: str, zone: str, external_id: str, active: bool) -> User:
    """Create or update a person from the HR system's record. Their email is their sign-in: it must be free. A new
    person has no password: they sign in through their organisation's single sign-on, or set one by a reset."""
    if email_taken(email, person if person.pk else None):
        raise DomainError(_("A person with userName {email!r} already exists.").format(email=email), "uniqueness")
    if person.pk is None:
        person = User.objects.create_user(
            email=email,
            password=None,
            # The organisation vouches for its own staff's work address.
            email_verified=True,
            profile={"name": name or email.split("@")[0], "current_role": title, "timezone": zone or "UTC"},
        )
    else:
        person.email = email
        person.save(update_fields=["email"])
        profile = person.profile
        profile.name = name or profile.name
        profile.current_role = title
        profile.timezone = zone or profile.timezone
        profile.save()
    ProvisionedPerson.objects.update_or_create(person=person, defaults={"external_id": external_id})
    if active != person.is_active:
        set_active(person, active, why="Deactivated by the organisation's HR system")
    return person


@transaction.atomic
def save_group(group: ProvisionedGroup, *, display_name: str, external_id: str, members: list[User]) -> None:
    """Members who join a group linked to a program become its approved participants in the group's role. Leaving
    the group ends nothing: coordinators decide about a running relationship, and a leaver is deactivated."""
    if ProvisionedGroup.objects.filter(display_name__iexact=display_name).exclude(pk=group.pk).exists():
        raise DomainError(_("A group named {name!r} already exists.").format(name=display_name), "uniqueness")
    group.display_name, group.external_id = display_name, external_id
    group.save()
    before = set(group.members.values_list("pk", flat=True)) if group.pk else set()
    group.members.set(members)
    enrol(group, [person for person in members if person.pk not in before])


def enrol(group: ProvisionedGroup, people) -> None:
    """Approve `people` in the group's program and role (an application waiting is approved, not duplicated)."""
    if group.program_id is None or not people:
        return
    lock(group.program)
    now = timezone.now()
    for person in people:
        enrollment, _created = Enrollment.objects.get_or_create(
            program_id=group.program_id, person=person, role=group.role, defaults={"source": Enrollment.IMPORT}
        )
        if enrollment.status != Enrollment.APPROVED:
            enrollment.status, enrollment.decided_at = Enrollment.APPROVED, now
            enrollment.save(update_fields=["status", "decided_at"])
