from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from mentorhub.conversations import services
from mentorhub.network import services as network
from mentorhub.nudges.services import sweep
from mentorhub.relationships.services import requests

pytestmark = pytest.mark.django_db


def thread(user, conversation):
    return [(m.author.profile.name, m.body) for m in conversation.messages.select_related("author__profile")]


def test_a_requests_question_answer_and_decline_read_as_one_thread(personas, client_for):
    request = requests.send_request(personas.mentee, personas.mentor, message="Would you mentor me on SQL?")
    requests.ask_for_info(request.pk, personas.mentor, "What do you hope to change in 6 months?")
    requests.answer_info(request.pk, personas.mentee, "Lead one product discovery project.")
    requests.decline_request(request.pk, personas.mentor, "not_my_area", referral="Ana Costa (dbt)")
    conversation = services.conversation_for_request(personas.mentee, request.pk)
    assert thread(personas.mentee, conversation) == [
        ("Maya Mentee", "Would you mentor me on SQL?"),
        ("Marco Mentor", "What do you hope to change in 6 months?"),
        ("Maya Mentee", "Lead one product discovery project."),
        ("Marco Mentor", "This is not my area. They suggest you ask: Ana Costa (dbt)."),
    ]
    page = client_for(personas.mentee).get(conversation.get_absolute_url()).content.decode()
    assert "Ana Costa (dbt)" in page
    assert client_for(personas.coordinator).get(conversation.get_absolute_url()).status_code == 404


def test_the_sender_can_answer_a_decline_in_its_conversation(personas):
    request = requests.send_request(personas.mentee, personas.mentor, message="Would you mentor me?")
    requests.decline_request(request.pk, personas.mentor, "no_capacity")
    conversation = services.conversation_for_request(personas.mentee, request.pk)
    services.post_message(personas.mentee, conversation, "Thank you for the quick answer!")
    assert services.unread_total(personas.mentor) == 1


def test_outreach_on_the_platform_opens_a_conversation_the_recipient_is_told_about(personas, client_for):
    contact = network.save_contact(personas.mentee, None, {"name": "Marco Mentor", "email": "mentor@test.example"})
    with time_machine.travel(timezone.now(), tick=False) as clock:
        network.send_message(
            personas.mentee, contact, template="informational", channel="platform", body="Could we talk for 20 min?"
        )
        clock.shift(timedelta(minutes=5))
        sweep()
    assert [m.subject for m in mail.outbox if m.to == ["mentor@test.example"]] == ["Maya Mentee wrote to you"]
    (entry,) = services.listed(personas.mentor)
    assert entry.other_id == personas.mentee.pk and entry.unread == 1
    services.post_message(personas.mentor, entry, "Happy to. Thursday?")
    assert services.listed(personas.mentee) == [entry]
    assert client_for(personas.outsider).get(entry.get_absolute_url()).status_code == 404
