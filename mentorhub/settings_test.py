"""The test suite's settings: production settings (DEBUG off) minus TLS redirects and slow hashing."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production")
os.environ.setdefault("MENTORHUB_DEBUG", "0")

from mentorhub.settings import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
ALLOWED_HOSTS = ["*"]
# The manifest storage needs collectstatic first; tests render templates without it.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
# Argon2 stays first in production; tests hash thousands of passwords, so MD5 keeps them fast.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *PASSWORD_HASHERS]  # noqa: F405
# One folder per run: ./run test runs the SQLite and PostgreSQL suites side by side on one checkout.
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media" / str(os.getpid())  # noqa: F405
DEMO_MODE = True
AXES_ENABLED = True
# Tasks run inline, so a test sees the email that a task would have sent.
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
# A file, not SQLite's shared in-memory database: the concurrency tests need real file locks, WAL and busy_timeout.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    (BASE_DIR / "test-artifacts").mkdir(exist_ok=True)  # noqa: F405
    # One file per test run, so that two runs on one machine never share (and corrupt) a database.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test-artifacts" / f"test-{os.getpid()}.sqlite3")}  # noqa: F405
