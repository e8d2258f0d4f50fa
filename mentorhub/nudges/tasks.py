from django.tasks import task

from . import services


@task
def deliver_nudges(nudge_ids: list[int]) -> None:
    services.deliver(nudge_ids)
