from django import template
from django.utils.translation import gettext, ngettext

register = template.Library()


@register.filter
def hours_or_days(hours):
    """A response time people read at a glance: hours up to two days, then days."""
    if hours is None:
        return "—"
    if hours < 1:
        return gettext("under an hour")
    if hours < 48:
        return gettext("{hours} h").format(hours=round(hours))
    days = round(hours / 24)
    return ngettext("{days} days", "{days} days", days).format(days=days)
