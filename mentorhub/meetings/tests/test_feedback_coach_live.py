"""The feedback coach while a mentee writes a progress update or a mentor writes feedback (issue 17)."""

import pytest

pytestmark = pytest.mark.django_db


def test_progress_update_and_feedback_forms_ask_the_coach_while_typing(client_for, personas, relationship):
    mentee_page = client_for(personas.mentee).get(f"/meetings/with/{relationship.pk}/").content.decode()
    mentor_page = client_for(personas.mentor).get(f"/meetings/with/{relationship.pk}/").content.decode()
    assert 'hx-post="/meetings/feedback-coach/"' in mentee_page
    assert 'hx-post="/meetings/feedback-coach/"' in mentor_page


def test_feedback_coach_panel_shows_checks_and_asks_when_unsure(client_for, personas):
    client = client_for(personas.mentor)
    page = client.post(
        "/meetings/feedback-coach/",
        {
            "strengths": "In Tuesday's stand-up you gave a clear summary of the outage, which helped the team.",
            "next_steps": "One thing to work on: you interrupted Priya twice, so next time let her finish first.",
        },
    ).content.decode()
    assert "✔</span> Specific: names the moment or the piece of work" in page
    assert "✔</span> Balanced: what worked and what to improve" in page
    vague = client.post("/meetings/feedback-coach/", {"text": "Honestly, you're a natural with patients."})
    vague = vague.content.decode()
    assert "✖</span> About what was done, not the person" in vague
    assert "Describe what was done and its effect" in vague
    unsure = client.post("/meetings/feedback-coach/", {"text": "ur portfolio is gr8!!"}).content.decode()
    assert "Does it name the moment or the piece of work?" in unsure


def test_feedback_coach_needs_a_signed_in_person(client):
    response = client.post("/meetings/feedback-coach/", {"text": "Great job!"})
    assert response.status_code == 302 and "/login" in response["Location"]


def test_feedback_coach_speaks_the_readers_language(client_for, personas):
    client = client_for(personas.mentee)
    page = client.post(
        "/meetings/feedback-coach/", {"text": "ur portfolio is gr8!!"}, HTTP_ACCEPT_LANGUAGE="pt"
    ).content.decode()
    # The hint and the question asked when the coach is unsure, both in Portuguese.
    assert "Indique uma coisa que correu bem e uma coisa a melhorar." in page
    assert "Indica o momento ou o trabalho?" in page
    assert "Name one thing that worked" not in page and "Does it name the moment" not in page
