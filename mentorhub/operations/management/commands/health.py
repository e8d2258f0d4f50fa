import json

from django.core.management.base import BaseCommand

from mentorhub.operations.status import report


class Command(BaseCommand):
    help = (
        "Report the database, the task queue, the oldest waiting email, the last sweep and the live workers; exit "
        "status 0 when all is well, 1 on a warning, 2 when the database is unreachable (for monitoring)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="print the figures as JSON, as /healthz does")

    def handle(self, **options):
        status = report()
        if options["json"]:
            self.stdout.write(json.dumps(status, indent=2))
        else:
            for name, value in status.items():
                if name not in ("ok", "warnings"):
                    self.stdout.write(f"{name.replace('_', ' ')}: {'-' if value is None else value}")
            for warning in status["warnings"]:
                self.stderr.write(f"WARNING: {warning}")
        if not status["ok"]:
            raise SystemExit(2)
        if status["warnings"]:
            raise SystemExit(1)
