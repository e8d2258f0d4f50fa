"""Meetings and everything around them: every operation that touches several rows, and the reads other apps use.

Rules:
- Either person proposes up to three times for the other to pick, or schedules directly. Each person sees every
  time in their own timezone.
- Recurring meetings follow the agreement's cadence one occurrence at a time: when an occurrence is held (or
  cancelled without stopping the series), the next one is scheduled one cadence later, at the same wall-clock time
  in the organiser's timezone. So a changed cadence applies from the next meeting, and no string of stale future
  meetings is left behind when the two people stop meeting.
- Every new, changed or cancelled meeting sends each person an email with an iCalendar invitation (same UID,
  growing SEQUENCE), from a task. A meeting logged after the fact sends none: it is already over.
- Nudges per meeting and person: the agenda 48 h before, a reminder 24 h before, notes and thanks 2 h after the
  end. Moving a meeting moves them (same keys); cancelling removes them. A nudge whose time has already passed when
  the meeting is (re)scheduled goes out at once rather than never.
- When a mentorship ends, its coming meetings are cancelled: off both calendars, their nudges gone.
- Notes are private to their author unless shared; meeting ratings are private to their author.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMultiAlternatives
from django.core.validators import URLValidator, ValidationError
from django.db import transaction
from django.db.models import Max, Min, Q
from django.http import Http404
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from mentorhub.goals.models import Goal
from mentorhub.goals.services import set_goal_status
from mentorhub.integrations.services import emit
from mentorhub.lib import mail
from mentorhub.lib.errors import DomainError
from mentorhub.lib.time import local_label, zone_named, zone_of
from mentorhub.nudges import rules as nudge_rules
from mentorhub.nudges import services as nudges
from mentorhub.relationships import nudge_rules as relationship_nudges
from mentorhub.relationships.models import FORMATS, Relationship
from mentorhub.relationships.services import get_relationship_for_user, record

from .ics import invitation
from .models import (
    ActionItem,
    Agenda,
    CalendarFeed,
    Celebration,
    Meeting,
    MeetingFeedback,
    MentorFeedback,
    Note,
    ProgressUpdate,
    Slot,
    hash_feed_token,
)

DETAIL_FIELDS = ("title", "duration_minutes", "format", "location", "video_link")
FIRST_TITLE, REGULAR_TITLE = "Getting to know each other", "Mentoring meeting"
FEED_DAYS_BACK = 180


# Access -----------------------------------------------------------------------------------------------------------


def get_meeting_for_user(user, pk) -> Meeting:
    """Through the relationship's door: outsiders get 404, a program's coordinators 403."""
    meeting = Meeting.objects.filter(pk=pk).first()
    if meeting is None:
        raise Http404("No such meeting")
    meeting.relationship = get_relationship_for_user(user, meeting.relationship_id)
    return meeting


def get_action_item_for_user(user, pk) -> ActionItem:
    item = ActionItem.objects.filter(pk=pk).first()
    if item is None:
        raise Http404("No such action item")
    item.relationship = get_relationship_for_user(user, item.relationship_id)
    return item


def _lock(meeting: Meeting) -> Meeting:
    """The meeting's row, locked for this transaction: two people answering at once act one after the other."""
    locked = Meeting.objects.select_for_update(of=("self",)).get(pk=meeting.pk)
    locked.relationship = meeting.relationship
    return locked


# Scheduling -------------------------------------------------------------------------------------------------------


def _require_current(relationship: Relationship) -> None:
    if not relationship.is_current:
        raise DomainError("This mentorship has ended; its meetings can no longer change.", "state")


def _require_can_meet(relationship: Relationship) -> None:
    """Two people who stay in touch after a mentorship still meet now and then: planning and logging go on."""
    if not relationship.can_meet:
        raise DomainError("This mentorship has ended; its meetings can no longer change.", "state")


