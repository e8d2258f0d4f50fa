"""Webhook targets stay on the public internet, so a webhook cannot be used to probe the server's own network."""

import pytest

from mentorhub.integrations import services
from mentorhub.integrations.models import WebhookDelivery, WebhookSubscription
from mentorhub.lib import outbound
from mentorhub.lib.errors import DomainError

pytestmark = pytest.mark.django_db

NOT_PUBLIC = "is not a public internet address"


def add_webhook(client, url):
    return client.post("/account/webhooks/", {"url": url, "events": ["goal.achieved"]}).content.decode()


def deliveries_after_a_ping(subscription):
    services.send_test_event(subscription)
    services.sweep_webhooks()
    return WebhookDelivery.objects.get(subscription=subscription)


def test_loopback_is_refused_unless_the_operator_allows_internal_targets(client_for, personas, receiver, settings):
    hook = receiver()
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = False
    client = client_for(personas.mentee)
    page = add_webhook(client, hook.url)
    assert 'id="id_url_error"' in page and NOT_PUBLIC in page
    with pytest.raises(DomainError):
        services.create_subscription(personas.mentee, hook.url, ["goal.achieved"])
    assert not WebhookSubscription.objects.exists()

    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = True
    add_webhook(client, hook.url)
    assert deliveries_after_a_ping(WebhookSubscription.objects.get()).state == "delivered"
    assert len(hook.received) == 1


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://169.254.169.254/latest/meta-data/", NOT_PUBLIC),
        ("http://10.1.2.3/hook", NOT_PUBLIC),
        ("http://192.168.1.1/hook", NOT_PUBLIC),
        ("http://100.64.0.1/hook", NOT_PUBLIC),
        ("http://0.0.0.0:8000/hook", NOT_PUBLIC),
        ("http://224.0.0.251/hook", NOT_PUBLIC),
        ("http://[::1]/hook", NOT_PUBLIC),
        ("http://[::ffff:127.0.0.1]/hook", NOT_PUBLIC),
        ("http://[fe80::1]/hook", NOT_PUBLIC),
        ("http://[64:ff9b::a9fe:a9fe]/hook", NOT_PUBLIC),
        ("http://localhost:8000/hook", NOT_PUBLIC),
        ("http://user:pass@1.1.1.1/hook", "Leave the user name and password out"),
        ("ftp://1.1.1.1/hook", "http:// or https://"),
    ],
)
def test_internal_or_unsafe_targets_are_refused_with_the_reason(client_for, personas, url, message):
    page = add_webhook(client_for(personas.mentee), url)
    assert 'id="id_url_error"' in page and message in page
    assert not WebhookSubscription.objects.exists()


def test_a_name_resolving_to_loopback_is_refused_again_at_delivery(personas, receiver, settings):
    hook = receiver()
    subscription = services.create_subscription(
        personas.mentee, f"http://localhost:{hook.port}/hook", ["goal.achieved"]
    )
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = False  # DNS, or the operator's mind, changed after saving
    delivery = deliveries_after_a_ping(subscription)
    assert hook.received == []
    assert delivery.state == "retrying" and delivery.last_status is None
    assert NOT_PUBLIC in delivery.last_error


def test_redirects_are_not_followed(personas, receiver):
    inside = receiver()
    hook = receiver(statuses=(302,), headers={"Location": inside.url})
    subscription = services.create_subscription(personas.mentee, hook.url, ["goal.achieved"])
    delivery = deliveries_after_a_ping(subscription)
    assert len(hook.received) == 1 and inside.received == []
    assert delivery.state == "retrying" and delivery.last_status == 302
    assert "redirect" in delivery.last_error.lower()


def test_delivery_log_shows_status_and_timing_never_the_answer(client_for, personas, receiver):
    hook = receiver(statuses=(500,), body=b"internal-answer: db password is hunter2")
    subscription = services.create_subscription(personas.mentee, hook.url, ["goal.achieved"])
    delivery = deliveries_after_a_ping(subscription)
    assert delivery.last_status == 500 and delivery.last_duration_ms is not None
    closed = services.create_subscription(personas.mentee, "http://127.0.0.1:9/closed", ["goal.achieved"])
    deliveries_after_a_ping(closed)
    page = client_for(personas.mentee).get("/account/webhooks/").content.decode()
    assert "500" in page and " ms" in page
    assert "hunter2" not in page
    assert "Errno" not in page and "Could not connect" in page


def test_delivery_connects_to_the_address_that_was_checked_without_asking_dns_again(receiver):
    hook = receiver()
    # A name that no DNS will ever answer: had the connection looked it up again, it would have failed.
    checked = outbound.Target("http", "hooks.rebind.invalid", hook.port, "/hook", ("127.0.0.1",))
    connection = outbound.PinnedConnection(checked, timeout=5)
    connection.request("POST", checked.path, body=b"{}")
    assert connection.getresponse().status == 200
    connection.close()
    assert hook.received[0][0]["host"] == f"hooks.rebind.invalid:{hook.port}"
