"""The outbox's two entry points: `send` an email (every email, through mentorhub.lib.mail) and `sweep` for due
ones. Delivery itself is in delivery.py; the guarantee is written down in docs/email.md."""

from datetime import timedelta
from email.utils import make_msgid, parseaddr

from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from . import delivery, tasks
from .models import QUEUED, SENT, Email

# Sent emails hold sign-in and reset links: kept a month for questions ("did it go out?"), then deleted.
KEEP_SENT = timedelta(days=30)
DELIVERY_LOOP = tasks.deliver_due_emails.module_path


def send(message, replaces: str = "") -> Email:
    """Store the message with a Message-ID of its own and have a worker deliver it; never talks to SMTP.

    `replaces` names a topic ("meeting:12:invitation:5"): an email on that topic still waiting for its first or
    next attempt is dropped for this one. One already being sent goes out; this one follows it.
    """
    domain = parseaddr(str(message.from_email))[1].rpartition("@")[2] or "mentorhub.invalid"
    message_id = message.extra_headers.get("Message-ID") or make_msgid(domain=domain)
    if replaces:
        Email.objects.filter(topic=replaces, state=QUEUED).delete()
    email = Email.from_message(message, message_id)
    email.topic = replaces
    email.save()
    # django-tasks-db writes the task row in the caller's transaction: a worker sees the email and its task
    # together, once the caller commits, or neither if it rolls back. A lost task is the sweep's job.
    tasks.deliver_email.enqueue(email.pk)
    return email


def sweep(now=None) -> int:
    """Hand emails that are due (retries, lost tasks, leases of stopped workers) to the db_worker."""
    now = now or timezone.now()
    Email.objects.filter(state=SENT, sent_at__lt=now - KEEP_SENT).delete()
    waiting = delivery.due(now).count()
    # One waiting delivery loop is enough: sweeping every few seconds through an outage must not pile them up.
    queued = DBTaskResult.objects.filter(status=TaskResultStatus.READY, task_path=DELIVERY_LOOP).exists()
    if waiting and not queued:
        tasks.deliver_due_emails.enqueue()
    return waiting
