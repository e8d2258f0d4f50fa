from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture
def shot(page):
    """Save a full-page screenshot under test-artifacts/ (ignored by git) for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name):
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return take


@pytest.fixture
def site(live_server, settings):
    settings.SITE_URL = live_server.url
    return live_server.url


@pytest.fixture
def mentorship(personas):
    """Maya in Lisbon, mentored by Marco, now in New York: a fortnightly agreement about one goal."""
    from mentorhub.goals.models import Goal
    from mentorhub.relationships import services

    personas.mentor.profile.timezone = "America/New_York"
    personas.mentor.profile.save()
    goal = Goal.objects.create(
        owner=personas.mentee, text="Rewrite my CV for product roles by May 2027", status="active", visibility="mentors"
    )
    goal.shared_with.add(personas.mentor)  # only a goal Maya shares with Marco can be in his agreement
    request = services.send_request(personas.mentee, personas.mentor, message="Thank you for considering a call.")
    request.goals.set([goal])
    relationship = services.accept_request(request.pk, personas.mentor)
    version = services.propose_agreement(relationship, personas.mentor, {"cadence": "fortnightly"}, [goal])
    services.confirm_agreement(relationship, personas.mentee, version.pk)
    return relationship
