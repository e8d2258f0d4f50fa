import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_openapi_schema_and_docs_are_served(client):
    schema = client.get("/api/openapi.json").json()
    assert schema["info"]["title"] == "Mentorship Hub API"
    assert "/api/me" in schema["paths"] and "/api/profiles" in schema["paths"]
    assert client.get("/api/docs").status_code == 200


def test_anonymous_api_call_gets_401_with_json_body(client):
    response = client.get("/api/me")
    assert response.status_code == 401
    assert "Log in" in response.json()["detail"]


def test_me_returns_the_session_person(client_for, personas):
    body = client_for(personas.mentee).get("/api/me").json()
    assert body["email"] == "mentee@test.example"
    assert body["profile"]["name"] == "Maya Mentee"


def test_session_writes_need_csrf(client_for, personas):
    client = client_for(personas.mentee)
    forged = client.patch("/api/profiles/me", {"headline": "Forged"}, content_type="application/json", csrf=False)
    assert forged.status_code == 403
    wrong = client.patch(
        "/api/profiles/me",
        {"headline": "Forged"},
        content_type="application/json",
        headers={"X-CSRFToken": "x" * 32},
    )
    assert wrong.status_code == 403
    assert client.get("/api/profiles/me").json()["headline"] != "Forged"
    # The client echoes its csrftoken cookie as X-CSRFToken, as htmx does on our pages.
    response = client.patch("/api/profiles/me", {"headline": "New"}, content_type="application/json")
    assert response.status_code == 200 and response.json()["headline"] == "New"


def test_a_page_form_posted_without_the_csrf_token_is_refused_and_changes_nothing(client_for, personas):
    client = client_for(personas.mentee)
    response = client.post("/goals/plan/", {"strengths": "Forged strengths"}, csrf=False)
    assert response.status_code == 403
    assert "Forged strengths" not in client.get("/goals/plan/").content.decode()
    assert client.post("/goals/plan/", {"strengths": "Real strengths"}).status_code == 302
    assert "Real strengths" in client.get("/goals/plan/").content.decode()


def test_unknown_api_route_is_json_404(client_for, personas):
    response = client_for(personas.mentee).get("/api/profiles/999999")
    assert response.status_code == 404 and response.json()["detail"] == "Not found."


def test_bad_token_is_401_not_500():
    response = Client().get("/api/me", headers={"Authorization": "Bearer mh_not-a-real-token"})
    assert response.status_code == 401


def test_nul_characters_are_refused_with_the_field_named(client_for, personas):
    client = client_for(personas.mentee)
    response = client.put("/api/plan", {"strengths": "SQL\x00"}, content_type="application/json")
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "strengths"
    assert client.get("/api/profiles", {"q": "a\x00b"}).status_code == 422


def test_nul_in_a_web_form_is_a_clear_400(client_for, personas):
    response = client_for(personas.mentee).post("/goals/plan/", {"strengths": "SQL\x00"})
    assert response.status_code == 400 and b"strengths" in response.content
