"""With REDIS_URL set, rate limits are counted in Redis, once for all web processes, and sessions are read from it
(README, Configuration)."""

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.test import Client

ROOT = Path(__file__).resolve().parents[3]

COUNT_ONE = (
    "import django; django.setup()\n"
    "from mentorhub.lib.ratelimit import over_limit\n"
    "print(over_limit('signup', 'Maya@Example.org', limit=2, window_seconds=10**9))"
)


@pytest.fixture
def redis_url(tmp_path):
    server_binary = shutil.which("redis-server")
    if not server_binary:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [server_binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0", client
    server.terminate()
    server.wait(timeout=10)


def test_rate_limits_are_counted_in_redis_across_processes(redis_url):
    url, client = redis_url
    answers = []
    for _ in range(3):  # three processes, as three gunicorn workers would be
        environ = os.environ | {"REDIS_URL": url, "DJANGO_SETTINGS_MODULE": "mentorhub.settings_test"}
        started = subprocess.run(
            [sys.executable, "-c", COUNT_ONE], cwd=ROOT, env=environ, capture_output=True, text=True, timeout=60
        )
        assert started.returncode == 0, started.stderr
        answers.append(started.stdout.strip())
    assert answers == ["False", "False", "True"]
    assert any(b"ratelimit:signup:" in key for key in client.keys("*"))


@pytest.mark.django_db
def test_sessions_are_read_from_redis_survive_its_restart_and_end_everywhere_at_log_out(redis_url, settings, personas):
    url, client = redis_url
    settings.CACHES = {
        **settings.CACHES,
        "shared": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url},
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.SESSION_CACHE_ALIAS = "shared"
    browser = Client()
    browser.force_login(personas.mentee)
    assert browser.get("/").status_code == 200
    assert any(b"django.contrib.sessions.cached_db" in key for key in client.keys("*"))
    client.flushall()  # Redis restarted empty: the session comes back from the database
    assert browser.get("/").status_code == 200
    other_tab = Client()
    other_tab.cookies["sessionid"] = browser.cookies["sessionid"].value
    assert other_tab.get("/notifications/").status_code == 200
    browser.post("/account/logout/")
    assert other_tab.get("/notifications/").status_code == 302  # the same session, ended
