"""Delivery through a real SMTP server (aiosmtpd on localhost): slow, down, and a worker killed mid-send."""

import os
import re
import signal
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.conf import settings as django_settings
from django.core.mail import EmailMultiAlternatives
from django.db import connection
from django.utils import timezone

from mentorhub.accounts.models import User
from mentorhub.lib import mail
from mentorhub.outbox import delivery, services
from mentorhub.outbox.models import FAILED, QUEUED, SENDING, SENT, Email
from mentorhub.outbox.tests.conftest import Relay


def an_email(number: int = 0) -> Email:
    return mail.send(
        EmailMultiAlternatives(
            f"Hello {number}", "Plain text.\n", "Hub <hub@test.example>", [f"p{number}@test.example"]
        )
    )


@pytest.mark.django_db(transaction=True)
def test_two_workers_and_a_slow_relay_deliver_each_email_once(relay, tasks_not_run, settings):
    # The relay takes longer per message than a lease lasts: only a renewed lease keeps the other worker off.
    relay.delay = 0.8
    settings.EMAIL_OUTBOX_LEASE_SECONDS = 0.6
    relay.start()
    emails = [an_email(number) for number in range(30)]

    def worker():
        try:
            delivery.deliver_due()
        finally:
            connection.close()

    workers = [threading.Thread(target=worker) for _ in range(2)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    assert sorted(relay.message_ids()) == sorted(email.message_id for email in emails)
    assert Email.objects.filter(state=SENT, attempts=1).count() == 30


@pytest.mark.django_db
def test_an_outage_loses_nothing_and_the_relay_gets_each_email_once_when_it_is_back(client, relay):
    """A person who signs up or asks for a reset while SMTP is down gets the email once SMTP is back."""
    User.objects.create_user(email="maya@test.example", password="correct-horse-battery", profile={"name": "Maya"})
    start = timezone.now()
    with time_machine.travel(start):
        signup = {"name": "Ana Costa", "email": "ana@example.org", "password1": "a-long-enough-pass"}
        assert client.post("/account/signup/", signup).status_code == 302
        assert client.post("/account/password/reset/", {"email": "maya@test.example"}).status_code == 302
        an_email()
    assert Email.objects.filter(state=QUEUED, attempts=1).count() == 3  # each tried once, in the request's task
    assert "ConnectionRefusedError" in Email.objects.first().last_error
    with time_machine.travel(start + timedelta(minutes=2)):
        services.sweep()  # still down: a second attempt, nothing lost
    relay.start()
    with time_machine.travel(start + timedelta(minutes=10)):
        assert services.sweep() == 3
        assert services.sweep() == 0
    assert sorted(relay.message_ids()) == sorted(Email.objects.values_list("message_id", flat=True))
    subjects = {message["To"]: message["Subject"] for message in relay.received}
    assert subjects["ana@example.org"] == "Verify your email for Mentorship Hub"
    assert "reset" in subjects["maya@test.example"].lower()
    [verification] = [m for m in relay.received if m["To"] == "ana@example.org"]
    link = re.search(r"https?://\S+", verification.get_content()).group(0)
    client.get(link.replace(django_settings.SITE_URL, ""))
    assert User.objects.get(email="ana@example.org").email_verified


@pytest.mark.django_db
def test_retries_back_off_for_about_a_day_then_the_email_is_failed_and_shown_in_the_admin(client, relay):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        email = an_email()
    moment = start
    while Email.objects.get().state == QUEUED:
        moment = Email.objects.get().next_attempt_at
        with time_machine.travel(moment, tick=False):
            services.sweep()
    email.refresh_from_db()
    assert email.state == FAILED and email.attempts == 8
    assert timedelta(hours=20) < moment - start < timedelta(hours=26)
    admin = User.objects.create_superuser(email="admin@test.example", password="correct-horse-battery")
    client.force_login(admin)
    page = client.get("/admin/outbox/email/?state__exact=failed").content.decode()
    assert "Hello 0" in page and "ConnectionRefusedError" in page
    assert "Plain text." not in client.get(f"/admin/outbox/email/{email.pk}/change/").content.decode()
    relay.start()  # the relay is fixed; staff send the failed email again
    client.post("/admin/outbox/email/", {"action": "send_again", "_selected_action": [email.pk]})
    services.sweep()
    email.refresh_from_db()
    assert email.state == SENT and relay.message_ids() == [email.message_id]


@pytest.mark.django_db
def test_a_refused_address_is_failed_at_once(relay, settings):
    relay.start()
    relay.handle_RCPT = refuse_recipient
    an_email()
    email = Email.objects.get()
    assert email.state == FAILED and email.attempts == 1 and "550" in email.last_error


async def refuse_recipient(server, session, envelope, address, rcpt_options):
    return "550 No such user here"


@pytest.mark.django_db
def test_a_live_lease_keeps_other_workers_off_and_an_expired_one_does_not(relay, tasks_not_run):
    relay.start()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        email = an_email()
        assert delivery.claim(email, start)  # a worker took it and went quiet
    with time_machine.travel(start + delivery.lease() - timedelta(seconds=1), tick=False):
        assert delivery.deliver_due() == 0
    later = start + delivery.lease() + timedelta(seconds=1)
    with time_machine.travel(later, tick=False):
        read_while_expired = Email.objects.get()
        Email.objects.update(leased_until=later + delivery.lease())  # the first worker's renewal lands meanwhile
        assert delivery.claim(read_while_expired, later) is None
        Email.objects.update(leased_until=later - timedelta(seconds=1))  # and then it stops for good
        assert delivery.deliver_due() == 1
    email.refresh_from_db()
    assert email.state == SENT and email.attempts == 2 and relay.message_ids() == [email.message_id]


def test_the_stored_email_is_rebuilt_with_its_headers_parts_and_attachments():
    message = EmailMultiAlternatives(
        "Invitation", "Text\n", "Hub <hub@test.example>", ["a@test.example"], cc=["c@test.example"],
        headers={"List-Unsubscribe": "<https://x.example/u>"}, reply_to=["r@test.example"],
    )  # fmt: skip
    message.attach_alternative("<p>Text</p>", "text/html")
    message.attach("invite.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "application/ics")
    message.attach("notes.txt", "plain words", "text/plain")
    rebuilt = Email.from_message(message, "<1@test.example>").as_message()
    assert rebuilt.extra_headers == {"List-Unsubscribe": "<https://x.example/u>", "Message-ID": "<1@test.example>"}
    assert (rebuilt.subject, rebuilt.body, rebuilt.to, rebuilt.cc, rebuilt.reply_to) == (
        "Invitation", "Text\n", ["a@test.example"], ["c@test.example"], ["r@test.example"],
    )  # fmt: skip
    assert rebuilt.alternatives == message.alternatives and rebuilt.attachments == message.attachments
    assert rebuilt.message()["Message-ID"] == "<1@test.example>"


def kill_worker_at(step: str, relay) -> Email:
    """Start a worker process, let the relay stall it at `step`, SIGKILL it there; then another worker delivers."""
    relay.hold = step
    relay.start()
    email = an_email()
    worker = subprocess.Popen(
        [sys.executable, "-m", "mentorhub.outbox.tests.worker", connection.settings_dict["NAME"], str(relay.port)],
        cwd=django_settings.BASE_DIR,
        env={**os.environ, "EMAIL_OUTBOX_LEASE_SECONDS": "1"},
    )
    try:
        assert relay.held.wait(timeout=60), "the worker never reached the relay"  # a busy machine starts slowly
        assert Email.objects.get().state == SENDING  # recorded before the conversation started
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    with time_machine.travel(timezone.now() + timedelta(seconds=5)):
        assert delivery.deliver_due() == 1
    email.refresh_from_db()
    assert email.state == SENT and email.attempts == 2
    return email


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_during_data_is_followed_by_a_resend_with_the_same_message_id(relay, tasks_not_run):
    """The relay had the whole message when the worker died: the resend is recognisable as the same email."""
    email = kill_worker_at("DATA", relay)
    assert relay.message_ids() == [email.message_id, email.message_id]
    assert len(set(relay.message_ids())) == 1  # one email in the inbox for a receiver that drops repeats
    assert email.last_error == delivery.UNKNOWN_OUTCOME  # the operator's answer to "why two copies?"


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_before_data_is_followed_by_exactly_one_message(relay, tasks_not_run):
    email = kill_worker_at("RCPT", relay)
    assert relay.message_ids() == [email.message_id]
    assert email.last_error == ""  # the relay never had the first attempt: nothing to explain


@pytest.mark.django_db
def test_a_worker_whose_lease_was_taken_never_ends_the_message(relay, tasks_not_run):
    """A worker that stalled past its lease finds, before the end of the message, that another has the email."""
    relay.start()
    email = an_email()
    stale_token = delivery.claim(email, timezone.now())
    Email.objects.filter(pk=email.pk).update(lease_token="taken-by-other")
    assert delivery.transmit(email, stale_token) is False
    assert relay.received == []
    email.refresh_from_db()
    assert (email.state, email.lease_token, email.handed_over_at) == (SENDING, "taken-by-other", None)


def test_no_code_talks_to_smtp_except_the_outbox():
    """An email sent around the outbox would be lost whenever SMTP is down: code calls mentorhub.lib.mail.send."""
    bypass = re.compile(
        r"(?<!def )\b(send_mail|send_mass_mail|mail_admins|mail_managers)\(|\.send\((fail_silently=\w+)?\)"
        r"|\.send_messages\(|mailers\["
    )
    package = Path(django_settings.BASE_DIR) / "mentorhub"
    offenders = [
        f"{path.relative_to(package)}:{number}"
        for path in package.rglob("*.py")
        if "tests" not in path.parts and path != package / "outbox" / "delivery.py"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if bypass.search(line)
    ]
    assert offenders == []


@pytest.mark.django_db
def test_sent_emails_are_deleted_after_a_month_and_failed_ones_are_kept(settings):
    settings.EMAIL_OUTBOX_MAX_ATTEMPTS = 1
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        sent = an_email(1)  # tests deliver to the in-memory mailbox
        settings.MAILERS = Relay().mailers()  # nothing listens there
        failed = an_email(2)
    assert Email.objects.get(pk=sent.pk).state == SENT and Email.objects.get(pk=failed.pk).state == FAILED
    with time_machine.travel(start + timedelta(days=29), tick=False):
        services.sweep()
    assert Email.objects.count() == 2
    with time_machine.travel(start + timedelta(days=31), tick=False):
        services.sweep()
    assert list(Email.objects.values_list("pk", "state")) == [(failed.pk, FAILED)]
