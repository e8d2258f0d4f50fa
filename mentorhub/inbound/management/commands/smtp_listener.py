"""`manage.py smtp_listener`: an SMTP server for development that takes mail for the reply addresses (aiosmtpd)."""

import logging
import threading

from aiosmtpd.controller import Controller
from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from mentorhub.inbound import addresses, services
from mentorhub.inbound.models import ACCEPTED

logger = logging.getLogger("mentorhub.inbound")


@sync_to_async
def receive(raw: bytes, recipient: str, sender: str):
    try:
        return services.process(raw, recipient, sender)
    finally:
        connections.close_all()


class InboundHandler:
    """Takes mail for reply addresses only (anything else is refused at RCPT: this is no relay) and hands each
    recipient's copy to the same processing as the pipe and the HTTP endpoint. A refusal explained by a bounce is
    taken (250); one that is not is refused with its reason (550), so the sending server tells its sender."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if addresses.token_in(address) is None:
            return "550 5.1.1 Not a reply address of this hub"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        try:
            results = [await receive(envelope.original_content, r, envelope.mail_from) for r in envelope.rcpt_tos]
        except Exception:  # the database is down: the sending server keeps the mail and tries again
            logger.exception("inbound email not taken now")
            return "451 4.3.0 Could not take the email now; try again later"
        silent = [r for r in results if r.outcome != ACCEPTED and r.reason and not r.bounced]
        if silent and len(silent) == len(results):
            return f"550 5.7.1 Not posted: {silent[0].reason}"
        return "250 Message accepted"


def listener(host: str, port: int) -> Controller:
    return Controller(InboundHandler(), hostname=host, port=port, data_size_limit=settings.INBOUND_EMAIL_MAX_BYTES)


class Command(BaseCommand):
    help = "Run an SMTP server (for development) that posts the replies sent to reply+…@INBOUND_EMAIL_DOMAIN."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=2525)

    def handle(self, *args, host, port, **options):
        if not settings.INBOUND_EMAIL_DOMAIN:
            raise CommandError("Set INBOUND_EMAIL_DOMAIN (for example reply.localhost): it names the reply addresses.")
        controller = listener(host, port)
        controller.start()
        self.stdout.write(f"Taking mail for reply+…@{settings.INBOUND_EMAIL_DOMAIN} on {host}:{port}; Ctrl-C stops.")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
        finally:
            controller.stop()
