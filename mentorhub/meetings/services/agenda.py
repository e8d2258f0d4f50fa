"""A meeting's agenda, notes and the action items the two people agree on.

Rule: notes are private to their author unless shared.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from mentorhub.lib.errors import DomainError
from mentorhub.relationships.models import Relationship
from mentorhub.relationships.services.access import with_people

from ..models import (
    ActionItem,
    Agenda,
    Meeting,
    Note,
)


def save_agenda(meeting: Meeting, user, answers: dict) -> Agenda:
    if meeting.status == Meeting.CANCELLED:
        raise DomainError(_("This meeting was cancelled."), "state")
    agenda = meeting.agenda
    known = {p["key"] for p in agenda.prompts}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise DomainError(_("This agenda has no item “{key}”.").format(key=unknown[0]), field="answers")
    agenda.answers = {**agenda.answers, **{k: (v or "").strip() for k, v in answers.items()}}
    now = timezone.now()
    agenda.updated_at, agenda.updated_by = now, user
    if agenda.is_filled and agenda.filled_at is None:
        agenda.filled_at = now
    agenda.save()
    return agenda


def carried_over(meeting: Meeting) -> list[ActionItem]:
    """Open action items from earlier meetings: they come back on every agenda until they are done."""
    return meeting_items(meeting)[0]


def meeting_items(meeting: Meeting) -> tuple[list[ActionItem], list[ActionItem]]:
    """The meeting page's two lists of action items in one query: those carried over (carried_over) and the
    meeting's own, each in the items' order."""
    relationship = meeting.relationship
    rows = with_people(
        relationship.action_items.filter(Q(status=ActionItem.OPEN) | Q(meeting=meeting)), relationship, "assignee"
    )
    return [i for i in rows if i.meeting_id != meeting.pk], [i for i in rows if i.meeting_id == meeting.pk]


def notes_for(meeting: Meeting, user) -> list[Note]:
    return with_people(meeting.notes.visible_to(user), meeting.relationship, "author")


def add_note(meeting: Meeting, user, text: str, shared: bool = False) -> Note:
    if not (text or "").strip():
        raise DomainError(_("Write the note first."), field="text")
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
        raise DomainError(_("Assign it to one of you two."), field="assignee_id")


def add_action_item(relationship, user, text: str, assignee_id: int, due_on=None, meeting=None) -> ActionItem:
    _check_assignee(relationship, assignee_id)
    if not (text or "").strip():
        raise DomainError(_("Say what will be done."), field="text")
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
            raise DomainError(_("Say what will be done."), field="text")
        item.text = changes["text"].strip()
    if "due_on" in changes:
        item.due_on = changes["due_on"]
    if "status" in changes and changes["status"] != item.status:
        if changes["status"] not in (ActionItem.OPEN, ActionItem.DONE):
            raise DomainError(_("An action item is open or done."), field="status")
        item.status = changes["status"]
        item.done_at = timezone.now() if item.is_done else None
    item.save()
    return item
