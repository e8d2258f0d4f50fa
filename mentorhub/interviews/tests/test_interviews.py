"""Informational interviews in the pages: asked from a contact (coached like any first message), booked into the
other person's free time or with proposed times, a prep sheet only the asker sees, and after it the 48-hour
thank-you, referrals, "ask for mentoring" and "stay in touch". Only the two people ever see one."""

import threading
from datetime import timedelta

import pytest
from django.db import connection

from conftest import make_person
from mentorhub.availability import services as availability
from mentorhub.interviews import services
from mentorhub.interviews.models import InformationalInterview, Referral
from mentorhub.lib.errors import DomainError
from mentorhub.meetings.models import Meeting
from mentorhub.network import services as network
from mentorhub.network.models import Contact, OutreachMessage
from mentorhub.nudges.models import Notification, Nudge
from mentorhub.relationships import services as relationships

from .conftest import BODY, WEDNESDAY_9, WEDNESDAY_930

pytestmark = pytest.mark.django_db


def ask(client, contact, **data):
    form = {"subject": "A 20-minute call about SQL for product?", "body": BODY, "how": "book", **data}
    return client.post(f"/interviews/ask/{contact.pk}/", form)


def test_booking_a_free_time_schedules_it_coached_and_takes_it_from_both_calendars(
    personas, contact, client_for, deliver
):
    maya, marco = personas.mentee, personas.mentor
    page = client_for(maya).get(f"/interviews/ask/{contact.pk}/")
    assert page.status_code == 200
    assert "Outreach coach" in page.text
    assert "Wed 2 Dec 2026, 09:00 (Europe/Lisbon)" in page.text  # Lisbon is on UTC in winter, like London

    response = ask(client_for(maya), contact, starts_at=WEDNESDAY_9.isoformat())

    interview = InformationalInterview.objects.get()
    assert response.status_code == 302 and response.url == interview.get_absolute_url()
    assert (interview.status, interview.starts_at, interview.ends_at) == (
        "scheduled",
        WEDNESDAY_9,
        WEDNESDAY_9 + timedelta(minutes=20),
    )
    message = interview.message
    assert (message.template, message.channel, message.recipient) == ("informational", "platform", marco)
    assert message.coach_passed, message.coach
    contact.refresh_from_db()
    assert contact.stage == Contact.CONTACTED
    # The time is taken: not offered to anyone else, and not free for Maya either.
    assert WEDNESDAY_9 not in availability.free_slots_of(marco, 20)
    availability.set_availability(maya, weekly_hours=[(2, "09:00", "10:00")])
    assert availability.free_slots_of(maya, 20)[0] == WEDNESDAY_930
    deliver()
    assert Notification.objects.filter(person=marco, title__startswith="Maya Mentee booked a 20-minute").exists()
    # Booked, so the request's "no reply yet" follow-up would only embarrass.
    assert not Nudge.objects.filter(key=f"msg:{message.pk}:follow_up").exists()


def test_a_taken_time_is_refused_and_nothing_is_sent(personas, contact, client_for, make_second_asker):
    other = make_second_asker()
    services.request_interview(other[0], other[1], subject="A call?", body=BODY, starts_at=WEDNESDAY_9)

    response = ask(client_for(personas.mentee), contact, starts_at=WEDNESDAY_9.isoformat())

    assert response.status_code == 200
    assert "no longer free for Marco Mentor" in response.text
    assert InformationalInterview.objects.filter(requester=personas.mentee).count() == 0
    assert not OutreachMessage.objects.filter(owner=personas.mentee).exists()


@pytest.fixture
def make_second_asker():
    def make():
        olga = make_person("olga@test.example", "Olga Asker")
        return olga, network.save_contact(olga, None, {"name": "Marco Mentor", "email": "mentor@test.example"})

    return make


