"""The header's unread badges, whose query is built once per process (lib/prepared): each person sees their own
counts, and a new message or notification shows on the very next page."""

import re

import pytest

from mentorhub.conversations.services import conversation_between, post_message
from mentorhub.nudges.models import Notification

pytestmark = pytest.mark.django_db


def badges(client) -> tuple[str, str]:
    header = client.get("/goals/").content.decode().split("<main")[0]
    messages = re.search(r'class="messages-link">.*?</a>', header, re.S).group(0)
    bell = re.search(r'class="bell" aria-label="([^"]*)"', header).group(1)
    return messages, bell


def test_each_person_sees_their_own_unread_counts_as_soon_as_they_change(client_for, personas):
    mentee, mentor = client_for(personas.mentee), client_for(personas.mentor)
    assert badges(mentor) == ('class="messages-link">Messages</a>', "Notifications")
    conversation = conversation_between(personas.mentor, personas.mentee)
    post_message(personas.mentor, conversation, "Hello Maya")
    post_message(personas.mentor, conversation, "Are you free on Tuesday?")
    Notification.objects.create(person=personas.mentee, category="meetings", title="Your meeting is tomorrow")

    messages, bell = badges(mentee)
    assert 'aria-label="2 unread">2</span>' in messages and bell == "Notifications, 1 unread"
    # His own messages are not unread for him, and her notification is hers alone.
    assert badges(mentor) == ('class="messages-link">Messages</a>', "Notifications")
    Notification.objects.create(person=personas.mentor, category="meetings", title="Your meeting is tomorrow")
    assert badges(mentor)[1] == "Notifications, 1 unread"
