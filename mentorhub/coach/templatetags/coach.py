from django import template

from mentorhub.coach import panel

register = template.Library()


@register.filter
def coach_text(text: str) -> str:
    """A coach's hint, problem, label or question in the person's language: `{{ hint|coach_text }}`."""
    return panel.translate(text)
