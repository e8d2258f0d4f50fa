"""What the health score is computed from, read from a relationship's meetings, action items, ratings and
messages."""

from itertools import pairwise

from django.db.models import Count, F, Max, Q
from django.utils import timezone

from mentorhub.conversations.models import Message
from mentorhub.meetings.models import ActionItem, Meeting, MeetingFeedback
from mentorhub.relationships.models import Relationship


def health_inputs(relationship: Relationship, now=None, *, rater=None) -> dict:
    """The meeting and message side of the health score (issues 8 and 15), in six queries. Held includes logged
    meetings; an agenda counts when something was written in it before the meeting started; an action item is due
    once its date has passed or it is done, and done on time when done by its date (or done, with no date).

    Ratings are private to their author, so only `rater`'s own count; without a rater, none do."""
    now = now or timezone.now()
    held = Q(status=Meeting.HELD)
    meetings = relationship.meetings.aggregate(
        held=Count("pk", filter=held),
        with_agenda=Count("pk", filter=held & Q(agenda__filled_at__lt=F("starts_at"))),
        last=Max("starts_at", filter=held),
    )
    done = Q(status=ActionItem.DONE)
    items = relationship.action_items.aggregate(
        due=Count("pk", filter=done | Q(due_on__lt=now.date())),
        on_time=Count("pk", filter=done & (Q(due_on__isnull=True) | Q(done_at__date__lte=F("due_on")))),
    )
    ratings = MeetingFeedback.objects.filter(meeting__relationship=relationship, author=rater).order_by(
        "created_at", "pk"
    )
    picks = relationship.meetings.filter(proposed_at__isnull=False, scheduled_at__isnull=False)
    talk = message_inputs(relationship, now)
    return {
        "cadence_days": relationship.cadence_days(),
        "days_since_last_meeting": (now - meetings["last"]).total_seconds() / 86400 if meetings["last"] else None,
        "meetings_held": meetings["held"],
        "meetings_with_agenda": meetings["with_agenda"],
        "action_items_due": items["due"],
        "action_items_done_on_time": items["on_time"],
        "ratings": list(ratings.values_list("rating", flat=True)),
        "response_hours": [
            (scheduled - proposed).total_seconds() / 3600
            for proposed, scheduled in picks.order_by("proposed_at").values_list("proposed_at", "scheduled_at")
        ]
        + talk["reply_hours"],
        "days_since_last_message": talk["days_since_last_message"],
    }


def message_inputs(relationship: Relationship, now, recent: int = 200) -> dict:
    """From the relationship's conversation, in one query over its latest messages: how long each person took to
    answer the other (a message after one by the other person), and how long ago they last wrote. Dates and
    durations only: the health score never reads what was written."""
    latest = list(
        Message.objects.filter(conversation__relationship=relationship, author__isnull=False)
        .order_by("-pk")
        .values_list("author_id", "created_at")[:recent]
    )[::-1]
    replies = [
        (later - earlier).total_seconds() / 3600
        for (first, earlier), (second, later) in pairwise(latest)
        if first != second
    ]
    last = latest[-1][1] if latest else None
    return {
        "reply_hours": replies,
        "days_since_last_message": (now - last).total_seconds() / 86400 if last else None,
    }
