"""One error from a service, answered the same way everywhere: the API's documented body (status, `code`, field)
and, on a page, a message on the form's field or a message and the way back."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone

from mentorhub.goals.models import Goal
from mentorhub.meetings.models import Meeting
from mentorhub.relationships import services as relationships
from mentorhub.relationships.models import GratitudeNote, MentorshipRequest

pytestmark = pytest.mark.django_db


def post_json(client, url, body):
    return client.post(url, body, content_type="application/json")


@pytest.fixture
def relationship(personas):
    asked = relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering a call.")
    return relationships.accept_request(asked.pk, personas.mentor)


def test_a_broken_rule_is_409_with_its_code_and_nothing_changes(client_for, personas):
    mentee = client_for(personas.mentee)
    body = {"to_person_id": personas.mentor.pk, "message": "Thanks for considering."}
    assert post_json(mentee, "/api/requests", body).status_code == 201

    again = post_json(mentee, "/api/requests", body)

    assert again.status_code == 409
    assert again.json() == {
        "detail": "There is already an open request between you two.",
        "errors": [],
        "code": "duplicate",
    }
    assert MentorshipRequest.objects.filter(mentee=personas.mentee).count() == 1


def test_a_wrong_input_from_a_service_is_422_naming_the_field(client_for, personas, relationship):
    mentee = client_for(personas.mentee)
    past = (timezone.now() - timedelta(days=1)).isoformat()

    response = post_json(mentee, f"/api/relationships/{relationship.pk}/meetings", {"starts_at": past})

    assert response.status_code == 422
    assert response.json() == {
        "detail": "starts_at: Choose a time in the future.",
        "errors": [{"field": "starts_at", "message": "Choose a time in the future."}],
        "code": "invalid",
    }
    assert not Meeting.objects.exists()


def test_someone_elses_goal_id_is_the_same_422_as_a_missing_one(client_for, personas):
    private = Goal.objects.create(owner=personas.outsider, text="Someone else's goal")
    mentee = client_for(personas.mentee)
    answers = []
    for goal_id in (private.pk, private.pk + 1000):
        body = {"to_person_id": personas.mentor.pk, "message": "Thanks!", "goal_ids": [goal_id]}
        response = post_json(mentee, "/api/requests", body)
        answers.append((response.status_code, response.json()))
    assert answers[0] == answers[1]
    assert answers[0] == (
        422,
        {
            "detail": "goal_ids: no such goal.",
            "errors": [{"field": "goal_ids", "message": "no such goal."}],
            "code": "unknown_goal",
        },
    )
    assert not MentorshipRequest.objects.exists()


def test_on_a_page_the_error_shows_on_its_field_with_the_input_kept(client_for, personas, relationship):
    mentee = client_for(personas.mentee)
    tomorrow = timezone.localtime(timezone.now() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    typed = {"starts_at": tomorrow, "format": "video", "duration_minutes": "60", "note": "We met at the café."}

    page = mentee.post(f"/meetings/with/{relationship.pk}/log/", typed)

    assert page.status_code == 200
    form = page.context["form"]
    assert form.errors == {"starts_at": ["A logged meeting has already happened: choose a past date and time."]}
    assert "We met at the café." in page.content.decode()
    assert not Meeting.objects.exists()


def test_a_button_whose_rule_breaks_says_why_and_goes_back(client_for, personas, relationship):
    mentee = client_for(personas.mentee)
    back_to = f"/relationships/{relationship.pk}/"

    response = mentee.post(f"/relationships/{relationship.pk}/gratitude/", {"text": "  ", "next": back_to})

    assert response.status_code == 302 and response.url == back_to
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["Write a few words of thanks."]
    assert not GratitudeNote.objects.exists()


def test_going_back_never_leaves_the_site(client_for, personas, relationship):
    mentee = client_for(personas.mentee)

    response = mentee.post(
        f"/relationships/{relationship.pk}/gratitude/", {"text": "", "next": "https://evil.example/"}
    )

    assert response.status_code == 302 and response.url == "/relationships/"
