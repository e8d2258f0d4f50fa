import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def log_in(page, site, email):
    page.goto(site + "/account/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_role("button", name="Log in").click()


def test_plan_goals_live_coach_and_sharing(page, site, shot, personas):
    log_in(page, site, "mentee@test.example")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Goals").click()
    page.get_by_role("link", name="Write your plan").click()
    page.get_by_label("Where do you want to be in a year?").fill("Working as a junior product manager")
    page.get_by_label("Your strengths").fill("SQL, curiosity, patient explaining")
    page.get_by_role("button", name="Save plan").click()
    expect(page.get_by_text("Your development plan is saved")).to_be_visible()

    page.goto(site + "/goals/new/")
    coach = page.get_by_label("SMART coach")
    page.get_by_label(re.compile(r"^Goal:?$")).press_sequentially("Get better at presenting", delay=10)
    expect(coach).to_contain_text("Add a deadline")
    page.get_by_label(re.compile(r"^Goal:?$")).fill("")
    page.get_by_label(re.compile(r"^Goal:?$")).press_sequentially(
        "Give three 10-minute talks at our team meeting by 30 June 2027", delay=5
    )
    expect(coach.locator("li.ok", has_text="Time-bound")).to_be_visible()
    expect(coach).to_contain_text("Say why it matters")
    page.get_by_label("Why it matters to you").fill("Product managers present every week; I freeze in meetings.")
    page.get_by_label("Hours a week you can give it").fill("2")
    page.get_by_label("How confident are you that you can do it?").select_option("4")
    expect(coach.locator("li.ok", has_text="Relevant")).to_be_visible()
    page.get_by_label("Shared with mentors I choose").check()
    page.get_by_label("Mentors to share with").fill("mentor@test.example")
    shot("10-goal-form-coach")
    page.get_by_role("button", name="Save goal").click()
    expect(page.get_by_role("heading", name="Give three 10-minute talks")).to_be_visible()
    page.get_by_label("New milestone").fill("Outline the first talk")
    page.get_by_role("button", name="Add milestone").click()
    shot("11-goal-detail")

    page.goto(site + "/goals/new/")
    page.get_by_label(re.compile(r"^Goal:?$")).fill("Apply for three product roles by March 2027")
    page.get_by_role("button", name="Save goal").click()
    page.goto(site + "/goals/")
    shot("12-goals-index")

    page.context.clear_cookies()
    log_in(page, site, "mentor@test.example")
    page.goto(site + "/goals/")
    shared = page.locator("section", has_text="Goals shared with you")
    expect(shared).to_contain_text("Give three 10-minute talks")
    expect(page.locator("body")).not_to_contain_text("Apply for three product roles")
