"""SAML 2.0 single sign-on against a real identity provider (pysaml2's IdP, run by tests/saml_idp.py): the hub's
AuthnRequest goes to the IdP, whose signed Response comes back to the hub's ACS; nothing mocked. Configured the way
an operator does, from SAML_PROVIDERS with the IdP's metadata address."""

import base64
import json
import logging
from urllib.parse import urlsplit

import pytest
import time_machine
from allauth.socialaccount.models import SocialAccount, SocialApp
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from mentorhub import settings as production
from mentorhub.accounts.models import User
from mentorhub.programs.models import Enrollment, Program
from tests.saml_idp import identity_provider, sign_in_at_idp
from tests.support import BrowserClient

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def browser():
    # python3-saml refuses single-label hosts such as "testserver" in the hub's own SAML addresses.
    return BrowserClient(HTTP_HOST="mentors.example.org")


@pytest.fixture(scope="module")
def running_idp(tmp_path_factory):
    with identity_provider(tmp_path_factory.mktemp("saml-idp")) as idp:
        yield idp


@pytest.fixture
def idp(running_idp, settings, monkeypatch):
    """The IdP, honest for this test, and the hub configured for it from SAML_PROVIDERS; the IdP trusts the hub's
    metadata, as an operator sets it up."""
    running_idp.misbehave("")
    monkeypatch.setenv(
        "SAML_PROVIDERS",
        json.dumps(
            [
                {
                    "provider_id": "acme",
                    "name": "Acme",
                    "entity_id": running_idp.entity_id,
                    "metadata_url": f"{running_idp.base_url}/metadata",
                    "domains": ["acme.example"],
                }
            ]
        ),
    )
    settings.SOCIALACCOUNT_PROVIDERS = {"saml": {"APPS": production.env_saml_providers("SAML_PROVIDERS")}}
    metadata = browser().get("/account/saml/acme/metadata/")
    assert metadata.status_code == 200
    running_idp.trust(metadata.content.decode())
    return running_idp


def start_sso(client, email):
    """The login page's "continue with your organisation" and allauth's confirmation step; the IdP's address with
    the AuthnRequest."""
    client.get("/account/login/")
    routed = client.get("/account/login/organisation/", {"email": email})
    assert routed["Location"].startswith("/account/saml/acme/login/")
    return client.post(routed["Location"])["Location"]


def post_to_acs(client, form):
    """What the browser does with the IdP's auto-posting form, then the hub's redirect to finish."""
    acs = client.post(urlsplit(form["action"]).path, form["fields"], csrf=False)
    assert acs.status_code == 302
    return client.get(acs["Location"], follow=True)


def refused(response, caplog, email, reason):
    assert response.redirect_chain[-1][0] == "/account/login/"
    assert "did not work" in response.content.decode() or "already used" in response.content.decode()
    assert "sso refused" in caplog.text and reason in caplog.text
    assert "_auth_user_id" not in response.client.session
    assert not User.objects.filter(email=email).exists()


def test_first_sign_in_creates_the_account_with_the_profile_from_the_assertion(idp, caplog):
    client = browser()
    form = sign_in_at_idp(start_sso(client, "ines@acme.example"), "ines@acme.example")
    response = post_to_acs(client, form)
    assert response.redirect_chain[-1][0] == "/"
    person = User.objects.get(email="ines@acme.example")
    assert client.session["_auth_user_id"] == str(person.pk)
    assert person.profile.name == "Inês Duarte" and person.profile.current_role == "Staff engineer"
    assert person.email_verified and not person.has_usable_password()
    assert "Inês" in response.content.decode()

    # The same Response posted again, by someone else or by the same browser later: refused, nobody logged in.
    for replay in (browser(), client):
        replay.post("/account/logout/")
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            response = post_to_acs(replay, form)
        assert response.redirect_chain[-1][0] == "/account/login/"
        assert "That sign-in was already used" in response.content.decode()
        assert "sso refused: acme sent a response to no sign-in started here" in caplog.text
        assert "_auth_user_id" not in replay.session
    assert User.objects.filter(email="ines@acme.example").count() == 1