def _require_future(starts_at, field: str, now) -> None:
    if starts_at is None:
        raise DomainError("Choose a date and time.", field=field)
    if starts_at <= now:
        raise DomainError("Choose a time in the future.", field=field)


def _require_cadence(relationship: Relationship, recurring: bool) -> None:
    if recurring and not relationship.cadence_days():
        raise DomainError(
            "Recurring meetings follow your agreement's cadence: confirm an agreement first.", field="recurring"
        )


def _apply_details(meeting: Meeting, details: dict) -> None:
    for field in DETAIL_FIELDS:
        value = details.get(field)
        # An empty title keeps the one it has: only the first meeting's default differs from the others'.
        if value is not None and (value or field != "title"):
            setattr(meeting, field, value.strip() if isinstance(value, str) else value)
    if meeting.format not in dict(FORMATS):
        raise DomainError("Choose video call, phone or in person.", field="format")
    if not 15 <= int(meeting.duration_minutes) <= 240:
        raise DomainError("A meeting lasts between 15 minutes and 4 hours.", field="duration_minutes")
    if meeting.format == "in_person" and not meeting.location:
        raise DomainError("Say where you will meet.", field="location")
    if meeting.video_link:
        try:
            URLValidator(schemes=["https", "http"])(meeting.video_link)
        except ValidationError:
            raise DomainError("Paste the full link, starting with https://", field="video_link") from None


def _new_meeting(relationship: Relationship, organiser, details: dict, **fields) -> Meeting:
    first = not relationship.meetings.exclude(status=Meeting.CANCELLED).exists()
    meeting = Meeting(relationship=relationship, organiser=organiser, time_zone=zone_of(organiser).key, **fields)
    _apply_details(meeting, details)
    meeting.title = meeting.title or (FIRST_TITLE if first else REGULAR_TITLE)
    meeting.save()
    Agenda.objects.create(meeting=meeting, kind=Agenda.RAPPORT if first else Agenda.REGULAR)
    return meeting


def _check_slots(slots, now) -> list:
    if not slots:
        raise DomainError("Propose at least one time.", field="slots")
    if len(slots) > Meeting.MAX_SLOTS:
        raise DomainError("Propose at most three times: fewer choices get quicker answers.", field="slots")
    if any(s <= now for s in slots):
        raise DomainError("Proposed times must be in the future.", field="slots")
    if len(set(slots)) != len(slots):
        raise DomainError("Propose different times.", field="slots")
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
    for person_id in (meeting.relationship.mentee_id, meeting.relationship.mentor_id):
        send_invitation.enqueue(meeting.pk, person_id, meeting.sequence)


@task
def send_invitation(meeting_id: int, person_id: int, sequence: int) -> None:
    """A task so that a slow SMTP server never slows the page that scheduled the meeting."""
    send_invitation_email(meeting_id, person_id, sequence)


def send_invitation_email(meeting_id: int, person_id: int, sequence: int) -> bool:
    """Email one person the invitation, in their timezone. Returns False when a newer change superseded it: that
    change queued its own email, and sending this one would only show a time that is no longer true."""
    meeting = (
        Meeting.objects.select_related("relationship__mentee__profile", "relationship__mentor__profile")
        .filter(pk=meeting_id)
        .first()
    )
    if meeting is None or meeting.sequence != sequence:
        return False
    relationship = meeting.relationship
    person = relationship.mentee if person_id == relationship.mentee_id else relationship.mentor
    method, ics = invitation(meeting, person)
    zone = zone_of(person)
    context = {
        "name": person.get_short_name(),
        "other": relationship.other_side(person).profile.name,
        "meeting": meeting,
        "cancelled": method == "CANCEL",
        "updated": sequence > 0,
        "starts": meeting.starts_at.astimezone(zone),
        "ends": meeting.ends_at.astimezone(zone),
        "zone": zone.key,
        "url": settings.SITE_URL + meeting.get_absolute_url(),
    }
    subject, _, body = render_to_string("email/meeting_invitation.txt", context).strip().partition("\n")
    message = EmailMultiAlternatives(subject.strip(), body.strip() + "\n", settings.DEFAULT_FROM_EMAIL, [person.email])
    # The inline part is what mail apps turn into Accept / Decline; the attachment serves the others.
    message.attach_alternative(ics.decode(), f"text/calendar; method={method}")
    message.attach("invite.ics", ics, "application/ics")
    mail.send(message)
    return True


