from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from icalendar import Calendar

from mentorhub.meetings.tests.helpers import at, invitations

pytestmark = pytest.mark.django_db


def send(client, method, url, body=None):
    return getattr(client, method)(url, body or {}, content_type="application/json")


def test_the_meeting_journey_through_the_api(client_for, personas, relationship, goal):
    mentee, mentor = client_for(personas.mentee), client_for(personas.mentor)
    rel = relationship.pk
    slots = [at(days=3, hour=9).isoformat(), at(days=4, hour=17).isoformat()]
    proposed = send(mentee, "post", f"/api/relationships/{rel}/meetings/propose", {"slots": slots, "recurring": True})
    assert proposed.status_code == 201
    meeting = proposed.json()
    assert meeting["status"] == "proposed" and len(meeting["slots"]) == 2
    picked = send(mentor, "post", f"/api/meetings/{meeting['id']}/pick", {"slot_id": meeting["slots"][1]["id"]})
    assert picked.json()["status"] == "scheduled" and picked.json()["sequence"] == 0
    assert len(invitations()) == 2

    agenda = send(mentee, "put", f"/api/meetings/{meeting['id']}/agenda", {"answers": {"career_paths": "Analyst."}})
    assert agenda.json()["kind"] == "rapport" and agenda.json()["prompts"][0]["text"] == "Analyst."
    send(mentee, "post", f"/api/meetings/{meeting['id']}/notes", {"text": "Shared summary", "shared": True})
    send(mentee, "post", f"/api/meetings/{meeting['id']}/notes", {"text": "Just for me"})
    assert [n["text"] for n in mentor.get(f"/api/meetings/{meeting['id']}/notes").json()] == ["Shared summary"]
    assert len(mentee.get(f"/api/meetings/{meeting['id']}/notes").json()) == 2
    due = (at(days=10)).date().isoformat()
    for who in (personas.mentee, personas.mentor):
        body = {"text": f"Task for {who.profile.name}", "assignee_id": who.pk, "due_on": due}
        assert send(mentor, "post", f"/api/meetings/{meeting['id']}/action-items", body).status_code == 201
    items = mentee.get(f"/api/relationships/{rel}/action-items?status=open").json()
    assert len(items) == 2
    done = send(mentee, "post", f"/api/action-items/{items[0]['id']}/done").json()
    assert done["status"] == "done" and done["done_at"]
    moved = send(mentee, "patch", f"/api/action-items/{items[1]['id']}", {"due_on": None}).json()
    assert moved["due_on"] is None

    update = send(
        mentee,
        "post",
        f"/api/relationships/{rel}/progress-updates",
        {"text": "Done!", "goal_id": goal.pk, "goal_achieved": True},
    )
    assert update.status_code == 201 and update.json()["goal_achieved"]
    kinds = [e["kind"] for e in mentor.get(f"/api/relationships/{rel}/timeline").json()]
    assert "celebration" in kinds and "progress" in kinds

    rescheduled = send(
        mentor,
        "post",
        f"/api/meetings/{meeting['id']}/reschedule",
        {"starts_at": at(days=5, hour=9).isoformat(), "note": "Travelling"},
    ).json()
    assert rescheduled["sequence"] == 1 and rescheduled["change_note"] == "Travelling"
    cancelled = send(mentee, "post", f"/api/meetings/{meeting['id']}/cancel", {"note": "Sorry", "stop_series": True})
    assert cancelled.json()["status"] == "cancelled"


