"""The nudge engine: schedule, sweep, deliver. Each app registers its rules (rules.py); the table is in docs/nudges.md.

Exactly once: a sweep claims due rows with a compare-and-set update under a random token, so two sweepers never
claim the same row; the worker hands the email to the outbox in the same transaction that marks the nudge emailed,
so a nudge becomes exactly one outbox email, and the outbox delivers it through SMTP outages (docs/email.md).
"""

import secrets
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext

from mentorhub.lib import mail
from mentorhub.lib.i18n import in_language_of
from mentorhub.lib.time import local_now

from . import rules
from .models import DIGEST, IMMEDIATELY, OFF, DeliveryPreferences, Notification, Nudge


def schedule(
    person, rule: str, key: str, due_at: datetime, title: str, body: str = "", url: str = "", reply_to: str = ""
) -> None:
    """Create the nudge, or move it if it is not delivered yet. A delivered key is spent and never sent again.

    `title` and `body` may be lazy translations (gettext_lazy, format_lazy): they are written down in the person's
    own language, whoever's request caused the nudge.

    `reply_to` (an address from `inbound.addresses.reply_address`) becomes the Reply-To of the nudge's own email, so
    that answering the email reaches the conversation; a daily digest mixes several nudges and carries none.
    """
    with in_language_of(person):
        title, body = str(title), str(body)
    fields = {
        "person": person,
        "rule": rule,
        "category": rules.get(rule).category,
        "due_at": due_at,
        "title": title[:200],
        "body": body,
        "url": url,
        "reply_to": reply_to,
    }
    moved = Nudge.objects.filter(key=key, delivered_at__isnull=True).update(**fields)
    if moved or Nudge.objects.filter(key=key).exists():
        return
    try:
        with transaction.atomic():
            Nudge.objects.create(key=key, **fields)
    except IntegrityError:
        Nudge.objects.filter(key=key, delivered_at__isnull=True).update(**fields)


def notify_now(person, rule: str, key: str, title: str, body: str = "", url: str = "", reply_to: str = "") -> None:
    schedule(person, rule, key, timezone.now(), title, body, url, reply_to)


def cancel(key_prefix: str) -> int:
    """Drop nudges that are no longer wanted (a cancelled meeting, a closed relationship)."""
    deleted, _ = Nudge.objects.filter(
        key__startswith=key_prefix, delivered_at__isnull=True, claimed_at__isnull=True
    ).delete()
    return deleted


def preferences_for(person) -> DeliveryPreferences:
    return DeliveryPreferences.objects.get_or_create(person=person)[0]


def sweep(now=None, batch: int = 500) -> int:
    """Claim due nudges and hand them to the worker in batches; returns how many were claimed."""
    now = now or timezone.now()
    # A dead worker's task is re-run once its heartbeat is missed (operations/heartbeat.py). A claim still left after
    # the timeout belongs to a task that failed: the row is fair game again.
    Nudge.objects.filter(
        delivered_at__isnull=True, claimed_at__lt=now - timedelta(minutes=settings.WORKER_CLAIM_TIMEOUT_MINUTES)
    ).update(claimed_at=None)
    total = 0
    while True:
        token = secrets.token_hex(8)
        due = (
            Nudge.objects.filter(delivered_at__isnull=True, claimed_at__isnull=True, due_at__lte=now)
            .order_by("due_at")
            .values_list("pk", flat=True)[:batch]
        )
        ids = list(due)
        if not ids:
            return total
        # The claim and its task commit together: a sweep that dies in between leaves neither behind.
        with transaction.atomic():
            Nudge.objects.filter(pk__in=ids, claimed_at__isnull=True).update(claimed_at=now, claim_token=token)
            mine = list(Nudge.objects.filter(claim_token=token, delivered_at__isnull=True).values_list("pk", flat=True))
            if mine:
                deliver_nudges.enqueue(mine)
        total += len(mine)
        if len(ids) < batch:
            return total


def quiet_until(prefs: DeliveryPreferences, person, now):
    """When quiet hours are on and it is quiet now, the moment they end (in UTC); otherwise None."""
    if prefs.quiet_from is None or prefs.quiet_until is None or prefs.quiet_from == prefs.quiet_until:
        return None
    local = local_now(person, now)
    start, end, t = prefs.quiet_from, prefs.quiet_until, local.time()
    quiet = (start <= t < end) if start < end else (t >= start or t < end)
    if not quiet:
        return None
    end_at = local.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
    if end_at <= local:
        end_at += timedelta(days=1)
    return end_at.astimezone(UTC)


