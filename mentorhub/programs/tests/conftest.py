import pytest

from conftest import make_person
from mentorhub.programs.models import Enrollment


@pytest.fixture
def enrol(db):
    """Add a new, approved participant to a program: enrol(program, "ana@x", "mentee", languages=[...], ...)."""

    def make(program, email, role, *, department="", cohort="", capacity=None, rankings=(), **profile):
        defaults = {"languages": ["English"], "timezone": "Europe/London"}
        if role == Enrollment.MENTOR:
            defaults.update(accepting_mentees=True, mentor_capacity=capacity or 2)
        else:
            defaults.update(seeking_mentors=True)
        person = make_person(email, profile.pop("name", email.split("@")[0].title()), **{**defaults, **profile})
        Enrollment.objects.create(
            program=program, person=person, role=role, status=Enrollment.APPROVED, department=department,
            cohort=cohort, capacity=capacity, rankings=list(rankings),
        )  # fmt: skip
        return person

    return make


@pytest.fixture
def program(personas):
    """The personas' program, with languages on the personas so that they can be matched."""
    for person in (personas.mentee, personas.mentor):
        person.profile.languages = ["English"]
        person.profile.save()
    return personas.program


@pytest.fixture
def other_coordinator(personas):
    """Coordinates the other program only: must see nothing of the personas' program."""
    coordinator = make_person("coord2@test.example", "Cleo Coordinator")
    personas.other_program.coordinators.add(coordinator)
    return coordinator
