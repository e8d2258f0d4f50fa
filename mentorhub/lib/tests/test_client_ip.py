"""Behind a proxy, limits count visitors, not the proxy, and a visitor cannot choose the address counted."""

from django.core import mail
from django.test import RequestFactory

from mentorhub.lib.clientip import client_ip

factory = RequestFactory()


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return factory.get("/", **extra)


def test_without_proxies_the_connecting_address_counts_and_the_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request_from("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


def test_behind_one_proxy_the_address_it_appended_counts_not_what_the_visitor_wrote(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request_from("10.0.0.2", "198.51.100.7")) == "198.51.100.7"
    assert client_ip(request_from("10.0.0.2", "1.2.3.4, 198.51.100.7")) == "198.51.100.7"


def test_behind_two_proxies_the_outer_proxys_entry_counts(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request_from("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1")) == "198.51.100.7"


def test_a_request_that_skipped_the_proxy_or_sent_garbage_counts_its_own_address(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(request_from("203.0.113.9", "198.51.100.7")) == "203.0.113.9"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request_from("10.0.0.2", "not-an-address")) == "10.0.0.2"


def test_password_resets_from_many_visitors_behind_one_proxy_are_not_silenced(client, settings, personas):
    """Before: every visitor was the proxy, so after 20 resets an hour nobody could reset a password."""
    settings.TRUSTED_PROXY_COUNT = 1
    settings.ACCOUNT_EMAILS_PER_IP_PER_HOUR = 2
    for n in range(3):
        client.post(
            "/account/password/reset/",
            {"email": f"nobody{n}@test.example"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n + 1}",
        )
    client.post(
        "/account/password/reset/",
        {"email": personas.mentee.email},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="198.51.100.50",
    )
    assert [m.to for m in mail.outbox] == [[personas.mentee.email]]
