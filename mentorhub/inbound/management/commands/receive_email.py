"""`manage.py receive_email`: one raw email on standard input, from a Postfix or Exim pipe (docs/email.md)."""

import logging
import os
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from mentorhub.inbound import services

logger = logging.getLogger("mentorhub.inbound")


class Command(BaseCommand):
    help = (
        "Read one raw email (RFC 822) on standard input and post the reply it holds. Exits 0 when the email was "
        "taken, posted or refused (a refusal is logged and, where safe, explained to its sender), and 75 "
        "(EX_TEMPFAIL) when it could not be taken now, so that the mail server keeps it and tries again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--recipient", default="", help="the envelope recipient (Postfix ${recipient}); else read from headers"
        )
        parser.add_argument(
            "--sender", default=None, help="the envelope sender (Postfix --sender=${sender}); empty for a bounce"
        )

    def handle(self, *args, recipient, sender, **options):
        limit = settings.INBOUND_EMAIL_MAX_BYTES
        stdin = sys.stdin.buffer
        raw = stdin.read(limit + 1)
        # Read what is left of an oversized mail: a pipe closed early makes the mail server report a failure.
        while stdin.read(1 << 16):
            pass
        try:
            result = services.process(raw, recipient, sender)
        except Exception as error:  # the database is down, a deploy is half done: the mail server keeps the mail
            logger.exception("inbound email not taken now; the mail server will try again")
            raise CommandError(f"Could not take the email now: {error}", returncode=os.EX_TEMPFAIL) from error
        self.stdout.write(" ".join(part for part in (result.outcome, result.reason) if part))
