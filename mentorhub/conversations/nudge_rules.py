"""The notification a new message makes due (docs/nudges.md, docs/conversations.md)."""

from mentorhub.nudges.rules import Rule

from .models import Message, Participant


def still_unread(nudge) -> bool:
    """Key: conv:<conversation>:to:<person>:from:<first unread message>. Read in the app meanwhile, or deleted by
    its author: nothing to tell."""
    _, conversation, _, person, _, first = nudge.key.split(":")
    unread = Participant.objects.filter(
        conversation_id=conversation, person_id=person, last_read_message_id__lt=int(first)
    ).exists()
    return (
        unread
        and Message.objects.filter(conversation_id=conversation, pk__gte=int(first), deleted_at__isnull=True)
        .exclude(author_id=person)
        .exists()
    )


RULES = [
    Rule(
        "message_received",
        "messages",
        "the other person in the conversation",
        "CONVERSATION_NOTIFY_DELAY_MINUTES after a message they have not read in the app (one per unread burst)",
        still_unread,
    ),
    Rule("message_reported", "programs", "the program's coordinators, or site staff", "a message is reported"),
]
