from django import template

from mentorhub.lib.i18n import list_of

register = template.Library()


@register.filter
def as_list(items, style="standard"):
    """{{ names|as_list }}: "Ana, Bruno and Carla" in English, "Ana, Bruno e Carla" in Portuguese; `as_list:"or"`."""
    return list_of(items, style)