def _plan_nudges(meeting: Meeting) -> None:
    now = timezone.now()
    relationship = meeting.relationship
    first = meeting.agenda.kind == Agenda.RAPPORT
    for person in (relationship.mentee, relationship.mentor):
        other = relationship.other_side(person).profile.name
        when = local_label(meeting.starts_at, person)
        prepare = (
            "Your first meeting: share your career paths, lessons learned and how you like to communicate."
            if first
            else "Wins since last time, progress on action items, questions and asks: write them down first."
        )
        plan = [
            (
                "agenda",
                "agenda_due",
                meeting.starts_at - timedelta(hours=48),
                f"Prepare the agenda for your meeting with {other}",
                f"{when}. {prepare}",
            ),
            (
                "reminder",
                "meeting_reminder",
                meeting.starts_at - timedelta(hours=24),
                f"Meeting with {other}: {when}",
                f"{meeting.where}. Look over the agenda before you meet.",
            ),
            (
                "notes",
                "meeting_notes",
                meeting.ends_at + timedelta(hours=2),
                f"Notes and thanks after your meeting with {other}",
                "Write down what you agreed and the action items with due dates, and rate the meeting "
                "(only you see your rating).",
            ),
        ]
        for part, rule, due, title, body in plan:
            key = f"meeting:{meeting.pk}:{part}:{person.pk}"
            nudges.schedule(person, rule, key, max(due, now), title, body, meeting.get_absolute_url())


def _emit(meeting: Meeting, event: str) -> None:
    relationship = meeting.relationship
    data = {
        "meeting_id": meeting.pk,
        "relationship_id": relationship.pk,
        "status": meeting.status,
        "starts_at": meeting.starts_at,
        "sequence": meeting.sequence,
    }
    emit(event, data, people=[relationship.mentee, relationship.mentor], program=relationship.program)


def _announce_time(meeting: Meeting) -> None:
    _plan_nudges(meeting)
    _send_invitations(meeting)
    _emit(meeting, "meeting.scheduled" if meeting.sequence == 0 else "meeting.changed")


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
        f"{user.profile.name} scheduled a meeting: {local_label(starts_at, other)}",
        "The calendar invitation is in your email. Add to the agenda before you meet.",
    )
    record(relationship, user, "Meeting scheduled")
    return meeting


def _propose(meeting: Meeting, user, slots) -> None:
    meeting.slots.all().delete()
    Slot.objects.bulk_create([Slot(meeting=meeting, starts_at=s) for s in slots])
    other = meeting.relationship.other_side(user)
    times = "; ".join(local_label(s, other) for s in slots)
    _tell(
        meeting,
        other,
        "proposed",
        f"{meeting.proposed_at:%Y%m%d%H%M%S%f}",
        f"{user.profile.name} proposed {len(slots)} time{'s' if len(slots) > 1 else ''} to meet",
        f"Pick the one that suits you: {times}.",
    )


@transaction.atomic
def propose_times(relationship: Relationship, user, slots, *, recurring=False, **details) -> Meeting:
    _require_can_meet(relationship)
    now = timezone.now()
    slots = _check_slots(slots, now)
    _require_cadence(relationship, recurring)
    meeting = _new_meeting(relationship, user, details, status=Meeting.PROPOSED, proposed_at=now, recurring=recurring)
    _propose(meeting, user, slots)
    record(relationship, user, "Meeting times proposed")
    return meeting


