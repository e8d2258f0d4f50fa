"""A person sees where they are logged in and can log out everywhere else (allauth's session list)."""

import pytest

from tests.support import BrowserClient

pytestmark = pytest.mark.django_db


def log_in(user_agent):
    client = BrowserClient(HTTP_USER_AGENT=user_agent)
    client.get("/account/login/")
    response = client.post("/account/login/", {"login": "mentee@test.example", "password": "correct-horse-battery"})
    assert response["Location"] == "/"
    return client


def test_log_out_other_sessions_ends_them_and_keeps_this_one(personas):
    laptop, phone = log_in("Firefox on a laptop"), log_in("Safari on a phone")
    page = laptop.get("/account/sessions/").content.decode()
    assert "Firefox on a laptop" in page and "Safari on a phone" in page
    laptop.post("/account/sessions/")
    assert phone.get("/account/")["Location"].startswith("/account/login/")
    assert laptop.get("/account/").status_code == 200
    assert "Safari on a phone" not in laptop.get("/account/sessions/").content.decode()


def test_the_session_list_needs_a_login(client):
    assert client.get("/account/sessions/")["Location"].startswith("/account/login/")
