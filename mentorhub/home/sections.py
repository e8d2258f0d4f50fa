"""The life cycle, as the navigation shows it. A section without its own app yet points at a 'coming soon' page."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    slug: str
    label: str
    url_name: str | None
    promise: str


SECTIONS = [
    Section("home", "Home", "home:home", ""),
    Section(
        "goals",
        "Goals",
        "goals:index",
        "Reflect on where you want to go, name your skill gaps and write SMART goals with a coach.",
    ),
    Section(
        "network",
        "Network",
        "network:index",
        "Map the mentors in your own network and write a first message that gets a yes.",
    ),
    Section(
        "mentors",
        "Mentors",
        "matching:directory",
        "Browse mentors on the platform, with a match score that explains itself.",
    ),
    Section("relationships", "Relationships", "relationships:index", "Requests, agreements and your board of mentors."),
    Section("meetings", "Meetings", "meetings:index", "Agendas shared in advance, notes, action items and progress."),
    Section("programs", "Programs", "programs:index", "Join your organisation's mentoring program."),
]
SECTIONS_BY_SLUG = {s.slug: s for s in SECTIONS}