@transaction.atomic
def propose_new_times(meeting: Meeting, user, slots) -> Meeting:
    """None of the times suits: propose others. Whoever proposes last waits for the other to pick."""
    _require_can_meet(meeting.relationship)
    locked = _lock(meeting)
    if locked.status != Meeting.PROPOSED:
        raise DomainError("This meeting already has a time: reschedule it instead.", "state")
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
        raise DomainError("This meeting already has a time.", "state")
    if user.pk == locked.organiser_id:
        raise PermissionDenied("The other person picks one of the times you proposed.")
    slot = locked.slots.filter(pk=slot_pk).first() if str(slot_pk).isdigit() else None
    if slot is None:
        raise DomainError("Pick one of the proposed times.", field="slot_id")
    now = timezone.now()
    if slot.starts_at <= now:
        raise DomainError("That time has passed. Propose new times instead.", field="slot_id")
    locked.status, locked.starts_at, locked.scheduled_at = Meeting.SCHEDULED, slot.starts_at, now
    locked.save(update_fields=["status", "starts_at", "scheduled_at"])
    _announce_time(locked)
    organiser = locked.relationship.other_side(user)
    _tell(
        locked,
        organiser,
        "picked",
        0,
        f"{user.profile.name} picked {local_label(slot.starts_at, organiser)}",
        "The calendar invitation is in your email.",
    )
    record(locked.relationship, user, "Meeting scheduled", "Picked from the proposed times.")
    return locked


@transaction.atomic
def reschedule(meeting: Meeting, user, starts_at=None, note: str = "", **details) -> Meeting:
    """Move a meeting or change its format, place or link; both people get an updated invitation."""
    _require_can_meet(meeting.relationship)
    locked = _lock(meeting)
    if locked.status != Meeting.SCHEDULED:
        raise DomainError("Only a scheduled meeting can be changed.", "state")
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
        f"{user.profile.name} {'moved' if moved else 'changed'} your meeting: {local_label(locked.starts_at, other)}",
        locked.change_note or "Your calendar invitation is updated.",
    )
    record(locked.relationship, user, "Meeting moved" if moved else "Meeting details changed", locked.change_note)
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
    return was_scheduled


@transaction.atomic
def cancel_meeting(meeting: Meeting, user, note: str = "", stop_series: bool = False) -> Meeting:
    locked = _lock(meeting)
    if not locked.is_open:
        raise DomainError(f"This meeting is {locked.get_status_display().lower()} already.", "state")
    was_scheduled = _call_off(locked, user, note)
    other = locked.relationship.other_side(user)
    when = f": {local_label(locked.starts_at, other)}" if locked.starts_at else ""
    _tell(
        locked, other, "cancelled", locked.sequence, f"{user.profile.name} cancelled your meeting{when}", note.strip()
    )
    record(locked.relationship, user, "Meeting cancelled", locked.change_note)
    _emit(locked, "meeting.changed")
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
        raise DomainError("Only a scheduled meeting can be marked as held.", "state")
    if not locked.has_started:
        raise DomainError("You can mark a meeting as held once it has started.", "not_started")
    locked.status, locked.held_at = Meeting.HELD, timezone.now()
    locked.save(update_fields=["status", "held_at"])
    _record_activity(locked)
    record(locked.relationship, user, "Meeting held")
    if locked.recurring:
        _next_occurrence(locked)
    return locked


@transaction.atomic
def log_meeting(relationship: Relationship, user, starts_at, *, note: str = "", note_shared=True, **details):
    """A meeting that happened elsewhere (a call, a conference corridor): on the timeline and in the health."""
    _require_can_meet(relationship)
    now = timezone.now()
    if starts_at is None or starts_at > now:
        raise DomainError("A logged meeting has already happened: choose a past date and time.", field="starts_at")
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
        f"{user.profile.name} logged your meeting of {local_label(starts_at, other)}",
        "Add your own notes and action items, and rate it if you like (only you see your rating).",
    )
    record(relationship, user, "Meeting logged")
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


