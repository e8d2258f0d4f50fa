"""What a nudge rule is, and the registry the engine finds rules in. docs/nudges.md is the table of rules.

Each app declares the rules for its own data in `<app>/nudge_rules.py` and registers them in its
`AppConfig.ready()`, so the engine sends, skips and repeats nudges without knowing any app above it.
"""

from dataclasses import dataclass, field
from datetime import datetime, time

from mentorhub.lib.time import zone_of


def always(nudge) -> bool:
    return True


def no_follow_up(nudge, now) -> None:
    return None


@dataclass(frozen=True)
class Rule:
    name: str
    category: str
    who: str
    when: str
    still_due: object = field(default=always)
    after_delivery: object = field(default=no_follow_up)


registered: dict[str, Rule] = {}


def register(*rules: Rule) -> None:
    for rule in rules:
        registered[rule.name] = rule


def get(name: str) -> Rule:
    return registered[name]


def at_morning(day, person) -> datetime:
    """9:00 in the person's timezone: check-ins should not arrive at 3 a.m."""
    return datetime.combine(day, time(9, 0), tzinfo=zone_of(person))
