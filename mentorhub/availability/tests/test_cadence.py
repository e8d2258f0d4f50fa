"""The agreed cadence plans the next recurring meeting at a time both people are free, as near its rhythm as can be."""

from datetime import UTC, datetime

import pytest
import time_machine

from mentorhub.availability import services
from mentorhub.meetings.models import Meeting
from mentorhub.meetings.services.scheduling import mark_held, schedule_meeting
from mentorhub.relationships import services as relationships

pytestmark = pytest.mark.django_db

MONDAY_10 = datetime(2027, 1, 11, 10, tzinfo=UTC)  # winter: London and Lisbon are both on UTC


@pytest.fixture
def relationship(personas):
    request = relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering a call.")
    relationship = relationships.accept_request(request.pk, personas.mentor)
    version = relationships.propose_agreement(relationship, personas.mentee, {"cadence": "fortnightly"}, [])
    relationships.confirm_agreement(relationship, personas.mentor, version.pk)
    return relationship


def next_after_holding(relationship, personas):
    with time_machine.travel(datetime(2027, 1, 8, 12, tzinfo=UTC)):
        first = schedule_meeting(relationship, personas.mentor, MONDAY_10, recurring=True, duration_minutes=60)
    with time_machine.travel(datetime(2027, 1, 11, 11, 5, tzinfo=UTC)):
        mark_held(first, personas.mentee)
    return Meeting.objects.get(previous=first)


def test_the_next_meeting_moves_to_the_nearest_time_both_are_free(personas, relationship):
    services.set_availability(personas.mentor, weekly_hours=[(0, "09:00", "12:00"), (1, "14:00", "16:00")])
    services.set_availability(personas.mentee, weekly_hours=[(1, "13:00", "17:00"), (3, "09:00", "12:00")])
    follow = next_after_holding(relationship, personas)
    # A fortnight on is Monday 25th 10:00, when Maya is not free; Tuesday 14:00 is the nearest time for both.
    assert follow.starts_at == datetime(2027, 1, 26, 14, tzinfo=UTC) and follow.status == Meeting.SCHEDULED


def test_the_rhythm_is_kept_when_its_time_is_free_for_both(personas, relationship):
    services.set_availability(personas.mentor, weekly_hours=[(0, "09:00", "12:00")])
    services.set_availability(personas.mentee, weekly_hours=[(0, "10:00", "11:00")])
    assert next_after_holding(relationship, personas).starts_at == datetime(2027, 1, 25, 10, tzinfo=UTC)


def test_the_next_meeting_avoids_a_meeting_already_planned_at_its_time(personas, relationship):
    services.set_availability(personas.mentor, weekly_hours=[(0, "10:00", "13:00")])
    with time_machine.travel(datetime(2027, 1, 8, 12, tzinfo=UTC)):
        other = relationships.accept_request(
            relationships.send_request(personas.other_member, personas.mentor, message="Hello, could we talk?").pk,
            personas.mentor,
        )
        schedule_meeting(other, personas.other_member, datetime(2027, 1, 25, 10, tzinfo=UTC), duration_minutes=60)
    # Marco is taken at 10:00-11:00 on the 25th; 11:00 is his nearest free start (no buffer).
    assert next_after_holding(relationship, personas).starts_at == datetime(2027, 1, 25, 11, tzinfo=UTC)
