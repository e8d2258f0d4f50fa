"""Receiving a reply: the new text is posted once; anything else is refused with a log line, and explained by email
only to the reply address's owner at their account's address."""

import logging
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from mentorhub.inbound import services
from mentorhub.inbound.addresses import reply_address
from mentorhub.inbound.models import InboundEmail
from mentorhub.lib import yourdata

from . import mails

pytestmark = pytest.mark.django_db

MENTEE = "mentee@test.example"


@pytest.fixture
def address(personas, relationship):
    return reply_address(personas.mentee, "progress", relationship.pk)


def refused_emails():
    return [(m.to, m.subject, m.body) for m in mail.outbox]


def test_a_gmail_reply_posts_only_the_new_text(address, updates):
    result = services.process(mails.gmail(MENTEE, address, "I'll start on the window functions next week."))
    assert result.outcome == "accepted"
    assert updates() == ["I'll start on the window functions next week."]
    assert InboundEmail.objects.get().outcome == "accepted"
    assert mail.outbox == []


def test_an_outlook_reply_loses_the_original_message_below_the_rule(address, updates):
    services.process(mails.outlook(MENTEE, address, "Done: I booked the exam for March."))
    assert updates() == ["Done: I booked the exam for March.\n\nMaya Mentee"]


def test_an_apple_mail_reply_loses_its_quote_and_sent_from_my_iphone(address, updates):
    services.process(mails.apple(MENTEE, address, "Going well, thank you! Caf=C3=A9 on Friday?"))
    assert updates() == ["Going well, thank you! Café on Friday?"]


def test_a_signature_after_the_delimiter_is_not_posted(address, updates):
    body = "Here is my plan:\r\n- finish chapter 3\r\n- ask about joins\r\n\r\n-- \r\nMaya Mentee\r\n+44 20 0000\r\n"
    services.process(mails.raw_mail(MENTEE, address, body))
    assert updates() == ["Here is my plan:\n- finish chapter 3\n- ask about joins"]


GMAIL_HTML = (
    "<html><head><style>p { color: red }</style></head><body>"
    "<p>I read <a href='https://example.org/sql'>the article</a>.</p><p>It&nbsp;helped &amp; I have a question.</p>"
    "<div>On Mon, 30 Nov 2026, Mentorship Hub wrote:</div><blockquote>Marco asked how it went</blockquote>"
    "</body></html>"
)
OUTLOOK_HTML = (
    "<html><body><p class=MsoNormal>I read <a href='https://example.org/sql'>the article</a>.<o:p></o:p></p>"
    "<p class=MsoNormal>It&nbsp;helped &amp; I have a question.<o:p></o:p></p><div id=appendonsend></div><hr>"
    "<div id=divRplyFwdMsg><b>From:</b> Mentorship Hub &lt;hub@localhost&gt;<br><b>Sent:</b> Monday, November 30,"
    " 2026 10:02 AM<br><b>To:</b> Maya Mentee<br><b>Subject:</b> Marco asked how it went</div>"
    "<div>Marco asked how it went</div></body></html>"
)


@pytest.mark.parametrize("html", [GMAIL_HTML, OUTLOOK_HTML], ids=["gmail", "outlook"])
def test_an_html_only_reply_is_read_as_text(address, updates, html):
    services.process(mails.html_only(MENTEE, address, html))
    assert updates() == ["I read the article (https://example.org/sql).\n\nIt helped & I have a question."]


def test_a_forged_token_posts_nothing_answers_nobody_and_is_logged(address, updates, caplog):
    forged = mails.forged(address)
    with caplog.at_level(logging.WARNING, logger="mentorhub.inbound"):
        result = services.process(mails.gmail(MENTEE, forged, "Let me in"))
    assert (result.outcome, result.reason, result.bounced) == ("refused", "forged", False)
    assert updates() == [] and mail.outbox == []
    assert "refused: forged" in caplog.text


def test_mail_to_an_address_that_is_not_a_reply_address_is_refused_silently(updates):
    result = services.process(mails.gmail(MENTEE, "hub@replies.test.example", "Hello"))
    assert (result.reason, result.bounced) == ("no_address", False)
    assert updates() == [] and mail.outbox == []


def test_a_reply_from_another_address_is_refused_and_explained_to_the_owner_only(address, updates):
    raw = mails.gmail("colleague@elsewhere.example", address, "Forwarded and answered", subject="Re: Maya's update")
    result = services.process(raw)
    assert (result.outcome, result.reason, result.bounced) == ("refused", "wrong_sender", True)
    assert updates() == []
    [(to, subject, body)] = refused_emails()
    assert to == [MENTEE] and subject == "Your reply was not posted: Re: Maya's update"
    assert "colleague@elsewhere.example" in body and "Please reply from that address" in body
    assert "Forwarded and answered" not in body  # the text a stranger wrote is never relayed


