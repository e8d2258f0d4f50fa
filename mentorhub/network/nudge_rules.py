"""The follow-ups a person's network makes due (docs/nudges.md)."""

from mentorhub.nudges.rules import Rule

from .models import Encounter, OutreachMessage


def encounter_open(nudge) -> bool:
    return Encounter.objects.open().filter(pk=int(nudge.key.split(":")[1])).exists()


def message_unanswered(nudge) -> bool:
    return OutreachMessage.objects.awaiting_follow_up().filter(pk=int(nudge.key.split(":")[1])).exists()


RULES = [
    Rule("follow_up_due", "follow_ups", "the person", "48 hours after meeting someone (an encounter)", encounter_open),
    Rule(
        "outreach_follow_up",
        "follow_ups",
        "the sender",
        "7 days after an unanswered message, once",
        message_unanswered,
    ),
]
