"""Log-in, sign-up, the account page and allauth's own messages and emails reach a Portuguese reader in Portuguese."""

import pytest
from django.core import mail

from tests.support import BrowserClient

pytestmark = pytest.mark.django_db

PT = {"HTTP_ACCEPT_LANGUAGE": "pt"}


def test_wrong_password_is_refused_in_portuguese(personas):
    response = BrowserClient().post("/account/login/", {"login": "mentee@test.example", "password": "nope"}, **PT)
    page = response.content.decode()
    assert "Introduza o email e a palavra-passe corretos da sua conta." in page
    assert "correct email and password" not in page and "Esqueceu-se da palavra-passe?" in page


def test_allauths_own_messages_are_portuguese_too(client_for, personas):
    """allauth ships pt_PT and pt_BR but no pt: its catalogue is built for pt (tools/check_i18n.py --compile)."""
    client = client_for(personas.mentee)
    page = client.post("/account/logout/", follow=True, **PT).content.decode()
    assert "Terminou a sessão." in page and "You have signed out." not in page


def test_password_reset_email_is_in_the_language_it_was_asked_in(personas):
    BrowserClient().post("/account/password/reset/", {"email": "mentee@test.example"}, **PT)
    [email] = mail.outbox
    assert "Repor a sua palavra-passe do Mentorship Hub" in email.subject
    assert "Alguém (esperamos que você) pediu para repor a palavra-passe" in email.body
    assert "Someone (we hope you)" not in email.body


def test_account_page_and_sessions_in_portuguese(client_for, personas):
    client = client_for(personas.mentee)
    page = client.get("/account/", **PT).content.decode()
    assert "Tokens de acesso à API" in page and "API access tokens" not in page
    assert "Expira após (dias)" in page
    page = client.get("/account/sessions/", **PT).content.decode()
    assert "Sair em todos os outros sítios" in page or "Onde tem sessão iniciada" in page
