"""What `manage.py health` and /healthz report: counts and times only, never a person's data. See
docs/operations.md for what each figure means and when it turns into a warning."""

from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.models import Max, Min
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from mentorhub.outbox.models import QUEUED, SENDING, Email

from .models import SWEEP, WORKER, Heartbeat

# Past these, /healthz still answers 200 (the web serves pages) but lists a warning and `manage.py health` fails.
OLDEST_EMAIL_WARNING = timedelta(minutes=15)
SWEEP_WARNING = timedelta(minutes=5)


def seconds_since(moment, now):
    return None if moment is None else round((now - moment).total_seconds())


def report() -> dict:
    """`ok` is False only when the database cannot be reached: then this web process cannot serve a page."""
    now = timezone.now()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        live_after = now - timedelta(seconds=settings.WORKER_DEAD_AFTER_SECONDS)
        live = Heartbeat.objects.filter(stopped_at__isnull=True, beat_at__gte=live_after)
        oldest = Email.objects.filter(state__in=[QUEUED, SENDING]).aggregate(at=Min("created_at"))["at"]
        last_sweep = Heartbeat.objects.filter(kind=SWEEP).aggregate(at=Max("last_sweep_at"))["at"]
        figures = {
            "tasks_waiting": DBTaskResult.objects.filter(status=TaskResultStatus.READY).count(),
            "tasks_running": DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).count(),
            "emails_waiting": Email.objects.filter(state__in=[QUEUED, SENDING]).count(),
            "oldest_waiting_email_seconds": seconds_since(oldest, now),
            "last_sweep_seconds_ago": seconds_since(last_sweep, now),
            "workers_alive": live.filter(kind=WORKER).count(),
            "sweeps_alive": live.filter(kind=SWEEP).count(),
        }
    except DatabaseError as error:
        connection.close()  # the next probe reconnects
        return {"ok": False, "database": f"unreachable ({type(error).__name__})", "warnings": ["database unreachable"]}
    warnings = []
    if oldest is not None and now - oldest > OLDEST_EMAIL_WARNING:
        warnings.append("an email has waited more than 15 minutes (is SMTP reachable? is a worker running?)")
    if last_sweep is None or now - last_sweep > SWEEP_WARNING:
        warnings.append("no sweep in the last 5 minutes (is `manage.py sweep --loop` running?)")
    if not figures["workers_alive"]:
        warnings.append("no live db_worker")
    return {"ok": True, "database": "reachable", **figures, "warnings": warnings}