# Agenda, notes, action items --------------------------------------------------------------------------------------


def save_agenda(meeting: Meeting, user, answers: dict) -> Agenda:
    if meeting.status == Meeting.CANCELLED:
        raise DomainError("This meeting was cancelled.", "state")
    agenda = meeting.agenda
    known = {p["key"] for p in agenda.prompts}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise DomainError(f"This agenda has no item “{unknown[0]}”.", field="answers")
    agenda.answers = {**agenda.answers, **{k: (v or "").strip() for k, v in answers.items()}}
    now = timezone.now()
    agenda.updated_at, agenda.updated_by = now, user
    if agenda.is_filled and agenda.filled_at is None:
        agenda.filled_at = now
    agenda.save()
    return agenda


def carried_over(meeting: Meeting):
    """Open action items from earlier meetings: they come back on every agenda until they are done."""
    return (
        meeting.relationship.action_items.filter(status=ActionItem.OPEN)
        .exclude(meeting=meeting)
        .select_related("assignee__profile")
    )


def notes_for(meeting: Meeting, user):
    return meeting.notes.visible_to(user).select_related("author__profile")


def add_note(meeting: Meeting, user, text: str, shared: bool = False) -> Note:
    if not (text or "").strip():
        raise DomainError("Write the note first.", field="text")
    return Note.objects.create(meeting=meeting, author=user, text=text.strip(), shared=shared)


def delete_note(meeting: Meeting, user, note_pk) -> None:
    note = meeting.notes.filter(pk=note_pk).first()
    if note is None or (note.author_id != user.pk and not note.shared):
        raise Http404("No such note")
    if note.author_id != user.pk:
        raise PermissionDenied("Only its author can delete a note.")
    note.delete()


def _check_assignee(relationship: Relationship, assignee_id) -> None:
    if assignee_id not in (relationship.mentee_id, relationship.mentor_id):
        raise DomainError("Assign it to one of you two.", field="assignee_id")


def add_action_item(relationship, user, text: str, assignee_id: int, due_on=None, meeting=None) -> ActionItem:
    _check_assignee(relationship, assignee_id)
    if not (text or "").strip():
        raise DomainError("Say what will be done.", field="text")
    return ActionItem.objects.create(
        relationship=relationship,
        meeting=meeting,
        text=text.strip(),
        assignee_id=assignee_id,
        due_on=due_on,
        created_by=user,
    )


def update_action_item(item: ActionItem, user, **changes) -> ActionItem:
    """Change any of text, assignee_id, due_on and status ("open" or "done")."""
    if "assignee_id" in changes:
        _check_assignee(item.relationship, changes["assignee_id"])
        item.assignee_id = changes["assignee_id"]
    if "text" in changes:
        if not (changes["text"] or "").strip():
            raise DomainError("Say what will be done.", field="text")
        item.text = changes["text"].strip()
    if "due_on" in changes:
        item.due_on = changes["due_on"]
    if "status" in changes and changes["status"] != item.status:
        if changes["status"] not in (ActionItem.OPEN, ActionItem.DONE):
            raise DomainError("An action item is open or done.", field="status")
        item.status = changes["status"]
        item.done_at = timezone.now() if item.is_done else None
    item.save()
    return item


# Progress, feedback, celebrations ---------------------------------------------------------------------------------


def linked_goals(relationship: Relationship):
    """The mentee's goals that this mentorship is about: in any version of the agreement, or in the request, and
    still shared with the mentor."""
    return (
        Goal.objects.filter(owner_id=relationship.mentee_id)
        .filter(visibility=Goal.MENTORS, shared_with=relationship.mentor_id)
        .filter(Q(agreements__relationship=relationship) | Q(requests__relationship=relationship))
        .distinct()
    )


