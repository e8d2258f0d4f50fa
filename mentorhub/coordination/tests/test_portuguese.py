"""Coordination in Portuguese (docs/i18n.md): the pairs pages follow the coordinator's language, and the fit check
reaches each person of the pair in their own language."""

from datetime import timedelta

import pytest
from django.core import mail

from mentorhub.nudges.models import Notification

from .conftest import START, held_meeting

pytestmark = pytest.mark.django_db
PT = {"Accept-Language": "pt"}


def test_the_pairs_pages_are_in_portuguese(pair, personas, client_for):
    client = client_for(personas.coordinator)
    pairs = client.get("/programs/data/pairs/", headers=PT).content.decode()
    assert "Porque precisa de atenção" in pairs and "Why it needs attention" not in pairs
    assert "Maya Mentee e Marco Mentor" in pairs
    page = client.get(f"/programs/data/pairs/{pair.pk}/", headers=PT).content.decode()
    assert "Refazer o par de uma pessoa" in page and "Re-match one person" not in page
    assert "Enviar o contacto" in page


def test_the_fit_check_reaches_each_person_in_their_language(pair, personas, deliver, time_machine):
    profile = personas.mentee.profile
    profile.site_language = "pt"
    profile.save()
    held_meeting(pair, START + timedelta(days=3))
    time_machine.move_to(START + timedelta(days=4), tick=False)
    deliver()
    assert Notification.objects.get(person=personas.mentee, nudge__rule="fit_check").title == (
        "Marco Mentor é uma boa combinação para si?"
    )
    assert Notification.objects.get(person=personas.mentor, nudge__rule="fit_check").title == (
        "Is Maya Mentee a good fit for you?"
    )
    to_mentee = next(m for m in mail.outbox if m.to == [personas.mentee.email])
    assert "Só os coordenadores do programa veem a sua resposta" in to_mentee.body
