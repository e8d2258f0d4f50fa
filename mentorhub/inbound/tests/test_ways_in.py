"""The three ways in, each with its real component: a pipe's standard input (and its exit codes), the HTTP endpoint,
and the SMTP listener driven by smtplib; and a reply to a real nudge email coming back through the listener."""

import io
import os
import smtplib
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client

from mentorhub.inbound import services
from mentorhub.inbound.addresses import reply_address
from mentorhub.inbound.management.commands.smtp_listener import listener
from mentorhub.inbound.models import InboundEmail
from mentorhub.nudges import services as nudges
from mentorhub.outbox.tests.conftest import free_port

from . import mails
from .conftest import DOMAIN
from .mails import reply_to

ROOT = Path(__file__).resolve().parents[3]
MENTEE = "mentee@test.example"
SECRET = "s3cret-for-the-relay"


@pytest.fixture
def address(personas, relationship):
    return reply_address(personas.mentee, "progress", relationship.pk)


def pipe(monkeypatch, raw: bytes, *args) -> str:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    out = io.StringIO()
    call_command("receive_email", *args, stdout=out)
    return out.getvalue().strip()


# The pipe -------------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_pipe_posts_a_reply_read_from_standard_input(monkeypatch, address, updates):
    assert pipe(monkeypatch, mails.gmail(MENTEE, address, "Via Postfix"), f"--recipient={address}") == "accepted"
    assert updates() == ["Via Postfix"]


@pytest.mark.django_db
def test_the_pipe_refuses_an_oversized_mail_and_still_succeeds(monkeypatch, address, updates, settings):
    settings.INBOUND_EMAIL_MAX_BYTES = 2048
    raw = mails.gmail(MENTEE, address, "x" * 10_000)
    assert pipe(monkeypatch, raw) == "refused too_large"
    assert updates() == [] and mail.outbox[0].to == [MENTEE]
    assert sys.stdin.buffer.read() == b""  # read to the end, so the mail server sees a clean delivery


@pytest.mark.django_db
def test_a_bounce_handed_to_the_pipe_with_an_empty_envelope_sender_is_ignored(monkeypatch, address, updates):
    assert pipe(monkeypatch, mails.gmail(MENTEE, address, "Undeliverable"), "--sender=") == "refused automatic"
    assert updates() == [] and mail.outbox == []


def test_the_pipe_exits_75_when_the_database_is_down_so_the_mail_server_tries_again():
    raw = mails.gmail(MENTEE, f"reply+progress-aaaa@{DOMAIN}", "Hello")
    environ = os.environ | {
        "DJANGO_SETTINGS_MODULE": "mentorhub.settings_test",
        "DATABASE_URL": f"postgres://nobody@127.0.0.1:{free_port()}/gone",
        "INBOUND_EMAIL_DOMAIN": DOMAIN,
    }
    command = [sys.executable, "manage.py", "receive_email"]
    done = subprocess.run(command, input=raw, cwd=ROOT, env=environ, capture_output=True, timeout=60)
    assert done.returncode == 75, done.stderr.decode()
    assert b"Could not take the email now" in done.stderr


# The HTTP endpoint ----------------------------------------------------------------------------------------------


def post_raw(raw: bytes, secret: str | None = SECRET, **extra):
    headers = {"Authorization": f"Bearer {secret}"} if secret is not None else {}
    # A machine, not a browser: no CSRF cookie or token, and Django's CSRF checks on.
    client = Client(enforce_csrf_checks=True)
    return client.post("/inbound/email/", data=raw, content_type="message/rfc822", headers=headers, **extra)


@pytest.mark.django_db
def test_the_endpoint_posts_a_raw_message_sent_with_the_secret(address, updates):
    response = post_raw(mails.outlook(MENTEE, address, "Through the provider's webhook"))
    assert response.status_code == 200
    assert response.json() == {"outcome": "accepted", "reason": "", "detail": ""}
    assert updates() == ["Through the provider's webhook\n\nMaya Mentee"]


@pytest.mark.django_db
@pytest.mark.parametrize("secret", [None, "", "s3cret-for-the-relaY", "s3cret"])
def test_the_endpoint_refuses_without_the_right_secret_and_stores_nothing(address, updates, secret):
    response = post_raw(mails.gmail(MENTEE, address, "Let me in"), secret=secret)
    assert response.status_code == 401 and response["WWW-Authenticate"] == "Bearer"
    assert updates() == [] and InboundEmail.objects.count() == 0


