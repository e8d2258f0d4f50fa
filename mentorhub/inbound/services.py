"""Receiving one email sent to a reply address: check it, take the new text, hand it to its topic's handler, once.

Every way in (`manage.py receive_email`, POST /inbound/email/, `manage.py smtp_listener`) calls `process`.
Rules, in the order they are checked; the reason code goes to the log, the admin and the bounce:
- automatic mail (Auto-Submitted other than "no", Precedence bulk/junk/list, an empty Return-Path or envelope
  sender, a delivery report): `automatic`, never answered, since answering an autoresponder starts a mail loop;
- not sent to a reply address (`no_address`), or its token is `unknown`, `forged` or `expired`;
- From is not the address of the token's owner: `wrong_sender`;
- larger than INBOUND_EMAIL_MAX_BYTES: `too_large`;
- nothing new in it: `empty`, or `quoted_only` (only the quoted history and a signature);
- the handler refuses (DomainError): `refused`, with its message; the object is gone or closed to them: `unknown`.
A refusal is explained by email (a bounce, through the outbox) only to the token's owner at their account's
address, and only when the token is genuine: never to the From of a mail we cannot trust, so that forged mail
cannot make us write to a stranger (backscatter).
"""

import hashlib
import logging
from dataclasses import dataclass
from datetime import timedelta
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404
from django.template.defaultfilters import filesizeformat
from django.utils import timezone

from mentorhub.lib import mail
from mentorhub.lib.errors import DomainError

from . import addresses, handlers, replies
from .addresses import EXPIRED, UNKNOWN, ReplyTarget
from .models import ACCEPTED, REFUSED, InboundEmail

logger = logging.getLogger("mentorhub.inbound")

DUPLICATE = "duplicate"
AUTOMATIC, NO_ADDRESS, WRONG_SENDER, TOO_LARGE, EMPTY, QUOTED_ONLY, HANDLER_REFUSED = (
    "automatic",
    "no_address",
    "wrong_sender",
    "too_large",
    "empty",
    "quoted_only",
    "refused",
)
AUTOMATIC_PRECEDENCE = {"bulk", "junk", "list", "auto_reply"}
# Where a relay or a mail server names the recipient: the envelope's own headers first.
RECIPIENT_HEADERS = ("Delivered-To", "X-Original-To", "To", "Cc")
# Long enough for every relay's retries (Postfix gives up after 5 days); the sender's address is not kept longer.
KEEP = timedelta(days=30)


@dataclass(frozen=True)
class Result:
    """`outcome` is accepted, refused or duplicate (delivered before: nothing done again)."""

    outcome: str
    reason: str = ""
    detail: str = ""
    bounced: bool = False


def header(message, name: str) -> str:
    try:
        return " ".join(str(value) for value in message.get_all(name) or []).strip()
    except Exception:  # hostile headers make the email package raise many kinds of error; such a header is no header
        return ""


def message_id_of(message, raw: bytes) -> str:
    message_id = header(message, "Message-ID")
    if not message_id:
        # Without one, the same bytes delivered twice still count as one mail.
        message_id = f"<{hashlib.sha256(raw).hexdigest()}@no-message-id.invalid>"
    if len(message_id) > 255:
        message_id = f"<{hashlib.sha256(message_id.encode()).hexdigest()}@long-message-id.invalid>"
    return message_id


def reply_address_in(message, recipient: str) -> str:
    """The reply address the mail was for: the envelope recipient when the way in knows it, else the first one
    named by the headers."""
    # Empty values make the strict getaddresses give up on the whole list.
    named = getaddresses([value for name in RECIPIENT_HEADERS if (value := header(message, name))])
    candidates = [recipient] if recipient else [address for _, address in named]
    return next((a.lower() for a in candidates if addresses.token_in(a)), recipient.strip().lower())


def sender_of(message) -> str:
    found = [address for _, address in getaddresses([header(message, "From")]) if address]
    return found[0].lower() if len(found) == 1 else ""


def is_automatic(message, envelope_sender: str | None) -> bool:
    submitted = header(message, "Auto-Submitted").lower()
    return (
        envelope_sender == ""
        or bool(submitted and not submitted.startswith("no"))
        or header(message, "Precedence").lower() in AUTOMATIC_PRECEDENCE
        or header(message, "Return-Path").replace(" ", "") == "<>"
        or bool(header(message, "X-Autoreply") or header(message, "X-Autorespond"))
        or message.get_content_type() == "multipart/report"
    )


