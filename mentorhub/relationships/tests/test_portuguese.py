"""Relationship pages speak Portuguese to a Portuguese reader; a request reaches its receiver in the receiver's
language, whatever language the sender reads."""

import pytest
from django.utils import translation

from mentorhub.nudges.models import Nudge
from mentorhub.profiles.models import Profile
from mentorhub.relationships import services

pytestmark = pytest.mark.django_db

PT = {"HTTP_ACCEPT_LANGUAGE": "pt"}


def test_a_request_reaches_a_portuguese_mentor_in_portuguese(personas):
    Profile.objects.filter(user=personas.mentor).update(site_language="pt")
    personas.mentor.refresh_from_db()
    with translation.override("en-gb"):
        services.send_request(personas.mentee, personas.mentor, message="Would you have time for a call?")
    told = Nudge.objects.get(person=personas.mentor, rule="request_received")
    assert told.title == "Maya Mentee gostaria de o ter como mentor"


def test_the_request_and_relationship_pages_are_portuguese(personas, client_for):
    request = services.send_request(personas.mentee, personas.mentor, message="Would you have time for a call?")
    mentor = client_for(personas.mentor)
    page = mentor.get(request.get_absolute_url(), **PT).content.decode()
    assert "Maya Mentee pede mentoria a Marco Mentor" in page and "Fazer primeiro uma pergunta" in page
    assert "Ask a question first" not in page
    relationship = services.accept_request(request.pk, personas.mentor)
    page = mentor.get(relationship.get_absolute_url(), **PT).content.decode()
    assert "Mentor de Maya Mentee" in page and "Fase: Início" in page and "Close the mentorship" not in page
    assert "Relação iniciada" in page and "Relationship started" not in page


def test_a_refusal_is_explained_in_portuguese(personas, client_for):
    request = services.send_request(personas.mentee, personas.mentor, message="Would you have time for a call?")
    page = client_for(personas.mentor).post(f"/relationships/requests/{request.pk}/decline/", {}, follow=True, **PT)
    assert "Escolha um motivo" in page.content.decode()
