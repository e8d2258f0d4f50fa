from datetime import UTC, datetime

import pytest
import time_machine

from mentorhub.availability import services as availability
from mentorhub.network import services as network

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)  # a Tuesday
# Marco (London, UTC in winter) is free on Wednesdays 09:00-11:00: 20-minute slots at 09:00, 09:30, 10:00, 10:30.
WEDNESDAY_9 = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
WEDNESDAY_930 = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
BODY = (
    "Dear Marco, I was struck by your talk on SQL for product teams at PyData Lisbon. I'm a data analyst moving "
    "into product management. Would you have 20 minutes for a call in the next few weeks? I'm happy to fit around "
    "your schedule. Thank you for considering it. Maya"
)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def marco(personas):
    availability.set_availability(personas.mentor, weekly_hours=[(2, "09:00", "11:00")])
    return personas.mentor


@pytest.fixture
def contact(personas, marco):
    """Maya's contact for Marco, researched: her notes make the prep sheet."""
    return network.save_contact(
        personas.mentee,
        None,
        {
            "name": "Marco Mentor",
            "email": "mentor@test.example",
            "known_for": "SQL for product teams",
            "research_notes": "your talk on SQL for product teams at PyData Lisbon\nStarted as a support engineer.",
        },
    )
