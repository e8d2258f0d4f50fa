"""Scheduling: proposing times, picking one, scheduling, moving, cancelling, holding and logging meetings, with
their invitations and nudges.

Rules:
- Either person proposes up to three times for the other to pick, or schedules directly. Each person sees every
  time in their own timezone.
- Recurring meetings follow the agreement's cadence one occurrence at a time: when an occurrence is held (or
  cancelled without stopping the series), the next one is scheduled one cadence later, at the same wall-clock time
  in the organiser's timezone; when either person set weekly hours, at the free slot of both nearest that time
  instead (within half a cadence and MEETING_CADENCE_REACH_DAYS either side; lib/calendars.free_time_for), and
  at the plain time when none is free for both. So a changed cadence applies from the next meeting, and no
  string of stale future meetings is left behind when the two people stop meeting.
- Every new, changed or cancelled meeting sends each person an email with an iCalendar invitation (same UID,
  growing SEQUENCE), written to the outbox in the change's transaction; one still waiting for the relay is
  replaced by the newer one. A meeting logged after the fact sends none: it is already over.
- Nudges per meeting and person: the agenda 48 h before, a reminder 24 h before, notes and thanks 2 h after the
  end. Moving a meeting moves them (same keys); cancelling removes them. A nudge whose time has already passed when
  the meeting is (re)scheduled goes out at once rather than never.
- When a mentorship ends, its coming meetings are cancelled: off both calendars, their nudges gone.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMultiAlternatives
from django.core.validators import URLValidator, ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop, ngettext_lazy

from mentorhub.integrations.services import emit
from mentorhub.lib import calendars, mail
from mentorhub.lib.errors import DomainError
from mentorhub.lib.i18n import in_language_of, local_label
from mentorhub.lib.time import zone_named, zone_of
from mentorhub.nudges import services as nudges
from mentorhub.relationships import nudge_rules as relationship_nudges
from mentorhub.relationships.lifecycle import record
from mentorhub.relationships.models import FORMATS, Relationship

from ..ics import invitation
from ..models import (
    Agenda,
    Meeting,
    Note,
    Slot,
)
from ..signals import meeting_held

DETAIL_FIELDS = ("title", "duration_minutes", "format", "location", "video_link")
FIRST_TITLE, REGULAR_TITLE = "Getting to know each other", "Mentoring meeting"

# Texts for the other person are rendered when the nudge is written down, in that person's language: so are the
# moments and places they name.
label_for = lazy(local_label, str)
place_of = lazy(lambda meeting: meeting.where, str)


def _lock(meeting: Meeting) -> Meeting:
    """The meeting's row, locked for this transaction: two people answering at once act one after the other."""
    locked = Meeting.objects.select_for_update(of=("self",)).get(pk=meeting.pk)
    locked.relationship = meeting.relationship
    return locked


def _require_can_meet(relationship: Relationship) -> None:
    """Two people who stay in touch after a mentorship still meet now and then: planning and logging go on."""
    if not relationship.can_meet:
        raise DomainError(_("This mentorship has ended; its meetings can no longer change."), "state")


def _require_future(starts_at, field: str, now) -> None:
    if starts_at is None:
        raise DomainError(_("Choose a date and time."), field=field)
    if starts_at <= now:
        raise DomainError(_("Choose a time in the future."), field=field)


def _require_cadence(relationship: Relationship, recurring: bool) -> None:
    if recurring and not relationship.cadence_days():
        raise DomainError(
            _("Recurring meetings follow your agreement's cadence: confirm an agreement first."), field="recurring"
        )


def _apply_details(meeting: Meeting, details: dict) -> None:
    for field in DETAIL_FIELDS:
        value = details.get(field)
        # An empty title keeps the one it has: only the first meeting's default differs from the others'.
        if value is not None and (value or field != "title"):
            setattr(meeting, field, value.strip() if isinstance(value, str) else value)
    if meeting.format not in dict(FORMATS):
        raise DomainError(_("Choose video call, phone or in person."), field="format")
    if not 15 <= int(meeting.duration_minutes) <= 240:
        raise DomainError(_("A meeting lasts between 15 minutes and 4 hours."), field="duration_minutes")
    if meeting.format == "in_person" and not meeting.location:
        raise DomainError(_("Say where you will meet."), field="location")
    if meeting.video_link:
        try:
            URLValidator(schemes=["https", "http"])(meeting.video_link)
        except ValidationError:
            raise DomainError(_("Paste the full link, starting with https://"), field="video_link") from None