def unsubscribe_url(prefs: DeliveryPreferences, category: str) -> str:
    token = signing.dumps({"t": prefs.unsubscribe_token, "c": category}, salt="mentorhub.unsubscribe")
    return settings.SITE_URL + reverse("nudges:unsubscribe", args=[token])


def send_nudge_email(person, prefs, subject, items, category, reply_to: str = "") -> None:
    unsubscribe = unsubscribe_url(prefs, category)
    context = {
        "name": person.get_short_name(),
        "items": items,
        "site_url": settings.SITE_URL,
        "unsubscribe_url": unsubscribe,
        "preferences_url": settings.SITE_URL + reverse("nudges:preferences"),
    }
    with in_language_of(person):
        message = EmailMultiAlternatives(
            str(subject),
            mail.render_text("email/nudge.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [person.email],
            headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
            reply_to=[reply_to] if reply_to else [],
        )
        message.attach_alternative(render_to_string("email/nudge.html", context), "text/html")
    mail.send(message)


def deliver(ids: list[int], now=None) -> None:
    now = now or timezone.now()
    for nudge in Nudge.objects.filter(pk__in=ids, delivered_at__isnull=True).select_related("person__profile"):
        rule = rules.get(nudge.rule)
        if not rule.still_due(nudge):
            Nudge.objects.filter(pk=nudge.pk).update(delivered_at=now, skipped="no longer due")
            continue
        person = nudge.person
        prefs = preferences_for(person)
        choice = prefs.choice_for(nudge.category)
        Notification.objects.get_or_create(
            nudge=nudge,
            defaults={
                "person": person,
                "category": nudge.category,
                "title": nudge.title,
                "body": nudge.body,
                "url": nudge.url,
                "created_at": now,
                "wants_digest": choice == DIGEST,
            },
        )
        if choice == IMMEDIATELY and nudge.emailed_at is None:
            later = quiet_until(prefs, person, now)
            if later:
                Nudge.objects.filter(pk=nudge.pk).update(claimed_at=None, due_at=later)
                continue
            item = {"title": nudge.title, "body": nudge.body, "url": settings.SITE_URL + nudge.url}
            # Compare-and-set: a task run twice (its worker was taken for dead) still queues one email.
            with transaction.atomic():
                if Nudge.objects.filter(pk=nudge.pk, emailed_at__isnull=True).update(emailed_at=now):
                    send_nudge_email(person, prefs, nudge.title, [item], nudge.category, nudge.reply_to)
        Nudge.objects.filter(pk=nudge.pk).update(delivered_at=now, skipped="email off" if choice == OFF else "")
        rule.after_delivery(nudge, now)


@task
def deliver_nudges(nudge_ids: list[int]) -> None:
    deliver(nudge_ids)


def deliver_in_app_only(nudges) -> None:
    """Put nudges in the notification centre without emailing them (demo data, imports of past events)."""
    now = timezone.now()
    for nudge in nudges:
        Notification.objects.get_or_create(
            nudge=nudge,
            defaults={"person_id": nudge.person_id, "category": nudge.category, "title": nudge.title,
                      "body": nudge.body, "url": nudge.url, "created_at": now},
        )  # fmt: skip
    nudges.update(delivered_at=now, skipped="in-app only")


def send_digests(now=None) -> int:
    """One email a day with everything a person chose to receive as a digest."""
    now = now or timezone.now()
    sent = 0
    waiting = Notification.objects.filter(wants_digest=True, in_digest_at__isnull=True)
    for person_id in waiting.values_list("person", flat=True).distinct():
        prefs = DeliveryPreferences.objects.select_related("person__profile").get(person_id=person_id)
        if prefs.last_digest_at and prefs.last_digest_at > now - timedelta(days=1):
            continue
        # The claim, the outbox email and the marks commit together: a digest is queued once or not at all.
        with transaction.atomic():
            claimed = DeliveryPreferences.objects.filter(pk=prefs.pk, last_digest_at=prefs.last_digest_at).update(
                last_digest_at=now
            )
            if not claimed:
                continue
            notes = list(waiting.filter(person_id=person_id))
            items = [{"title": n.title, "body": n.body, "url": settings.SITE_URL + n.url} for n in notes]
            with in_language_of(prefs.person):
                subject = ngettext(
                    "Your Mentorship Hub digest: %(count)d update",
                    "Your Mentorship Hub digest: %(count)d updates",
                    len(items),
                ) % {"count": len(items)}
            send_nudge_email(prefs.person, prefs, subject, items, "digest")
            Notification.objects.filter(pk__in=[n.pk for n in notes]).update(in_digest_at=now)
        sent += 1
    return sent


def unread_notifications(person):
    return Notification.objects.filter(person=person, read_at__isnull=True)


def unread_count(person) -> int:
    return unread_notifications(person).count()
