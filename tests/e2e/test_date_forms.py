"""Every form with a date, loaded in a real browser and saved unchanged, keeps its dates.

Chromium shows a date input whose value is not ISO as empty and submits it empty, which silently erased the
agreement's review date and the program's start and end.
"""

import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from mentorhub.goals.models import Goal
from mentorhub.meetings import services as meetings
from mentorhub.network.models import Contact, OutreachMessage
from mentorhub.network.outreach_templates import TEMPLATE_CHOICES
from mentorhub.nudges.services import preferences_for
from mentorhub.relationships import services as relationships

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

REVIEW_ON = dt.date(2027, 5, 31)


def log_in(page, site, email):
    page.goto(site + "/account/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()


def save_unchanged(page, url, button):
    page.goto(url)
    page.get_by_role("button", name=button).click()
    page.wait_for_load_state()


@pytest.fixture
def relationship(personas):
    request = relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering a call.")
    relationship = relationships.accept_request(request.pk, personas.mentor)
    version = relationships.propose_agreement(relationship, personas.mentee, {"review_on": REVIEW_ON})
    relationships.confirm_agreement(relationship, personas.mentor, version.pk)
    return relationship


def test_proposing_agreement_changes_keeps_the_review_date(page, site, personas, relationship):
    log_in(page, site, "mentee@test.example")
    save_unchanged(page, f"{site}/relationships/{relationship.pk}/agreement/", "Propose this agreement")
    expect(page.get_by_text("Agreement proposed.")).to_be_visible()
    latest = relationship.agreement_versions.order_by("-number").first()
    assert latest.number == 2
    assert latest.review_on == REVIEW_ON


def test_saving_program_settings_keeps_its_start_and_end(page, site, personas):
    program = personas.program
    program.starts_on, program.ends_on = dt.date(2027, 1, 4), REVIEW_ON
    program.save()
    log_in(page, site, "coordinator@test.example")
    save_unchanged(page, f"{site}/programs/{program.slug}/settings/", "Save settings")
    expect(page.get_by_text("Program settings saved.")).to_be_visible()
    program.refresh_from_db()
    assert (program.starts_on, program.ends_on) == (dt.date(2027, 1, 4), REVIEW_ON)


def test_saving_a_goal_keeps_its_target_date(page, site, personas):
    goal = Goal.objects.create(owner=personas.mentee, text="Lead one discovery project", target_date=REVIEW_ON)
    log_in(page, site, "mentee@test.example")
    save_unchanged(page, f"{site}/goals/{goal.pk}/edit/", "Save goal")
    expect(page).not_to_have_url(f"{site}/goals/{goal.pk}/edit/")
    goal.refresh_from_db()
    assert goal.target_date == REVIEW_ON


def test_saving_notification_preferences_keeps_quiet_hours(page, site, personas):
    prefs = preferences_for(personas.mentee)
    prefs.quiet_from, prefs.quiet_until = dt.time(22, 0), dt.time(7, 30)
    prefs.save()
    log_in(page, site, "mentee@test.example")
    save_unchanged(page, f"{site}/notifications/preferences/", "Save preferences")
    expect(page.get_by_text("Your notification preferences are saved.")).to_be_visible()
    prefs.refresh_from_db()
    assert (prefs.quiet_from, prefs.quiet_until) == (dt.time(22, 0), dt.time(7, 30))


def test_changing_a_meeting_without_moving_it_keeps_its_time(page, site, personas, relationship):
    starts_at = dt.datetime(2027, 5, 31, 9, 0, tzinfo=dt.UTC)
    meeting = meetings.schedule_meeting(relationship, personas.mentor, starts_at)
    log_in(page, site, "mentor@test.example")
    save_unchanged(page, f"{site}/meetings/{meeting.pk}/change/", "Save changes")
    expect(page.get_by_text("Changed.")).to_be_visible()
    meeting.refresh_from_db()
    assert meeting.starts_at == starts_at


def test_recording_a_reply_again_keeps_its_date(page, site, personas):
    replied = (timezone.now() - dt.timedelta(days=2)).replace(second=0, microsecond=0)
    contact = Contact.objects.create(owner=personas.mentee, name="Ada Lovelace")
    OutreachMessage.objects.create(
        owner=personas.mentee, contact=contact, template=TEMPLATE_CHOICES[0][0], channel=OutreachMessage.EMAIL,
        body="Hello Ada", sent_at=replied - dt.timedelta(days=3), response=OutreachMessage.POSITIVE,
        responded_at=replied,
    )  # fmt: skip
    log_in(page, site, "mentee@test.example")
    save_unchanged(page, f"{site}/network/contacts/{contact.pk}/", "Record reply")
    expect(page.get_by_text("Reply from Ada Lovelace recorded")).to_be_visible()
    assert contact.messages.get().responded_at == replied
