"""Single sign-on against a real OpenID Connect provider (django-oauth-toolkit in its own process, started here):
the whole authorization-code exchange, tokens signed and checked, nothing mocked."""

import logging

import pytest

from mentorhub.accounts.models import User
from tests.oidc_provider.server import identity_provider, provider_settings, sign_in_at_provider
from tests.support import BrowserClient

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def configure(settings, server_url, **extra):
    settings.SOCIALACCOUNT_PROVIDERS = provider_settings(server_url, **extra)


def start_sso(client, email):
    """The login page's "continue with your organisation", then allauth's confirmation step."""
    client.get("/account/login/")
    routed = client.get("/account/login/organisation/", {"email": email})
    assert routed["Location"].startswith("/account/oidc/acme/login/")
    return client.post(routed["Location"])["Location"]


@pytest.fixture(scope="module")
def running_provider(tmp_path_factory):
    with identity_provider(tmp_path_factory.mktemp("idp")) as started:
        yield started


@pytest.fixture
def provider(running_provider):
    """The provider's URL, honest for this test."""
    url, misbehave = running_provider
    misbehave("")
    return url


def test_first_sign_in_creates_the_account_with_the_profile_from_the_claims(settings, provider):
    configure(settings, provider)
    client = BrowserClient()
    callback = sign_in_at_provider(start_sso(client, "ines@acme.example"), "ines@acme.example")
    response = client.get(callback.replace("http://testserver", ""))
    assert response["Location"] == "/"
    person = User.objects.get(email="ines@acme.example")
    assert client.session["_auth_user_id"] == str(person.pk)
    assert person.profile.name == "Inês Duarte" and person.profile.timezone == "Europe/Lisbon"
    assert person.email_verified and not person.has_usable_password()
    assert "Inês" in client.get("/").content.decode()

    # The same code and state again: refused, and nobody is logged in by it.
    replay = BrowserClient()
    response = replay.get(callback.replace("http://testserver", ""))
    assert response.status_code in (200, 302) and "_auth_user_id" not in replay.session


def test_an_email_the_provider_did_not_verify_gets_no_account(settings, provider, caplog):
    configure(settings, provider)
    client = BrowserClient()
    callback = sign_in_at_provider(start_sso(client, "unverified@acme.example"), "unverified@acme.example")
    with caplog.at_level(logging.WARNING):
        response = client.get(callback.replace("http://testserver", ""), follow=True)
    assert "did not confirm your email address" in response.content.decode()
    assert "did not verify the email" in caplog.text
    assert not User.objects.filter(email="unverified@acme.example").exists()
    assert "_auth_user_id" not in client.session


def test_an_sso_only_domain_cannot_use_a_password(settings, provider, db):
    configure(settings, provider, sso_only=True)
    User.objects.create_user("old@acme.example", "an-old-passphrase-1", email_verified=True)
    client = BrowserClient()
    client.get("/account/login/")
    response = client.post("/account/login/", {"login": "old@acme.example", "password": "an-old-passphrase-1"})
    assert response.status_code == 200 and "Your organisation signs you in" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_unknown_domain_is_told_to_use_a_password(settings, provider, client):
    configure(settings, provider)
    response = client.get("/account/login/organisation/", {"email": "ana@elsewhere.example"}, follow=True)
    assert "log in with your password" in response.content.decode()


@pytest.mark.parametrize("misbehave", ["audience", "issuer", "expired"])
def test_a_token_for_someone_else_from_someone_else_or_expired_is_refused(
    settings, running_provider, caplog, misbehave
):
    url, set_misbehaviour = running_provider
    set_misbehaviour(misbehave)
    configure(settings, url)
    client = BrowserClient()
    callback = sign_in_at_provider(start_sso(client, "ines@acme.example"), "ines@acme.example")
    with caplog.at_level(logging.WARNING):
        response = client.get(callback.replace("http://testserver", ""), follow=True)
    assert "Signing in with your organisation did not work" in response.content.decode()
    assert "sso refused" in caplog.text
    assert not User.objects.filter(email="ines@acme.example").exists()
    assert "_auth_user_id" not in client.session
