"""Availability in the person's language: the weekly hours page with Accept-Language pt, weekday names included,
and a refused range explained in Portuguese with nothing saved."""

import pytest

from mentorhub.availability.models import Availability
from mentorhub.profiles.models import Profile

pytestmark = pytest.mark.django_db


def test_the_availability_page_is_in_portuguese(personas, client_for):
    page = client_for(personas.mentor).get("/availability/", headers={"Accept-Language": "pt"}).text
    assert "A sua disponibilidade" in page and "Segunda-feira" in page
    assert "Minutos livres antes de cada encontro" in page
    assert "Your availability" not in page and "Monday" not in page


def test_a_half_range_is_refused_in_portuguese_and_nothing_is_saved(personas, client_for):
    Profile.objects.filter(user=personas.mentor).update(site_language="pt")
    form = {"buffer_before_minutes": 0, "buffer_after_minutes": 0, "day0_0_start": "09:00"}
    page = client_for(personas.mentor).post("/availability/", form).text
    assert "Indique o início e o fim deste intervalo, ou nenhum dos dois." in page
    assert not Availability.objects.filter(person=personas.mentor).exists()