def _new_meeting(relationship: Relationship, organiser, details: dict, **fields) -> Meeting:
    first = not relationship.meetings.exclude(status=Meeting.CANCELLED).exists()
    meeting = Meeting(relationship=relationship, organiser=organiser, time_zone=zone_of(organiser).key, **fields)
    _apply_details(meeting, details)
    if meeting.format == "video" and not meeting.video_link:
        # Each person's usual room: the organiser's, else the other person's (who is booked is often the host).
        other = relationship.other_side(organiser)
        meeting.video_link = organiser.profile.video_link or other.profile.video_link
    meeting.title = meeting.title or (FIRST_TITLE if first else REGULAR_TITLE)
    meeting.save()
    Agenda.objects.create(meeting=meeting, kind=Agenda.RAPPORT if first else Agenda.REGULAR)
    return meeting


def _check_slots(slots, now) -> list:
    if not slots:
        raise DomainError(_("Propose at least one time."), field="slots")
    if len(slots) > Meeting.MAX_SLOTS:
        raise DomainError(_("Propose at most three times: fewer choices get quicker answers."), field="slots")
    if any(s <= now for s in slots):
        raise DomainError(_("Proposed times must be in the future."), field="slots")
    if len(set(slots)) != len(slots):
        raise DomainError(_("Propose different times."), field="slots")
    return sorted(slots)


def _tell(meeting: Meeting, person, event: str, version, title: str, body: str = "") -> None:
    """An immediate message about this meeting to one person, once per event and version."""
    nudges.notify_now(
        person,
        "meeting_update",
        f"meeting:{meeting.pk}:{event}:{version}:{person.pk}",
        title,
        body,
        meeting.get_absolute_url(),
    )


def _send_invitations(meeting: Meeting) -> None:
    for person in (meeting.relationship.mentee, meeting.relationship.mentor):
        send_invitation_email(meeting, person)


def send_invitation_email(meeting: Meeting, person) -> None:
    """Email one person the invitation as the meeting is now, in their timezone, through the outbox."""
    method, ics = invitation(meeting, person)
    zone = zone_of(person)
    context = {
        "name": person.get_short_name(),
        "other": meeting.relationship.other_side(person).profile.name,
        "meeting": meeting,
        "cancelled": method == "CANCEL",
        "updated": meeting.sequence > 0,
        "starts": meeting.starts_at.astimezone(zone),
        "ends": meeting.ends_at.astimezone(zone),
        "zone": zone.key,
        "url": settings.SITE_URL + meeting.get_absolute_url(),
    }
    with in_language_of(person):
        rendered = mail.render_text("email/meeting_invitation.txt", context)
    subject, _newline, body = rendered.strip().partition("\n")
    message = EmailMultiAlternatives(subject.strip(), body.strip() + "\n", settings.DEFAULT_FROM_EMAIL, [person.email])
    # The inline part is what mail apps turn into Accept / Decline; the attachment serves the others.
    message.attach_alternative(ics.decode(), f"text/calendar; method={method}")
    message.attach("invite.ics", ics, "application/ics")
    # An older invitation still waiting (the relay is down) would only show a time that is no longer true.
    mail.send(message, replaces=f"meeting:{meeting.pk}:invitation:{person.pk}")


def _plan_nudges(meeting: Meeting) -> None:
    now = timezone.now()
    relationship = meeting.relationship
    first = meeting.agenda.kind == Agenda.RAPPORT
    for person in (relationship.mentee, relationship.mentor):
        other = relationship.other_side(person).profile.name
        when = label_for(meeting.starts_at, person)
        prepare = (
            gettext_lazy(
                "Your first meeting: share your career paths, lessons learned and how you like to communicate."
            )
            if first
            else gettext_lazy(
                "Wins since last time, progress on action items, questions and asks: write them down first."
            )
        )
        plan = [
            (
                "agenda",
                "agenda_due",
                meeting.starts_at - timedelta(hours=settings.MEETING_AGENDA_NUDGE_HOURS),
                format_lazy(gettext_lazy("Prepare the agenda for your meeting with {name}"), name=other),
                format_lazy("{when}. {prepare}", when=when, prepare=prepare),
            ),
            (
                "reminder",
                "meeting_reminder",
                meeting.starts_at - timedelta(hours=settings.MEETING_REMINDER_HOURS),
                format_lazy(gettext_lazy("Meeting with {name}: {when}"), name=other, when=when),
                format_lazy(gettext_lazy("{where}. Look over the agenda before you meet."), where=place_of(meeting)),
            ),
            (
                "notes",
                "meeting_notes",
                meeting.ends_at + timedelta(hours=settings.MEETING_NOTES_NUDGE_HOURS),
                format_lazy(gettext_lazy("Notes and thanks after your meeting with {name}"), name=other),
                gettext_lazy(
                    "Write down what you agreed and the action items with due dates, and rate the meeting "
                    "(only you see your rating)."
                ),
            ),
        ]
        for part, rule, due, title, body in plan:
            key = f"meeting:{meeting.pk}:{part}:{person.pk}"
            nudges.schedule(person, rule, key, max(due, now), title, body, meeting.get_absolute_url())


