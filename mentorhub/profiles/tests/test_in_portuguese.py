"""Home's next step, the profile form, notification preferences and file refusals read in Portuguese, with the
language's lists and numbers, for someone whose browser asks for it (docs/i18n.md)."""

import pytest
from django.test import override_settings
from django.utils import translation

from mentorhub.lib import csvfile
from mentorhub.lib.errors import DomainError

pytestmark = pytest.mark.django_db
PT = {"Accept-Language": "pt"}


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
