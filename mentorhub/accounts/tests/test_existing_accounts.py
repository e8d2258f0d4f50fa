"""People whose accounts were made before allauth log in as before: rows as the old code wrote them, then the
migration that moves them onto allauth (accounts/0004), then a log-in through allauth's form."""

import pytest
from django.contrib.auth.hashers import make_password
from django.core import mail
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = ("accounts", "0003_cache_table")
AFTER = ("accounts", "0004_email_addresses_for_allauth")


def test_people_from_before_allauth_log_in_with_their_old_passwords(client):
    executor = MigrationExecutor(connection)
    executor.migrate([BEFORE])
    old = executor.loader.project_state([BEFORE]).apps.get_model("accounts", "User")
    # As the old code stored them: argon2 hashes and an email_verified flag, nothing of allauth's.
    hashed = make_password("an-old-passphrase-1", hasher="argon2")
    old.objects.create(email="verified@test.example", password=hashed, email_verified=True)
    old.objects.create(email="unverified@test.example", password=hashed)
    MigrationExecutor(connection).migrate([AFTER])

    response = client.post("/account/login/", {"login": "verified@test.example", "password": "not-the-passphrase"})
    assert response.status_code == 200 and "correct email and password" in response.content.decode()
    response = client.post("/account/login/", {"login": "Verified@Test.example", "password": "an-old-passphrase-1"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.session["_auth_user_id"]

    # An address never verified is verified first: its owner gets a link instead of a session.
    client.post("/account/logout/")
    response = client.post("/account/login/", {"login": "unverified@test.example", "password": "an-old-passphrase-1"})
    assert response["Location"] == "/account/confirm-email/"
    assert "_auth_user_id" not in client.session
    assert [m.to for m in mail.outbox] == [["unverified@test.example"]]
