from django import template

register = template.Library()


@register.filter
def hours_or_days(hours):
    """A response time people read at a glance: hours up to two days, then days."""
    if hours is None:
        return "—"
    if hours < 1:
        return "under an hour"
    if hours < 48:
        return f"{round(hours)} h"
    return f"{round(hours / 24)} days"
