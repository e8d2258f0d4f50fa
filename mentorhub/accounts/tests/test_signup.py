import re

import pytest
from django.core import mail

from mentorhub.accounts.models import User

pytestmark = pytest.mark.django_db


def link_in(message) -> str:
    return re.search(r"https?://\S+", message.body).group(0)


def sign_up(client, **overrides):
    data = {
        "name": "Ana Costa",
        "email": "Ana@Example.org",
        "password1": "a-long-enough-pass",
        "seeking_mentors": "on",
    }
    return client.post("/account/signup/", {**data, **overrides})


def test_signup_creates_person_with_profile_and_sends_verification(client):
    response = sign_up(client)
    assert response.status_code == 302 and response["Location"] == "/account/confirm-email/"
    person = User.objects.get(email="ana@example.org")
    assert person.profile.name == "Ana Costa" and person.profile.seeking_mentors
    assert not person.email_verified
    assert person.password.startswith("md5$") or person.password.startswith("argon2")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["ana@example.org"]
    assert "Verify your email" in mail.outbox[0].subject


def test_verification_link_verifies_email(client):
    sign_up(client)
    response = client.get(link_in(mail.outbox[0]).replace("http://127.0.0.1:8000", ""))
    assert response.status_code == 302
    assert User.objects.get(email="ana@example.org").email_verified


def test_tampered_verification_link_is_refused_politely(client):
    sign_up(client)
    url = link_in(mail.outbox[0]).replace("http://127.0.0.1:8000", "")
    response = client.get(url[:-5] + "xxxx/")
    assert response.status_code == 400
    assert b"not valid" in response.content
    assert not User.objects.get(email="ana@example.org").email_verified


def test_signup_answers_alike_whether_or_not_the_address_has_an_account(client, db):
    fresh = sign_up(client, email="new@example.org")
    User.objects.create_user("ana@example.org", "whatever-pass-1")
    taken = sign_up(client, email="Ana@Example.org")
    assert (fresh.status_code, fresh["Location"]) == (taken.status_code, taken["Location"])
    page = client.get(taken["Location"])
    assert page.status_code == 200 and "Check your inbox" in page.content.decode()
    assert "exists" not in page.content.decode()


def test_signup_with_a_taken_address_tells_its_owner_and_changes_nothing(client, db):
    owner = User.objects.create_user("ana@example.org", "whatever-pass-1", profile={"name": "Ana Original"})
    sign_up(client)
    assert User.objects.filter(email__iexact="ana@example.org").count() == 1
    owner.refresh_from_db()
    assert owner.check_password("whatever-pass-1") and owner.profile.name == "Ana Original"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["ana@example.org"]
    assert "tried to sign up" in mail.outbox[0].subject
    body = mail.outbox[0].body
    assert "/account/login/" in body and "/account/password/reset/" in body
    assert "_auth_user_id" not in client.session


def test_signup_does_not_log_in_until_the_address_is_verified(client, db):
    sign_up(client)
    assert "_auth_user_id" not in client.session
    response = client.get(link_in(mail.outbox[0]).replace("http://127.0.0.1:8000", ""), follow=True)
    assert "Your email address is verified" in response.content.decode()
    assert response.redirect_chain[-1][0].startswith("/account/login/")


def test_signup_with_weak_password_says_why(client):
    response = sign_up(client, password1="123")
    assert response.status_code == 200
    assert "too short" in response.content.decode()
    assert not User.objects.filter(email="ana@example.org").exists()


def test_production_hashes_passwords_with_argon2():
    from mentorhub import settings as production

    assert production.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
