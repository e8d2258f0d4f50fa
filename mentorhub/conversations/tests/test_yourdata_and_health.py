import io
import json
import zipfile
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from mentorhub.conversations import services
from mentorhub.health.services import assess_health
from mentorhub.lib import yourdata

pytestmark = pytest.mark.django_db


def test_reply_time_and_last_contact_come_from_the_messages(personas, relationship):
    conversation = services.conversation_for_relationship(personas.mentee, relationship.pk)
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        services.post_message(personas.mentee, conversation, "Question one")
        clock.shift(timedelta(hours=2))
        services.post_message(personas.mentee, conversation, "and two")
        clock.shift(timedelta(hours=100))
        services.post_message(personas.mentor, conversation, "Answers")  # 100 hours after the last one
        clock.shift(timedelta(days=3))
        reasons = assess_health(relationship, viewer=personas.coordinator).reasons
    assert "Replies take about 100 hours" in reasons
    assert "Last message 3 days ago" in reasons


def test_messages_are_in_the_export_and_stay_anonymised_for_the_other_person(personas, relationship):
    conversation = services.conversation_for_relationship(personas.mentee, relationship.pk)
    services.post_message(personas.mentee, conversation, "Thanks for everything")
    services.post_message(personas.mentor, conversation, "Good luck!")
    exported = json.loads(zipfile.ZipFile(io.BytesIO(yourdata.archive(personas.mentee))).read("conversations.json"))
    assert [m["body"] for m in exported["messages"]] == ["Thanks for everything", "Good luck!"]
    yourdata.erase(personas.mentee)
    kept = [(m.author_id, m.body) for m in conversation.messages.all()]
    assert kept == [(None, "Thanks for everything"), (personas.mentor.pk, "Good luck!")]
    assert services.other_person(conversation, personas.mentor) is None
    assert [(c.other_id, c.other_name) for c in services.listed(personas.mentor)] == [(None, None)]