def test_proposed_times_are_picked_by_the_person_asked(personas, contact, client_for, deliver):
    maya, marco = personas.mentee, personas.mentor
    times = {"proposed_1": "2026-12-03T14:00", "proposed_2": "2026-12-04T09:00"}  # Maya's clock: Lisbon
    ask(client_for(maya), contact, how="propose", **times)
    interview = InformationalInterview.objects.get()
    assert interview.status == "requested"

    page = client_for(marco).get(interview.get_absolute_url())
    assert "Thu 3 Dec 2026, 14:00 (Europe/London)" in page.text
    client_for(marco).post(f"/interviews/{interview.pk}/accept/", {"starts_at": "2026-12-03T14:00:00+00:00"})

    interview.refresh_from_db()
    assert interview.status == "scheduled" and interview.starts_at.isoformat() == "2026-12-03T14:00:00+00:00"
    assert interview.message.response == "positive"
    deliver()
    assert Notification.objects.filter(person=maya, title__startswith="Marco Mentor said yes").exists()


def test_a_proposed_time_in_the_past_is_refused_and_nothing_is_sent(personas, contact, client_for):
    times = {f"proposed_{i}": f"2026-12-0{i + 2}T10:00" for i in (1, 2, 3)}
    response = ask(client_for(personas.mentee), contact, how="propose", proposed_1="2026-11-30T10:00")
    assert "Propose times in the future." in response.text
    assert not InformationalInterview.objects.exists() and not OutreachMessage.objects.exists()
    response = ask(client_for(personas.mentee), contact, how="propose", **times)
    assert response.status_code == 302


def test_a_contact_not_on_the_platform_is_told_clearly(personas, client_for):
    sofia = network.save_contact(personas.mentee, None, {"name": "Sofia Almeida"})
    response = ask(client_for(personas.mentee), sofia, how="propose", proposed_1="2026-12-03T10:00")
    assert "Sofia Almeida is not on Mentorship Hub" in response.text
    assert not InformationalInterview.objects.exists() and not OutreachMessage.objects.exists()


def test_the_prep_sheet_is_the_askers_alone(personas, contact, client_for):
    interview = services.request_interview(
        personas.mentee, contact, subject="A call?", body=BODY, starts_at=WEDNESDAY_9
    )
    services.update_prep(interview, personas.mentee, "Ask how he chose his first product team")

    mine = client_for(personas.mentee).get(interview.get_absolute_url()).text
    his = client_for(personas.mentor).get(interview.get_absolute_url()).text

    assert "Prep sheet" in mine and "Started as a support engineer." in mine
    assert "Ask how he chose his first product team" in mine
    assert "Who else would you suggest I talk to?" in mine
    for private in ("Prep sheet", "Started as a support engineer.", "how he chose his first product team"):
        assert private not in his


def test_strangers_get_nothing_and_change_nothing(personas, contact, client_for):
    interview = services.request_interview(
        personas.mentee, contact, subject="A call?", body=BODY, starts_at=WEDNESDAY_9
    )
    outsider = client_for(personas.coordinator)
    assert outsider.get(interview.get_absolute_url()).status_code == 404
    for action in ("accept", "decline", "cancel", "prep", "thanked", "referrals", "stay-in-touch"):
        response = outsider.post(f"/interviews/{interview.pk}/{action}/", {"starts_at": WEDNESDAY_9.isoformat()})
        assert response.status_code == 404, action
    missing = client_for(personas.mentee).get(f"/interviews/{interview.pk + 1000}/")
    assert missing.status_code == 404
    assert client_for(personas.coordinator).get(f"/interviews/ask/{contact.pk}/").status_code == 404
    fresh = InformationalInterview.objects.get()
    assert (fresh.status, fresh.prep_notes, fresh.updated_at) == ("scheduled", "", interview.updated_at)
    assert not Referral.objects.exists()


