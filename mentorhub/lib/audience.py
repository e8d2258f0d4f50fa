"""Who reads what a form field writes, said next to the field: "Marco will see this." / "Only you see this."

Forms declare it once, in the field's help text, so the page and the API documentation say the same thing.
"""

from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

OTHER = "other"
ONLY_YOU = "only_you"
ONLY_YOU_HEALTH = "only_you_health"
PULSE = "pulse"
COORDINATORS = "coordinators"
SHARED_GOAL = "shared_goal"
PROFILE = "profile"
PROGRAM_PAGE = "program_page"
APPLICANTS = "applicants"
RECIPIENTS = "recipients"

SENTENCES = {
    ONLY_YOU: _("Only you see this."),
    ONLY_YOU_HEALTH: _("Only you see this: it counts in the health score you see, never in anyone else's."),
    PULSE: _("Only you see your answer. Your program's coordinators see averages of at least 3 answers, never yours."),
    COORDINATORS: _("Your program's coordinators see this."),
    PROFILE: _("On your profile: whoever Visibility (below) allows sees this."),
    PROGRAM_PAGE: _("Everyone who may open the program's page reads this (Visibility, below)."),
    APPLICANTS: _("People applying in this role read the question; the program's coordinators read their answers."),
    RECIPIENTS: _("Everyone the filters above choose reads this, in the app and by email."),
    SHARED_GOAL: _("Only you see this, unless you share the goal (Visibility, below): then they see it too."),
}


def sentence(audience: str, other=None) -> str:
    if audience == OTHER:
        if other is None:
            return gettext("The other person will see this.")
        return format_html("{}", gettext("%(name)s will see this.") % {"name": other.profile.name})
    return SENTENCES[audience]


def tell_audience(field, audience: str, other=None) -> None:
    """Add who sees the field to its help text (escaped: help texts are rendered as HTML)."""
    said = sentence(audience, other)
    field.help_text = format_html("{} {}", field.help_text, said) if field.help_text else format_html("{}", said)


class Audience:
    """A form mixin: `audience = {"field": OTHER, ...}`; pass `other=` (the person who reads it) to name them."""

    audience: dict[str, str] = {}

    def __init__(self, *args, other=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name, audience in self.audience.items():
            if name in self.fields:
                tell_audience(self.fields[name], audience, other)
