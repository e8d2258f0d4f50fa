"""Conversations speak Portuguese to a Portuguese reader, and a new message is announced in the reader's language."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from mentorhub.conversations import services
from mentorhub.nudges.models import Nudge
from mentorhub.nudges.services import sweep
from mentorhub.profiles.models import Profile

pytestmark = pytest.mark.django_db

PT = {"HTTP_ACCEPT_LANGUAGE": "pt"}


def test_the_conversation_page_is_portuguese(personas, relationship, client_for):
    conversation = services.conversation_for_relationship(personas.mentee, relationship.pk)
    page = client_for(personas.mentee).get(conversation.get_absolute_url(), **PT).content.decode()
    assert "Só vocês os dois podem ler esta conversa." in page
    assert "Only the two of you can read this conversation." not in page
    assert "Escrever a Marco Mentor" in page


def test_a_new_message_is_announced_in_the_recipients_language_not_the_writers(personas, relationship, settings):
    Profile.objects.filter(user=personas.mentor).update(site_language="pt")
    conversation = services.conversation_for_relationship(personas.mentee, relationship.pk)
    with time_machine.travel(timezone.now(), tick=False) as clock:
        services.post_message(personas.mentee, conversation, "Hello")
        services.post_message(personas.mentee, conversation, "Are you there?")
        assert Nudge.objects.get(person=personas.mentor).title == "Maya Mentee escreveu-lhe (2 mensagens novas)"
        clock.shift(timedelta(minutes=settings.CONVERSATION_NOTIFY_DELAY_MINUTES + 1))
        sweep()
    [email] = mail.outbox
    assert "Maya Mentee escreveu-lhe" in email.subject and "wrote to you" not in email.subject


def test_a_refusal_is_in_the_readers_language(personas, relationship, client_for):
    conversation = services.conversation_for_relationship(personas.mentee, relationship.pk)
    client = client_for(personas.mentee)
    page = client.post(conversation.get_absolute_url() + "post/", {"body": ""}, follow=True, **PT).content.decode()
    assert "Escreva primeiro uma mensagem." in page
