"""Delivery: claim a due email with a lease, talk to the relay, record the outcome. See docs/email.md.

A claim is a compare-and-set on the row's state and lease token, so of two workers that read the same row only one
takes it; while it talks to the relay a thread renews the lease, so a slow relay never lets a second worker take a
row whose first delivery is still under way. Only a worker that stopped (killed, machine lost) lets its lease run
out. The next worker looks at how far the stopped one got: before the end of the message (no `handed_over_at`) the
relay discarded it and sending again gives exactly one copy; after it, SMTP offers no way to ask whether it arrived,
so the email is sent again with the same Message-ID and says so (docs/email.md, "The guarantee").
"""

import secrets
import smtplib
import threading
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone

from . import smtp
from .models import FAILED, QUEUED, SENDING, SENT, Email

# The wait after the first, second, ... failed attempt, in multiples of EMAIL_OUTBOX_FIRST_RETRY_SECONDS: with its
# default of two minutes, 2, 10, 30, 60, 180, 360 and 720 minutes, so eight attempts span about a day (22.7 hours).
# With more attempts configured, the last delay repeats.
RETRY_FACTORS = [1, 5, 15, 30, 90, 180, 360]
UNKNOWN_OUTCOME = "the previous attempt stopped after handing the message over; sent again with the same Message-ID"
NEVER_HANDED_OVER = "the previous attempt stopped before the relay had the message; sent again"


def lease() -> timedelta:
    return timedelta(seconds=settings.EMAIL_OUTBOX_LEASE_SECONDS)


def due(now):
    return Email.objects.filter(Q(state=QUEUED, next_attempt_at__lte=now) | Q(state=SENDING, leased_until__lt=now))


def claim(email: Email, now) -> str | None:
    """Take the row as `email` was read, or nothing if another worker changed it since; returns the lease token."""
    token = secrets.token_hex(8)
    # Still due as well as unchanged: a live worker renews its lease without changing the token.
    taken = (
        due(now)
        .filter(pk=email.pk, state=email.state, lease_token=email.lease_token)
        .update(
            state=SENDING,
            leased_until=now + lease(),
            lease_token=token,
            attempts=F("attempts") + 1,
            last_error=recovered_note(email),
            handed_over_at=None,
        )
    )
    return token if taken else None


def recovered_note(email: Email) -> str:
    """What a claim writes in `last_error`: a row still `sending` was left by a worker that stopped."""
    if email.state != SENDING:
        return email.last_error
    return UNKNOWN_OUTCOME if email.handed_over_at or email.last_error == UNKNOWN_OUTCOME else NEVER_HANDED_OVER


class LeaseLost(Exception):
    """Another worker took the row: the message must not be committed to the relay a second time."""


@contextmanager
def handover_recorded(pk: int, token: str, handed_over: list):
    """Appends the handover's time to `handed_over` once the worker is about to end the message."""

    def record():
        now = timezone.now()
        if not Email.objects.filter(pk=pk, lease_token=token).update(handed_over_at=now):
            raise LeaseLost("another worker holds this email now")
        handed_over.append(now)

    marker = smtp.before_final_dot.set(record)
    try:
        yield
    finally:
        smtp.before_final_dot.reset(marker)


@contextmanager
def lease_renewed(pk: int, token: str):
    # Inside an outer transaction (tasks run inline in the test suite) no other connection can see or take the
    # row, and a second connection writing to it would wait for that transaction: nothing to renew.
    if connection.in_atomic_block:
        yield
        return
    stop = threading.Event()

    def renew():
        try:
            while not stop.wait(lease().total_seconds() / 3):
                Email.objects.filter(pk=pk, lease_token=token).update(leased_until=timezone.now() + lease())
        finally:
            connection.close()

    renewer = threading.Thread(target=renew, name=f"outbox-lease-{pk}", daemon=True)
    renewer.start()
    try:
        yield
    finally:
        stop.set()
        renewer.join()


def permanent(error: Exception) -> bool:
    """The relay refused every recipient for good (5xx): the address does not exist, trying again will not help."""
    return isinstance(error, smtplib.SMTPRecipientsRefused) and all(
        code >= 500 for code, _ in error.recipients.values()
    )


def transmit(email: Email, token: str) -> bool:
    """Send a claimed email and record the outcome; True when the relay accepted it."""
    attempts = email.attempts + 1
    handed_over = []
    try:
        with lease_renewed(email.pk, token), handover_recorded(email.pk, token, handed_over):
            email.as_message().send()
    except Exception as error:  # every failure is recorded on the row and retried, none is raised to the caller
        now = timezone.now()
        error_text = f"{type(error).__name__}: {error}"[:300]
        if handed_over and not isinstance(error, smtplib.SMTPResponseException):
            # The connection broke after the end of the message and before the relay's answer: it may have it.
            error_text = UNKNOWN_OUTCOME
        if attempts >= settings.EMAIL_OUTBOX_MAX_ATTEMPTS or permanent(error):
            Email.objects.filter(pk=email.pk, lease_token=token).update(
                state=FAILED, leased_until=None, handed_over_at=None, last_error=error_text
            )
        else:
            factor = RETRY_FACTORS[min(attempts, len(RETRY_FACTORS)) - 1]
            delay = timedelta(seconds=settings.EMAIL_OUTBOX_FIRST_RETRY_SECONDS * factor)
            Email.objects.filter(pk=email.pk, lease_token=token).update(
                state=QUEUED, leased_until=None, handed_over_at=None, next_attempt_at=now + delay, last_error=error_text
            )
        return False
    # The note stays on a sent email that may have arrived twice: the operator's answer to "why two copies?".
    Email.objects.filter(pk=email.pk, lease_token=token).update(
        state=SENT,
        sent_at=timezone.now(),
        leased_until=None,
        last_error=Case(When(last_error=UNKNOWN_OUTCOME, then=Value(UNKNOWN_OUTCOME)), default=Value("")),
    )
    return True


def deliver(email_id: int) -> bool:
    """Send one email if it is due and no other worker holds it."""
    now = timezone.now()
    email = due(now).filter(pk=email_id).first()
    token = email and claim(email, now)
    return bool(token) and transmit(email, token)


def deliver_due(batch: int = 50) -> int:
    """The delivery loop: claim and send due emails until none is left; returns how many the relay accepted."""
    accepted = 0
    while True:
        now = timezone.now()
        candidates = list(due(now).order_by("next_attempt_at", "pk")[:batch])
        if not candidates:
            return accepted
        for email in candidates:
            # The snapshot may be stale by now; the claim compares state and token, so a stale one just loses.
            token = claim(email, timezone.now())
            if token:
                accepted += transmit(email, token)