def emit_meeting_event(meeting: Meeting, event: str, **extra) -> None:
    """A `meeting.*` webhook event to the two people's and the program's subscribers."""
    relationship = meeting.relationship
    data = {
        "meeting_id": meeting.pk,
        "relationship_id": relationship.pk,
        "status": meeting.status,
        "starts_at": meeting.starts_at,
        "duration_minutes": meeting.duration_minutes,
        "sequence": meeting.sequence,
        **extra,
    }
    emit(event, data, people=[relationship.mentee, relationship.mentor], program=relationship.program)


def _in_calendars(meeting: Meeting) -> None:
    """The two people's own calendars follow (CalDAV sync, availability/caldav_sync.py)."""
    calendars.changed.send(Meeting, people=[meeting.relationship.mentee, meeting.relationship.mentor])


def _announce_time(meeting: Meeting) -> None:
    _plan_nudges(meeting)
    _send_invitations(meeting)
    _in_calendars(meeting)
    emit_meeting_event(meeting, "meeting.scheduled" if meeting.sequence == 0 else "meeting.changed")


@transaction.atomic
def schedule_meeting(relationship: Relationship, user, starts_at, *, recurring=False, **details) -> Meeting:
    _require_can_meet(relationship)
    now = timezone.now()
    _require_future(starts_at, "starts_at", now)
    _require_cadence(relationship, recurring)
    meeting = _new_meeting(
        relationship,
        user,
        details,
        status=Meeting.SCHEDULED,
        starts_at=starts_at,
        scheduled_at=now,
        recurring=recurring,
    )
    _announce_time(meeting)
    other = relationship.other_side(user)
    _tell(
        meeting,
        other,
        "invited",
        0,
        format_lazy(
            gettext_lazy("{name} scheduled a meeting: {when}"), name=user.profile.name, when=label_for(starts_at, other)
        ),
        gettext_lazy("The calendar invitation is in your email. Add to the agenda before you meet."),
    )
    record(relationship, user, gettext_noop("Meeting scheduled"))
    return meeting


def _propose(meeting: Meeting, user, slots) -> None:
    meeting.slots.all().delete()
    Slot.objects.bulk_create([Slot(meeting=meeting, starts_at=s) for s in slots])
    other = meeting.relationship.other_side(user)
    times = lazy(lambda: "; ".join(local_label(s, other) for s in slots), str)()
    _tell(
        meeting,
        other,
        "proposed",
        f"{meeting.proposed_at:%Y%m%d%H%M%S%f}",
        format_lazy(
            ngettext_lazy("{name} proposed {count} time to meet", "{name} proposed {count} times to meet", len(slots)),
            name=user.profile.name,
            count=len(slots),
        ),
        format_lazy(gettext_lazy("Pick the one that suits you: {times}."), times=times),
    )


@transaction.atomic
def propose_times(relationship: Relationship, user, slots, *, recurring=False, **details) -> Meeting:
    _require_can_meet(relationship)
    now = timezone.now()
    slots = _check_slots(slots, now)
    _require_cadence(relationship, recurring)
    meeting = _new_meeting(relationship, user, details, status=Meeting.PROPOSED, proposed_at=now, recurring=recurring)
    _propose(meeting, user, slots)
    record(relationship, user, gettext_noop("Meeting times proposed"))
    return meeting


@transaction.atomic
def propose_new_times(meeting: Meeting, user, slots) -> Meeting:
    """None of the times suits: propose others. Whoever proposes last waits for the other to pick."""
    _require_can_meet(meeting.relationship)
    locked = _lock(meeting)
    if locked.status != Meeting.PROPOSED:
        raise DomainError(_("This meeting already has a time: reschedule it instead."), "state")
    now = timezone.now()
    slots = _check_slots(slots, now)
    locked.organiser, locked.proposed_at = user, now
    locked.save(update_fields=["organiser", "proposed_at"])
    _propose(locked, user, slots)
    return locked


