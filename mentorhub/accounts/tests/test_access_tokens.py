import re
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from mentorhub.accounts.models import AccessToken, hash_token

pytestmark = pytest.mark.django_db


def create_token(client, scope="read"):
    response = client.post("/account/", {"token-name": "script", "token-scope": scope, "token-days": "30"})
    return re.search(r'id="new-token">(mh_[\w-]+)<', response.content.decode()).group(1)


def test_new_token_is_shown_once_and_stored_hashed(client_for, personas):
    client = client_for(personas.mentee)
    raw = create_token(client)
    stored = AccessToken.objects.get(user=personas.mentee)
    assert stored.token_hash == hash_token(raw) and raw not in stored.token_hash
    assert raw not in client.get("/account/").content.decode()


def test_token_authenticates_api_calls_until_revoked(client_for, client, personas):
    owner = client_for(personas.mentee)
    raw = create_token(owner)
    assert client.get("/api/me", headers={"Authorization": f"Bearer {raw}"}).json()["email"] == "mentee@test.example"
    owner.post(f"/account/tokens/{AccessToken.objects.get().pk}/revoke/")
    assert client.get("/api/me", headers={"Authorization": f"Bearer {raw}"}).status_code == 401


def test_token_stops_working_when_it_expires(client, personas):
    _, raw = AccessToken.issue(personas.mentee, "short", days=1)
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        assert client.get("/api/me", headers={"Authorization": f"Bearer {raw}"}).status_code == 401


def test_read_token_cannot_write(client, personas):
    _, raw = AccessToken.issue(personas.mentee, "reader")
    response = client.patch(
        "/api/profiles/me",
        {"headline": "x"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {raw}"},
    )
    assert response.status_code == 403 and "read-only" in response.json()["detail"]


def test_outsider_cannot_revoke_someone_elses_token(client_for, personas):
    token, _ = AccessToken.issue(personas.mentee, "mine")
    response = client_for(personas.outsider).post(f"/account/tokens/{token.pk}/revoke/")
    assert response.status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_token_rate_limit_answers_429_with_retry_after(client, personas, settings):
    settings.API_TOKEN_RATE_PER_MINUTE = 3
    _, raw = AccessToken.issue(personas.mentee, "busy script")
    headers = {"Authorization": f"Bearer {raw}"}
    with time_machine.travel(timezone.now().replace(second=10), tick=False):
        assert [client.get("/api/me", headers=headers).status_code for _ in range(3)] == [200, 200, 200]
        limited = client.get("/api/me", headers=headers)
    assert limited.status_code == 429 and limited["Retry-After"] == "50"
    assert "Too many requests" in limited.json()["detail"]
    with time_machine.travel(timezone.now() + timedelta(minutes=1)):
        assert client.get("/api/me", headers=headers).status_code == 200
