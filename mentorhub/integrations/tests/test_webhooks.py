import hashlib
import hmac
import json
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from mentorhub.integrations import services
from mentorhub.integrations.models import WebhookDelivery, WebhookSubscription
from mentorhub.relationships import services as relationships

pytestmark = pytest.mark.django_db


def test_request_events_arrive_signed(personas, receiver):
    hook = receiver()
    subscription = services.create_subscription(personas.mentor, hook.url, ["request.created", "request.accepted"])
    request = relationships.send_request(personas.mentee, personas.mentor, message="Thank you for considering.")
    relationships.accept_request(request.pk, personas.mentor)
    services.sweep_webhooks()
    assert [json.loads(body)["event"] for _, body in hook.received] == ["request.created", "request.accepted"]
    headers, body = hook.received[0]
    timestamp = headers["x-mentorhub-timestamp"]
    expected = hmac.new(subscription.secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    assert headers["x-mentorhub-signature"] == f"sha256={expected}"
    assert json.loads(body)["data"]["request_id"] == request.pk


def test_failed_delivery_is_retried_with_backoff_until_it_succeeds(personas, receiver):
    hook = receiver(statuses=(500, 503, 200))
    services.create_subscription(personas.mentee, hook.url, ["request.created"])
    relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering.")
    start = timezone.now()
    services.sweep_webhooks()
    delivery = WebhookDelivery.objects.get()
    assert delivery.state == "retrying" and delivery.last_status == 500
    with time_machine.travel(start + timedelta(seconds=30)):
        assert services.sweep_webhooks() == 0  # not due yet: backoff
    with time_machine.travel(start + timedelta(minutes=1, seconds=5)):
        services.sweep_webhooks()
    with time_machine.travel(start + timedelta(minutes=4)):
        services.sweep_webhooks()
    delivery.refresh_from_db()
    assert delivery.state == "delivered" and delivery.attempts == 3
    assert len(hook.received) == 3
    assert len({h["x-mentorhub-delivery"] for h, _ in hook.received}) == 1  # one delivery id: receivers can dedupe


def test_unreachable_endpoint_gives_up_after_the_last_retry(personas, receiver):
    subscription = services.create_subscription(personas.mentee, "http://127.0.0.1:9/nothing", ["request.created"])
    relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering.")
    now = timezone.now()
    for attempt in range(services.MAX_ATTEMPTS + 2):
        with time_machine.travel(now + timedelta(hours=attempt * 10)):
            services.sweep_webhooks()
    delivery = subscription.deliveries.get()
    assert delivery.state == "failed" and delivery.attempts == services.MAX_ATTEMPTS


def test_people_not_involved_get_no_events(personas, receiver):
    hook = receiver()
    services.create_subscription(personas.outsider, hook.url, ["request.created"])
    relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering.")
    services.sweep_webhooks()
    assert hook.received == []


def test_program_subscription_needs_a_coordinator(personas):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.create_subscription(personas.mentee, "https://1.1.1.1/h", ["request.created"], personas.program)
    assert services.create_subscription(
        personas.coordinator, "https://1.1.1.1/h", ["request.created"], personas.program
    )


def test_webhook_page_shows_secret_once_and_sends_a_test_event(client_for, personas, receiver):
    hook = receiver()
    client = client_for(personas.mentee)
    page = client.post("/account/webhooks/", {"url": hook.url, "events": ["goal.achieved"]}).content.decode()
    subscription = WebhookSubscription.objects.get()
    assert subscription.secret in page
    assert subscription.secret not in client.get("/account/webhooks/").content.decode()
    client.post(f"/account/webhooks/{subscription.pk}/test/")
    services.sweep_webhooks()
    assert json.loads(hook.received[0][1])["event"] == "ping"
    assert "delivered" in client.get("/account/webhooks/").content.decode()


def test_outsider_cannot_test_or_delete_someone_elses_webhook(client_for, personas):
    subscription = services.create_subscription(personas.mentee, "https://1.1.1.1/h", ["goal.achieved"])
    outsider = client_for(personas.outsider)
    assert outsider.post(f"/account/webhooks/{subscription.pk}/test/").status_code == 404
    assert outsider.post(f"/account/webhooks/{subscription.pk}/delete/").status_code == 404
    assert WebhookSubscription.objects.filter(pk=subscription.pk).exists()
    assert "1.1.1.1" not in outsider.get("/account/webhooks/").content.decode()


def test_bad_webhook_url_rerenders(client_for, personas):
    page = client_for(personas.mentee).post("/account/webhooks/", {"url": "ftp://x", "events": []}).content.decode()
    assert "Enter a valid URL" in page or "http or https" in page
    assert not WebhookSubscription.objects.exists()
