"""Mentee and mentor write to each other, and each sees the other's message appear without reloading."""

import pytest
from playwright.sync_api import expect

from mentorhub.conversations import services
from tests.e2e.helpers import log_in_as

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_message_appears_on_the_open_conversation_without_reloading(browser, site, personas, mentorship, settings):
    settings.CONVERSATION_POLL_SECONDS = 1
    conversation = services.conversation_for_relationship(personas.mentor, mentorship.pk)
    problems = []
    marco = browser.new_context().new_page()
    marco.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    log_in_as(marco, site, "mentor@test.example")
    marco.goto(site + conversation.get_absolute_url())
    expect(marco.get_by_text("No messages yet")).to_be_visible()
    marco.evaluate("window.loadedOnce = true")  # gone if the page reloads

    maya = browser.new_context().new_page()
    maya.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    log_in_as(maya, site, "mentee@test.example")
    maya.goto(site + mentorship.get_absolute_url())
    maya.get_by_role("link", name="Messages with Marco Mentor").click()
    maya.get_by_role("textbox", name="Message").fill("Could we move Friday's meeting to **Monday**?")
    maya.get_by_role("button", name="Send").click()
    maya.evaluate("window.loadedOnce = true")

    expect(marco.locator(".thread strong", has_text="Monday")).to_be_visible(timeout=10_000)
    assert marco.evaluate("window.loadedOnce") is True
    marco.get_by_role("textbox", name="Message").fill("Monday works.")
    marco.get_by_role("button", name="Send").click()
    expect(maya.get_by_text("Monday works.")).to_be_visible(timeout=10_000)
    assert maya.evaluate("window.loadedOnce") is True
    assert services.unread_total(personas.mentee) == 0  # seen on the open page, so no email will follow
    assert problems == []
