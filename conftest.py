import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.caldav_server import radicale  # noqa: F401  (a real CalDAV server, one per module that asks for it)
from tests.support import BrowserClient
from tests.support import make_user as make_person

# Sync Playwright runs an event loop in the test thread; Django's ORM must still be allowed there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_sessionstart(session):
    """Translations are served from compiled catalogues; ./run compiles them, and so does a bare `pytest` run."""
    subprocess.run([sys.executable, "tools/check_i18n.py", "--compile"], cwd=Path(__file__).parent, check=True)


@dataclass
class Personas:
    mentee: object
    mentor: object
    coordinator: object
    outsider: object
    other_member: object  # enrolled in another program
    program: object
    other_program: object


@pytest.fixture(autouse=True)
def fresh_mentor_directory():
    """Each test starts without another test's mentor index: frozen clocks can make two databases look alike."""
    from mentorhub.matching.services import forget_directory

    forget_directory()


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """allauth counts requests per address and IP in the per-process cache; one test's count must not limit the next."""
    from django.core.cache import caches

    caches["default"].clear()


@pytest.fixture
def personas(db):
    from mentorhub.programs.models import Enrollment, Program

    mentee = make_person("mentee@test.example", "Maya Mentee", seeking_mentors=True, timezone="Europe/Lisbon")
    mentor = make_person(
        "mentor@test.example",
        "Marco Mentor",
        accepting_mentees=True,
        mentor_capacity=3,
        skills_offered=[{"name": "SQL", "level": "expert"}],
        timezone="Europe/London",
    )
    coordinator = make_person("coordinator@test.example", "Cora Coordinator")
    outsider = make_person("outsider@test.example", "Otto Outsider", visibility="hidden")
    other_member = make_person("other@test.example", "Olga Other", accepting_mentees=True, visibility="programs")
    program = Program.objects.create(name="Data Mentoring", slug="data")
    program.coordinators.add(coordinator)
    other_program = Program.objects.create(name="Other Program", slug="other", visibility=Program.PRIVATE)
    for person, role in [(mentee, "mentee"), (mentor, "mentor")]:
        Enrollment.objects.create(program=program, person=person, role=role, status=Enrollment.APPROVED)
    Enrollment.objects.create(program=other_program, person=other_member, role="mentor", status=Enrollment.APPROVED)
    return Personas(mentee, mentor, coordinator, outsider, other_member, program, other_program)


@pytest.fixture
def client_for(db):
    """A logged-in client that enforces CSRF, as a browser would."""

    def make(user):
        client = BrowserClient()
        client.force_login(user, backend="mentorhub.accounts.backends.ModelBackend")
        return client

    return make


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": shutil.which("chromium"),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
        ],
    }


@pytest.fixture
def deliver(db):
    """Run the nudge sweep now, as `manage.py sweep` would; tasks run inline in tests, so mail is sent."""
    from mentorhub.nudges.services import sweep

    return sweep
