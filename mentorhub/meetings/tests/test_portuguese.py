"""Meeting pages speak Portuguese to a Portuguese reader; what one person's action tells the other is written in the
other's language."""

import pytest
from django.utils import translation

from mentorhub.meetings import services
from mentorhub.meetings.tests.helpers import at
from mentorhub.nudges.models import Nudge

pytestmark = pytest.mark.django_db

PT = {"HTTP_ACCEPT_LANGUAGE": "pt"}


def test_the_meetings_pages_are_portuguese(client_for, personas, relationship, scheduled):
    client = client_for(personas.mentee)
    page = client.get("/meetings/", **PT).content.decode()
    assert "As suas tarefas em aberto" in page and "Your open action items" not in page
    page = client.get(scheduled.get_absolute_url(), **PT).content.decode()
    assert "Cancelar o encontro" in page and "Cancel the meeting" not in page
    page = client.get(f"/meetings/with/{relationship.pk}/", **PT).content.decode()
    assert "Encontros com Marco Mentor" in page and "Publicar uma atualização de progresso" in page


def test_proposed_times_reach_a_portuguese_reader_in_portuguese_whoever_proposed(personas, relationship):
    profile = relationship.mentee.profile
    profile.site_language = "pt"
    profile.save(update_fields=["site_language"])
    with translation.override("en-gb"):
        services.propose_times(relationship, personas.mentor, [at(days=3, hour=9), at(days=4, hour=9)])
    told = Nudge.objects.get(person=personas.mentee, rule="meeting_update")
    assert told.title == "Marco Mentor propôs 2 horas para se encontrarem"
    assert told.body.startswith("Escolha a que lhe der mais jeito:")


def test_a_refused_plan_is_explained_in_portuguese(client_for, personas, relationship):
    form = {"mode": "propose", "format": "video", "duration_minutes": "60"}
    page = client_for(personas.mentee).post(f"/meetings/with/{relationship.pk}/plan/", form, **PT)
    assert "Escolha uma data e uma hora." in page.content.decode()
