from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mentorhub.health.inputs import health_inputs
from mentorhub.meetings import services
from mentorhub.meetings.models import Meeting
from mentorhub.meetings.tests.helpers import at

pytestmark = pytest.mark.django_db


def test_health_inputs_for_a_new_mentorship(relationship):
    assert health_inputs(relationship) == {
        "cadence_days": 14,
        "days_since_last_meeting": None,
        "meetings_held": 0,
        "meetings_with_agenda": 0,
        "action_items_due": 0,
        "action_items_done_on_time": 0,
        "ratings": [],
        "response_hours": [],
        "days_since_last_message": None,
    }


def test_health_inputs_count_what_happened(personas, relationship):
    start = timezone.now()
    proposal = services.propose_times(relationship, personas.mentee, [start + timedelta(days=2)])
    with time_machine.travel(start + timedelta(hours=6)):
        first = services.pick_slot(proposal, personas.mentor, proposal.slots.get().pk)
        services.save_agenda(first, personas.mentee, {"career_paths": "Analyst, then?"})
    due = (start + timedelta(days=3)).date()
    with time_machine.travel(first.starts_at + timedelta(minutes=30)):
        first = services.mark_held(first, personas.mentor)
        services.rate_meeting(first, personas.mentee, 4)
        on_time = services.add_action_item(relationship, personas.mentee, "CV", personas.mentee.pk, due)
        late = services.add_action_item(relationship, personas.mentor, "Intro", personas.mentor.pk, due)
        services.add_action_item(relationship, personas.mentor, "Book", personas.mentor.pk, due + timedelta(days=30))
        services.update_action_item(on_time, personas.mentee, status="done")
    with time_machine.travel(start + timedelta(days=4)):
        logged = services.log_meeting(relationship, personas.mentee, start + timedelta(days=3, hours=12))
        services.rate_meeting(logged, personas.mentor, 2)
    with time_machine.travel(start + timedelta(days=10)):
        services.update_action_item(late, personas.mentor, status="done")
        inputs = health_inputs(relationship, rater=personas.mentee)
        assert health_inputs(relationship, rater=personas.mentor)["ratings"] == [2]
        assert health_inputs(relationship)["ratings"] == []  # private: nobody else's count
    assert inputs["meetings_held"] == 2 and inputs["meetings_with_agenda"] == 1  # the logged one had none
    assert inputs["days_since_last_meeting"] == pytest.approx(6.5, abs=0.01)
    assert inputs["action_items_due"] == 2 and inputs["action_items_done_on_time"] == 1
    assert inputs["ratings"] == [4]
    assert inputs["response_hours"] == [pytest.approx(6, abs=0.01)]


def test_health_inputs_take_a_handful_of_queries_however_many_meetings(personas, relationship):
    for days in range(1, 30):
        meeting = services.log_meeting(relationship, personas.mentee, at(days=-days))
        services.rate_meeting(meeting, personas.mentor, 1 + days % 5)
        services.add_action_item(relationship, personas.mentee, f"Item {days}", personas.mentee.pk, meeting=meeting)
    with CaptureQueriesContext(connection) as queries:
        inputs = health_inputs(relationship, rater=personas.mentor)
    assert len(queries) <= 6 and inputs["meetings_held"] == 29 and len(inputs["ratings"]) == 29
    assert Meeting.objects.count() == 29
