"""Issue 8's check: with the demo data and a moved clock, the demo mentee gets each nudge by email and in-app, once."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from mentorhub.accounts.models import User
from mentorhub.nudges.models import Notification
from mentorhub.relationships import services as relationships

pytestmark = pytest.mark.django_db


def test_demo_mentee_gets_follow_up_agenda_pulse_and_reconfirm_once_each(deliver):
    from mentorhub.meetings.services import schedule_meeting

    call_command("seed_demo", size=40)
    maya = User.objects.get(email="mentee@example.com")
    daniel = User.objects.get(email="mentor@example.com")
    request = relationships.send_request(maya, daniel, message="Your move into product inspires me. Thank you!")
    relationship = relationships.accept_request(request.pk, daniel)
    version = relationships.propose_agreement(relationship, maya, {"cadence": "monthly"})
    relationships.confirm_agreement(relationship, daniel, version.pk)
    start = timezone.now()
    schedule_meeting(relationship, daniel, start + timedelta(days=10))
    mail.outbox.clear()
    for day in range(0, 50, 1):
        with time_machine.travel(start + timedelta(days=day, hours=10)):
            deliver()
            deliver()
    to_maya = [m.subject for m in mail.outbox if m.to == ["mentee@example.com"]]
    expectations = [
        "Follow up with Sofia",
        "Prepare the agenda for your meeting with Daniel",
        "How valuable is your mentorship right now?",
        "since you met Daniel",
    ]
    for expected in expectations:
        assert sum(expected in subject for subject in to_maya) == 1, (expected, to_maya)
        assert Notification.objects.filter(person=maya, title__contains=expected).count() == 1
