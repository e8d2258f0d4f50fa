"""The relationship health score, as documented in docs/health.md. Pure Python: plain numbers in, a verdict out."""

from dataclasses import dataclass, field
from statistics import fmean, median


def gettext_noop(message: str) -> str:
    """Marks a text for the translation catalogue; it is translated where it is shown (health.services.reason_text),
    because this module stays free of Django."""
    return message


WEIGHTS = {"recency": 0.35, "agenda": 0.15, "follow_through": 0.20, "ratings": 0.20, "responsiveness": 0.10}
LEVELS = [(80, "thriving"), (60, "steady"), (40, "at risk"), (0, "stalled")]
NEXT_STEPS = {
    "recency": gettext_noop("Find a date for your next meeting, or agree a lighter cadence that you can keep."),
    "agenda": gettext_noop(
        "Share an agenda two days before each meeting: wins, progress on action items, questions, asks."
    ),
    "follow_through": gettext_noop(
        "Review open action items together and drop or re-date the ones that no longer matter."
    ),
    "ratings": gettext_noop(
        "Talk about what would make your meetings more valuable; the six-month audit is a good frame."
    ),
    "responsiveness": gettext_noop("Agree how fast you answer each other, and say so in the agreement."),
    "agreement": gettext_noop("Write and confirm an agreement: goals, cadence, channels, boundaries and end criteria."),
}

# Reasons are English sentences filled from these templates (the API and the snapshot keep the English).
NO_MEETING_YET = gettext_noop("No meeting yet; %(days)s of %(cadence)s days into the first cadence")
NO_MEETING_SINCE_START = gettext_noop("No meeting in the %(days)s days since you started")
LAST_MET = gettext_noop("Last met %(days)s days ago; you agreed every %(cadence)s days")
AGENDAS = gettext_noop("Agenda prepared for %(with_agenda)s of %(held)s meetings")
FOLLOW_THROUGH = gettext_noop("%(done)s of %(due)s action items done on time")
RATINGS = {
    "": gettext_noop("Your own ratings: %(rating)s of 5 lately"),
    "falling": gettext_noop("Your own ratings: %(rating)s of 5 lately, falling"),
    "rising": gettext_noop("Your own ratings: %(rating)s of 5 lately, rising"),
}
REPLIES = gettext_noop("Replies take about %(hours)s hours")
LAST_MESSAGE = gettext_noop("Last message %(days)s days ago")
TEMPLATES = [
    NO_MEETING_YET,
    NO_MEETING_SINCE_START,
    LAST_MET,
    AGENDAS,
    FOLLOW_THROUGH,
    *RATINGS.values(),
    REPLIES,
    LAST_MESSAGE,
]
TOO_EARLY = gettext_noop("Too early to tell")
NO_CADENCE = gettext_noop("No agreed cadence yet")


@dataclass
class Health:
    score: int
    level: str
    reasons: list[str] = field(default_factory=list)
    next_step: str = ""
    components: dict[str, float] = field(default_factory=dict)


def clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def recency(cadence_days, days_since_last_meeting, days_since_start) -> tuple[float, str]:
    if days_since_last_meeting is None:
        waited = days_since_start / cadence_days
        if waited <= 1:
            return 0.7, NO_MEETING_YET % {"days": f"{days_since_start:.0f}", "cadence": cadence_days}
        return clamp(0.7 - 0.7 * (waited - 1)), NO_MEETING_SINCE_START % {"days": f"{days_since_start:.0f}"}
    ratio = days_since_last_meeting / cadence_days
    value = 1.0 if ratio <= 1 else clamp(2 - ratio)
    return value, LAST_MET % {"days": f"{days_since_last_meeting:.0f}", "cadence": cadence_days}


def score(
    *,
    cadence_days=None,
    days_since_start=0.0,
    days_since_last_meeting=None,
    meetings_held=0,
    meetings_with_agenda=0,
    action_items_due=0,
    action_items_done_on_time=0,
    ratings=(),
    response_hours=(),
    days_since_last_message=None,
) -> Health:
    components, reasons = {}, []
    if cadence_days:
        components["recency"], why = recency(cadence_days, days_since_last_meeting, days_since_start)
        reasons.append(why)
    if meetings_held:
        components["agenda"] = meetings_with_agenda / meetings_held
        reasons.append(AGENDAS % {"with_agenda": meetings_with_agenda, "held": meetings_held})
    if action_items_due:
        components["follow_through"] = action_items_done_on_time / action_items_due
        reasons.append(FOLLOW_THROUGH % {"done": action_items_done_on_time, "due": action_items_due})
    if ratings:
        recent = list(ratings)[-3:]
        components["ratings"] = (fmean(recent) - 1) / 4
        earlier = list(ratings)[:-3]
        trend = ""
        if earlier and fmean(recent) <= fmean(earlier) - 1:
            trend = "falling"
        elif earlier and fmean(recent) >= fmean(earlier) + 1:
            trend = "rising"
        # Only the viewer's own ratings ever reach here (docs/health.md, "Private ratings"), and the reason says so.
        reasons.append(RATINGS[trend] % {"rating": f"{fmean(recent):.1f}"})
    if response_hours:
        typical = median(response_hours)
        components["responsiveness"] = clamp(1 - (typical - 24) / 144) if typical > 24 else 1.0
        reasons.append(REPLIES % {"hours": f"{typical:.0f}"})
    if days_since_last_message is not None:
        reasons.append(LAST_MESSAGE % {"days": f"{days_since_last_message:.0f}"})
    if not components:
        return Health(50, "steady", [TOO_EARLY], NEXT_STEPS["agreement"], {})
    total_weight = sum(WEIGHTS[k] for k in components)
    value = round(100 * sum(WEIGHTS[k] * v for k, v in components.items()) / total_weight)
    if cadence_days and days_since_last_meeting is not None and days_since_last_meeting > 3 * cadence_days:
        value = min(value, 39)  # three missed cadences is stalled, whatever else looks fine
    level = next(name for floor, name in LEVELS if value >= floor)
    weakest = min(components, key=components.get)
    next_step = NEXT_STEPS["agreement"] if not cadence_days else NEXT_STEPS[weakest]
    if not cadence_days:
        reasons.append(NO_CADENCE)
    return Health(value, level, reasons, next_step, components)
