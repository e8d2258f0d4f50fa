"""/healthz and `manage.py health`: what a load balancer and an operator see."""

import json
import os
import subprocess
import sys
from datetime import timedelta

import pytest
import time_machine
from django.conf import settings as django_settings
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from mentorhub.lib import mail
from mentorhub.operations.models import SWEEP, WORKER, Heartbeat
from mentorhub.outbox.tests.conftest import free_port

pytestmark = pytest.mark.django_db


def test_healthz_answers_a_load_balancer_probing_by_address_over_http_with_figures_and_no_private_data(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["mentorhub.example.org"]
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    mail.queue_email(
        "maya@test.example",
        "email/program_event",
        name="Maya",
        subject_line="Hi",
        body="",
        link="https://x.example/secret-link",
    )
    response = Client(HTTP_HOST="10.0.0.7").get("/healthz")
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    status = response.json()
    assert status["ok"] is True and status["database"] == "reachable"
    assert status["emails_waiting"] == 1 and status["oldest_waiting_email_seconds"] >= 0
    assert "no live db_worker" in status["warnings"]
    assert "maya" not in response.content.decode() and "secret-link" not in response.content.decode()


def test_the_health_command_fails_on_a_stuck_email_and_a_missing_sweep_and_passes_when_all_runs(settings, capsys):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        mail.queue_email(
            "maya@test.example",
            "email/program_event",
            name="Maya",
            subject_line="Hi",
            body="",
            link="https://x.example/v",
        )
    with time_machine.travel(start + timedelta(minutes=20), tick=False):
        with pytest.raises(SystemExit) as failed:
            call_command("health")
        assert failed.value.code == 1
        err = capsys.readouterr().err
        assert "an email has waited more than 15 minutes" in err and "no sweep in the last 5 minutes" in err
        now = timezone.now()
        Heartbeat.objects.create(name="w", kind=WORKER, host="h", pid=1, beat_at=now)
        Heartbeat.objects.create(name="s", kind=SWEEP, host="h", pid=2, beat_at=now, last_sweep_at=now)
        settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
        call_command("sweep")  # the relay (tests: the in-memory mailbox) takes the email
        call_command("health", "--json")
    status = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert status["warnings"] == [] and status["emails_waiting"] == 0 and status["last_sweep_seconds_ago"] == 0


def test_with_the_database_down_healthz_answers_503_and_the_command_exits_2():
    """A load balancer takes the web process out of rotation; monitoring pages the operator."""
    down = {**os.environ, "DATABASE_URL": f"postgres://postgres@127.0.0.1:{free_port()}/none"}
    probe = (
        "import django; django.setup(); from django.test import Client; r = Client().get('/healthz'); "
        "print(r.status_code, r.json()['database'])"
    )
    env = {**down, "DJANGO_SETTINGS_MODULE": "mentorhub.settings_test"}
    web = subprocess.run([sys.executable, "-c", probe], env=env, cwd=django_settings.BASE_DIR, capture_output=True)
    assert web.stdout.decode().strip() == "503 unreachable (OperationalError)", web.stderr.decode()[-2000:]
    command = subprocess.run(
        [sys.executable, "manage.py", "health"], env=env, cwd=django_settings.BASE_DIR, capture_output=True
    )
    assert command.returncode == 2 and "database: unreachable" in command.stdout.decode()
