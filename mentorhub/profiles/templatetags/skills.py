from django import template

from mentorhub.profiles import levels

register = template.Library()


@register.filter
def skill_level(level: str) -> str:
    """ "expert" as the reader says it ("especialista")."""
    return levels.label(level)
