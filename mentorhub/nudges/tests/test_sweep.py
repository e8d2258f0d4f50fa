import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from mentorhub.lib import sweepers
from mentorhub.nudges import services
from mentorhub.nudges.models import Notification

pytestmark = pytest.mark.django_db


def test_one_sweep_runs_every_apps_periodic_work(personas):
    services.schedule(personas.mentee, "meeting_reminder", "test:sweep", timezone.now(), "Your meeting is tomorrow")
    out = io.StringIO()
    call_command("sweep", stdout=out)
    assert Notification.objects.filter(person=personas.mentee, title="Your meeting is tomorrow").exists()
    assert [m.to for m in mail.outbox] == [["mentee@test.example"]]
    assert {"requests", "health", "nudges", "digests", "webhooks", "emails"} <= set(sweepers.registered)
    assert "nudges: 1" in out.getvalue()


def test_a_sweeper_that_raises_is_logged_by_name_and_the_others_still_run(personas, monkeypatch, caplog):
    def broken():
        raise RuntimeError("the webhook table is locked")

    monkeypatch.setattr(sweepers, "registered", {"broken": broken, **sweepers.registered})
    services.schedule(personas.mentee, "meeting_reminder", "test:sweep", timezone.now(), "Your meeting is tomorrow")
    out = io.StringIO()
    call_command("sweep", stdout=out)
    assert Notification.objects.filter(person=personas.mentee, title="Your meeting is tomorrow").exists()
    assert "sweeper broken failed" in caplog.text and "the webhook table is locked" in caplog.text
    assert "broken: None" in out.getvalue() and "nudges: 1" in out.getvalue()
