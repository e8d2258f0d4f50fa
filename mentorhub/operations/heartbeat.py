"""Heartbeats of background processes, and taking over the work of one that died. See docs/operations.md.

Every db_worker and sweep writes `beat_at` on its own row every WORKER_HEARTBEAT_SECONDS, from a thread with its own
connection. The sweep's "workers" sweeper calls a process dead once its beat is older than
WORKER_DEAD_AFTER_SECONDS: the task rows it left RUNNING go back to READY for another worker (each of our tasks is
safe to run again: it re-reads what is still undelivered and claims rows with compare-and-set), and the nudges and
webhooks that task had claimed go out with it. A task whose worker died three times is failed instead, so one that
kills its worker cannot take every worker down in turn. A task row left RUNNING by a worker with no heartbeat at all
(a plain django-tasks-db worker) is taken over after WORKER_CLAIM_TIMEOUT_MINUTES.
"""

import logging
import os
import secrets
import socket
import threading
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, connection
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from .models import Heartbeat

logger = logging.getLogger("mentorhub.workers")

DEATHS_BEFORE_FAILING = 3
KEEP_STOPPED = timedelta(days=7)


def dead_after() -> timedelta:
    return timedelta(seconds=settings.WORKER_DEAD_AFTER_SECONDS)


@contextmanager
def beating(kind: str, name: str = ""):
    """Register this process and keep its heartbeat while the block runs; yields its row."""
    row = Heartbeat.objects.create(
        name=name or f"{kind}-{secrets.token_hex(8)}", kind=kind, host=socket.gethostname()[:255], pid=os.getpid()
    )
    stop = threading.Event()

    def beat():
        try:
            while not stop.wait(settings.WORKER_HEARTBEAT_SECONDS):
                try:
                    # Clears stopped_at too: a process wrongly seen dead (the database was away) is live again.
                    Heartbeat.objects.filter(pk=row.pk).update(beat_at=timezone.now(), stopped_at=None)
                except DatabaseError:
                    logger.warning("heartbeat of %s not written: database unreachable; retrying", row.name)
                    connection.close()
        finally:
            connection.close()

    beater = threading.Thread(target=beat, name=f"heartbeat-{row.name}", daemon=True)
    beater.start()
    try:
        yield row
    finally:
        stop.set()
        beater.join()
        Heartbeat.objects.filter(pk=row.pk).update(stopped_at=timezone.now())


def record_sweep(row: Heartbeat) -> None:
    now = timezone.now()
    Heartbeat.objects.filter(pk=row.pk).update(last_sweep_at=now, beat_at=now)


def take_over(task: DBTaskResult, now) -> bool:
    """Put a task its worker left RUNNING back in the queue, or fail it after too many deaths; compare-and-set."""
    unchanged = DBTaskResult.objects.filter(pk=task.pk, status=TaskResultStatus.RUNNING, started_at=task.started_at)
    if len(task.worker_ids) >= DEATHS_BEFORE_FAILING:
        return bool(
            unchanged.update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                exception_class_path="mentorhub.operations.WorkerDied",
                traceback=f"The worker running this task died {len(task.worker_ids)} times; it is not run again.",
            )
        )
    return bool(unchanged.update(status=TaskResultStatus.READY, started_at=None))


def recover_dead(now=None) -> dict:
    """The sweeper: find processes that stopped beating and give their running tasks to the others."""
    now = now or timezone.now()
    dead = dict(
        Heartbeat.objects.filter(stopped_at__isnull=True, beat_at__lt=now - dead_after()).values_list("name", "pk")
    )
    running = list(DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING))
    owners = {task.worker_ids[-1] for task in running if task.worker_ids}
    known = set(Heartbeat.objects.filter(name__in=owners).values_list("name", flat=True))
    unbeating_before = now - timedelta(minutes=settings.WORKER_CLAIM_TIMEOUT_MINUTES)
    recovered = {}
    for task in running:
        owner = task.worker_ids[-1] if task.worker_ids else ""
        orphaned = owner in dead or (owner not in known and task.started_at and task.started_at < unbeating_before)
        if orphaned and take_over(task, now):
            recovered[owner] = recovered.get(owner, 0) + 1
            logger.warning("task %s (%s) of dead worker %s taken over", task.pk, task.task_path, owner)
    for name, pk in dead.items():
        Heartbeat.objects.filter(pk=pk, stopped_at__isnull=True).update(
            stopped_at=now, recovered_tasks=recovered.get(name, 0)
        )
        logger.warning("worker %s stopped beating; seen dead", name)
    Heartbeat.objects.filter(stopped_at__lt=now - KEEP_STOPPED).delete()
    return {"dead": len(dead), "tasks_taken_over": sum(recovered.values())}
