from django import template

from mentorhub.lib.time import zone_of
from mentorhub.meetings import services

register = template.Library()


@register.filter
def other_side(relationship, user):
    return relationship.other_side(user)


@register.filter
def zone_name(person) -> str:
    return zone_of(person).key


@register.simple_tag
def meetings_card(relationship, user) -> dict:
    """For the relationship page, which belongs to another app: the meetings card fetches its own data."""
    return services.relationship_summary(relationship, user)
