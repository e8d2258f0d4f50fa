"""The life cycle, as the navigation shows it. A section without its own app yet points at a 'coming soon' page."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    slug: str
    label: str
    url_name: str | None
    promise: str


SECTIONS = [
    Section("home", _("Home"), "home:home", ""),
    Section(
        "goals",
        _("Goals"),
        "goals:index",
        _("Reflect on where you want to go, name your skill gaps and write SMART goals with a coach."),
    ),
    Section(
        "network",
        _("Network"),
        "network:index",
        _("Map the mentors in your own network and write a first message that gets a yes."),
    ),
    Section(
        "mentors",
        _("Mentors"),
        "matching:directory",
        _("Browse mentors on the platform, with a match score that explains itself."),
    ),
    Section(
        "relationships", _("Relationships"), "relationships:index", _("Requests, agreements and your board of mentors.")
    ),
    Section(
        "meetings", _("Meetings"), "meetings:index", _("Agendas shared in advance, notes, action items and progress.")
    ),
    Section("programs", _("Programs"), "programs:index", _("Join your organisation's mentoring program.")),
]
SECTIONS_BY_SLUG = {s.slug: s for s in SECTIONS}