@transaction.atomic
def post_progress_update(
    relationship: Relationship, user, text: str, goal=None, goal_progress=None, goal_achieved=False
) -> ProgressUpdate:
    if user.pk != relationship.mentee_id:
        raise PermissionDenied("Progress updates come from the mentee.")
    _require_current(relationship)
    if not (text or "").strip():
        raise DomainError("Tell your mentor what happened.", field="text")
    if goal is None and (goal_progress is not None or goal_achieved):
        raise DomainError("Choose the goal that moved.", field="goal_id")
    if goal is not None and not linked_goals(relationship).filter(pk=goal.pk).exists():
        raise DomainError("Choose one of the goals of this mentorship.", field="goal_id")
    if goal_progress is not None and not 0 <= goal_progress <= 100:
        raise DomainError("Progress is a percentage, from 0 to 100.", field="goal_progress")
    achieved = bool(goal_achieved or goal_progress == 100)
    update = ProgressUpdate.objects.create(
        relationship=relationship,
        author=user,
        text=text.strip(),
        goal=goal,
        goal_progress=100 if achieved else goal_progress,
        goal_achieved=achieved,
    )
    if goal is not None and (goal_progress is not None or achieved):
        goal.manual_progress = 100 if achieved else goal_progress
        goal.save(update_fields=["manual_progress"])
        if achieved:
            # Celebrated by the receiver in signals.py and announced by the goal's own service, as on the goal page.
            set_goal_status(goal, Goal.ACHIEVED)
    nudges.notify_now(
        relationship.mentor,
        "relationship_event",
        f"progress:{update.pk}",
        f"{user.profile.name} posted a progress update",
        update.text[:600],
        reverse("meetings:relationship", args=[relationship.pk]),
    )
    return update


def rate_meeting(meeting: Meeting, user, rating: int, comment: str = "") -> MeetingFeedback:
    if meeting.status != Meeting.HELD:
        raise DomainError("You can rate a meeting once it has been held.", "state")
    if rating not in range(1, 6):
        raise DomainError("Rate it from 1 to 5.", field="rating")
    return MeetingFeedback.objects.update_or_create(
        meeting=meeting, author=user, defaults={"rating": rating, "comment": (comment or "").strip()}
    )[0]


def leave_mentor_feedback(relationship, user, strengths: str, next_steps: str, meeting=None) -> MentorFeedback:
    if user.pk != relationship.mentor_id:
        raise PermissionDenied("Structured feedback comes from the mentor.")
    if not (strengths or "").strip():
        raise DomainError("Name at least one strength you saw.", field="strengths")
    if not (next_steps or "").strip():
        raise DomainError("Suggest a next step.", field="next_steps")
    feedback = MentorFeedback.objects.create(
        relationship=relationship,
        meeting=meeting,
        author=user,
        strengths=strengths.strip(),
        next_steps=next_steps.strip(),
    )
    nudges.notify_now(
        relationship.mentee,
        "relationship_event",
        f"mentor-feedback:{feedback.pk}",
        f"Feedback from {user.profile.name}",
        f"Strengths: {feedback.strengths[:300]}\nNext steps: {feedback.next_steps[:300]}",
        reverse("meetings:relationship", args=[relationship.pk]),
    )
    return feedback


def celebrate(goal: Goal, milestone=None) -> list[Celebration]:
    """A goal achieved or a milestone reached: on the timeline of each current mentorship about that goal, and the
    mentor told. Idempotent: the same achievement is celebrated once."""
    if goal.visibility != Goal.MENTORS:
        return []  # a goal no mentor may see is celebrated on the goals page, not in a mentorship
    text = f"Milestone reached: {milestone.text}" if milestone else f"Goal achieved: {goal.text}"
    relationships = (
        Relationship.objects.current()
        .filter(mentee_id=goal.owner_id)
        .filter(Q(agreement_versions__goals=goal) | Q(request__goals=goal))
        .filter(mentor__goals_shared_with_me=goal)
        .distinct()
        .select_related("mentee__profile", "mentor__profile")
    )
    made = []
    for relationship in relationships:
        celebration, created = Celebration.objects.get_or_create(
            relationship=relationship, goal=goal, milestone=milestone, defaults={"text": text[:400]}
        )
        if not created:
            continue
        made.append(celebration)
        nudges.notify_now(
            relationship.mentor,
            "celebration",
            f"celebration:{celebration.pk}",
            f"{relationship.mentee.profile.name}: {text}"[:200],
            "A short note of congratulations goes a long way.",
            reverse("meetings:relationship", args=[relationship.pk]),
        )
    return made


