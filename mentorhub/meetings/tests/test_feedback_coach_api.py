import pytest

pytestmark = pytest.mark.django_db


def post(client, data):
    return client.post("/api/coach/feedback", data, content_type="application/json")


def test_feedback_coach_endpoint_answers_the_four_labels_without_login(client):
    body = post(
        client,
        {"text": "Your PR for the search endpoint was well tested. Add a one-line reason to each commit next time."},
    ).json()
    assert body["specific"] and body["actionable"] and body["behavioural"] and body["balanced"]
    assert set(body) >= {"hints", "unsure", "confident", "word_count", "problems"}
    vague = post(client, {"text": "You are so talented!"}).json()
    assert not vague["behavioural"] and vague["hints"]


def test_feedback_coach_endpoint_names_the_missing_field(client):
    response = post(client, {})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "text"
