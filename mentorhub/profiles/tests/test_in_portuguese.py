"""Home's next step, the profile form, notification preferences and file refusals read in Portuguese, with the
language's lists and numbers, for someone whose browser asks for it (docs/i18n.md)."""

import pytest
from django.test import override_settings
from django.utils import translation

from mentorhub.lib import csvfile
from mentorhub.lib.errors import DomainError

pytestmark = pytest.mark.django_db
PT = {"Accept-Language": "pt"}
FORM = {"name": "Omar", "timezone": "Europe/Lisbon", "mentor_capacity": "2", "visibility": "everyone"}


def test_home_and_the_profile_form_say_what_is_missing_in_portuguese(personas, client_for):
    client = client_for(personas.mentee)
    home = client.get("/", headers=PT).content.decode()
    assert "Complete o seu perfil" in home and "um título, uma breve biografia e a sua função atual" in home
    assert "Complete your profile" not in home
    form = client.get("/people/edit/", headers=PT).content.decode()
    assert "Competências que quer desenvolver" in form and "Formatos de encontro preferidos" in form
    assert "Videochamada" in form and "Skills you want to grow" not in form and "Video call" not in form
    assert "Complete your profile" in client.get("/", headers={"Accept-Language": "en-GB"}).content.decode()


def test_a_portuguese_profile_form_refusal_and_confirmation(personas, client_for):
    client = client_for(personas.mentee)
    page = client.post(
        "/people/edit/", {"name": "Maya", "timezone": "Europe/Lisbon", "links": "not a link"}, headers=PT
    ).content.decode()
    assert "não é um endereço web" in page and "is not a web address" not in page


def test_notification_preferences_name_their_categories_in_portuguese(personas, client_for):
    page = client_for(personas.mentee).get("/notifications/preferences/", headers=PT).content.decode()
    assert "Pedidos de mentoria" in page and "Resumo diário" in page and "Mentorship requests" not in page


@override_settings(CSV_MAX_ROWS=5000)
def test_a_file_refusal_counts_in_the_readers_language():
    rows = ([str(i)] for i in range(5001))
    with translation.override("pt"), pytest.raises(DomainError, match=r"mais de 5\.000 contactos"):
        list(csvfile.capped(rows, noun="contacts"))
    with translation.override("en-gb"), pytest.raises(DomainError, match="more than 5,000 contacts"):
        list(csvfile.capped(([str(i)] for i in range(5001)), noun="contacts"))


def test_skill_levels_are_written_and_read_in_the_readers_language(personas, client_for):
    client = client_for(personas.mentor)
    saved = client.post(
        "/people/edit/",
        {**FORM, "skills_offered": "Python (avançado), SQL"},
        headers=PT,
    )
    assert saved.status_code == 302
    profile = personas.mentor.profile
    profile.refresh_from_db()
    # Stored as the English keys the matcher and the API read, whichever language they were typed in.
    assert profile.skills_offered == [
        {"name": "Python", "level": "advanced"},
        {"name": "SQL", "level": "intermediate"},
    ]
    page = client_for(personas.mentee).get(f"/people/{profile.pk}/", headers=PT).content.decode()
    assert "Python · avançado" in page and "SQL · intermédio" in page and "advanced" not in page
    english = client_for(personas.mentee).get(f"/people/{profile.pk}/").content.decode()
    assert "Python · advanced" in english
    assert "Python (avançado), SQL (intermédio)" in client.get("/people/edit/", headers=PT).content.decode()


def test_an_unknown_skill_level_is_refused_with_the_levels_in_portuguese(personas, client_for):
    client = client_for(personas.mentor)
    before = personas.mentor.profile.skills_offered
    page = client.post("/people/edit/", {**FORM, "skills_offered": "SQL (mestre)"}, headers=PT).content.decode()
    assert "um de iniciante, intermédio, avançado ou especialista" in page
    personas.mentor.profile.refresh_from_db()
    assert personas.mentor.profile.skills_offered == before
