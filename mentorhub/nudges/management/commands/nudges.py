import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from mentorhub.integrations.services import sweep_webhooks
from mentorhub.nudges import services
from mentorhub.outbox.services import sweep as sweep_outbox
from mentorhub.relationships.services import sweep_health, sweep_requests


class Command(BaseCommand):
    help = "Sweep due nudges, emails, webhooks and request expiry, and hand them to the db_worker for delivery."

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="keep sweeping until stopped")
        parser.add_argument("--interval", type=float, default=30.0, help="seconds between sweeps with --loop")

    def handle(self, loop, interval, **options):
        while True:
            requests = sweep_requests()
            claimed = services.sweep()
            digests = services.send_digests()
            webhooks = sweep_webhooks()
            sweep_health()
            emails = sweep_outbox()
            if options["verbosity"] > 1 or not loop:
                self.stdout.write(
                    f"nudges claimed: {claimed}, digests: {digests}, webhooks: {webhooks}, requests: {requests}, "
                    f"emails due: {emails}"
                )
            if not loop:
                return
            close_old_connections()
            time.sleep(interval)
