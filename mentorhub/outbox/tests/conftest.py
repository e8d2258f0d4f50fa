import asyncio
import socket
import threading
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Relay:
    """A real SMTP server on localhost (aiosmtpd) that keeps every message it was handed.

    `delay` makes it slow; `hold="RCPT"` or `hold="DATA"` makes the first session stall at that step (after the
    whole message has arrived, for DATA) and sets `held`, so a test can kill the client there.
    """

    def __init__(self, delay: float = 0.0, hold: str = ""):
        self.port = free_port()
        self.delay = delay
        self.hold = hold
        self.held = threading.Event()
        self.received = []
        self.controller = None

    async def stall(self, step: str) -> None:
        if self.hold == step and not self.held.is_set():
            self.held.set()
            await asyncio.sleep(10)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        await self.stall("RCPT")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append(message_from_bytes(envelope.content, policy=policy.default))
        await self.stall("DATA")
        await asyncio.sleep(self.delay)
        return "250 Message accepted for delivery"

    def start(self) -> None:
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def message_ids(self) -> list[str]:
        return [message["Message-ID"] for message in self.received]

    def mailers(self) -> dict:
        return {
            "default": {
                "BACKEND": "mentorhub.outbox.smtp.EmailBackend",
                "OPTIONS": {"host": "127.0.0.1", "port": self.port, "use_tls": False, "timeout": 5},
            }
        }


@pytest.fixture
def relay(settings):
    """A relay the hub is configured to use, not started: a test starts it (or leaves it down for an outage)."""
    created = Relay()
    settings.MAILERS = created.mailers()
    yield created
    created.stop()


@pytest.fixture
def tasks_not_run(settings):
    """Enqueued tasks are kept and never run, as when a worker is down or its task is lost: only the delivery
    loop and the sweep deliver."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
