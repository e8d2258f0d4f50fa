"""The nudges a program's coordinators send to people (docs/nudges.md): in the notification centre, and by email
as each person's preferences for the "programs" category say."""

from mentorhub.nudges.rules import Rule

RULES = [
    Rule(
        "program_update",
        "programs",
        "the person concerned",
        "made a coordinator; a published match undone (both people of each pair)",
    ),
    Rule("program_broadcast", "programs", "each participant the coordinator's filters chose", "when it is sent"),
]
