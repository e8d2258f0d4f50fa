import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_login_with_email_and_password_lands_on_home(client, personas):
    response = client.post("/account/login/", {"username": "mentee@test.example", "password": "correct-horse-battery"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert "Your next step" in client.get("/").content.decode()


def test_wrong_password_rerenders_with_message(client, personas):
    response = client.post("/account/login/", {"username": "mentee@test.example", "password": "nope"})
    assert response.status_code == 200
    assert "correct email and password" in response.content.decode()


def test_repeated_failures_lock_the_account_out(client, personas):
    for _ in range(5):
        client.post("/account/login/", {"username": "mentee@test.example", "password": "nope"})
    response = client.post("/account/login/", {"username": "mentee@test.example", "password": "correct-horse-battery"})
    assert response.status_code == 429
    assert "Too many failed log-ins" in response.content.decode()


def test_demo_logins_show_only_in_demo_mode(client):
    assert "mentee@example.com" in client.get("/account/login/").content.decode()
    with override_settings(DEMO_MODE=False):
        assert "mentee@example.com" not in client.get("/account/login/").content.decode()


def test_logout_needs_a_post_and_ends_the_session(client_for, personas):
    client = client_for(personas.mentee)
    client.post("/account/logout/")
    assert client.get("/account/")["Location"].startswith("/account/login/")


def test_account_pages_require_login(client):
    for url in ["/account/", "/people/edit/", "/soon/goals/"]:
        response = client.get(url)
        assert response.status_code == 302 and "/account/login/" in response["Location"], url
