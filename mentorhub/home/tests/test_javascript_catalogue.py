"""What our scripts show (the confirm dialog's buttons, "Copied") comes from the JavaScript catalogue, in the page's
language, from a same-origin address the Content-Security-Policy allows, cached by the browser per language."""

import re

import pytest
from django.utils.http import http_date

from mentorhub.profiles.models import Profile
from tests.support import BrowserClient

pytestmark = pytest.mark.django_db


def catalogue_address(page) -> str:
    return re.search(r'<script src="(/jsi18n/[^"]+)" defer>', page.content.decode()).group(1)


def test_a_portuguese_page_loads_the_portuguese_catalogue_of_its_scripts(personas, client_for):
    Profile.objects.filter(user=personas.mentee).update(site_language="pt")
    client = client_for(personas.mentee)
    address = catalogue_address(client.get("/"))
    assert address == "/jsi18n/pt.js"
    script = client.get(address)
    assert script.status_code == 200 and script["Content-Type"].startswith("text/javascript")
    text = script.content.decode()
    assert '"Yes, go ahead": "Sim, avan\\u00e7ar"' in text and '"Copied": "Copiado"' in text
    # The functions hub.js and compose.js call.
    assert "django.gettext = function" in text and "globals.gettext = django.gettext" in text


def test_an_english_page_loads_the_english_catalogue_without_portuguese():
    client = BrowserClient()
    address = catalogue_address(client.get("/accounts/login/", headers={"Accept-Language": "en-GB"}))
    assert address == "/jsi18n/en-gb.js"
    assert "Sim, avan" not in client.get(address).content.decode()


def test_the_catalogue_is_cached_by_the_browser_and_revalidated_by_date():
    first = BrowserClient().get("/jsi18n/pt.js")
    assert "max-age=3600" in first["Cache-Control"] and first.has_header("Last-Modified")
    again = BrowserClient().get("/jsi18n/pt.js", headers={"If-Modified-Since": first["Last-Modified"]})
    assert again.status_code == 304 and again.content == b""
    stale = BrowserClient().get("/jsi18n/pt.js", headers={"If-Modified-Since": http_date(0)})
    assert stale.status_code == 200


def test_a_language_without_a_catalogue_is_not_found():
    assert BrowserClient().get("/jsi18n/xx.js").status_code == 404
    assert BrowserClient().get("/jsi18n/pt-BR.js").status_code == 404


def test_someone_sent_to_set_up_two_factor_still_gets_the_scripts_texts(personas, client_for, settings):
    """The setup page's own scripts need the catalogue; fetching it must not pile up "set up two-factor" notices."""
    settings.TWO_FACTOR_FOR_COORDINATORS = True
    client = client_for(personas.coordinator)
    assert client.get("/").status_code == 302
    script = client.get("/jsi18n/en-gb.js")
    assert script.status_code == 200 and "django.gettext = function" in script.content.decode()
    setup = client.get("/account/2fa/totp/activate/", follow=True).content.decode()
    assert setup.count("Your role needs two-factor sign-in") == 1
