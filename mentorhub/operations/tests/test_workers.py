"""A worker that dies is seen dead by its silent heartbeat, and its running tasks go to the others."""

import time
from datetime import timedelta

import pytest
import time_machine
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from mentorhub.lib import sweepers
from mentorhub.operations import heartbeat
from mentorhub.operations.models import WORKER, Heartbeat

pytestmark = pytest.mark.django_db


def running_task(worker_ids, started_at) -> DBTaskResult:
    return DBTaskResult.objects.create(
        task_path="mentorhub.outbox.tasks.deliver_due_emails",
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        run_after=get_date_max(),
        status=TaskResultStatus.RUNNING,
        started_at=started_at,
        worker_ids=worker_ids,
    )


def a_worker(name, beat_at) -> Heartbeat:
    return Heartbeat.objects.create(name=name, kind=WORKER, host="web-1", pid=1, beat_at=beat_at)


def test_the_running_task_of_a_silent_worker_goes_back_to_the_queue_and_a_live_ones_stays(settings):
    now = timezone.now()
    silent = now - timedelta(seconds=settings.WORKER_DEAD_AFTER_SECONDS + 1)
    a_worker("dead-one", silent)
    a_worker("live-one", now - timedelta(seconds=settings.WORKER_HEARTBEAT_SECONDS))
    orphan = running_task(["dead-one"], silent)
    busy = running_task(["live-one"], silent)
    with time_machine.travel(now, tick=False):
        results = sweepers.run_all()
    assert results["workers"] == {"dead": 1, "tasks_taken_over": 1}
    orphan.refresh_from_db()
    busy.refresh_from_db()
    assert (orphan.status, orphan.started_at) == (TaskResultStatus.READY, None)
    assert DBTaskResult.objects.ready().filter(pk=orphan.pk).exists()  # a db_worker picks it up now
    assert busy.status == TaskResultStatus.RUNNING
    dead = Heartbeat.objects.get(name="dead-one")
    assert dead.stopped_at == now and dead.recovered_tasks == 1
    assert Heartbeat.objects.get(name="live-one").stopped_at is None


def test_a_task_whose_worker_died_three_times_is_failed_not_run_again(settings):
    now = timezone.now()
    silent = now - timedelta(seconds=settings.WORKER_DEAD_AFTER_SECONDS + 1)
    a_worker("third", silent)
    poison = running_task(["first", "second", "third"], silent)
    heartbeat.recover_dead(now)
    poison.refresh_from_db()
    assert poison.status == TaskResultStatus.FAILED
    assert "died 3 times" in poison.traceback


def test_a_task_of_a_worker_without_heartbeat_is_taken_over_only_after_the_claim_timeout(settings):
    now = timezone.now()
    task = running_task(["plain-worker"], now - timedelta(minutes=settings.WORKER_CLAIM_TIMEOUT_MINUTES - 1))
    heartbeat.recover_dead(now)
    task.refresh_from_db()
    assert task.status == TaskResultStatus.RUNNING
    heartbeat.recover_dead(now + timedelta(minutes=2))
    task.refresh_from_db()
    assert task.status == TaskResultStatus.READY


@pytest.mark.django_db(transaction=True)
def test_a_beating_process_is_never_taken_for_dead_and_is_marked_stopped_when_it_ends(settings):
    settings.WORKER_HEARTBEAT_SECONDS = 0.05
    with heartbeat.beating(WORKER, "beating") as row:
        first = row.beat_at
        deadline = time.monotonic() + 5
        while Heartbeat.objects.get(pk=row.pk).beat_at == first and time.monotonic() < deadline:
            time.sleep(0.02)
        assert Heartbeat.objects.get(pk=row.pk).beat_at > first
        with time_machine.travel(first + timedelta(seconds=settings.WORKER_DEAD_AFTER_SECONDS - 1)):
            assert heartbeat.recover_dead()["dead"] == 0
    assert Heartbeat.objects.get(pk=row.pk).stopped_at is not None
