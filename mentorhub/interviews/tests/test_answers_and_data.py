"""The person asked: a request waits on their Home until they pick a time or decline; their data export holds
the interviews they gave without the asker's private questions; the demo shows one interview."""

import json
import zipfile
from io import BytesIO

import pytest
from django.core.management import call_command

from mentorhub.accounts.models import User
from mentorhub.availability.services import free_slots_of
from mentorhub.interviews import services
from mentorhub.interviews.models import InformationalInterview
from mentorhub.lib import yourdata
from mentorhub.network.models import Contact

from .conftest import BODY

pytestmark = pytest.mark.django_db
PROPOSED = ["2026-12-03T14:00", "2026-12-04T09:00"]


def ask_with_times(personas, contact, client_for):
    client_for(personas.mentee).post(
        f"/interviews/ask/{contact.pk}/",
        {"subject": "A call?", "body": BODY, "how": "propose", "proposed_1": PROPOSED[0], "proposed_2": PROPOSED[1]},
    )
    return InformationalInterview.objects.get()


def test_a_request_waits_on_their_home_until_they_decline_politely(personas, contact, client_for):
    interview = ask_with_times(personas, contact, client_for)
    home = client_for(personas.mentor).get("/").text
    assert "Maya Mentee asks for a 20-minute conversation" in home

    client_for(personas.mentor).post(f"/interviews/{interview.pk}/decline/")

    interview.refresh_from_db()
    assert interview.status == "declined"
    assert "Maya Mentee asks for a 20-minute conversation" not in client_for(personas.mentor).get("/").text
    assert Contact.objects.get(pk=contact.pk).stage == Contact.DECLINED
    assert interview.message.response == "declined"
    again = client_for(personas.mentor).post(
        f"/interviews/{interview.pk}/accept/", {"starts_at": "2026-12-03T14:00:00+00:00"}, follow=True
    )
    assert "This request has been answered already." in again.text
    assert InformationalInterview.objects.get().status == "declined"


def test_asking_twice_while_the_first_waits_is_refused(personas, contact, client_for):
    ask_with_times(personas, contact, client_for)
    response = client_for(personas.mentee).post(
        f"/interviews/ask/{contact.pk}/",
        {"subject": "A call?", "body": BODY, "how": "propose", "proposed_1": PROPOSED[0]},
    )
    assert "You have a conversation with Marco Mentor waiting already" in response.text
    assert InformationalInterview.objects.count() == 1


def test_the_export_of_the_person_asked_leaves_out_the_askers_questions(personas, contact):
    interview = services.request_interview(
        personas.mentee, contact, subject="A call?", body=BODY, proposed_times=[free_slots_of(personas.mentor, 20)[0]]
    )
    services.update_prep(interview, personas.mentee, "Ask about the support-to-product move")

    def exported(person):
        with zipfile.ZipFile(BytesIO(yourdata.archive(person))) as archive:
            return json.loads(archive.read("interviews.json"))

    assert exported(personas.mentee)["asked"][0]["prep_notes"] == "Ask about the support-to-product move"
    given = exported(personas.mentor)["given"]
    assert [g["id"] for g in given] == [interview.pk]
    assert "Ask about the support-to-product move" not in json.dumps(given)


def test_the_demo_shows_maya_one_interview_held_thanked_and_with_a_referral(db):
    call_command("seed_demo", size=10, seed=7)
    maya = User.objects.get(email="mentee@example.com")
    interview = InformationalInterview.objects.get(requester=maya)
    assert interview.is_over() and interview.followed_up_at is not None
    referral = interview.referrals.get()
    assert referral.contact.introduced_by == interview.interviewee.profile.name
    assert free_slots_of(interview.interviewee, 20), "Maya can book another conversation in their free time"
