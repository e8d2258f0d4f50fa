"""A person's conversations in their export; when they leave, their messages stay for the other person without
their name, and their seats go."""

from mentorhub.lib.yourdata import rows

from .models import Attachment, Block, Conversation, Message, Participant, Report


def export(person):
    mine = Conversation.objects.visible_to(person)
    messages = Message.objects.filter(conversation__in=mine).order_by("pk")
    return {
        "conversations.json": {
            "conversations": rows(mine.order_by("pk")),
            "messages": rows(messages, exclude=["external_id"]),
            "attachments": rows(Attachment.objects.filter(message__in=messages), exclude=["file", "token"]),
            "people_i_blocked": rows(Block.objects.filter(blocker=person)),
            "messages_i_reported": rows(Report.objects.filter(reporter=person)),
        }
    }


def erase(person):
    """Anonymised, not deleted: the other person keeps what was said to them. Their own read markers go."""
    Message.objects.filter(author=person).update(author=None)
    Participant.objects.filter(person=person).delete()
    Block.objects.filter(blocker=person).delete()
