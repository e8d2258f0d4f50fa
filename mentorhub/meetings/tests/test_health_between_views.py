"""The relationship page keeps its health score between views (health.services.health_for_page): a write shows at
the next view, whichever process made it, private ratings stay with their author, and days of silence count."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.db.models import F
from django.utils import timezone

from mentorhub.meetings import services
from mentorhub.meetings.models import Meeting
from mentorhub.meetings.tests.helpers import at
from mentorhub.relationships.models import Relationship

pytestmark = pytest.mark.django_db


def health_of(client, relationship) -> str:
    """The health card's text, tags removed: level, score, reasons and next step."""
    response = client.get(f"/relationships/{relationship.pk}/")
    assert response.status_code == 200, response
    page = response.content.decode()
    found = re.search(r'<section class="card health-.*?</section>', page, re.S) or re.search(
        r"<strong>Health:</strong>.*?</p>", page, re.S
    )
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(0)))


def test_a_rating_shows_at_once_to_its_author_and_to_nobody_else(client_for, personas, relationship, held):
    mentee, mentor, coordinator = (client_for(p) for p in (personas.mentee, personas.mentor, personas.coordinator))
    mentee_before, coordinator_before = health_of(mentee, relationship), health_of(coordinator, relationship)
    assert "Your own ratings" not in health_of(mentor, relationship)

    mentor.post(f"/meetings/{held.pk}/rating/", {"rating": "1", "comment": "Too short"})

    assert "Your own ratings: 1.0 of 5 lately" in health_of(mentor, relationship)
    # Neither the other person nor a coordinator sees it, not even as a moved score.
    assert health_of(mentee, relationship) == mentee_before
    assert health_of(coordinator, relationship) == coordinator_before


def test_a_write_by_another_process_shows_at_the_next_view(client_for, personas, relationship, scheduled):
    mentor = client_for(personas.mentor)
    assert "Agenda prepared" not in health_of(mentor, relationship)
    # Another process marks the meeting held: this process hears no signal, only the stamp that process moved on in
    # the database.
    Meeting.objects.filter(pk=scheduled.pk).update(status=Meeting.HELD, starts_at=timezone.now() - timedelta(days=1))
    Relationship.objects.filter(pk=relationship.pk).update(version=F("version") + 1)

    assert "Agenda prepared for 0 of 1 meetings" in health_of(mentor, relationship)


def test_a_meeting_logged_shows_in_the_health_at_once(client_for, personas, relationship):
    mentee = client_for(personas.mentee)
    assert "Last met" not in health_of(mentee, relationship)

    services.log_meeting(relationship, personas.mentee, at(days=-3))

    assert "Last met 3 days ago; you agreed every 14 days" in health_of(mentee, relationship)


def test_days_of_silence_count_on_the_page(client_for, personas, relationship):
    services.log_meeting(relationship, personas.mentee, at(days=-2))
    mentor = client_for(personas.mentor)
    assert "Last met 2 days ago" in health_of(mentor, relationship)
    with time_machine.travel(timezone.now() + timedelta(days=20)):
        # Signed in again: the session would have expired.
        assert "Last met 22 days ago" in health_of(client_for(personas.mentor), relationship)