def test_wrong_inputs_are_422_with_field_names(client_for, personas, relationship):
    mentee = client_for(personas.mentee)
    rel = relationship.pk
    naive = send(mentee, "post", f"/api/relationships/{rel}/meetings", {"starts_at": "2030-01-01T10:00:00"})
    assert naive.status_code == 422 and naive.json()["errors"][0]["field"] == "starts_at"
    past = send(mentee, "post", f"/api/relationships/{rel}/meetings", {"starts_at": at(days=-1).isoformat()})
    assert past.status_code == 422
    assert past.json()["errors"] == [{"field": "starts_at", "message": "Choose a time in the future."}]
    four = [at(days=d).isoformat() for d in (1, 2, 3, 4)]
    too_many = send(mentee, "post", f"/api/relationships/{rel}/meetings/propose", {"slots": four})
    assert too_many.status_code == 422 and too_many.json()["errors"][0]["field"] == "slots"
    place = send(
        mentee,
        "post",
        f"/api/relationships/{rel}/meetings",
        {"starts_at": at(days=2).isoformat(), "format": "in_person"},
    )
    assert place.json()["errors"][0]["field"] == "location"
    link = send(
        mentee,
        "post",
        f"/api/relationships/{rel}/meetings",
        {"starts_at": at(days=2).isoformat(), "video_link": "zoom"},
    )
    assert link.json()["errors"][0]["field"] == "video_link"


def test_wrong_states_are_409_with_a_code(client_for, personas, relationship, scheduled):
    mentee = client_for(personas.mentee)
    early = send(mentee, "post", f"/api/meetings/{scheduled.pk}/held")
    assert early.status_code == 409 and early.json()["code"] == "not_started"
    send(mentee, "post", f"/api/meetings/{scheduled.pk}/cancel")
    again = send(mentee, "post", f"/api/meetings/{scheduled.pk}/cancel")
    assert again.status_code == 409 and again.json()["code"] == "state"
    rating = send(mentee, "put", f"/api/meetings/{scheduled.pk}/feedback", {"rating": 5})
    assert rating.status_code == 409


def test_ratings_are_read_back_by_their_author_only(client_for, personas, held):
    mentee, mentor = client_for(personas.mentee), client_for(personas.mentor)
    assert (
        send(mentee, "put", f"/api/meetings/{held.pk}/feedback", {"rating": 5, "comment": "Great"}).status_code == 200
    )
    assert mentee.get(f"/api/meetings/{held.pk}/feedback").json()["rating"] == 5
    assert mentor.get(f"/api/meetings/{held.pk}/feedback").json() is None
    bad = send(mentor, "put", f"/api/meetings/{held.pk}/feedback", {"rating": 6})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "rating"


def test_only_the_mentee_posts_progress_and_only_the_mentor_structured_feedback(client_for, personas, relationship):
    rel = relationship.pk
    assert (
        send(
            client_for(personas.mentor), "post", f"/api/relationships/{rel}/progress-updates", {"text": "x"}
        ).status_code
        == 403
    )
    body = {"strengths": "Curiosity", "next_steps": "Interview two users"}
    assert (
        send(client_for(personas.mentee), "post", f"/api/relationships/{rel}/mentor-feedback", body).status_code == 403
    )
    assert (
        send(client_for(personas.mentor), "post", f"/api/relationships/{rel}/mentor-feedback", body).status_code == 201
    )


def test_calendar_feed_address_through_the_api(client_for, personas, scheduled):
    mentor = client_for(personas.mentor)
    created = send(mentor, "post", "/api/calendar-feed")
    assert created.status_code == 201
    path = created.json()["url"].removeprefix(settings.SITE_URL)
    calendar = Calendar.from_ical(Client().get(path).content)
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [scheduled.uid]
    assert send(mentor, "delete", "/api/calendar-feed").status_code == 204
    assert Client().get(path).status_code == 404


def test_reschedule_keeps_what_is_not_sent(client_for, personas, scheduled):
    later = scheduled.starts_at + timedelta(days=1)
    moved = send(
        client_for(personas.mentor),
        "post",
        f"/api/meetings/{scheduled.pk}/reschedule",
        {"starts_at": later.isoformat()},
    )
    body = moved.json()
    assert body["video_link"] == "https://meet.example/x" and body["duration_minutes"] == 45
    assert body["title"] == "Getting to know each other"
