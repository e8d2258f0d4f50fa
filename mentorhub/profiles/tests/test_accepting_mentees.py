"""Accepting mentees is one switch: wherever a mentor pauses or resumes, open requests follow."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from mentorhub.relationships import services as relationships
from mentorhub.relationships.models import MentorshipRequest

pytestmark = pytest.mark.django_db

FORM = {"name": "Marco Mentor", "timezone": "Europe/London", "mentor_capacity": "3", "visibility": "everyone"}


@pytest.fixture
def open_request(personas):
    return relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering a call.")


def a_day_later():
    with time_machine.travel(timezone.now() + timedelta(hours=25)):
        return relationships.sweep_requests()


def test_resuming_through_the_profile_form_keeps_open_requests(client_for, personas, open_request):
    mentor = client_for(personas.mentor)
    mentor.post("/relationships/pause/")
    assert mentor.post("/people/edit/", {**FORM, "accepting_mentees": "on"}).status_code == 302
    assert a_day_later()["auto_declined"] == 0
    open_request.refresh_from_db()
    assert open_request.status == MentorshipRequest.PENDING
    personas.mentor.profile.refresh_from_db()
    assert personas.mentor.profile.accepting_mentees


def test_resuming_through_the_api_keeps_open_requests(client_for, personas, open_request):
    mentor = client_for(personas.mentor)
    mentor.post("/relationships/pause/")
    response = mentor.patch("/api/profiles/me", {"accepting_mentees": True}, content_type="application/json")
    assert response.status_code == 200 and response.json()["accepting_mentees"] is True
    assert a_day_later()["auto_declined"] == 0
    open_request.refresh_from_db()
    assert open_request.status == MentorshipRequest.PENDING


def test_pausing_through_the_profile_form_declines_after_the_grace_period(client_for, personas, open_request):
    client_for(personas.mentor).post("/people/edit/", FORM)
    personas.mentor.profile.refresh_from_db()
    assert not personas.mentor.profile.accepting_mentees
    assert relationships.sweep_requests()["auto_declined"] == 0
    assert a_day_later()["auto_declined"] == 1
    open_request.refresh_from_db()
    assert open_request.decline_reason == "no_longer_available"


def test_saving_other_fields_while_accepting_leaves_requests_alone(client_for, personas, open_request):
    response = client_for(personas.mentor).patch(
        "/api/profiles/me", {"headline": "SQL whisperer", "accepting_mentees": True}, content_type="application/json"
    )
    assert response.status_code == 200
    open_request.refresh_from_db()
    assert open_request.auto_decline_at is None
    assert a_day_later()["auto_declined"] == 0