def test_the_same_mail_delivered_twice_is_posted_once(address, updates):
    raw = mails.gmail(MENTEE, address, "Only once, please.", message_id="<same-id@mail.test.example>")
    assert services.process(raw).outcome == "accepted"
    assert services.process(raw, recipient=address.upper()).outcome == "duplicate"
    assert updates() == ["Only once, please."]
    assert InboundEmail.objects.count() == 1


def test_a_refused_mail_delivered_twice_is_explained_once(address):
    raw = mails.gmail("colleague@elsewhere.example", address, "Hi", message_id="<twice@mail.test.example>")
    services.process(raw)
    services.process(raw)
    assert len(mail.outbox) == 1


def test_an_oversized_mail_is_refused_with_an_explanation(address, updates, settings):
    settings.INBOUND_EMAIL_MAX_BYTES = 2048
    result = services.process(mails.gmail(MENTEE, address, "A huge attachment follows. " + "x" * 4000))
    assert (result.reason, result.bounced) == ("too_large", True)
    assert updates() == []
    assert "larger than 2.0" in mail.outbox[0].body


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (f"{mails.QUOTED_HEADER}\r\n> Marco asked how the course went\r\n", "quoted_only"),
        ("> Marco asked how the course went\r\n>\r\n> Marco\r\n", "quoted_only"),
        ("\r\n   \r\n", "empty"),
    ],
)
def test_a_reply_with_nothing_new_is_refused_and_explained(address, updates, body, reason):
    result = services.process(mails.raw_mail(MENTEE, address, body))
    assert (result.reason, result.bounced) == (reason, True)
    assert updates() == []
    assert mail.outbox[0].to == [MENTEE]


@pytest.mark.parametrize(
    "headers",
    [
        "Auto-Submitted: auto-replied\r\n",
        "Precedence: bulk\r\n",
        "X-Autoreply: yes\r\n",
    ],
)
def test_an_automatic_reply_is_neither_posted_nor_answered(address, updates, headers):
    raw = mails.raw_mail(MENTEE, address, "I am out of the office until Monday.", headers=headers)
    result = services.process(raw)
    assert (result.reason, result.bounced) == ("automatic", False)
    assert updates() == [] and mail.outbox == []


def test_a_bounce_with_an_empty_return_path_is_neither_posted_nor_answered(address, updates):
    raw = mails.raw_mail(MENTEE, address, "Delivery failed").replace(
        b"Return-Path: <mentee@test.example>", b"Return-Path: <>"
    )
    assert services.process(raw).reason == "automatic"
    assert services.process(mails.raw_mail(MENTEE, address, "Again"), envelope_sender="").reason == "automatic"
    assert updates() == [] and mail.outbox == []


def test_a_reply_to_an_expired_address_is_explained_to_its_owner(address, updates, settings):
    with time_machine.travel(timezone.now() + timedelta(days=settings.INBOUND_EMAIL_TOKEN_DAYS + 1)):
        result = services.process(mails.gmail(MENTEE, address, "Sorry for the late answer"))
    assert (result.reason, result.bounced) == ("expired", True)
    assert updates() == []
    assert "90 days" in mail.outbox[0].body


def test_a_refusal_by_the_topic_handler_keeps_nothing_and_tells_why(address, updates):
    result = services.process(mails.gmail(MENTEE, address, "word " * 1000))
    assert (result.reason, result.detail) == ("refused", "A progress update holds at most 4,000 characters.")
    assert updates() == []
    assert "at most 4,000 characters" in mail.outbox[0].body


def test_a_reply_to_a_relationship_the_person_no_longer_belongs_to_is_unknown(personas, relationship, updates):
    address = reply_address(personas.outsider, "progress", relationship.pk)
    result = services.process(mails.gmail("outsider@test.example", address, "Let me in"))
    assert (result.reason, result.bounced) == ("unknown", True)
    assert updates() == []


def test_nul_characters_never_reach_the_handler(address, updates):
    services.process(mails.raw_mail(MENTEE, address, "Fine\x00 thanks"))
    assert updates() == ["Fine thanks"]


def test_leaving_erases_the_record_of_whom_a_person_wrote_from(personas, address):
    services.process(mails.gmail(MENTEE, address, "Hello"))
    yourdata.erase(personas.mentee)
    assert InboundEmail.objects.count() == 0


def test_old_records_are_forgotten_after_a_month(address):
    services.process(mails.gmail(MENTEE, address, "Hello"))
    assert services.forget_old(timezone.now() + timedelta(days=29)) == 0
    assert services.forget_old(timezone.now() + timedelta(days=31)) == 1