# Reads ------------------------------------------------------------------------------------------------------------


def timeline(relationship: Relationship, viewer) -> list[dict]:
    """What happened in the mentorship, newest first: meetings, progress updates, feedback, celebrations, agreement
    versions and thanks. Ratings are private, so a person sees only their own."""
    entries = []

    def add(kind, at, title, body="", url="", actor_id=None, private=False):
        entries.append(
            {"kind": kind, "at": at, "title": title, "body": body, "url": url, "actor_id": actor_id, "private": private}
        )

    names = {
        relationship.mentee_id: relationship.mentee.profile.name,
        relationship.mentor_id: relationship.mentor.profile.name,
    }
    for m in relationship.meetings.filter(status__in=[Meeting.HELD, Meeting.CANCELLED]).exclude(starts_at=None):
        if m.status == Meeting.HELD:
            add("meeting", m.starts_at, f"{'Logged' if m.logged else 'Met'}: {m.title}", url=m.get_absolute_url())
        else:
            add(
                "cancelled",
                m.cancelled_at,
                f"Cancelled: {m.title}",
                m.change_note,
                m.get_absolute_url(),
                m.cancelled_by_id,
            )
    updates = list(relationship.progress_updates.select_related("goal"))
    # A goal the mentee has since made private keeps its update, but not its text.
    readable = set(
        Goal.objects.visible_to(viewer)
        .filter(pk__in={u.goal_id for u in updates if u.goal_id})
        .values_list("pk", flat=True)
    )
    for u in updates:
        goal = ""
        if u.goal_id in readable:
            goal = f"\n{'Achieved' if u.goal_achieved else 'Progress'}: {u.goal.text}"
            goal += f" ({u.goal_progress}%)" if u.goal_progress is not None and not u.goal_achieved else ""
        add("progress", u.created_at, f"Progress update from {names[u.author_id]}", u.text + goal, actor_id=u.author_id)
    for f in relationship.mentor_feedback.all():
        body = f"Strengths: {f.strengths}\nNext steps: {f.next_steps}"
        add("feedback", f.created_at, f"Feedback from {names[f.author_id]}", body, actor_id=f.author_id)
    for r in MeetingFeedback.objects.filter(meeting__relationship=relationship, author=viewer).select_related(
        "meeting"
    ):
        title = f"You rated “{r.meeting.title}” {r.rating}/5"
        add("rating", r.created_at, title, r.comment, r.meeting.get_absolute_url(), viewer.pk, private=True)
    for c in relationship.celebrations.all():
        add("celebration", c.created_at, c.text)
    for v in relationship.agreement_versions.all():
        if v.is_confirmed:
            confirmed_at = max(v.confirmed_by_mentee_at, v.confirmed_by_mentor_at)
            add("agreement", confirmed_at, f"Agreement v{v.number} confirmed")
    for g in relationship.gratitude_notes.all():
        add("gratitude", g.created_at, f"Thanks from {names[g.author_id]}", g.text, actor_id=g.author_id)
    return sorted(entries, key=lambda e: e["at"], reverse=True)


def feed_meetings(person, now=None):
    """What a person's calendar feed lists: their meetings with a time, from six months back."""
    since = (now or timezone.now()) - timedelta(days=FEED_DAYS_BACK)
    return (
        Meeting.objects.involving(person)
        .filter(starts_at__gte=since)
        .select_related("relationship__mentee__profile", "relationship__mentor__profile")
        .order_by("starts_at")
    )


