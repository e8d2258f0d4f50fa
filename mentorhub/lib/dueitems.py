"""What is due for a person across the life cycle, for Home: each app registers a provider in its
`AppConfig.ready()` (follow-ups, requests to answer, agreements to confirm, meetings to prepare), so Home shows a new
app's due items without knowing the app.

A provider takes a person and returns dicts with at least `title`, `url` and `due` (an aware datetime, or None for
"whenever you can").
"""

from datetime import UTC, datetime

providers = []


def register(provider) -> None:
    providers.append(provider)


def due_for(person) -> list[dict]:
    """Everything due, soonest first; undated items last."""
    far = datetime.max.replace(tzinfo=UTC)
    return sorted((item for provider in providers for item in provider(person)), key=lambda i: i.get("due") or far)
