"""Every program URL and API route against people who must not use it."""

import json

import pytest

from conftest import make_person
from mentorhub.matching.scoring import Weights
from mentorhub.programs import match_runs
from mentorhub.programs.models import EnrollmentQuestion, MatchRun, Program

pytestmark = pytest.mark.django_db

COORDINATOR_PAGES = [
    ("get", "participants/"),
    ("post", "participants/{enrollment}/decide/"),
    ("get", "participants/import/"),
    ("post", "participants/import/"),
    ("get", "settings/"),
    ("post", "settings/"),
    ("post", "settings/coordinators/"),
    ("post", "settings/coordinators/{coordinator}/remove/"),
    ("post", "settings/duplicate/"),
    ("post", "settings/archive/"),
    ("get", "questions/"),
    ("post", "questions/"),
    ("get", "questions/{question}/"),
    ("post", "questions/{question}/"),
    ("post", "questions/{question}/move/"),
    ("post", "questions/{question}/delete/"),
    ("get", "matching/"),
    ("post", "matching/"),
    ("get", "matching/manual/preview/"),
    ("post", "matching/manual/"),
    ("get", "matching/runs/{run}/"),
    ("post", "matching/runs/{run}/publish/"),
    ("post", "matching/runs/{run}/discard/"),
    ("post", "matching/runs/{run}/undo/"),
    ("get", "broadcasts/"),
    ("post", "broadcasts/"),
    ("get", "dashboard/"),
    ("get", "export/participants.csv"),
    ("get", "export/relationships.csv"),
    ("get", "export/metrics.csv"),
    ("get", "export/matches.csv"),
]
COORDINATOR_API = [
    ("patch", "", {"name": "Taken over"}),
    ("post", "duplicate"),
    ("post", "archive"),
    ("get", "coordinators"),
    ("post", "coordinators", {"email": "outsider@test.example"}),
    ("delete", "coordinators/{coordinator}"),
    ("get", "questions"),
    ("post", "questions", {"text": "Mine?"}),
    ("put", "questions/order", {"question_ids": []}),
    ("patch", "questions/{question}", {"text": "Mine?"}),
    ("delete", "questions/{question}"),
    ("get", "participants"),
    ("post", "participants/{enrollment}/decision", {"status": "approved"}),
    ("post", "match-runs"),
    ("get", "match-runs/{run}"),
    ("get", "match-runs/{run}/publish"),
    ("post", "match-runs/{run}/publish", {"confirm": 0}),
    ("post", "match-runs/{run}/undo"),
    ("post", "broadcasts/preview"),
    ("post", "broadcasts", {"subject": "Hi", "body": "Hello", "confirm": 2}),
    ("get", "broadcasts"),
    ("get", "dashboard"),
]


@pytest.fixture
def targets(personas, program):
    run = match_runs.dry_run(
        program, personas.coordinator, weights=Weights(), rules=match_runs.Rules(), objective=MatchRun.MOST_MATCHED
    )
    other_run = MatchRun.objects.create(program=personas.other_program, number=1)
    other_coordinator = make_person("othercoord@test.example", "Ona Other")
    personas.other_program.coordinators.add(other_coordinator)
    return {
        "data": {
            "enrollment": program.enrollments.first().pk,
            "run": run.number,
            "question": EnrollmentQuestion.objects.create(program=program, text="Site").pk,
            "coordinator": personas.coordinator.pk,
        },
        "other": {
            "enrollment": personas.other_program.enrollments.first().pk,
            "run": other_run.number,
            "question": EnrollmentQuestion.objects.create(program=personas.other_program, text="Team").pk,
            "coordinator": other_coordinator.pk,
        },
    }


def unchanged(program):
    """What a refused request must leave as it was."""
    return (
        program.name,
        program.archived_at,
        sorted(program.coordinators.values_list("pk", flat=True)),
        list(program.questions.values_list("pk", "text", "position")),
        Program.objects.count(),
    )


def call(client, method, url, body=None):
    if method == "get":
        return client.get(url)
    if url.startswith("/api/"):
        return client.generic(method.upper(), url.rstrip("/"), json.dumps(body or {}), content_type="application/json")
    return client.post(url, {})


def statuses(client, slug, targets, api=False):
    pages = COORDINATOR_API if api else COORDINATOR_PAGES
    prefix = f"/api/programs/{slug}/" if api else f"/programs/{slug}/"
    return {
        path: call(client, method, prefix + path.format(**targets[slug]), *body).status_code
        for method, path, *body in pages
    }


def test_members_and_outsiders_get_403_on_a_public_programs_coordinator_pages(client_for, personas, targets):
    before = unchanged(personas.program)
    for person in (personas.outsider, personas.mentee, personas.mentor):
        assert set(statuses(client_for(person), "data", targets).values()) == {403}
        assert set(statuses(client_for(person), "data", targets, api=True).values()) == {403}
    assert unchanged(Program.objects.get(pk=personas.program.pk)) == before


def test_coordinators_of_another_program_reach_nothing_of_a_private_one(client_for, personas, targets):
    coordinator = client_for(personas.coordinator)
    before = unchanged(personas.other_program)
    assert set(statuses(coordinator, "other", targets).values()) == {404}
    assert set(statuses(coordinator, "other", targets, api=True).values()) == {404}
    assert unchanged(Program.objects.get(pk=personas.other_program.pk)) == before
    assert coordinator.get("/programs/other/").status_code == 404
    assert coordinator.get("/api/programs/other").status_code == 404


def test_coordinators_of_another_program_get_403_on_a_public_one(client_for, personas, targets, other_coordinator):
    assert set(statuses(client_for(other_coordinator), "data", targets).values()) == {403}
    assert set(statuses(client_for(other_coordinator), "data", targets, api=True).values()) == {403}


def test_anonymous_visitors_are_sent_to_log_in(client, targets):
    pages = [("get", ""), ("get", "data/"), ("get", "data/mentors/"), ("get", "data/apply/mentee/")]
    for method, path in pages + [(method, "data/" + path) for method, path in COORDINATOR_PAGES]:
        url = "/programs/" + path.format(**targets["data"])
        response = call(client, method, url)
        assert response.status_code in (302, 405) and (response.status_code == 405 or "/login/" in response.url)
    assert client.get("/api/programs").status_code == 401


def test_the_program_directory_is_for_members(client_for, personas, program):
    assert client_for(personas.outsider).get("/programs/data/mentors/").status_code == 404
    assert client_for(personas.other_member).get("/programs/other/mentors/").status_code == 200
    assert client_for(personas.mentee).get("/programs/other/mentors/").status_code == 404


def test_unknown_programs_and_roles_are_404(client_for, personas):
    client = client_for(personas.mentee)
    assert client.get("/programs/nope/").status_code == 404
    assert client.get("/programs/data/apply/boss/").status_code == 404
    assert client.get("/programs/data/matching/runs/99/", follow=False).status_code == 403
    assert client_for(personas.coordinator).get("/programs/data/matching/runs/99/").status_code == 404
