"""Reply addresses: one per person and object, signed, short, lowercase-proof, and only for so long."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from mentorhub.inbound import handlers
from mentorhub.inbound.addresses import ReplyTarget, reply_address, resolve, token_in

from .conftest import DOMAIN

pytestmark = pytest.mark.django_db


def test_an_address_leads_back_to_its_person_topic_and_object(personas):
    address = reply_address(personas.mentor, "progress", 42)
    assert address.startswith("reply+progress-") and address.endswith(f"@{DOMAIN}")
    assert resolve(token_in(address)) == ReplyTarget(personas.mentor, "progress", 42)


def test_each_person_and_each_object_gets_its_own_address(personas):
    addresses = {
        reply_address(personas.mentor, "progress", 1),
        reply_address(personas.mentee, "progress", 1),
        reply_address(personas.mentor, "progress", 2),
    }
    assert len(addresses) == 3


def test_the_address_survives_a_mail_server_that_changes_its_case(personas):
    address = reply_address(personas.mentor, "progress", 7)
    assert address == address.lower()
    assert resolve(token_in(address.upper())) == ReplyTarget(personas.mentor, "progress", 7)


def test_even_the_longest_topic_and_largest_ids_fit_the_64_characters_of_a_local_part(personas):
    handlers.register("twelvelettrs", handlers.get("progress"))
    personas.mentor.pk = 2**31 - 1  # never saved: only the id goes into the token
    try:
        local = reply_address(personas.mentor, "twelvelettrs", 2**63 - 1).partition("@")[0]
    finally:
        handlers.registered.pop("twelvelettrs")
    assert len(local) <= 64
    with pytest.raises(ValueError, match="1 to 12 lowercase"):
        handlers.register("thirteenchars", handlers.get("progress"))


def test_a_changed_character_is_a_forgery(personas):
    token = token_in(reply_address(personas.mentor, "progress", 42))
    flipped = token[:-3] + ("a" if token[-3] != "a" else "b") + token[-2:]
    assert resolve(flipped).refusal == "forged"
    assert resolve(flipped).person is None


def test_a_token_moved_to_another_topic_or_made_with_another_key_is_a_forgery(personas, settings):
    token = token_in(reply_address(personas.mentor, "progress", 42))
    assert resolve("other" + token.removeprefix("progress")).refusal == "forged"
    settings.SECRET_KEY = "another-key-entirely-" * 3
    assert resolve(token).refusal == "forged"


def test_a_token_made_before_a_key_rotation_still_works(personas, settings):
    token = token_in(reply_address(personas.mentor, "progress", 42))
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "the-new-key-after-rotation-" * 3
    assert resolve(token) == ReplyTarget(personas.mentor, "progress", 42)


@pytest.mark.parametrize("token", ["", "progress", "progress-", "progress-!!!", "progress-aaaa", "nothing-at-all-here"])
def test_garbage_is_unknown(token):
    assert resolve(token).refusal == "unknown"


def test_an_address_expires_after_the_configured_days(personas, settings):
    settings.INBOUND_EMAIL_TOKEN_DAYS = 30
    token = token_in(reply_address(personas.mentor, "progress", 42))
    with time_machine.travel(timezone.now() + timedelta(days=29)):
        assert resolve(token).refusal == ""
    with time_machine.travel(timezone.now() + timedelta(days=31)):
        expired = resolve(token)
    # Genuine though expired: its owner is known, so the refusal can be explained to them.
    assert (expired.refusal, expired.person) == ("expired", personas.mentor)


def test_a_deactivated_person_or_a_topic_nobody_handles_any_more_is_unknown(personas, progress_topic):
    token = token_in(reply_address(personas.mentor, progress_topic, 42))
    personas.mentor.is_active = False
    personas.mentor.save()
    assert resolve(token).refusal == "unknown"
    other = token_in(reply_address(personas.mentee, progress_topic, 42))
    handlers.registered.pop(progress_topic)
    assert resolve(other).refusal == "unknown"


def test_without_an_inbound_domain_there_is_no_reply_address(personas, settings):
    settings.INBOUND_EMAIL_DOMAIN = ""
    assert reply_address(personas.mentor, "progress", 42) == ""
    assert token_in("reply+progress-abc@") is None


def test_only_reply_addresses_at_our_domain_carry_a_token():
    assert token_in(f"Reply+Progress-ABC@{DOMAIN.upper()}") == "progress-abc"
    assert token_in("reply+progress-abc@elsewhere.example") is None
    assert token_in(f"hub@{DOMAIN}") is None
