from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from mentorhub.health.inputs import health_inputs
from mentorhub.lib.errors import DomainError
from mentorhub.lib.time import zone_of
from mentorhub.meetings import services
from mentorhub.meetings.models import Agenda, Meeting
from mentorhub.meetings.tests.helpers import at, invitations
from mentorhub.relationships.models import RelationshipEvent

pytestmark = pytest.mark.django_db


def local_input(moment, zone):
    return moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M")


def set_zone(person, zone):
    person.profile.timezone = zone
    person.profile.save()


def test_mentee_proposes_times_and_the_mentor_sees_and_picks_them_in_his_own_timezone(
    client_for, personas, relationship
):
    set_zone(personas.mentee, "Asia/Kolkata")  # UTC+5:30 all year: no daylight saving to reason about
    set_zone(personas.mentor, "Asia/Tokyo")  # UTC+9
    day = (timezone.now() + timedelta(days=7)).date()
    mentee = client_for(personas.mentee)
    response = mentee.post(
        f"/meetings/with/{relationship.pk}/plan/",
        {
            "mode": "propose",
            "slot_1": f"{day}T10:00",
            "slot_2": f"{day + timedelta(days=1)}T18:30",
            "duration_minutes": 45,
            "format": "video",
            "video_link": "https://meet.example/maya-marco",
        },
    )
    meeting = Meeting.objects.get()
    assert response["Location"] == f"/meetings/{meeting.pk}/"
    assert meeting.status == Meeting.PROPOSED and meeting.organiser == personas.mentee
    first = meeting.slots.first()
    assert first.starts_at == datetime(day.year, day.month, day.day, 4, 30, tzinfo=UTC)

    page = client_for(personas.mentor).get(f"/meetings/{meeting.pk}/").content.decode()
    assert "Pick a time" in page
    assert "13:30" in page and "10:00 for Maya Mentee" in page  # his time first, hers beneath

    assert "Pick a time to meet Maya Mentee" in client_for(personas.mentor).get("/").content.decode()
    client_for(personas.mentor).post(f"/meetings/{meeting.pk}/pick/", {"slot": first.pk})
    meeting.refresh_from_db()
    assert meeting.status == Meeting.SCHEDULED and meeting.starts_at == first.starts_at
    assert sorted(i["to"] for i in invitations()) == ["mentee@test.example", "mentor@test.example"]
    [tokyo] = invitations(to="mentor@test.example")
    assert "13:30" in tokyo["message"].body and "Asia/Tokyo" in tokyo["message"].body
    assert health_inputs(relationship)["response_hours"] == [pytest.approx(0, abs=0.01)]


def test_the_proposer_cannot_pick_their_own_time(client_for, personas, relationship):
    meeting = services.propose_times(relationship, personas.mentee, [at(days=3)])
    response = client_for(personas.mentee).post(f"/meetings/{meeting.pk}/pick/", {"slot": meeting.slots.get().pk})
    assert response.status_code == 403


def test_none_of_the_times_suits_so_the_other_person_proposes_new_ones(client_for, personas, relationship):
    meeting = services.propose_times(relationship, personas.mentee, [at(days=3)])
    new_day = (timezone.now() + timedelta(days=9)).date()
    client_for(personas.mentor).post(f"/meetings/{meeting.pk}/propose/", {"slot_1": f"{new_day}T08:00"})
    meeting.refresh_from_db()
    assert meeting.organiser == personas.mentor and meeting.slots.get().starts_at.date() == new_day
    assert "Pick a time" in client_for(personas.mentee).get(f"/meetings/{meeting.pk}/").content.decode()


def test_scheduling_directly_invites_both_and_tells_the_other(client_for, personas, relationship, deliver):
    day = (timezone.now() + timedelta(days=4)).date()
    client_for(personas.mentor).post(
        f"/meetings/with/{relationship.pk}/plan/",
        {"mode": "schedule", "slot_1": f"{day}T09:00", "duration_minutes": 60, "format": "phone"},
    )
    meeting = Meeting.objects.get()
    assert meeting.status == Meeting.SCHEDULED and meeting.duration_minutes == 60
    assert meeting.title == "Getting to know each other" and meeting.agenda.kind == Agenda.RAPPORT
    assert len(invitations()) == 2
    deliver()
    assert any(m.to == ["mentee@test.example"] and "scheduled a meeting" in m.subject for m in mail.outbox)
    assert RelationshipEvent.objects.filter(relationship=relationship, what="Meeting scheduled").exists()


def test_a_time_in_the_past_is_refused_next_to_the_field(client_for, personas, relationship):
    yesterday = (timezone.now() - timedelta(days=1)).date()
    page = (
        client_for(personas.mentee)
        .post(
            f"/meetings/with/{relationship.pk}/plan/",
            {"mode": "schedule", "slot_1": f"{yesterday}T09:00", "duration_minutes": 45, "format": "video"},
        )
        .content.decode()
    )
    assert 'id="id_slot_1_error"' in page and "Choose a time in the future." in page
    assert not Meeting.objects.exists()


def test_in_person_needs_a_place(personas, relationship):
    with pytest.raises(DomainError) as error:
        services.schedule_meeting(relationship, personas.mentee, at(days=2), format="in_person")
    assert error.value.field == "location"


