import re

import pytest
from django.core import mail
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_sign_up_verify_fill_profile_and_land_on_home(page, site, shot):
    page.goto(site + "/")
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Your name").fill("Lea Santos")
    page.get_by_label("Email").fill("lea@example.org")
    page.get_by_label("Password").fill("a-sturdy-passphrase")
    shot("01-signup")
    page.get_by_role("button", name="Sign up").click()

    expect(page.get_by_role("heading", name="Check your inbox")).to_be_visible()
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    page.goto(link)
    expect(page.get_by_text("Your email address is verified")).to_be_visible()
    page.get_by_label("Email").fill("lea@example.org")
    page.get_by_label("Password").fill("a-sturdy-passphrase")
    page.get_by_role("button", name="Log in").click()

    page.goto(site + "/people/edit/")
    page.get_by_label("Headline").fill("Nurse moving into clinical education")
    page.get_by_label("Bio").fill("Ten years on a cardiac ward; I want to teach new nurses and design training.")
    page.get_by_label("Current role").fill("Charge Nurse")
    page.get_by_label("Industry").fill("Healthcare")
    page.get_by_label("Languages").fill("English, Portuguese")
    page.get_by_label("Timezone").select_option("Europe/Lisbon")
    page.get_by_label("Skills you want to grow").fill("curriculum design, public speaking")
    page.get_by_label("Video call").check()
    shot("02-profile")
    page.get_by_role("button", name="Save profile").click()

    expect(page.get_by_role("heading", name="Hello, Lea")).to_be_visible()
    expect(page.get_by_text("Your next step: Clarify what you want from mentoring")).to_be_visible()
    shot("03-home")


def test_demo_mentee_logs_in_and_sees_home(page, site, shot):
    from django.core.management import call_command

    call_command("seed_demo", size=20)
    page.goto(site + "/account/login/")
    expect(page.get_by_label("Demo logins")).to_contain_text("mentee@example.com")
    page.get_by_label("Email").fill("mentee@example.com")
    page.get_by_label("Password").fill("mentorhub-demo")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Hello, Maya")).to_be_visible()
    expect(page.get_by_role("navigation", name="Main")).to_contain_text("Relationships")
    shot("04-demo-home")
