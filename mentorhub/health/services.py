"""The health score as a person may see it, and the daily snapshot coordinators and trends read."""

from django.core.cache import caches
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy

from mentorhub.lib.i18n import FilledTexts
from mentorhub.relationships.models import HealthSnapshot, Relationship

from .inputs import health_inputs
from .score import TEMPLATES, Health, score

# The score's levels (score.LEVELS) as people read them.
HEALTH_LABELS = {
    "thriving": gettext_lazy("Thriving"),
    "steady": gettext_lazy("Steady"),
    "at risk": gettext_lazy("At risk"),
    "stalled": gettext_lazy("Stalled"),
}


def assess_health(relationship: Relationship, viewer=None, now=None) -> Health:
    """Gather the numbers docs/health.md names and score them, as `viewer` may see them.

    Meeting ratings and pulse answers are private to their author: only the viewer's own count, so neither person
    can work the other's out from the score. Without a viewer (coordinators, the kept snapshots) none do.
    """
    now = now or timezone.now()
    rater = viewer if viewer is not None and relationship.is_party(viewer) else None
    inputs = health_inputs(relationship, now=now, rater=rater)
    if rater is not None:
        pulses = relationship.pulses.filter(kind="pulse", person=rater).order_by("created_at")
        inputs["ratings"] = [*inputs["ratings"], *pulses.values_list("score", flat=True)]
    inputs["days_since_start"] = (now.date() - relationship.started_on).days
    return score(**inputs)


def health_for_page(relationship: Relationship, viewer, now=None) -> Health:
    """assess_health as the relationship page shows it, kept in the per-process cache instead of five queries a view.

    The key holds what the score depends on: the relationship's version, which every write the score reads moves on
    in the database (meetings/receivers.py), so no process shows a score from before a write; its start day; the
    viewer, whose private ratings count; and the hour, as the score moves with days of silence."""
    now = now or timezone.now()
    rater = viewer.pk if relationship.is_party(viewer) else "none"
    key = f"health:{relationship.pk}:{relationship.version}:{relationship.started_on}:{rater}:{now:%Y%m%d%H}"
    cache = caches["default"]
    health = cache.get(key)
    if health is None:
        health = assess_health(relationship, viewer, now)
        cache.set(key, health, 3600)
    return health


def record_health(relationship: Relationship, now=None) -> HealthSnapshot:
    """Keep today's score from what both people and the coordinators may all see: no one's private ratings."""
    now = now or timezone.now()
    verdict = assess_health(relationship, now=now)
    snapshot, _ = HealthSnapshot.objects.update_or_create(
        relationship=relationship,
        taken_on=now.date(),
        defaults={
            "score": verdict.score,
            "level": verdict.level,
            "reasons": verdict.reasons,
            "next_step": verdict.next_step,
        },
    )
    Relationship.objects.filter(pk=relationship.pk).update(health_checked_on=now.date())
    return snapshot


def sweep_health(now=None, batch: int = 500) -> int:
    """Take today's snapshot for relationships that have none yet; the due day lives on the row."""
    now = now or timezone.now()
    due = Relationship.objects.current().filter(
        Q(health_checked_on__isnull=True) | Q(health_checked_on__lt=now.date())
    )[:batch]
    count = 0
    for relationship in due.select_related("mentee", "mentor"):
        claimed = (
            Relationship.objects.filter(pk=relationship.pk)
            .exclude(health_checked_on=now.date())
            .update(health_checked_on=now.date())
        )
        if claimed:
            record_health(relationship, now)
            count += 1
    return count


_REASONS = FilledTexts(TEMPLATES)


def reason_text(text: str) -> str:
    """A health reason or next step, made in English by the score, in the reader's language."""
    return _REASONS.translate(text)
