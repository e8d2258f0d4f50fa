"""Informational interviews in the person's language: the pages with Accept-Language pt, and what one person's
action tells the other written in the recipient's language, whoever acted (docs/i18n.md)."""

import pytest

from mentorhub.interviews.models import InformationalInterview
from mentorhub.nudges.models import Notification
from mentorhub.profiles.models import Profile

from .conftest import BODY, WEDNESDAY_9

pytestmark = pytest.mark.django_db


def test_the_ask_page_is_in_portuguese(personas, contact, client_for):
    page = client_for(personas.mentee).get(f"/interviews/ask/{contact.pk}/", headers={"Accept-Language": "pt"})
    assert "Pedir a Marco Mentor uma conversa de 20 minutos" in page.text
    assert "Ask Marco Mentor for a 20-minute conversation" not in page.text


def test_a_booking_by_an_english_speaker_reaches_a_portuguese_speaker_in_portuguese(
    personas, contact, client_for, deliver
):
    Profile.objects.filter(user=personas.mentor).update(site_language="pt")
    form = {"subject": "A 20-minute call?", "body": BODY, "how": "book", "starts_at": WEDNESDAY_9.isoformat()}
    maya = client_for(personas.mentee)
    answer = maya.post(f"/interviews/ask/{contact.pk}/", form, headers={"Accept-Language": "en"})
    interview = InformationalInterview.objects.get()
    assert "Booked: " in maya.get(answer.url, headers={"Accept-Language": "en"}).text
    deliver()
    told = Notification.objects.get(person=personas.mentor, nudge__rule="interview_update")
    assert told.title == "Maya Mentee marcou consigo uma conversa de 20 minutos"
    page = client_for(personas.mentor).get(interview.get_absolute_url())
    assert "Maya Mentee pede uma conversa" in page.text and "Conversa exploratória · 20 minutos" in page.text
    assert "asks for a conversation" not in page.text
