from datetime import timedelta

import pytest
import time_machine

from mentorhub.meetings import services
from mentorhub.meetings.tests.helpers import at
from mentorhub.nudges.models import Notification, Nudge

pytestmark = pytest.mark.django_db


PLANNED = {"agenda": "agenda_due", "reminder": "meeting_reminder", "notes": "meeting_notes"}


def meeting_rules(person):
    """The planned meeting nudges delivered to a person (not the immediate messages about changes)."""
    keys = Notification.objects.filter(person=person, nudge__key__startswith="meeting:").values_list(
        "nudge__key", flat=True
    )
    return [PLANNED[k.split(":")[2]] for k in keys if k.split(":")[2] in PLANNED]


def test_agenda_48_hours_before_reminder_24_hours_before_notes_after(personas, scheduled, deliver):
    start = scheduled.starts_at
    with time_machine.travel(start - timedelta(hours=49)):
        deliver()
    assert "agenda_due" not in meeting_rules(personas.mentee)
    with time_machine.travel(start - timedelta(hours=47)):
        deliver()
    assert meeting_rules(personas.mentee).count("agenda_due") == 1
    assert meeting_rules(personas.mentor).count("agenda_due") == 1
    assert "meeting_reminder" not in meeting_rules(personas.mentee)
    with time_machine.travel(start - timedelta(hours=23)):
        deliver()
    assert meeting_rules(personas.mentee).count("meeting_reminder") == 1
    with time_machine.travel(start + timedelta(minutes=45, hours=1)):
        deliver()
    assert "meeting_notes" not in meeting_rules(personas.mentee)
    with time_machine.travel(start + timedelta(minutes=45, hours=2, seconds=1)):
        deliver()
    for person in (personas.mentee, personas.mentor):
        assert sorted(meeting_rules(person)) == ["agenda_due", "meeting_notes", "meeting_reminder"]
    [agenda] = Notification.objects.filter(person=personas.mentee, nudge__rule="agenda_due")
    assert agenda.title == "Prepare the agenda for your meeting with Marco Mentor"
    assert "career paths" in agenda.body  # the first meeting is for rapport


def test_rescheduling_moves_the_nudges(personas, scheduled, deliver):
    old_start = scheduled.starts_at
    services.reschedule(scheduled, personas.mentor, old_start + timedelta(days=3))
    with time_machine.travel(old_start - timedelta(hours=23)):
        deliver()
    assert meeting_rules(personas.mentee) == []
    with time_machine.travel(old_start + timedelta(days=3) - timedelta(hours=23)):
        deliver()
    assert sorted(meeting_rules(personas.mentee)) == ["agenda_due", "meeting_reminder"]
    assert Nudge.objects.filter(key__startswith=f"meeting:{scheduled.pk}:reminder:").count() == 2


def test_cancelling_removes_the_nudges(personas, scheduled, deliver):
    services.cancel_meeting(scheduled, personas.mentee, "Sorry.")
    with time_machine.travel(scheduled.starts_at + timedelta(hours=3)):
        deliver()
    for person in (personas.mentee, personas.mentor):
        assert meeting_rules(person) == []
    assert Notification.objects.filter(person=personas.mentor, title__contains="cancelled your meeting").exists()


def test_a_meeting_tomorrow_still_gets_its_agenda_nudge_at_once(personas, relationship, deliver):
    from mentorhub.meetings.tests.helpers import at

    services.schedule_meeting(relationship, personas.mentee, at(hours=30))
    deliver()
    assert "agenda_due" in meeting_rules(personas.mentor)
    assert "meeting_reminder" not in meeting_rules(personas.mentor)


def test_holding_a_meeting_pushes_the_reconfirm_nudge(personas, scheduled, deliver):
    with time_machine.travel(scheduled.starts_at + timedelta(minutes=50)):
        services.mark_held(scheduled, personas.mentor)
    reconfirm = Nudge.objects.get(key=f"rel:{scheduled.relationship_id}:reconfirm:{personas.mentee.pk}")
    assert reconfirm.due_at == scheduled.starts_at + timedelta(days=21)  # 1.5 x the fortnightly cadence


def test_an_operator_can_move_the_reminder_and_the_agenda_nudge(personas, relationship, settings):
    settings.MEETING_AGENDA_NUDGE_HOURS, settings.MEETING_REMINDER_HOURS = 72, 3
    meeting = services.schedule_meeting(
        relationship, personas.mentor, at(days=5, hour=10), video_link="https://meet.example/y"
    )
    due = dict(
        Nudge.objects.filter(person=personas.mentee, key__startswith=f"meeting:{meeting.pk}:").values_list(
            "rule", "due_at"
        )
    )
    assert due["agenda_due"] == meeting.starts_at - timedelta(hours=72)
    assert due["meeting_reminder"] == meeting.starts_at - timedelta(hours=3)