def test_recurring_meetings_need_an_agreed_cadence(personas, relationship):
    relationship.agreement_versions.all().delete()
    with pytest.raises(DomainError) as error:
        services.schedule_meeting(relationship, personas.mentee, at(days=2), recurring=True)
    assert error.value.field == "recurring"


def test_recurring_meeting_plans_the_next_one_a_cadence_later_at_the_same_local_time(personas, relationship):
    set_zone(personas.mentor, "Europe/London")
    # 22 March 2027, 10:00 in London (GMT); the clocks go forward on the 28th.
    with time_machine.travel(datetime(2027, 3, 20, 12, tzinfo=UTC)):
        first = services.schedule_meeting(
            relationship, personas.mentor, datetime(2027, 3, 22, 10, tzinfo=UTC), recurring=True
        )
    mail.outbox.clear()
    with time_machine.travel(datetime(2027, 3, 22, 11, tzinfo=UTC)):
        services.mark_held(first, personas.mentee)
    follow = Meeting.objects.get(previous=first)
    assert follow.starts_at == datetime(2027, 4, 5, 9, tzinfo=UTC)  # 10:00 British Summer Time, a fortnight on
    assert follow.recurring and follow.status == Meeting.SCHEDULED and follow.agenda.kind == Agenda.REGULAR
    assert follow.title == "Mentoring meeting"
    assert len(invitations()) == 2
    assert relationship.meetings.count() == 2  # one at a time: nothing further ahead yet


def test_cancelling_one_occurrence_keeps_the_rhythm_unless_the_series_stops(client_for, personas, relationship):
    first = services.schedule_meeting(relationship, personas.mentor, at(days=3, hour=10), recurring=True)
    client_for(personas.mentee).post(f"/meetings/{first.pk}/cancel/", {"note": "I am ill, sorry."})
    follow = Meeting.objects.get(previous=first)
    assert follow.starts_at == first.starts_at + timedelta(days=14)
    client_for(personas.mentee).post(f"/meetings/{follow.pk}/cancel/", {"note": "Pausing.", "stop_series": "on"})
    assert not Meeting.objects.filter(previous=follow).exists()
    follow.refresh_from_db()
    assert follow.status == Meeting.CANCELLED and follow.change_note == "Pausing."


def test_reschedule_with_a_note_tells_the_other_person(client_for, personas, relationship, scheduled, deliver):
    later = scheduled.starts_at + timedelta(days=1)
    zone = zone_of(personas.mentee)
    client_for(personas.mentee).post(
        f"/meetings/{scheduled.pk}/change/",
        {
            "starts_at": local_input(later, zone),
            "duration_minutes": 45,
            "format": "video",
            "video_link": scheduled.video_link,
            "note": "A client call moved onto our slot.",
        },
    )
    scheduled.refresh_from_db()
    assert scheduled.starts_at == later and scheduled.sequence == 1
    deliver()
    [moved] = [m for m in mail.outbox if m.to == ["mentor@test.example"] and "moved your meeting" in m.subject]
    assert "A client call moved onto our slot." in moved.body


def test_a_meeting_is_held_only_once_it_has_started(client_for, personas, scheduled):
    client = client_for(personas.mentee)
    client.post(f"/meetings/{scheduled.pk}/held/")
    scheduled.refresh_from_db()
    assert scheduled.status == Meeting.SCHEDULED
    with time_machine.travel(scheduled.starts_at + timedelta(minutes=50)):
        client.post(f"/meetings/{scheduled.pk}/held/")
    scheduled.refresh_from_db()
    assert scheduled.status == Meeting.HELD


def test_log_a_meeting_that_happened_elsewhere(client_for, personas, relationship):
    zone = zone_of(personas.mentor)
    when = at(days=-3, hour=15)
    client_for(personas.mentor).post(
        f"/meetings/with/{relationship.pk}/log/",
        {
            "starts_at": local_input(when, zone),
            "duration_minutes": 30,
            "format": "in_person",
            "location": "PyData Lisbon, by the coffee",
            "note": "Talked about moving into product.",
            "note_shared": "on",
        },
    )
    meeting = Meeting.objects.get()
    assert meeting.logged and meeting.status == Meeting.HELD and meeting.starts_at == when
    assert meeting.notes.get().shared
    relationship.refresh_from_db()
    assert relationship.last_activity_at == when
    assert invitations() == []  # it is over: no invitation
    page = client_for(personas.mentee).get(f"/meetings/with/{relationship.pk}/").content.decode()
    assert "Logged: Getting to know each other" in page


def test_logging_an_older_meeting_does_not_move_the_last_activity_back(personas, relationship):
    recent = at(days=-2, hour=9)
    services.log_meeting(relationship, personas.mentee, recent)
    services.log_meeting(relationship, personas.mentee, at(days=-20, hour=9))
    relationship.refresh_from_db()
    assert relationship.last_activity_at == recent


def test_a_logged_meeting_must_be_in_the_past(personas, relationship):
    with pytest.raises(DomainError) as error:
        services.log_meeting(relationship, personas.mentee, at(days=1))
    assert error.value.field == "starts_at"


def test_no_meetings_once_the_mentorship_has_ended(personas, relationship):
    relationship.status = "completed"
    relationship.save()
    with pytest.raises(DomainError) as error:
        services.propose_times(relationship, personas.mentee, [at(days=1)])
    assert error.value.code == "state"