@pytest.mark.django_db
def test_the_endpoint_takes_a_message_posted_as_a_form_as_curl_does_by_default(address, updates):
    raw = mails.gmail(MENTEE, address, "Posted with curl --data")
    response = Client().post(
        "/inbound/email/",
        data=raw,
        content_type="application/x-www-form-urlencoded",
        headers={"Authorization": f"Bearer {SECRET}"},
    )
    assert response.status_code == 200 and updates() == ["Posted with curl --data"]


@pytest.mark.django_db
def test_the_endpoint_is_closed_while_no_secret_is_configured(address, updates, settings):
    settings.INBOUND_EMAIL_SECRET = ""
    assert post_raw(mails.gmail(MENTEE, address, "Hello"), secret="").status_code == 404
    assert updates() == []


@pytest.mark.django_db
def test_the_endpoint_answers_413_to_an_oversized_message(address, updates, settings):
    settings.INBOUND_EMAIL_MAX_BYTES = 2048
    response = post_raw(mails.gmail(MENTEE, address, "x" * 10_000))
    assert response.status_code == 413 and response.json()["code"] == "too_large"
    assert updates() == [] and InboundEmail.objects.count() == 0


@pytest.mark.django_db
def test_the_endpoint_answers_a_refusal_with_200_so_the_provider_does_not_retry(address, updates):
    response = post_raw(mails.gmail("colleague@elsewhere.example", address, "Hi"))
    assert response.status_code == 200 and response.json()["reason"] == "wrong_sender"
    assert post_raw(b"").status_code == 400
    assert updates() == []


# The SMTP listener, and a reply to a real nudge -----------------------------------------------------------------


@pytest.fixture
def smtp_listener():
    port = free_port()
    controller = listener("127.0.0.1", port)
    controller.start()
    yield port
    controller.stop()


def test_the_listener_will_not_start_without_an_inbound_domain(settings):
    settings.INBOUND_EMAIL_DOMAIN = ""
    with pytest.raises(CommandError, match="Set INBOUND_EMAIL_DOMAIN"):
        call_command("smtp_listener", "--port", str(free_port()))


@pytest.mark.django_db(transaction=True)
def test_a_reply_to_a_nudge_email_comes_back_through_the_smtp_listener(personas, relationship, updates, smtp_listener):
    address = reply_address(personas.mentee, "progress", relationship.pk)
    nudges.notify_now(personas.mentee, "relationship_event", "ask:1", "Marco asks how it went", "How was it?", "/",
                      address)  # fmt: skip
    nudges.sweep()
    [sent] = [m for m in mail.outbox if m.subject == "Marco asks how it went"]
    with smtplib.SMTP("127.0.0.1", smtp_listener) as smtp:
        smtp.send_message(reply_to(sent, MENTEE, "It went well, I passed!"))
    assert updates() == ["It went well, I passed!"]


@pytest.mark.django_db(transaction=True)
def test_the_listener_is_no_relay_and_refuses_forgeries_in_the_smtp_conversation(address, updates, smtp_listener):
    with smtplib.SMTP("127.0.0.1", smtp_listener) as smtp:
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            smtp.sendmail(MENTEE, ["someone@elsewhere.example"], mails.gmail(MENTEE, "x@elsewhere.example", "Hi"))
        forged = mails.forged(address)
        with pytest.raises(smtplib.SMTPDataError) as refused:
            smtp.sendmail(MENTEE, [forged], mails.gmail(MENTEE, forged, "Hi"))
    assert refused.value.smtp_code == 550 and b"forged" in refused.value.smtp_error
    assert updates() == []


# Delivered twice at once ----------------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_same_mail_delivered_four_times_at_once_is_posted_once(address, updates):
    raw = mails.gmail(MENTEE, address, "At the same time", message_id="<race@mail.test.example>")
    barrier, outcomes = threading.Barrier(4), []

    def deliver():
        try:
            barrier.wait()
            outcomes.append(services.process(raw).outcome)
        finally:
            connection.close()

    threads = [threading.Thread(target=deliver) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["accepted", "duplicate", "duplicate", "duplicate"]
    assert updates() == ["At the same time"]
