"""The nudges meetings and goals reached send (docs/nudges.md); meetings.services.scheduling schedules them."""

from mentorhub.nudges.rules import Rule

RULES = [
    Rule(
        "meeting_update",
        "meetings",
        "the other person (invitations go to both)",
        "a meeting proposed, picked, moved, cancelled or logged",
    ),
    Rule("agenda_due", "meetings", "both people", "48 hours before a meeting: prepare the agenda"),
    Rule("meeting_reminder", "meetings", "both people", "24 hours before a meeting"),
    Rule("meeting_notes", "meetings", "both people", "2 hours after a meeting: notes and thanks"),
    Rule("celebration", "celebrations", "the mentor(s) the goal is shared with", "a goal or milestone achieved"),
]
