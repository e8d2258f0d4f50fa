import os

from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker

from mentorhub.operations.heartbeat import beating
from mentorhub.operations.models import WORKER


class Command(db_worker.Command):
    help = "Run a database background worker that writes a heartbeat, so its tasks are taken over if it dies."

    def handle(self, *args, reload, worker_id, **options):
        # With --reload the parent only watches files; the child it starts runs tasks and beats.
        if reload and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true":
            return super().handle(*args, reload=reload, worker_id=worker_id, **options)
        with beating(WORKER, worker_id):
            return super().handle(*args, reload=reload, worker_id=worker_id, **options)
