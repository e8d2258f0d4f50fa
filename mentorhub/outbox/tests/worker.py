"""A delivery worker in a process of its own, for the tests that kill one mid-send.

python -m mentorhub.outbox.tests.worker DATABASE_NAME SMTP_PORT
"""

import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mentorhub.settings_test")

from django.conf import settings

settings.DATABASES["default"]["NAME"] = sys.argv[1]
django.setup()
settings.MAILERS = {
    "default": {
        "BACKEND": "mentorhub.outbox.smtp.EmailBackend",
        "OPTIONS": {"host": "127.0.0.1", "port": int(sys.argv[2]), "use_tls": False, "timeout": 30},
    }
}

from mentorhub.outbox.delivery import deliver_due  # noqa: E402

deliver_due()
