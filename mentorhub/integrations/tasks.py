from django.tasks import task

from . import services


@task
def deliver_webhooks(delivery_ids: list[int]) -> None:
    services.deliver(delivery_ids)