def test_the_login_page_offers_the_organisation_and_an_existing_account_is_connected(idp):
    person = User.objects.create_user("ines@acme.example", "an-old-passphrase-1", email_verified=True)
    client = browser()
    assert 'href="/account/saml/acme/login/"' in client.get("/account/login/").content.decode()
    response = post_to_acs(client, sign_in_at_idp(start_sso(client, "ines@acme.example"), "ines@acme.example"))
    assert response.redirect_chain[-1][0] == "/"
    assert client.session["_auth_user_id"] == str(person.pk)
    assert User.objects.filter(email="ines@acme.example").count() == 1


def test_an_assertion_altered_to_name_someone_else_is_refused_and_their_account_left_alone(idp, caplog):
    boss = User.objects.create_user("boss@acme.example", "an-old-passphrase-1", email_verified=True)
    client = browser()
    form = sign_in_at_idp(start_sso(client, "ines@acme.example"), "ines@acme.example")
    xml = base64.b64decode(form["fields"]["SAMLResponse"]).decode()
    form["fields"]["SAMLResponse"] = base64.b64encode(
        xml.replace("ines@acme.example", "boss@acme.example").encode()
    ).decode()
    with caplog.at_level(logging.WARNING):
        response = post_to_acs(client, form)
    assert "did not work" in response.content.decode()
    assert "sso refused" in caplog.text and "Signature validation failed" in caplog.text
    assert "_auth_user_id" not in client.session
    assert list(User.objects.all()) == [boss] and not SocialAccount.objects.exists()
    boss.refresh_from_db()
    assert boss.has_usable_password() and boss.profile.name == "boss"


@pytest.mark.parametrize(
    "misbehave, reason",
    [
        ("rogue_key", "Signature validation failed"),
        ("audience", "is not a valid audience"),
        ("issuer", "Invalid issuer"),
    ],
)
def test_an_assertion_signed_by_another_key_for_another_service_or_from_another_issuer_is_refused(
    idp, caplog, misbehave, reason
):
    idp.misbehave(misbehave)
    client = browser()
    form = sign_in_at_idp(start_sso(client, "ines@acme.example"), "ines@acme.example")
    with caplog.at_level(logging.WARNING):
        response = post_to_acs(client, form)
    refused(response, caplog, "ines@acme.example", reason)


def test_an_expired_assertion_is_refused(idp, caplog):
    client = browser()
    form = sign_in_at_idp(start_sso(client, "ines@acme.example"), "ines@acme.example")
    # The assertion lives 3 minutes and the hub allows 5 minutes of clock drift; the sign-in itself 10 minutes.
    with time_machine.travel(timezone.now() + timezone.timedelta(minutes=9)), caplog.at_level(logging.WARNING):
        response = post_to_acs(client, form)
    refused(response, caplog, "ines@acme.example", "expired")


def test_an_address_outside_the_organisations_domains_gets_no_account(idp, caplog):
    client = browser()
    form = sign_in_at_idp(start_sso(client, "ines@acme.example"), "ada@elsewhere.example")
    with caplog.at_level(logging.WARNING):
        response = post_to_acs(client, form)
    assert "did not confirm your email address" in response.content.decode()
    assert "did not verify the email" in caplog.text
    assert not User.objects.filter(email="ada@elsewhere.example").exists()
    assert "_auth_user_id" not in client.session


def sign_in(client, email="ines@acme.example"):
    return post_to_acs(client, sign_in_at_idp(start_sso(client, email), email))


