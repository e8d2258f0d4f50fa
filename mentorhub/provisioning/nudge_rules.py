"""The notice a deactivation sends (docs/nudges.md, docs/provisioning.md)."""

from mentorhub.nudges.rules import Rule

RULES = [
    Rule(
        "partner_deactivated",
        "requests",
        "the other person in each relationship the deactivation paused",
        "an account is deactivated (by the HR system through SCIM, or by staff)",
    ),
]
