from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from mentorhub.goals.models import Goal
from mentorhub.meetings.models import Meeting, MeetingFeedback, Note
from mentorhub.meetings.services.scheduling import log_meeting
from mentorhub.nudges.models import Pulse
from mentorhub.relationships import lifecycle
from mentorhub.relationships.models import AgreementVersion, Relationship

START = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)
# What the two people keep between themselves: none of it may reach a coordinator's page, export or API answer.
PRIVATE = {
    "note": "PRIVATE-NOTE-7731",
    "shared_note": "SHARED-NOTE-7732",
    "rating": "RATING-COMMENT-7733",
    "pulse": "PULSE-COMMENT-7734",
    "goal": "PRIVATE-GOAL-7735",
    "agreement": "AGREEMENT-BOUNDARY-7736",
}


@pytest.fixture
def pair(personas, time_machine):
    """The personas' program pair, started on START through the lifecycle, with languages so they can be matched."""
    time_machine.move_to(START, tick=False)
    for person in (personas.mentee, personas.mentor):
        person.profile.languages = ["English"]
        person.profile.save()
    return lifecycle.start(personas.mentee, personas.mentor, actor=personas.coordinator, program=personas.program)


def confirm(relationship: Relationship, cadence="fortnightly"):
    version = relationship.agreement_versions.get()
    version.cadence = cadence
    version.boundaries = PRIVATE["agreement"]
    version.confirmed_by_mentee_at = version.confirmed_by_mentor_at = timezone.now()
    version.save()
    return version


def held_meeting(relationship: Relationship, when, by=None) -> Meeting:
    """Logged an hour after it started, as people do; the clock is back where it was afterwards."""
    with time_machine.travel(max(when + timedelta(hours=1), timezone.now()), tick=False):
        return log_meeting(relationship, by or relationship.mentee, when, note=PRIVATE["note"], note_shared=False)


@pytest.fixture
def private_life(pair):
    """Everything private around the pair: a private and a shared note, a rating, a pulse, a private goal."""
    confirm(pair)
    meeting = held_meeting(pair, START + timedelta(days=1))
    Note.objects.create(meeting=meeting, author=pair.mentor, text=PRIVATE["shared_note"], shared=True)
    MeetingFeedback.objects.create(meeting=meeting, author=pair.mentee, rating=1, comment=PRIVATE["rating"])
    Pulse.objects.create(relationship=pair, person=pair.mentee, score=1, comment=PRIVATE["pulse"])
    Goal.objects.create(owner=pair.mentee, text=PRIVATE["goal"], status=Goal.ACTIVE)
    assert AgreementVersion.objects.filter(boundaries=PRIVATE["agreement"]).exists()
    return pair


def assert_nothing_private(body: str):
    found = [name for name, text in PRIVATE.items() if text in body]
    assert found == [], f"private content shown: {found}"