def feed_url(raw: str) -> str:
    return settings.SITE_URL + reverse("meetings:feed", args=[raw])


def person_for_feed_token(raw: str):
    feed = (
        CalendarFeed.objects.select_related("person__profile")
        .filter(token_hash=hash_feed_token(raw), person__is_active=True)
        .first()
    )
    if feed is None:
        raise Http404("No such calendar feed")
    now = timezone.now()
    # Calendar apps poll every few minutes; recording each poll would turn every read into a write.
    if feed.last_used_at is None or now - feed.last_used_at > timedelta(hours=1):
        CalendarFeed.objects.filter(pk=feed.pk).update(last_used_at=now)
    return feed.person


def home_items(person) -> list[dict]:
    """For Home: open action items, meetings in the next week to prepare, proposed times to answer."""
    now = timezone.now()
    items = []
    people = ("relationship__mentee__profile", "relationship__mentor__profile")
    open_items = ActionItem.objects.filter(
        assignee=person, status=ActionItem.OPEN, relationship__status__in=Relationship.CURRENT_STATUSES
    ).select_related(*people)
    for item in open_items:
        items.append(
            {
                "title": f"Action item: {item.text}",
                "url": reverse("meetings:relationship", args=[item.relationship_id]),
                "due": nudge_rules.at_morning(item.due_on, person) if item.due_on else None,
                "kind": "action_item",
                "why": f"Agreed with {item.relationship.other_side(person).profile.name}.",
            }
        )
    soon = Meeting.objects.involving(person).upcoming(now).filter(starts_at__lte=now + timedelta(days=7))
    for meeting in soon.select_related("agenda", *people):
        other = meeting.relationship.other_side(person).profile.name
        ready = meeting.agenda.is_filled
        items.append(
            {
                "title": f"Meeting with {other}" if ready else f"Prepare the agenda for your meeting with {other}",
                "url": meeting.get_absolute_url(),
                "due": meeting.starts_at,
                "kind": "meeting",
                "why": "The agenda is ready."
                if ready
                else "Wins, questions and asks shared in advance make the meeting go further.",
            }
        )
    proposals = (
        Meeting.objects.involving(person)
        .filter(status=Meeting.PROPOSED)
        .exclude(organiser=person)
        .annotate(first_slot=Min("slots__starts_at", filter=Q(slots__starts_at__gt=now)))
        .filter(first_slot__isnull=False)
        .select_related(*people)
    )
    for meeting in proposals:
        other = meeting.relationship.other_side(person).profile.name
        items.append(
            {
                "title": f"Pick a time to meet {other}",
                "url": meeting.get_absolute_url(),
                "due": meeting.first_slot,
                "kind": "proposal",
                "why": "Answering quickly keeps a mentorship moving.",
            }
        )
    return items


def relationship_summary(relationship: Relationship, viewer) -> dict:
    """What the relationship page's meetings card shows: what is next, what is open, what happened lately."""
    meetings = relationship.meetings.filter(status__in=[Meeting.PROPOSED, Meeting.SCHEDULED])
    return {
        "upcoming": list(
            meetings.filter(status=Meeting.SCHEDULED, starts_at__gte=timezone.now()).order_by("starts_at")[:2]
        ),
        "proposals": list(meetings.filter(status=Meeting.PROPOSED).prefetch_related("slots")),
        "open_items": list(
            relationship.action_items.filter(status=ActionItem.OPEN).select_related("assignee__profile")[:5]
        ),
        # Thanks and agreement versions have their own cards on that page: the card shows the rest.
        "recent": [e for e in timeline(relationship, viewer) if e["kind"] not in ("gratitude", "agreement")][:5],
        "zone": zone_of(viewer).key,
    }
