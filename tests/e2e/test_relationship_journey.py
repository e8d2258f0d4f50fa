import re

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import log_in_as

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_request_question_accept_agree_and_close_with_thanks(page, site, shot, personas):
    log_in_as(page, site, "mentee@test.example")
    page.goto(f"{site}/people/{personas.mentor.profile.pk}/")
    page.get_by_role("link", name="Ask for mentoring").click()
    # The live coach is bound by the deferred htmx once the page has loaded: type only then (as in the network journey).
    page.wait_for_url(re.compile(r"/ask/\d+/$"))
    message = page.get_by_label(re.compile(r"^Message:?$"))
    message.press_sequentially("Hi Marco, I want to grow.", delay=5)
    expect(page.get_by_label("Message coach")).to_contain_text("Mention something specific about them")
    message.fill(
        "Hi Marco, your PyData talk on SQL for analysts changed how I write queries. I am moving into product "
        "and would value a monthly video call, at whatever time suits you. Thank you for considering it."
    )
    message.press("End")
    expect(
        page.get_by_label("Message coach").locator("li.ok", has_text="Personal: mentions something specific about them")
    ).to_be_visible()
    shot("30-request-form")
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_text("Request sent to Marco Mentor")).to_be_visible()

    log_in_as(page, site, "mentor@test.example")
    page.get_by_role("link", name="Answer Maya Mentee's mentorship request").click()
    page.get_by_label("Question").fill("What would success look like for you in six months?")
    page.get_by_role("button", name="Ask").click()

    log_in_as(page, site, "mentee@test.example")
    page.get_by_role("link", name="Marco Mentor asked you a question").click()
    page.get_by_label("Answer").fill("Leading one discovery project end to end.")
    page.get_by_role("button", name="Send answer").click()

    log_in_as(page, site, "mentor@test.example")
    page.goto(site + "/relationships/")
    page.get_by_role("link", name="Maya Mentee").first.click()
    page.get_by_role("button", name="Accept").click()
    expect(page.get_by_role("heading", name="Mentoring Maya Mentee")).to_be_visible()
    page.get_by_role("link", name="Propose changes").click()
    page.get_by_label(re.compile(r"^Cadence:?$")).select_option("fortnightly")
    page.get_by_label("We will close when").fill("After six months, or when Maya leads a discovery project.")
    page.get_by_role("button", name="Propose this agreement").click()

    log_in_as(page, site, "mentee@test.example")
    page.get_by_role("link", name="Confirm your agreement with Marco Mentor").click()
    page.get_by_role("button", name="Confirm agreement v1").click()
    expect(page.get_by_text("In force: v1")).to_be_visible()
    expect(page.get_by_role("heading", name="Phase: Cultivation")).to_be_visible()
    shot("31-relationship")

    page.get_by_role("link", name="Close the mentorship").click()
    page.get_by_label("We completed it").check()
    page.get_by_label("Your final reflection").fill("I now run discovery interviews on my own.")
    page.get_by_label("A thank-you note (optional)").fill("Thank you, Marco, for every fortnightly call.")
    page.get_by_role("button", name="Close the mentorship").click()
    expect(page.get_by_role("heading", name="Pay it forward")).to_be_visible()
    shot("32-pay-it-forward")

    log_in_as(page, site, "mentor@test.example")
    page.goto(site + "/relationships/")
    # "Stay in touch" is ticked by default: the closed mentorship moves to that list, not to "Earlier".
    expect(page.get_by_role("heading", name="Stay in touch")).to_be_visible()
    page.get_by_role("link", name="Maya Mentee", exact=True).click()
    expect(page.get_by_text("Thank you, Marco, for every fortnightly call.")).to_be_visible()
    page.get_by_role("button", name="Stop staying in touch").click()
    expect(page.get_by_text("no more check-in reminders")).to_be_visible()
    page.goto(site + "/relationships/")
    page.get_by_role("link", name="Maya Mentee and Marco Mentor").click()
