"""Webhooks.

Signing: each delivery carries `X-MentorHub-Timestamp` (Unix seconds) and
`X-MentorHub-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the subscription's secret>`.
Receivers recompute it and reject timestamps older than five minutes (replays).
Targets: public internet addresses only, checked at save and at each delivery, redirects not followed
(mentorhub.lib.outbound); WEBHOOKS_ALLOW_PRIVATE_TARGETS lets an operator allow internal endpoints.
Retries: a delivery that gets no 2xx is tried again after 1, 2, 4 … minutes, up to MAX_ATTEMPTS; the same
claim-then-deliver pattern as nudges keeps it exactly once across several sweepers and workers.
"""

import hashlib
import hmac
import http.client
import json
import secrets
import ssl
import time
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.tasks import task
from django.utils import timezone
from django.utils.translation import gettext

from mentorhub.lib import outbound
from mentorhub.lib.errors import DomainError

from .models import EVENTS, WebhookDelivery, WebhookSubscription

MAX_ATTEMPTS = 10
TIMEOUT_SECONDS = 10


def get_subscription_for_user(user, pk) -> WebhookSubscription:
    subscription = WebhookSubscription.objects.visible_to(user).filter(pk=pk).first()
    if subscription is None:
        raise Http404("No such webhook")
    return subscription


def create_subscription(owner, url: str, events: list[str], program=None) -> WebhookSubscription:
    known = {e for e, _ in EVENTS}
    if not events or not set(events) <= known:
        raise DomainError(gettext("Choose one or more of the listed events."), field="events")
    if program is not None and not program.coordinators.filter(pk=owner.pk).exists():
        raise PermissionDenied("Only a program's coordinators can subscribe to its events.")
    outbound.resolve(url, settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS)
    return WebhookSubscription.objects.create(owner=owner, url=url, events=sorted(set(events)), program=program)


def emit(event: str, data: dict, *, people=(), program=None) -> int:
    """Queue `event` for every active subscription of the people involved, and of the program's coordinators."""
    if not WebhookSubscription.objects.filter(active=True).exists():
        return 0
    match = Q(owner__in=[p.pk for p in people], program__isnull=True)
    if program is not None:
        match |= Q(program=program)
    subscriptions = [s for s in WebhookSubscription.objects.filter(match, active=True) if event in s.events]
    payload = {"event": event, "created_at": timezone.now().isoformat(), "data": data}
    payload = json.loads(json.dumps(payload, cls=DjangoJSONEncoder))
    WebhookDelivery.objects.bulk_create(
        [WebhookDelivery(subscription=s, event=event, payload=payload) for s in subscriptions]
    )
    return len(subscriptions)


def send_test_event(subscription: WebhookSubscription) -> WebhookDelivery:
    return WebhookDelivery.objects.create(
        subscription=subscription,
        event="ping",
        payload={"event": "ping", "created_at": timezone.now().isoformat(), "data": {"hello": "Mentorship Hub"}},
    )


def sign(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def sweep_webhooks(now=None, batch: int = 200) -> int:
    now = now or timezone.now()
    # As for nudges: a dead worker's task is re-run on its missed heartbeat; this frees claims of a failed task.
    WebhookDelivery.objects.filter(
        delivered_at__isnull=True,
        failed_at__isnull=True,
        claimed_at__lt=now - timedelta(minutes=settings.WORKER_CLAIM_TIMEOUT_MINUTES),
    ).update(claimed_at=None)
    token = secrets.token_hex(8)
    ids = list(
        WebhookDelivery.objects.filter(
            delivered_at__isnull=True, failed_at__isnull=True, claimed_at__isnull=True, due_at__lte=now
        )
        .order_by("due_at", "pk")
        .values_list("pk", flat=True)[:batch]
    )
    if not ids:
        return 0
    # The claim and its task commit together: a sweep that dies in between leaves neither behind.
    with transaction.atomic():
        WebhookDelivery.objects.filter(pk__in=ids, claimed_at__isnull=True).update(claimed_at=now, claim_token=token)
        mine = list(
            WebhookDelivery.objects.filter(claim_token=token, delivered_at__isnull=True).values_list("pk", flat=True)
        )
        if mine:
            deliver_webhooks.enqueue(mine)
    return len(mine)


def post(delivery: WebhookDelivery) -> outbound.Answer:
    body = json.dumps(delivery.payload).encode()
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "MentorshipHub-Webhooks/1",
        "X-MentorHub-Event": delivery.event,
        "X-MentorHub-Delivery": str(delivery.pk),
        "X-MentorHub-Timestamp": str(timestamp),
        "X-MentorHub-Signature": sign(delivery.subscription.secret, timestamp, body),
    }
    return outbound.post(
        delivery.subscription.url,
        body,
        headers,
        timeout=TIMEOUT_SECONDS,
        allow_private=settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS,
    )


def attempt(delivery: WebhookDelivery) -> tuple[int | None, int | None, str]:
    """Status, milliseconds and what went wrong, in our words: never the receiver's answer or a system error."""
    try:
        answer = post(delivery)
    except DomainError as refusal:
        return None, None, refusal.message
    except TimeoutError:
        return None, None, "Timed out"
    except ssl.SSLError:
        return None, None, "The TLS handshake failed (check the certificate)"
    except (OSError, http.client.HTTPException):
        return None, None, "Could not connect"
    if 300 <= answer.status < 400:
        return answer.status, answer.milliseconds, "Redirect not followed: give the final address"
    return answer.status, answer.milliseconds, ""


def deliver(ids: list[int], now=None) -> None:
    now = now or timezone.now()
    pending = WebhookDelivery.objects.filter(pk__in=ids, delivered_at__isnull=True).select_related("subscription")
    for delivery in pending.order_by("pk"):
        status, milliseconds, error = attempt(delivery)
        attempts = delivery.attempts + 1
        if status is not None and 200 <= status < 300:
            WebhookDelivery.objects.filter(pk=delivery.pk).update(
                delivered_at=now, attempts=attempts, last_status=status, last_duration_ms=milliseconds, last_error=""
            )
            continue
        update = {
            "attempts": attempts,
            "last_status": status,
            "last_duration_ms": milliseconds,
            "last_error": error,
            "claimed_at": None,
        }
        if attempts >= MAX_ATTEMPTS:
            update["failed_at"] = now
        else:
            update["due_at"] = now + timedelta(minutes=2 ** (attempts - 1))
        WebhookDelivery.objects.filter(pk=delivery.pk).update(**update)


@task
def deliver_webhooks(delivery_ids: list[int]) -> None:
    deliver(delivery_ids)
