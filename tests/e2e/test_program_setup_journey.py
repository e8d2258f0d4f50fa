"""A new coordinator sets up a program from nothing, in a real browser: two enrolment questions, applicants
approved, matching with a question as a rule, and a publish that asks for confirmation first."""

import re

import pytest
from django.contrib.auth.models import Permission
from playwright.sync_api import expect

from mentorhub.programs import services
from mentorhub.programs.models import Program
from mentorhub.relationships.models import Relationship
from tests.e2e.helpers import log_in_as
from tests.support import make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SQL = [{"name": "SQL", "level": "expert"}]


def test_a_new_coordinator_creates_a_program_and_publishes_a_match_by_site(page, site, shot):
    nina = make_user("nina@corp.example", "Nina Newcoord")
    nina.user_permissions.add(Permission.objects.get(codename="add_program"))
    common = {"languages": ["English"], "timezone": "Europe/London"}
    leo = make_user("leo@corp.example", "Leo Leeds", accepting_mentees=True, skills_offered=SQL, **common)
    lia = make_user("lia@corp.example", "Lia Lisbon", accepting_mentees=True, **common)
    make_user("sara@corp.example", "Sara Lisbon", seeking_mentors=True, skills_sought=["SQL"], **common)
    tom = make_user("tom@corp.example", "Tom Leeds", seeking_mentors=True, **common)

    log_in_as(page, site, "nina@corp.example")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Programs").click()
    page.get_by_role("link", name="Create a program").click()
    page.get_by_label("Name").fill("Site Mentoring")
    page.get_by_label("Visibility").select_option("invite")
    page.get_by_label("Evergreen: people join any time").check()
    page.get_by_label("Approval").select_option("manual")
    page.get_by_role("button", name="Create the program").click()
    expect(page.get_by_text("Site Mentoring is created.")).to_be_visible()

    page.get_by_label(re.compile(r"^Text:?$")).fill("Which site do you work at?")
    page.get_by_label("Kind").select_option("single")
    page.get_by_label("Choices").fill("Lisbon\nLeeds")
    page.get_by_label("Use in matching").select_option("same")
    page.get_by_role("button", name="Add question").click()
    page.get_by_label(re.compile(r"^Text:?$")).fill("Which topics interest you?")
    page.get_by_label("Kind").select_option("multiple")
    page.get_by_label("Choices").fill("SQL\nBI\nStatistics")
    page.get_by_label("Use in matching").select_option("weight")
    page.get_by_label("Weight in the match score").fill("0.3")
    page.get_by_role("button", name="Add question").click()
    form = page.get_by_role("region", name="Questions")
    expect(form.get_by_text("Rule: same answer")).to_be_visible()
    expect(form.get_by_text("Criterion, weight 0.3")).to_be_visible()
    shot("50-program-setup-questions")

    page.get_by_role("navigation", name="Coordinator").get_by_role("link", name="Settings").click()
    invite = page.locator("#invite-link").inner_text()
    program = Program.objects.get(name="Site Mentoring")
    site_q, topics_q = program.questions.all()

    # Sara applies through the invitation link, in the browser; the others as the same form would.
    log_in_as(page, site, "sara@corp.example")
    page.goto(invite)
    page.get_by_role("link", name="join as a mentee").click()
    page.get_by_label("Lisbon").check()
    page.get_by_label("SQL").check()
    page.get_by_role("button", name="Send application").click()
    expect(page.get_by_text("Thank you for applying.")).to_be_visible()
    token = program.invite_token
    for person, role, where in [(tom, "mentee", "Leeds"), (leo, "mentor", "Leeds"), (lia, "mentor", "Lisbon")]:
        answers = {str(site_q.pk): where, str(topics_q.pk): ["SQL"]}
        services.apply(program, person, role, answers=answers, capacity=1, invite_token=token)

    log_in_as(page, site, "nina@corp.example")
    page.goto(f"{site}/programs/{program.slug}/participants/?status=applied")
    for _ in range(4):
        page.get_by_role("button", name="Approve").first.click()
        expect(page.get_by_text(re.compile(r": approved\."))).to_be_visible()
    expect(page.get_by_role("button", name="Approve")).to_have_count(0)

    page.get_by_role("navigation", name="Coordinator").get_by_role("link", name="Matching").click()
    expect(page.get_by_text("only pair people who gave the same answer")).to_be_visible()
    page.get_by_role("button", name="Run a dry run").click()
    pairs = page.get_by_role("region", name="Proposed pairs")
    # Leo teaches the SQL Sara wants, but the site rule pairs her with Lia, and says why.
    sara_lia = pairs.get_by_role("row", name=re.compile("Sara Lisbon Lia Lisbon"))
    expect(sara_lia).to_contain_text("same answer to “Which site do you work at?”: Lisbon")
    expect(pairs.get_by_role("row", name=re.compile("Tom Leeds Leo Leeds"))).to_be_visible()
    shot("51-program-setup-dry-run")

    publish = page.get_by_role("button", name="Publish: start 2 relationships")
    expect(page.get_by_text("sends 4 emails")).to_be_visible()
    page.get_by_label("Yes, start 2 relationships and send 4 emails").check()
    shot("52-program-setup-confirm")
    publish.click()
    expect(page.get_by_text("Published: 2 relationships started")).to_be_visible()
    assert set(Relationship.objects.filter(program=program).values_list("mentee__email", "mentor__email")) == {
        ("sara@corp.example", "lia@corp.example"),
        ("tom@corp.example", "leo@corp.example"),
    }
    expect(page.get_by_role("button", name="Undo this run")).to_be_visible()
