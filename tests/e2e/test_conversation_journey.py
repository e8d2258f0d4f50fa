"""Issue 15's journey: the mentee writes to her mentor, he sees the unread count, answers by replying to the email
(through the development SMTP listener), and she sees his answer appear on her open page without reloading."""

import smtplib

import pytest
from django.core import mail
from playwright.sync_api import expect

from mentorhub.conversations import services
from mentorhub.conversations.models import Message
from mentorhub.inbound.management.commands.smtp_listener import listener
from mentorhub.inbound.tests.mails import reply_to
from mentorhub.nudges import services as nudges
from mentorhub.outbox.tests.conftest import free_port
from tests.e2e.helpers import log_in_as

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def smtp_listener(settings):
    settings.INBOUND_EMAIL_DOMAIN = "replies.test.example"
    port = free_port()
    controller = listener("127.0.0.1", port)
    controller.start()
    yield port
    controller.stop()


def test_an_email_reply_appears_on_the_open_conversation_without_reloading(
    browser, site, personas, mentorship, settings, smtp_listener
):
    settings.CONVERSATION_POLL_SECONDS = 1
    settings.CONVERSATION_NOTIFY_DELAY_MINUTES = 0
    problems = []
    maya = browser.new_context().new_page()
    maya.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    log_in_as(maya, site, "mentee@test.example")
    maya.goto(site + mentorship.get_absolute_url())
    maya.get_by_role("link", name="Messages with Marco Mentor").click()
    maya.get_by_role("textbox", name="Message").fill("Could we move Friday's meeting to **Monday**?")
    maya.get_by_role("button", name="Send").click()
    expect(maya.locator(".thread strong", has_text="Monday")).to_be_visible()
    maya.evaluate("window.loadedOnce = true")  # gone if the page reloads

    marco = browser.new_context().new_page()
    marco.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    log_in_as(marco, site, "mentor@test.example")
    expect(marco.get_by_role("link", name="Messages 1 unread")).to_be_visible()

    # He has not opened the conversation, so the nudge engine emails him, with a Reply-To for this conversation.
    nudges.sweep()
    [sent] = [m for m in mail.outbox if m.to == ["mentor@test.example"] and "wrote to you" in m.subject]
    assert "Monday" in sent.body and sent.reply_to and sent.reply_to[0].endswith("@replies.test.example")
    with smtplib.SMTP("127.0.0.1", smtp_listener) as smtp:
        smtp.send_message(reply_to(sent, "mentor@test.example", "Monday works. See you at 10."))

    expect(maya.get_by_text("Monday works. See you at 10.")).to_be_visible(timeout=10_000)
    assert maya.evaluate("window.loadedOnce") is True
    reply = Message.objects.get(source=Message.EMAIL)
    assert reply.author == personas.mentor and reply.body == "Monday works. See you at 10."  # quote stripped
    assert services.unread_total(personas.mentor) == 0  # answering means having read
    assert problems == []
    for page in (maya, marco):
        page.context.close()  # stops the polling before the live server and its database go away
