"""What the health score is computed from, read from a relationship's meetings, action items, ratings and
messages."""

from itertools import pairwise

from django.db.models import Count, F, Q
from django.utils import timezone

from mentorhub.conversations.models import Message
from mentorhub.meetings.models import ActionItem, Meeting, MeetingFeedback
from mentorhub.relationships.models import Relationship


def health_inputs(relationship: Relationship, now=None, *, rater=None) -> dict:
    """The meeting and message side of the health score (issues 8 and 15), in five queries. Held includes logged
    meetings; an agenda counts when something was written in it before the meeting started; an action item is due
    once its date has passed or it is done, and done on time when done by its date (or done, with no date).

    Ratings are private to their author, so only `rater`'s own count; without a rater, none do."""
    now = now or timezone.now()
    # One row per meeting rather than an aggregate and a second query for the picks: the relationship page computes
    # this on every view, and building a query costs more CPU than reading a few dozen rows.
    meetings = list(
        relationship.meetings.order_by().values_list(
            "status", "starts_at", "agenda__filled_at", "proposed_at", "scheduled_at"
        )
    )
    held = [(starts_at, filled_at) for status, starts_at, filled_at, _, _ in meetings if status == Meeting.HELD]
    last = max((starts_at for starts_at, _ in held if starts_at is not None), default=None)
    picks = sorted((proposed, scheduled) for _, _, _, proposed, scheduled in meetings if proposed and scheduled)
    done = Q(status=ActionItem.DONE)
    items = relationship.action_items.aggregate(
        due=Count("pk", filter=done | Q(due_on__lt=now.date())),
        on_time=Count("pk", filter=done & (Q(due_on__isnull=True) | Q(done_at__date__lte=F("due_on")))),
    )
    ratings = MeetingFeedback.objects.filter(meeting__relationship=relationship, author=rater).order_by(
        "created_at", "pk"
    )
    talk = message_inputs(relationship, now)
    return {
        "cadence_days": relationship.cadence_days(),
        "days_since_last_meeting": (now - last).total_seconds() / 86400 if last else None,
        "meetings_held": len(held),
        "meetings_with_agenda": sum(
            1 for starts_at, filled_at in held if filled_at and starts_at and filled_at < starts_at
        ),
        "action_items_due": items["due"],
        "action_items_done_on_time": items["on_time"],
        "ratings": list(ratings.values_list("rating", flat=True)),
        "response_hours": [(scheduled - proposed).total_seconds() / 3600 for proposed, scheduled in picks]
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