def explanation(reason: str, detail: str, sender: str, person) -> str:
    return {
        UNKNOWN: "the address you wrote to no longer takes replies",
        EXPIRED: f"replies to that address are taken for {settings.INBOUND_EMAIL_TOKEN_DAYS} days after its email "
        "was sent, and that time is over",
        WRONG_SENDER: f"it came from {sender or 'an unknown address'}, not from {person and person.email}, the "
        "address of your account. Please reply from that address",
        TOO_LARGE: f"it was larger than {filesizeformat(settings.INBOUND_EMAIL_MAX_BYTES)}, the most we take",
        EMPTY: "it had no text",
        QUOTED_ONLY: "it held only the quoted earlier message, nothing new. Please write your answer above it",
        HANDLER_REFUSED: detail,
    }.get(reason, reason)


def check(message, target: ReplyTarget, sender: str, too_large: bool, automatic: bool) -> tuple[str, str]:
    """(reason for refusing, "") or ("", the reply's new text)."""
    if automatic:
        return AUTOMATIC, ""
    if target.refusal:
        return target.refusal, ""
    if sender != target.person.email.lower():
        return WRONG_SENDER, ""
    if too_large:
        return TOO_LARGE, ""
    whole = replies.body_text(message)
    text = replies.new_text(whole)
    if not text:
        return (QUOTED_ONLY if whole.strip() else EMPTY), ""
    return "", text


def post(target: ReplyTarget, text: str, message_id: str) -> tuple[str, str]:
    """Hand the reply to its topic's handler; (reason, detail) when it refuses. A refusal rolls back whatever the
    handler wrote, so nothing is left half-posted."""
    try:
        with transaction.atomic():
            handlers.get(target.topic)(target.person, target.object_id, text, message_id)
    except DomainError as error:
        return HANDLER_REFUSED, error.message
    except (PermissionDenied, Http404, ObjectDoesNotExist):
        return UNKNOWN, ""
    return "", ""


def bounce(person, message, address: str, message_id: str, reason: str, detail: str, sender: str) -> None:
    mail.queue_email(
        person.email,
        "inbound/refused",
        recipient=person,
        # Marked automatic, so that the person's own autoresponder does not answer it and start a loop.
        headers={
            "Auto-Submitted": "auto-replied",
            "X-Auto-Response-Suppress": "All",
            "In-Reply-To": message_id,
            "References": message_id,
        },
        name=person.get_short_name(),
        # One line: an encoded subject may decode to line breaks, and the subject is a header of the bounce.
        subject=" ".join(header(message, "Subject").split())[:200],
        address=address,
        explanation=explanation(reason, detail, sender, person),
    )


def process(raw: bytes, recipient: str = "", envelope_sender: str | None = None) -> Result:
    """Receive one raw RFC 822 message. `recipient` is the envelope recipient when the way in knows it;
    `envelope_sender` the envelope's MAIL FROM, "" for a bounce. Database errors propagate: the caller answers
    "try again later" and the relay keeps the mail."""
    too_large = len(raw) > settings.INBOUND_EMAIL_MAX_BYTES
    message = BytesParser(policy=policy.default).parsebytes(raw, headersonly=too_large)
    message_id = message_id_of(message, raw)
    address = reply_address_in(message, recipient)
    sender = sender_of(message)
    token = addresses.token_in(address)
    target = addresses.resolve(token) if token else ReplyTarget(refusal=NO_ADDRESS)
    with transaction.atomic():
        try:
            # The row first: of two deliveries of one mail, the second waits here for the first to commit, then
            # fails the unique constraint and posts nothing.
            with transaction.atomic():
                row = InboundEmail.objects.create(
                    message_id=message_id,
                    recipient=address[:320],
                    sender=sender[:320],
                    person=target.person,
                    topic=target.topic,
                    object_id=target.object_id if target.topic else None,
                    size=len(raw),
                    outcome=REFUSED,
                )
        except IntegrityError:
            logger.info("inbound email %s to %s was delivered before; nothing done again", message_id, address)
            return Result(DUPLICATE)
        reason, text = check(message, target, sender, too_large, is_automatic(message, envelope_sender))
        detail = ""
        if not reason:
            reason, detail = post(target, text, message_id)
        row.outcome, row.reason, row.detail = (REFUSED if reason else ACCEPTED), reason, detail[:300]
        row.bounced = bool(reason) and reason != AUTOMATIC and target.person is not None
        if row.bounced:
            bounce(target.person, message, address, message_id, reason, detail, sender)
        row.save()
    if reason:
        logger.warning(
            "inbound email %s from %s to %s refused: %s%s%s",
            message_id,
            sender or "?",
            address or "?",
            reason,
            f" ({detail})" if detail else "",
            "; the owner was told" if row.bounced else "",
        )
    else:
        logger.info("inbound email %s from %s posted to %s %s", message_id, sender, target.topic, target.object_id)
    return Result(row.outcome, reason, detail, row.bounced)


def forget_old(now=None) -> int:
    deleted, _ = InboundEmail.objects.filter(received_at__lt=(now or timezone.now()) - KEEP).delete()
    return deleted


def erase(person) -> None:
    InboundEmail.objects.filter(person=person).delete()