@transaction.atomic
def pick_slot(meeting: Meeting, user, slot_pk) -> Meeting:
    _require_can_meet(meeting.relationship)
    locked = _lock(meeting)
    if locked.status != Meeting.PROPOSED:
        raise DomainError(_("This meeting already has a time."), "state")
    if user.pk == locked.organiser_id:
        raise PermissionDenied("The other person picks one of the times you proposed.")
    slot = locked.slots.filter(pk=slot_pk).first() if str(slot_pk).isdigit() else None
    if slot is None:
        raise DomainError(_("Pick one of the proposed times."), field="slot_id")
    now = timezone.now()
    if slot.starts_at <= now:
        raise DomainError(_("That time has passed. Propose new times instead."), field="slot_id")
    locked.status, locked.starts_at, locked.scheduled_at = Meeting.SCHEDULED, slot.starts_at, now
    locked.save(update_fields=["status", "starts_at", "scheduled_at"])
    _announce_time(locked)
    organiser = locked.relationship.other_side(user)
    _tell(
        locked,
        organiser,
        "picked",
        0,
        format_lazy(
            gettext_lazy("{name} picked {when}"), name=user.profile.name, when=label_for(slot.starts_at, organiser)
        ),
        gettext_lazy("The calendar invitation is in your email."),
    )
    record(
        locked.relationship, user, gettext_noop("Meeting scheduled"), gettext_noop("Picked from the proposed times.")
    )
    return locked


@transaction.atomic
def reschedule(meeting: Meeting, user, starts_at=None, note: str = "", **details) -> Meeting:
    """Move a meeting or change its format, place or link; both people get an updated invitation."""
    _require_can_meet(meeting.relationship)
    locked = _lock(meeting)
    if locked.status != Meeting.SCHEDULED:
        raise DomainError(_("Only a scheduled meeting can be changed."), "state")
    before = [getattr(locked, f) for f in ("starts_at", *DETAIL_FIELDS)]
    if starts_at is not None and starts_at != locked.starts_at:
        _require_future(starts_at, "starts_at", timezone.now())
        locked.starts_at = starts_at
    _apply_details(locked, details)
    if [getattr(locked, f) for f in ("starts_at", *DETAIL_FIELDS)] == before:
        return locked
    moved = before[0] != locked.starts_at
    locked.sequence += 1
    locked.change_note = note.strip()
    locked.save()
    _announce_time(locked)
    other = locked.relationship.other_side(user)
    _tell(
        locked,
        other,
        "changed",
        locked.sequence,
        format_lazy(
            gettext_lazy("{name} moved your meeting: {when}")
            if moved
            else gettext_lazy("{name} changed your meeting: {when}"),
            name=user.profile.name,
            when=label_for(locked.starts_at, other),
        ),
        locked.change_note or gettext_lazy("Your calendar invitation is updated."),
    )
    record(
        locked.relationship,
        user,
        gettext_noop("Meeting moved") if moved else gettext_noop("Meeting details changed"),
        locked.change_note,
    )
    return locked


def _call_off(locked: Meeting, actor, note: str) -> bool:
    """Cancel a proposed or scheduled meeting: its nudges go, and a scheduled one leaves both calendars.
    Returns whether it had been scheduled."""
    was_scheduled = locked.status == Meeting.SCHEDULED
    locked.status, locked.cancelled_at, locked.cancelled_by = Meeting.CANCELLED, timezone.now(), actor
    locked.change_note = note.strip()
    if was_scheduled:
        locked.sequence += 1
    locked.save()
    # Drop what was due for this meeting (unsent messages about it too) before saying that it is off.
    nudges.cancel(f"meeting:{locked.pk}:")
    if was_scheduled:
        _send_invitations(locked)
        _in_calendars(locked)
    emit_meeting_event(locked, "meeting.cancelled", cancelled_by=actor.pk if actor else None)
    return was_scheduled


@transaction.atomic
def cancel_meeting(meeting: Meeting, user, note: str = "", stop_series: bool = False) -> Meeting:
    locked = _lock(meeting)
    if not locked.is_open:
        raise DomainError(
            _("This meeting is {status} already.").format(status=locked.get_status_display().lower()), "state"
        )
    was_scheduled = _call_off(locked, user, note)
    other = locked.relationship.other_side(user)
    title = (
        format_lazy(
            gettext_lazy("{name} cancelled your meeting: {when}"),
            name=user.profile.name,
            when=label_for(locked.starts_at, other),
        )
        if locked.starts_at
        else format_lazy(gettext_lazy("{name} cancelled your meeting"), name=user.profile.name)
    )
    _tell(locked, other, "cancelled", locked.sequence, title, note.strip())
    record(locked.relationship, user, gettext_noop("Meeting cancelled"), locked.change_note)
    emit_meeting_event(locked, "meeting.changed")
    if was_scheduled and locked.recurring and not stop_series:
        _next_occurrence(locked)
    return locked


