"""The relationship health score, as documented in docs/health.md. Pure Python: plain numbers in, a verdict out."""

from dataclasses import dataclass, field
from statistics import fmean, median

WEIGHTS = {"recency": 0.35, "agenda": 0.15, "follow_through": 0.20, "ratings": 0.20, "responsiveness": 0.10}
LEVELS = [(80, "thriving"), (60, "steady"), (40, "at risk"), (0, "stalled")]
NEXT_STEPS = {
    "recency": "Find a date for your next meeting, or agree a lighter cadence that you can keep.",
    "agenda": "Share an agenda two days before each meeting: wins, progress on action items, questions, asks.",
    "follow_through": "Review open action items together and drop or re-date the ones that no longer matter.",
    "ratings": "Talk about what would make your meetings more valuable; the six-month audit is a good frame.",
    "responsiveness": "Agree how fast you answer each other, and say so in the agreement.",
    "agreement": "Write and confirm an agreement: goals, cadence, channels, boundaries and end criteria.",
}


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
            return 0.7, f"No meeting yet; {days_since_start:.0f} of {cadence_days} days into the first cadence"
        return clamp(0.7 - 0.7 * (waited - 1)), f"No meeting in the {days_since_start:.0f} days since you started"
    ratio = days_since_last_meeting / cadence_days
    value = 1.0 if ratio <= 1 else clamp(2 - ratio)
    return value, f"Last met {days_since_last_meeting:.0f} days ago; you agreed every {cadence_days} days"


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
        reasons.append(f"Agenda prepared for {meetings_with_agenda} of {meetings_held} meetings")
    if action_items_due:
        components["follow_through"] = action_items_done_on_time / action_items_due
        reasons.append(f"{action_items_done_on_time} of {action_items_due} action items done on time")
    if ratings:
        recent = list(ratings)[-3:]
        components["ratings"] = (fmean(recent) - 1) / 4
        earlier = list(ratings)[:-3]
        trend = ""
        if earlier and fmean(recent) <= fmean(earlier) - 1:
            trend = ", falling"
        elif earlier and fmean(recent) >= fmean(earlier) + 1:
            trend = ", rising"
        # Only the viewer's own ratings ever reach here (docs/health.md, "Private ratings"), and the reason says so.
        reasons.append(f"Your own ratings: {fmean(recent):.1f} of 5 lately{trend}")
    if response_hours:
        typical = median(response_hours)
        components["responsiveness"] = clamp(1 - (typical - 24) / 144) if typical > 24 else 1.0
        reasons.append(f"Replies take about {typical:.0f} hours")
    if days_since_last_message is not None:
        reasons.append(f"Last message {days_since_last_message:.0f} days ago")
    if not components:
        return Health(50, "steady", ["Too early to tell"], NEXT_STEPS["agreement"], {})
    total_weight = sum(WEIGHTS[k] for k in components)
    value = round(100 * sum(WEIGHTS[k] * v for k, v in components.items()) / total_weight)
    if cadence_days and days_since_last_meeting is not None and days_since_last_meeting > 3 * cadence_days:
        value = min(value, 39)  # three missed cadences is stalled, whatever else looks fine
    level = next(name for floor, name in LEVELS if value >= floor)
    weakest = min(components, key=components.get)
    next_step = NEXT_STEPS["agreement"] if not cadence_days else NEXT_STEPS[weakest]
    if not cadence_days:
        reasons.append("No agreed cadence yet")
    return Health(value, level, reasons, next_step, components)
