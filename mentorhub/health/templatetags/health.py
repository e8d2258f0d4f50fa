from django import template

from mentorhub.health.services import HEALTH_LABELS, reason_text

register = template.Library()
register.filter("health_text", reason_text)


@register.filter
def health_label(level: str) -> str:
    """ "at risk" as the reader says it ("Em risco")."""
    return str(HEALTH_LABELS.get(level, level))
