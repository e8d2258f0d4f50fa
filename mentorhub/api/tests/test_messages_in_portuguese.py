"""The API's own messages follow the caller's Accept-Language, like the pages (docs/i18n.md); its codes do not."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_a_refused_token_is_explained_in_the_callers_language():
    headers = {"Authorization": "Bearer mh_not-a-token", "Accept-Language": "pt"}
    answer = Client().get("/api/me", headers=headers)
    assert answer.status_code == 401
    assert answer.json()["detail"] == "Este token de acesso não é válido. Copie-o de novo, ou crie um novo."
    english = Client().get("/api/me", headers={**headers, "Accept-Language": "en-GB"})
    assert english.json()["detail"] == "This access token is not valid. Copy it again, or create a new one."
    assert answer.json().get("code") == english.json().get("code")
