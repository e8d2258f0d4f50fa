from datetime import timedelta

import pytest
from django.core import mail
from icalendar import Calendar

from mentorhub.meetings import services
from mentorhub.meetings.tests.helpers import at, invitations
from mentorhub.nudges.models import Nudge
from mentorhub.outbox.models import QUEUED, Email

pytestmark = pytest.mark.django_db


def test_an_invitation_is_a_real_calendar_request_for_both(personas, scheduled):
    both = invitations()
    assert sorted(i["to"] for i in both) == ["mentee@test.example", "mentor@test.example"]
    for invitation in both:
        assert invitation["mimetype"] == "text/calendar; method=REQUEST"
        assert invitation["method"] == "REQUEST"
        event = invitation["event"]
        assert str(event["UID"]) == scheduled.uid and event["SEQUENCE"] == 0
        assert event.decoded("DTSTART") == scheduled.starts_at
        assert event.decoded("DTEND") == scheduled.starts_at + timedelta(minutes=45)
        assert str(event["LOCATION"]) == "https://meet.example/x"
        assert str(event["ATTENDEE"]) == f"mailto:{invitation['to']}"  # never the other person's address
        assert invitation["subject"].startswith("Invitation: Getting to know each other with ")
        [(name, content, mimetype)] = invitation["message"].attachments
        assert mimetype == "application/ics"
        assert name == "invite.ics" and Calendar.from_ical(content).walk("VEVENT")[0]["UID"] == scheduled.uid


def test_each_change_keeps_the_uid_and_raises_the_sequence(personas, scheduled):
    mail.outbox.clear()
    services.reschedule(scheduled, personas.mentee, scheduled.starts_at + timedelta(hours=2), "Later, if you can.")
    services.reschedule(scheduled, personas.mentor, None, format="phone")
    sequences = [(i["to"], str(i["event"]["UID"]), i["event"]["SEQUENCE"]) for i in invitations()]
    assert sequences == [
        ("mentee@test.example", scheduled.uid, 1),
        ("mentor@test.example", scheduled.uid, 1),
        ("mentee@test.example", scheduled.uid, 2),
        ("mentor@test.example", scheduled.uid, 2),
    ]
    assert all(i["subject"].startswith("Updated: ") for i in invitations())
    assert "Later, if you can." in invitations()[0]["message"].body


def test_saving_without_a_change_sends_nothing(personas, scheduled):
    mail.outbox.clear()
    services.reschedule(scheduled, personas.mentee, scheduled.starts_at, format="video")
    assert invitations() == []


def test_cancelling_sends_a_cancel_with_the_same_uid(personas, scheduled):
    mail.outbox.clear()
    services.cancel_meeting(scheduled, personas.mentee, "Something came up.")
    cancels = invitations()
    assert len(cancels) == 2
    for cancel in cancels:
        assert cancel["mimetype"] == "text/calendar; method=CANCEL" and cancel["method"] == "CANCEL"
        assert str(cancel["event"]["UID"]) == scheduled.uid and cancel["event"]["SEQUENCE"] == 1
        assert str(cancel["event"]["STATUS"]) == "CANCELLED"
        assert cancel["subject"].startswith("Cancelled: ")


def test_a_proposal_sends_no_invitation_until_a_time_is_picked(personas, relationship):
    meeting = services.propose_times(relationship, personas.mentee, [at(days=2), at(days=3)])
    assert invitations() == []
    services.pick_slot(meeting, personas.mentor, meeting.slots.last().pk)
    assert len(invitations()) == 2


def test_invitations_are_in_the_outbox_when_the_meeting_is_saved_even_with_no_worker_running(
    personas, relationship, settings
):
    """Saved with the meeting, in its transaction: a worker that is down or dies cannot lose them."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    meeting = services.schedule_meeting(relationship, personas.mentor, at(days=5, hour=10))
    waiting = Email.objects.filter(state=QUEUED)
    assert sorted(address for email in waiting for address in email.to) == [
        "mentee@test.example",
        "mentor@test.example",
    ]
    assert all(meeting.uid in email.parts["alternatives"][0][0] for email in waiting)


def test_a_waiting_invitation_is_replaced_by_the_newer_one(personas, relationship, settings):
    """An invitation still waiting for the relay when the meeting moves is replaced: nobody is mailed a stale time."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    meeting = services.schedule_meeting(relationship, personas.mentor, at(days=5, hour=10))
    services.reschedule(meeting, personas.mentee, meeting.starts_at + timedelta(hours=1))
    waiting = Email.objects.filter(state=QUEUED)
    assert waiting.count() == 2
    assert all("SEQUENCE:1" in email.parts["alternatives"][0][0] for email in waiting)


def test_closing_the_mentorship_takes_coming_meetings_off_both_calendars(personas, relationship, scheduled, deliver):
    from mentorhub.relationships import services as relationships

    proposal = services.propose_times(relationship, personas.mentee, [at(days=9)])
    mail.outbox.clear()
    relationships.close_relationship(
        relationship, personas.mentee, outcome="completed", reason="goals_met", reflection="I grew a lot."
    )
    scheduled.refresh_from_db()
    proposal.refresh_from_db()
    assert scheduled.status == proposal.status == "cancelled"
    assert [i["method"] for i in invitations()] == ["CANCEL", "CANCEL"]
    assert not Nudge.objects.filter(key__startswith=f"meeting:{scheduled.pk}:", delivered_at=None).exists()
