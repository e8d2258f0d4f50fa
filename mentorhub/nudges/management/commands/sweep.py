import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from mentorhub.lib import sweepers
from mentorhub.operations.heartbeat import beating, record_sweep
from mentorhub.operations.models import SWEEP


class Command(BaseCommand):
    help = (
        "Run every registered sweeper (request expiry, health snapshots, nudges, digests, webhooks, emails, dead "
        "workers) once, or with --loop until stopped; due work goes to the db_worker."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="keep sweeping until stopped")
        parser.add_argument("--interval", type=float, default=30.0, help="seconds between sweeps with --loop")

    def handle(self, loop, interval, **options):
        # The heartbeat row is also where `manage.py health` and /healthz read the time of the last sweep.
        with beating(SWEEP) as heartbeat:
            while True:
                results = sweepers.run_all()
                record_sweep(heartbeat)
                if options["verbosity"] > 1 or not loop:
                    self.stdout.write(", ".join(f"{name}: {result}" for name, result in results.items()))
                if not loop:
                    return
                close_old_connections()
                time.sleep(interval)
