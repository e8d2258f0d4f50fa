import random
from datetime import timedelta

import pytest
import time_machine

from mentorhub.meetings import demo, services
from mentorhub.meetings.models import Meeting
from mentorhub.meetings.tests.helpers import at

pytestmark = pytest.mark.django_db


def test_home_lists_only_the_persons_own_items(personas, relationship, scheduled):
    services.add_action_item(relationship, personas.mentor, "Send Maya the reading list", personas.mentor.pk)
    proposal = services.propose_times(relationship, personas.mentor, [at(days=2), at(days=3)])
    mentee_items = {i["kind"]: i for i in services.home_items(personas.mentee)}
    assert mentee_items["proposal"]["title"] == "Pick a time to meet Marco Mentor"
    assert mentee_items["proposal"]["due"] == proposal.slots.first().starts_at
    assert mentee_items["meeting"]["due"] == scheduled.starts_at
    assert "action_item" not in mentee_items
    mentor_kinds = sorted(i["kind"] for i in services.home_items(personas.mentor))
    assert mentor_kinds == ["action_item", "meeting"]  # his own proposal waits for Maya, not for him
    assert services.home_items(personas.outsider) == []


def test_proposals_whose_times_have_all_passed_leave_home(personas, relationship):
    meeting = services.propose_times(relationship, personas.mentor, [at(days=1)])
    with time_machine.travel(meeting.slots.get().starts_at + timedelta(minutes=1)):
        assert services.home_items(personas.mentee) == []


def test_demo_mentor_has_a_mentorship_in_full_swing(personas, relationship):
    personas.mentor.email = "mentor@example.com"
    personas.mentor.save()
    relationship.program = None
    relationship.save()
    demo.seed_demo({"mentor@example.com": personas.mentor}, random.Random(7))
    held, upcoming = relationship.meetings.order_by("starts_at")
    assert held.status == Meeting.HELD and held.agenda.is_filled and held.action_items.count() == 2
    assert upcoming.status == Meeting.SCHEDULED and upcoming.recurring
    assert {"meeting", "progress", "rating"} <= {e["kind"] for e in services.timeline(relationship, personas.mentee)}