@transaction.atomic
def withdraw_open_meetings(relationship: Relationship) -> int:
    """A mentorship that ends takes its coming meetings off both calendars, and their reminders with them."""
    open_meetings = relationship.meetings.select_for_update().filter(
        Q(status=Meeting.PROPOSED) | Q(status=Meeting.SCHEDULED, starts_at__gt=timezone.now())
    )
    count = 0
    for meeting in open_meetings:
        meeting.relationship = relationship
        _call_off(meeting, None, "The mentorship has ended.")
        count += 1
    return count


def _record_activity(meeting: Meeting) -> None:
    """Tell the nudge engine the pair met, unless an older meeting is being logged after a newer one."""
    latest = meeting.relationship.meetings.filter(status=Meeting.HELD).aggregate(at=Max("starts_at"))["at"]
    if latest is None or meeting.starts_at >= latest:
        relationship_nudges.on_activity(meeting.relationship, when=meeting.starts_at)


@transaction.atomic
def mark_held(meeting: Meeting, user) -> Meeting:
    locked = _lock(meeting)
    if locked.status != Meeting.SCHEDULED:
        raise DomainError(_("Only a scheduled meeting can be marked as held."), "state")
    if not locked.has_started:
        raise DomainError(_("You can mark a meeting as held once it has started."), "not_started")
    locked.status, locked.held_at = Meeting.HELD, timezone.now()
    locked.save(update_fields=["status", "held_at"])
    _record_activity(locked)
    record(locked.relationship, user, gettext_noop("Meeting held"))
    meeting_held.send(Meeting, meeting=locked, actor=user)
    if locked.recurring:
        _next_occurrence(locked)
    return locked


@transaction.atomic
def log_meeting(relationship: Relationship, user, starts_at, *, note: str = "", note_shared=True, **details):
    """A meeting that happened elsewhere (a call, a conference corridor): on the timeline and in the health."""
    _require_can_meet(relationship)
    now = timezone.now()
    if starts_at is None or starts_at > now:
        raise DomainError(_("A logged meeting has already happened: choose a past date and time."), field="starts_at")
    meeting = _new_meeting(
        relationship, user, details, status=Meeting.HELD, starts_at=starts_at, held_at=now, logged=True
    )
    if note.strip():
        Note.objects.create(meeting=meeting, author=user, text=note.strip(), shared=note_shared)
    _record_activity(meeting)
    other = relationship.other_side(user)
    _tell(
        meeting,
        other,
        "logged",
        0,
        format_lazy(
            gettext_lazy("{name} logged your meeting of {when}"),
            name=user.profile.name,
            when=label_for(starts_at, other),
        ),
        gettext_lazy("Add your own notes and action items, and rate it if you like (only you see your rating)."),
    )
    record(relationship, user, gettext_noop("Meeting logged"))
    meeting_held.send(Meeting, meeting=meeting, actor=user)
    return meeting


def _next_occurrence(meeting: Meeting) -> Meeting | None:
    relationship = meeting.relationship
    days = relationship.cadence_days()
    if not days or not relationship.is_current or Meeting.objects.filter(previous=meeting).exists():
        return None
    zone = zone_named(meeting.time_zone)
    now, step = timezone.now(), timedelta(days=days)
    # Aware arithmetic in the organiser's zone keeps the wall-clock time across a daylight-saving change.
    starts_at = meeting.starts_at.astimezone(zone) + step
    while starts_at <= now:
        starts_at += step
    # At a time both people are free (their weekly hours, meetings and calendars), as near the rhythm as can be.
    reach = min(step / 2, timedelta(days=settings.MEETING_CADENCE_REACH_DAYS))
    people = [relationship.mentee, relationship.mentor]
    starts_at = calendars.free_time_for(people, meeting.duration_minutes, starts_at, reach) or starts_at
    title = meeting.title if meeting.title != FIRST_TITLE else ""
    follow = _new_meeting(
        relationship,
        meeting.organiser,
        {"title": title, **{f: getattr(meeting, f) for f in DETAIL_FIELDS if f != "title"}},
        status=Meeting.SCHEDULED,
        starts_at=starts_at,
        scheduled_at=now,
        recurring=True,
        previous=meeting,
    )
    _announce_time(follow)
    return follow
