import pytest
from playwright.sync_api import expect

from mentorhub import settings as production
from tests.oidc_provider.server import PASSWORD, identity_provider, provider_settings

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_person_signs_in_through_their_organisation_and_lands_on_home_with_their_profile(
    page, site, settings, tmp_path, shot
):
    with identity_provider(tmp_path, site=site) as (server_url, _):
        settings.SOCIALACCOUNT_PROVIDERS = provider_settings(server_url)
        settings.SECURE_CSP = {
            **settings.SECURE_CSP,
            "form-action": production.sso_form_action([server_url]),
        }
        page.goto(site + "/account/login/")
        page.get_by_label("Your work email").fill("ines@acme.example")
        shot("sso-01-login")
        page.get_by_role("button", name="Continue with your organisation").click()
        page.get_by_role("button", name="Continue").click()
        expect(page.get_by_role("heading", name="Acme sign-in")).to_be_visible()
        page.get_by_label("Username").fill("ines@acme.example")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in to Acme").click()

        expect(page.get_by_role("heading", name="Hello, Inês")).to_be_visible()
        shot("sso-02-home")
        page.goto(site + "/people/edit/")
        expect(page.get_by_label("Timezone")).to_have_value("Europe/Lisbon")
