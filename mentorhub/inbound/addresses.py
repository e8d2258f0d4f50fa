"""Reply addresses: `reply+<topic>-<token>@INBOUND_EMAIL_DOMAIN`, one per person and per object.

The token holds the person's id, the object's id and the hour it was made, followed by an HMAC of those and the
topic (keyed by SECRET_KEY, salted for this use): nobody can make one for another person or another object.
It is written in lowercase base32, because some mail servers lowercase the local part of an address and
base64 would not survive that; the whole local part stays under the 64 characters RFC 5321 allows.
"""

import base64
import binascii
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from . import handlers

PREFIX = "reply+"
SALT = "mentorhub.inbound.reply_address"
MAC_BYTES = 10  # 80 bits: guessing one takes 2**79 emails on average, each of them answered by a refusal
UNKNOWN, EXPIRED, FORGED = "unknown", "expired", "forged"


@dataclass(frozen=True)
class ReplyTarget:
    """What a reply address stands for. `refusal` is empty when a reply may be posted; `person` is known whenever
    the token is genuine (also when it has expired), so a refusal can be explained to them."""

    person: object = None
    topic: str = ""
    object_id: int = 0
    refusal: str = ""


def varint(number: int) -> bytes:
    out = bytearray()
    while True:
        low, number = number & 0x7F, number >> 7
        out.append(low | (0x80 if number else 0))
        if not number:
            return bytes(out)


def read_varints(data: bytes, count: int) -> list[int] | None:
    """`count` numbers from the start of `data`, or None when `data` holds anything else."""
    numbers, value, shift = [], 0, 0
    for byte in data:
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            numbers.append(value)
            value, shift = 0, 0
        elif shift > 63:
            return None
    return numbers if len(numbers) == count and not shift else None


def mac(secret, topic: str, payload: bytes) -> bytes:
    return salted_hmac(SALT, topic.encode() + b"\0" + payload, secret=secret, algorithm="sha256").digest()[:MAC_BYTES]


def token_for(person, topic: str, object_id: int) -> str:
    if handlers.get(topic) is None:
        raise ValueError(f"No reply handler is registered for {topic!r}.")
    hour = int(timezone.now().timestamp() // 3600)
    payload = varint(person.pk) + varint(object_id) + varint(hour)
    encoded = base64.b32encode(payload + mac(settings.SECRET_KEY, topic, payload)).decode().rstrip("=").lower()
    return f"{topic}-{encoded}"


def reply_address(person, topic: str, object_id: int) -> str:
    """The address that posts a reply by `person` into object `object_id` of `topic`; empty while
    INBOUND_EMAIL_DOMAIN is unset, so that callers can pass it on as the Reply-To whatever the configuration."""
    if not settings.INBOUND_EMAIL_DOMAIN:
        return ""
    return f"{PREFIX}{token_for(person, topic, object_id)}@{settings.INBOUND_EMAIL_DOMAIN}"


def token_in(address: str) -> str | None:
    """The token of a reply address at our domain, or None for any other address."""
    local, _, domain = address.strip().strip("<>").lower().rpartition("@")
    if not settings.INBOUND_EMAIL_DOMAIN or domain != settings.INBOUND_EMAIL_DOMAIN or not local.startswith(PREFIX):
        return None
    return local.removeprefix(PREFIX)


def resolve(token: str) -> ReplyTarget:
    topic, _, encoded = token.lower().partition("-")
    try:
        raw = base64.b32decode(encoded.upper() + "=" * (-len(encoded) % 8))
    except (binascii.Error, ValueError):
        return ReplyTarget(refusal=UNKNOWN)
    payload, given = raw[:-MAC_BYTES], raw[-MAC_BYTES:]
    numbers = read_varints(payload, 3)
    if not handlers.TOPIC.fullmatch(topic) or numbers is None or len(given) != MAC_BYTES:
        return ReplyTarget(refusal=UNKNOWN)
    secrets = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    if not any(constant_time_compare(mac(secret, topic, payload), given) for secret in secrets):
        return ReplyTarget(refusal=FORGED)
    person_id, object_id, hour = numbers
    person = get_user_model().objects.filter(pk=person_id, is_active=True).first()
    if person is None or handlers.get(topic) is None:
        return ReplyTarget(person=person, topic=topic, object_id=object_id, refusal=UNKNOWN)
    issued = datetime.fromtimestamp(hour * 3600, UTC)
    expired = timezone.now() - issued > timedelta(days=settings.INBOUND_EMAIL_TOKEN_DAYS)
    return ReplyTarget(person=person, topic=topic, object_id=object_id, refusal=EXPIRED if expired else "")