def test_after_it_the_48_hour_thanks_then_referrals_and_next_steps(personas, contact, client_for, deliver, frozen):
    maya = personas.mentee
    interview = services.request_interview(maya, contact, subject="A call?", body=BODY, starts_at=WEDNESDAY_9)
    client = client_for(maya)
    assert "Thank Marco Mentor" not in client.get("/").text

    frozen.move_to(WEDNESDAY_9 + timedelta(minutes=25))
    deliver()
    thanks = Notification.objects.get(person=maya, title="Thank Marco Mentor for the conversation")
    assert thanks.url == interview.get_absolute_url()
    assert "Thank Marco Mentor for the conversation" in client.get("/").text
    page = client.get(interview.get_absolute_url()).text
    assert "Thank Marco Mentor by" in page and "Ask Marco Mentor for mentoring" in page

    client.post(
        f"/interviews/{interview.pk}/referrals/",
        {"name": "Ana Costa", "organisation": "Vela", "note": "Runs pricing at Vela"},
    )
    ana = Contact.objects.get(owner=maya, name="Ana Costa")
    assert (ana.how_known, ana.introduced_by) == ("introduction", "Marco Mentor")
    assert Referral.objects.get().contact == ana
    contact.refresh_from_db()
    assert contact.stage == Contact.CONVERSATION

    # A thank-you written to him from the network counts as the follow-up.
    network.send_message(maya, contact, template="thank_you", channel="platform", body="Thank you, Marco!")
    assert "Thank Marco Mentor for the conversation" not in client.get("/").text

    client.post(f"/interviews/{interview.pk}/stay-in-touch/")
    check_in = Nudge.objects.get(key=f"interview:{interview.pk}:check_in")
    assert check_in.person == maya and check_in.due_at.date() == (WEDNESDAY_9 + timedelta(days=90)).date()


def test_cancelling_frees_the_time_and_tells_the_other(personas, contact, client_for, deliver):
    interview = services.request_interview(
        personas.mentee, contact, subject="A call?", body=BODY, starts_at=WEDNESDAY_9
    )
    client_for(personas.mentor).post(f"/interviews/{interview.pk}/cancel/")
    interview.refresh_from_db()
    assert interview.status == "cancelled"
    assert WEDNESDAY_9 in availability.free_slots_of(personas.mentor, 20)
    assert not Nudge.objects.filter(key=f"interview:{interview.pk}:follow_up").exists()
    deliver()
    assert Notification.objects.filter(person=personas.mentee, title="Marco Mentor cancelled your conversation")


def test_a_mentor_from_the_directory_joins_the_network_and_is_asked(personas, marco, client_for):
    client = client_for(personas.mentee)
    response = client.post(f"/interviews/ask/mentor/{marco.profile.pk}/")
    contact = Contact.objects.get(owner=personas.mentee, person=marco)
    assert response.url == f"/interviews/ask/{contact.pk}/"
    again = client.post(f"/interviews/ask/mentor/{marco.profile.pk}/")
    assert again.url == response.url and Contact.objects.filter(owner=personas.mentee).count() == 1
    hidden = client.post(f"/interviews/ask/mentor/{personas.outsider.profile.pk}/")
    assert hidden.status_code == 404 and Contact.objects.filter(owner=personas.mentee).count() == 1


@pytest.mark.django_db(transaction=True)
def test_an_interview_and_a_meeting_booking_the_same_time_at_once_get_one_of_them(personas, contact):
    """Both bookings queue on the booked person's profile row (availability.services.hold_slot)."""
    request = relationships.send_request(personas.other_member, personas.mentor, message="Thanks for considering it.")
    relationship = relationships.accept_request(request.pk, personas.mentor)
    barrier = threading.Barrier(2)
    outcomes = []

    def attempt(book):
        try:
            barrier.wait()
            book()
            outcomes.append("booked")
        except DomainError as error:
            outcomes.append(error.code)
        finally:
            connection.close()

    bookings = [
        lambda: availability.book(relationship, personas.other_member, WEDNESDAY_9, 20),
        lambda: services.request_interview(
            personas.mentee, contact, subject="A call?", body=BODY, starts_at=WEDNESDAY_9
        ),
    ]
    threads = [threading.Thread(target=attempt, args=(b,)) for b in bookings]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["booked", "slot_taken"]
    booked = Meeting.objects.filter(starts_at=WEDNESDAY_9).count() + InformationalInterview.objects.count()
    assert booked == 1
