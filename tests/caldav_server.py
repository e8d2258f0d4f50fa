"""A real CalDAV server (Radicale) for tests: started on a free loopback port with its storage in a temporary
directory, and stopped with it. One per module (it takes a second or two to start); the root conftest.py offers
it as the `radicale` fixture, to tests/e2e too:

    def test_something(radicale):
        calendar = radicale.calendar("ana")   # a fresh calendar of user ana; its address: calendar.url
        radicale.events(calendar)             # the VEVENTs in it, as icalendar components

Each user's password is `radicale.password`. Tests that connect to it must allow private targets
(`settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = True`): it listens on 127.0.0.1.
"""

import itertools
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import caldav
import pytest

USERS = ("ana", "ben", "cleo", "dev", "eve")


class Radicale:
    password = "app-password-1"

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="radicale-"))
        (self.folder / "users").write_text("".join(f"{user}:{self.password}\n" for user in USERS))
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = open(self.folder / "log", "wb")  # noqa: SIM115  (open as long as the server runs)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "radicale",
                "--server-hosts",
                f"127.0.0.1:{self.port}",
                "--storage-filesystem-folder",
                str(self.folder / "collections"),
                "--auth-type",
                "htpasswd",
                "--auth-htpasswd-filename",
                str(self.folder / "users"),
                "--auth-htpasswd-encryption",
                "plain",
                # Failed logins are slowed down by default; the tests try a wrong password on purpose.
                "--auth-delay",
                "0",
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.numbers = itertools.count(1)
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("Radicale did not start: " + (self.folder / "log").read_text()) from None
                time.sleep(0.05)

    def client(self, user: str) -> caldav.DAVClient:
        return caldav.DAVClient(url=self.url, username=user, password=self.password, enable_rfc6764=False, timeout=5)

    def calendar(self, user: str = "ana") -> caldav.Calendar:
        """A new, empty calendar of `user`."""
        number = next(self.numbers)
        return self.client(user).principal().make_calendar(name=f"Calendar {number}", cal_id=f"cal{number}")

    def events(self, calendar: caldav.Calendar) -> list:
        """Every VEVENT in the calendar, as icalendar components (read through a fresh client)."""
        fresh = self.client(calendar.client.username).calendar(url=str(calendar.url))
        return [
            component
            for event in fresh.search(start=datetime(2000, 1, 1, tzinfo=UTC), end=datetime(2100, 1, 1, tzinfo=UTC))
            for component in event.icalendar_instance.walk("VEVENT")
        ]

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="module")
def radicale():
    server = Radicale()
    yield server
    server.stop()
