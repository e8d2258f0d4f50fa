"""An Authorization header decides alone: a usable token authenticates without CSRF, anything else is a 401."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from mentorhub.accounts.models import AccessToken
from mentorhub.goals.models import Goal

pytestmark = pytest.mark.django_db

GOAL = {"text": "Lead one discovery project by June 2027"}


def call(client, method, authorization=None, **extra):
    headers = {} if authorization is None else {"Authorization": authorization}
    if method == "get":
        return client.get("/api/me", headers=headers)
    return client.post("/api/goals", GOAL, content_type="application/json", headers=headers, **extra)


def expired(person):
    token, raw = AccessToken.issue(person, "old script", scope=AccessToken.WRITE)
    AccessToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    return raw


def revoked(person):
    token, raw = AccessToken.issue(person, "retired script", scope=AccessToken.WRITE)
    AccessToken.objects.filter(pk=token.pk).update(revoked_at=timezone.now())
    return raw


BAD = {
    "empty header": (lambda person: "", "token_missing"),
    "scheme only": (lambda person: "Bearer ", "token_missing"),
    "token without scheme": (lambda person: AccessToken.issue(person, "x", scope="write")[1], "token_missing"),
    "basic scheme": (lambda person: "Basic bWF5YTpwYXNz", "token_missing"),
    "unknown token": (lambda person: "Bearer mh_not-a-real-token", "token_unknown"),
    "not our format": (lambda person: "Bearer eyJhbGciOi.e30.sig", "token_unknown"),
    "expired token": (lambda person: f"Bearer {expired(person)}", "token_expired"),
    "revoked token": (lambda person: f"Bearer {revoked(person)}", "token_revoked"),
}


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("case", BAD)
def test_a_bad_authorization_header_is_a_401_with_bearer_challenge(personas, case, method):
    make, code = BAD[case]
    response = call(Client(), method, make(personas.mentee))
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    body = response.json()
    assert body["code"] == code and body["detail"] and body["errors"] == []
    assert not Goal.objects.exists()


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("case", BAD)
def test_a_bad_token_beside_a_session_is_still_a_401_not_a_csrf_failure(client_for, personas, case, method):
    make, code = BAD[case]
    response = call(client_for(personas.mentee), method, make(personas.mentee))
    assert response.status_code == 401 and response.json()["code"] == code
    assert not Goal.objects.exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_valid_token_works_without_csrf(client_for, personas, method):
    _, raw = AccessToken.issue(personas.mentee, "script", scope=AccessToken.WRITE)
    response = call(client_for(personas.outsider), method, f"Bearer {raw}")
    assert response.status_code == (200 if method == "get" else 201)
    if method == "get":
        assert response.json()["email"] == "mentee@test.example"
    else:
        assert Goal.objects.get().owner == personas.mentee


def test_a_read_only_token_may_read_but_a_write_is_403_with_a_clear_code(personas):
    _, raw = AccessToken.issue(personas.mentee, "reader")
    assert call(Client(), "get", f"Bearer {raw}").status_code == 200
    response = call(Client(), "post", f"Bearer {raw}")
    assert response.status_code == 403
    assert response.json()["code"] == "token_read_only" and "read-only" in response.json()["detail"]
    assert not Goal.objects.exists()


def test_no_credentials_at_all_is_a_401_with_bearer_challenge(client):
    response = client.get("/api/me")
    assert response.status_code == 401 and response["WWW-Authenticate"].startswith("Bearer")


def test_session_writes_without_a_token_still_need_csrf(client_for, personas):
    response = call(client_for(personas.mentee), "post", csrf=False)
    assert response.status_code == 403
    assert not Goal.objects.exists()
