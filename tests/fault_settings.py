"""Settings for the processes the fault-injection test starts (tests/test_faults.py): the test's database, and
tasks in the database for real `manage.py db_worker` processes; SMTP and the timings come from the environment."""

import os

from mentorhub.settings_test import *  # noqa: F403

DATABASES["default"]["NAME"] = os.environ["FAULTS_DATABASE_NAME"]  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
