import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from conftest import make_person
from mentorhub.meetings.services.scheduling import log_meeting
from mentorhub.nudges.services import sweep
from mentorhub.programs import services as program_services
from mentorhub.programs.models import Enrollment
from mentorhub.relationships.models import Relationship

from .helpers import log_in_as

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
PRIVATE_NOTE = "PRIVATE-MEETING-NOTE-9090"


def test_a_low_fit_check_puts_the_pair_on_the_list_and_the_coordinator_checks_in_and_rematches(
    page, site, shot, personas
):
    for person in (personas.mentee, personas.mentor):
        person.profile.languages = ["English"]
        person.profile.save()
    nina = make_person("nina@test.example", "Nina Newmentor", accepting_mentees=True, languages=["English"])
    Enrollment.objects.create(program=personas.program, person=nina, role="mentor", status=Enrollment.APPROVED)
    pair = program_services.match(personas.program, personas.mentee, personas.mentor, personas.coordinator, "A fit")
    log_meeting(pair, personas.mentee, timezone.now() - timedelta(hours=2), note=PRIVATE_NOTE, note_shared=False)
    sweep()

    # Maya is asked privately, in her notification centre, and answers "no".
    log_in_as(page, site, personas.mentee.email)
    page.goto(site + "/notifications/")
    page.get_by_role("button", name="Is Marco Mentor a good fit for you?").click()
    page.get_by_label("No, this does not feel right").check()
    page.get_by_label(re.compile("What is not working")).fill("We want different things")
    page.get_by_role("button", name="Save my answer").click()
    expect(page.get_by_role("link", name="Ask for a new match")).to_be_visible()
    shot("60-fit-check-no")

    # Cora sees it on Home and on the attention list, never the private note.
    log_in_as(page, site, personas.coordinator.email)
    expect(page.get_by_role("link", name="Data Mentoring: 1 pair asks for you")).to_be_visible()
    page.get_by_role("link", name="Data Mentoring: 1 pair needs attention").click()
    expect(page.get_by_role("heading", name="Pairs that need attention")).to_be_visible()
    expect(page.get_by_text("A participant answered the fit check")).to_be_visible()
    shot("61-attention-list")
    page.get_by_role("link", name="Maya Mentee and Marco Mentor").click()
    expect(page.get_by_text("We want different things")).to_be_visible()
    assert PRIVATE_NOTE not in page.content()

    page.get_by_label("Send to").select_option("both")
    page.get_by_label("Message").fill("How are you both getting on? I am here to help.")
    page.get_by_role("button", name="Send the check-in").click()
    expect(page.get_by_text("Check-in sent to both.")).to_be_visible()
    expect(page.get_by_text("Check-in from the program's coordinators")).to_be_visible()
    shot("62-pair-page")

    page.get_by_role("button", name="Re-match Maya Mentee").click()
    expect(page.get_by_role("heading", name="A new match for Maya Mentee")).to_be_visible()
    expect(page.get_by_role("button", name="Match with Marco Mentor")).to_have_count(0)
    shot("63-rematch")
    page.get_by_role("button", name="Match with Nina Newmentor").click()
    expect(page.get_by_role("heading", name="Maya Mentee and Nina Newmentor")).to_be_visible()
    assert PRIVATE_NOTE not in page.content()
    assert Relationship.objects.get(pk=pair.pk).status == Relationship.ENDED_EARLY
    assert Relationship.objects.get(mentee=personas.mentee, mentor=nina).is_current
