"""Nobody can fill someone's inbox from our forms: account emails are limited per address and per client IP,
and the limited answer is the same calm page, so it reveals nothing either."""

import pytest
from django.core import mail

from mentorhub.accounts.models import User

pytestmark = pytest.mark.django_db


def reset(client, email, ip="198.51.100.7"):
    return client.post("/account/password/reset/", {"email": email}, REMOTE_ADDR=ip)


def test_fourth_reset_for_one_address_within_the_hour_sends_nothing(client, personas):
    answers = [reset(client, "mentee@test.example") for _ in range(4)]
    assert len(mail.outbox) == 3
    assert {(r.status_code, r["Location"]) for r in answers} == {(302, "/account/password/reset/done/")}


def test_reset_limit_per_address_holds_across_client_addresses(client, personas):
    for n in range(4):
        reset(client, "mentee@test.example", ip=f"198.51.100.{n}")
    assert len(mail.outbox) == 3


def test_reset_limit_per_client_address_spans_many_email_addresses(client, settings, db):
    settings.ACCOUNT_EMAILS_PER_IP_PER_HOUR = 5
    for n in range(6):
        User.objects.create_user(f"person{n}@test.example", "whatever-pass-1")
        reset(client, f"person{n}@test.example")
    assert len(mail.outbox) == 5
    reset(client, "person5@test.example", ip="203.0.113.9")
    assert len(mail.outbox) == 6


def test_limited_reset_shows_the_same_page(client, personas):
    for _ in range(3):
        reset(client, "mentee@test.example")
    limited = client.get(reset(client, "mentee@test.example")["Location"])
    assert limited.status_code == 200 and "If an account uses that address" in limited.content.decode()


def test_fourth_verification_resend_sends_nothing(client_for, personas):
    User.objects.filter(pk=personas.mentee.pk).update(email_verified=False)
    client = client_for(personas.mentee)
    answers = [client.post("/account/verify/resend/", {"next": "/goals/"}) for _ in range(4)]
    assert len(mail.outbox) == 3
    assert {r["Location"] for r in answers} == {"/goals/"}


def test_resends_and_resets_share_the_address_limit(client_for, client, personas):
    User.objects.filter(pk=personas.mentee.pk).update(email_verified=False)
    for _ in range(2):
        client_for(personas.mentee).post("/account/verify/resend/")
    reset(client, "mentee@test.example")
    reset(client, "mentee@test.example")
    assert len(mail.outbox) == 3


def test_production_settings_use_a_cache_shared_by_all_processes():
    from mentorhub import settings as production

    assert production.CACHES["shared"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert production.ACCOUNT_EMAILS_PER_ADDRESS_PER_HOUR == 3 and production.ACCOUNT_EMAILS_PER_IP_PER_HOUR == 20


def sign_up(client, email, ip="198.51.100.7"):
    data = {"name": "Ana Costa", "email": email, "password1": "a-long-enough-pass", "seeking_mentors": "on"}
    return client.post("/account/signup/", data, REMOTE_ADDR=ip)


def test_fourth_sign_up_attempt_with_a_taken_address_sends_its_owner_nothing(client, personas):
    answers = [sign_up(client, "mentee@test.example", ip=f"198.51.100.{n}") for n in range(4)]
    assert len(mail.outbox) == 3 and {m.to[0] for m in mail.outbox} == {"mentee@test.example"}
    assert {r["Location"] for r in answers} == {"/account/confirm-email/"}


def test_a_class_signing_up_behind_one_address_loses_nobody(client, settings, db):
    settings.ACCOUNT_EMAILS_PER_IP_PER_HOUR = 2
    for n in range(4):
        sign_up(client, f"student{n}@test.example")
    assert User.objects.filter(email__startswith="student").count() == 4
    assert sorted(m.to[0] for m in mail.outbox) == [f"student{n}@test.example" for n in range(4)]
