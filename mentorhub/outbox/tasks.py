from django.tasks import task

from . import delivery


@task
def deliver_email(email_id: int) -> None:
    delivery.deliver(email_id)


@task
def deliver_due_emails() -> None:
    delivery.deliver_due()
