import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_login_with_email_and_password_lands_on_home(client, personas):
    response = client.post("/account/login/", {"login": "mentee@test.example", "password": "correct-horse-battery"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert "Your next step" in client.get("/").content.decode()


def test_wrong_password_rerenders_with_message(client, personas):
    response = client.post("/account/login/", {"login": "mentee@test.example", "password": "nope"})
    assert response.status_code == 200
    assert "correct email and password" in response.content.decode()


def test_repeated_failures_lock_the_account_out(client, personas):
    for _ in range(5):
        client.post("/account/login/", {"login": "mentee@test.example", "password": "nope"})
    response = client.post("/account/login/", {"login": "mentee@test.example", "password": "correct-horse-battery"})
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


def test_failures_on_the_admin_login_and_the_site_login_lock_out_together(client, personas):
    """django-axes counts failed log-ins (allauth's own counter is off): one count per person and client address,
    whichever form they were made on, kept in the database so every web process sees it."""
    for _ in range(3):
        client.post("/admin/login/", {"username": "Mentee@test.example", "password": "nope"})
    for _ in range(2):
        client.post("/account/login/", {"login": "mentee@test.example", "password": "nope"})
    response = client.post("/account/login/", {"login": "mentee@test.example", "password": "correct-horse-battery"})
    assert response.status_code == 429 and "_auth_user_id" not in client.session


def test_a_lockout_holds_only_for_that_client_address(client, personas):
    for _ in range(5):
        client.post("/account/login/", {"login": "mentee@test.example", "password": "nope"}, REMOTE_ADDR="203.0.113.5")
    response = client.post(
        "/account/login/",
        {"login": "mentee@test.example", "password": "correct-horse-battery"},
        REMOTE_ADDR="203.0.113.6",
    )
    assert response.status_code == 302 and response["Location"] == "/"
