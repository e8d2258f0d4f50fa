"""Meetings and everything around them: every operation that touches several rows, and the reads other apps use.

The code lives in one module per topic; new code imports from the topic module, not from here:
- access: the doors to a meeting and to an action item;
- scheduling: proposing, picking, scheduling, moving, cancelling, holding and logging meetings; invitations,
  nudges and the recurring series;
- agenda: agendas, notes and action items;
- progress: progress updates, feedback, ratings and celebrations;
- reads: the timeline, the calendar feed, Home's due items and the relationship page's meetings card.

Topic modules import each other directly and one way (access at the bottom). This package re-exports what the
rest of the code base called before the split, so those callers did not have to change.
"""

from .access import get_action_item_for_user, get_meeting_for_user
from .agenda import (
    add_action_item,
    add_note,
    carried_over,
    delete_note,
    meeting_items,
    notes_for,
    save_agenda,
    update_action_item,
    with_people,
)
from .progress import celebrate, leave_mentor_feedback, linked_goals, post_progress_update, rate_meeting
from .reads import feed_meetings, feed_url, home_items, person_for_feed_token, relationship_summary, timeline
from .scheduling import (
    DETAIL_FIELDS,
    cancel_meeting,
    log_meeting,
    mark_held,
    pick_slot,
    propose_new_times,
    propose_times,
    reschedule,
    schedule_meeting,
    # Invitations queued before the split name the task by this path.
    send_invitation_email,
    withdraw_open_meetings,
)

__all__ = [
    "DETAIL_FIELDS",
    "add_action_item",
    "add_note",
    "cancel_meeting",
    "carried_over",
    "celebrate",
    "delete_note",
    "feed_meetings",
    "feed_url",
    "get_action_item_for_user",
    "get_meeting_for_user",
    "home_items",
    "leave_mentor_feedback",
    "linked_goals",
    "log_meeting",
    "mark_held",
    "meeting_items",
    "notes_for",
    "person_for_feed_token",
    "pick_slot",
    "post_progress_update",
    "propose_new_times",
    "propose_times",
    "rate_meeting",
    "relationship_summary",
    "reschedule",
    "save_agenda",
    "schedule_meeting",
    "send_invitation_email",
    "timeline",
    "update_action_item",
    "with_people",
    "withdraw_open_meetings",
]