def test_signing_in_through_the_organisation_enrols_into_the_programs_that_ask_it(idp):
    welcoming = Program.objects.create(
        name="Acme mentoring", slug="acme", approval=Program.AUTOMATIC, sso_provider="acme", sso_role="mentee"
    )
    reviewed = Program.objects.create(name="Acme leaders", slug="leaders", sso_provider="acme", sso_role="mentor")
    Program.objects.create(
        name="Globex", slug="globex", approval=Program.AUTOMATIC, sso_provider="globex", sso_role="mentee"
    )
    Program.objects.create(name="Acme alumni", slug="alumni", sso_provider="acme")  # names the provider, enrols nobody

    client = browser()
    page = sign_in(client).content.decode()
    person = User.objects.get(email="ines@acme.example")
    assert {(e.program.slug, e.role, e.status, e.source) for e in person.enrollments.all()} == {
        ("acme", "mentee", Enrollment.APPROVED, Enrollment.SSO),
        ("leaders", "mentor", Enrollment.APPLIED, Enrollment.SSO),
    }
    assert "Welcome to Acme mentoring!" in page
    assert "Your organisation signed you up for Acme leaders" in page

    # Signing in again enrols nobody twice.
    client.post("/account/logout/")
    sign_in(client)
    assert person.enrollments.count() == 2
    assert welcoming.enrollments.get().person == person and reviewed.enrollments.get().person == person


def test_a_program_that_requires_the_organisation_refuses_a_password_sign_in(idp):
    program = Program.objects.create(
        name="Acme mentoring", slug="acme", approval=Program.AUTOMATIC, sso_provider="acme", sso_required=True
    )
    User.objects.create_user("ines@acme.example", "an-old-passphrase-1", email_verified=True)
    client = browser()
    client.get("/account/login/")
    client.post("/account/login/", {"login": "ines@acme.example", "password": "an-old-passphrase-1"})
    response = client.post("/programs/acme/apply/mentee/", {"invite": ""})
    assert response.status_code == 200
    assert "Only people who sign in through Acme can join Acme mentoring" in response.content.decode()
    assert not program.enrollments.exists()

    # Signed in through Acme, the same person joins.
    client.post("/account/logout/")
    sign_in(client)
    response = client.post("/programs/acme/apply/mentee/", {"invite": ""})
    assert response.status_code == 302
    assert program.enrollments.get().status == Enrollment.APPROVED


def test_a_provider_added_in_the_admin_signs_people_in_the_same_way(running_idp, settings):
    settings.SOCIALACCOUNT_PROVIDERS = {"saml": {"APPS": []}}
    SocialApp.objects.create(
        provider="saml",
        provider_id="acme",
        client_id="acme",
        name="Acme",
        settings={
            "idp": {"entity_id": running_idp.entity_id, "metadata_url": f"{running_idp.base_url}/metadata"},
            "domains": ["acme.example"],
        },
    )
    running_idp.misbehave("")
    running_idp.trust(browser().get("/account/saml/acme/metadata/").content.decode())
    client = browser()
    assert sign_in(client).redirect_chain[-1][0] == "/"
    assert User.objects.get(email="ines@acme.example").profile.name == "Inês Duarte"


@pytest.mark.parametrize(
    "provider, complaint",
    [
        (
            {"provider_id": "acme", "name": "Acme", "entity_id": "x", "metadata_url": "https://idp.example/m"},
            "each provider needs",
        ),
        (
            {"provider_id": "acme", "name": "Acme", "entity_id": "x", "domains": ["acme.example"]},
            "needs metadata_url, or sso_url and x509cert",
        ),
        (
            {"provider_id": "acme", "name": "Acme", "entity_id": "x", "domains": [], "metadata_url": "https://i.e/m"},
            "needs the email domains it vouches for",
        ),
    ],
)
def test_an_incomplete_saml_provider_in_the_environment_is_refused_naming_what_is_missing(
    monkeypatch, provider, complaint
):
    monkeypatch.setenv("SAML_PROVIDERS", json.dumps([provider]))
    with pytest.raises(ImproperlyConfigured, match=complaint):
        production.env_saml_providers("SAML_PROVIDERS")
