import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

MAYAS_GAPS = ("product management", "stakeholder management", "public speaking")


@pytest.fixture(autouse=True)
def fresh_directory():
    # The live server runs in this process: start from this test's data, not an earlier test's index.
    from mentorhub.matching.services import forget_directory

    forget_directory()


def test_demo_mentee_finds_ranked_mentors_filters_and_searches(page, site, shot):
    from django.core.management import call_command

    call_command("seed_demo", size=60)
    page.goto(site + "/account/login/")
    page.get_by_label("Email").fill("mentee@example.com")
    page.get_by_label("Password").fill("mentorhub-demo")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Mentors").click()

    expect(page.get_by_role("heading", name="Find a mentor")).to_be_visible()
    cards = page.locator("article.match")
    expect(cards.first).to_be_visible()
    scores = [int(s) for s in cards.locator(".score strong").all_inner_texts()]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1]
    best = cards.first.get_by_label("Why")
    expect(best).to_contain_text("of your 3 skill gaps")
    assert sum(gap in best.inner_text() for gap in MAYAS_GAPS) >= 2

    # In the page, not the footer's language switcher.
    page.get_by_role("main").get_by_label("Language").select_option("Portuguese")
    expect(page).to_have_url(re.compile(r"language=Portuguese"))  # htmx swapped the results and kept the URL
    for speaks in cards.locator("p.muted", has_text="speaks").all_inner_texts():
        assert "Portuguese" in speaks
    expect(cards.first.get_by_label("Why")).to_contain_text("skill gaps")
    shot("20-directory")

    page.get_by_label("Search").fill("Daniel")
    page.get_by_role("button", name="Search").click()
    expect(cards).to_have_count(1)
    # Typing also fires the search box's own request 400 ms later; its swap of the results would detach the link
    # clicked below, so wait until both have landed.
    page.wait_for_load_state("networkidle")
    expect(cards.first).to_contain_text("Daniel Reyes")
    expect(cards.first.get_by_label("Why")).to_contain_text(
        "covers 2 of your 3 skill gaps: product management (expert), stakeholder management (advanced)"
    )
    cards.first.get_by_role("link", name="Ask for mentoring from Daniel Reyes").click()
    expect(page).to_have_url(re.compile(r"/relationships/ask/\d+/$"))
