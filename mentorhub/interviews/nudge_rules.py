"""The nudges informational interviews make (docs/nudges.md)."""

from mentorhub.nudges.rules import Rule

from .models import InformationalInterview


def _interview_id(nudge) -> int:
    return int(nudge.key.split(":")[1])


def not_thanked_yet(nudge) -> bool:
    return InformationalInterview.objects.awaiting_follow_up().filter(pk=_interview_id(nudge)).exists()


def staying_in_touch(nudge) -> bool:
    return InformationalInterview.objects.filter(pk=_interview_id(nudge), stay_in_touch=True).exists()


RULES = [
    Rule(
        "interview_update",
        "meetings",
        "the other person",
        "an interview asked for, booked, accepted, declined, cancelled",
    ),
    Rule(
        "interview_follow_up",
        "follow_ups",
        "the person who asked",
        "when the interview ends: thank them within 48 hours (until a message to them or “I thanked them”)",
        not_thanked_yet,
    ),
    Rule(
        "interview_check_in",
        "follow_ups",
        "the person who asked",
        "INTERVIEW_CHECK_IN_DAYS after choosing “stay in touch”",
        staying_in_touch,
    ),
]
