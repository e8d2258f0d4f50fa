"""Every operation in /api/openapi.json, called by everyone around a person who has one of everything private.

Nobody but the owner reads the owner's private content (each private text carries a marker); nothing answers 5xx;
strangers and callers without credentials never get the owner's objects; a refused write changes nothing. The
operations come from the schema itself, so a route added later is covered without a new test, and one whose path
parameter this file cannot fill fails until `World.ids` learns it."""

import json
from datetime import timedelta

import pytest
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

from mentorhub.api.api import api
from tests.support import (
    ANONYMOUS,
    OTHER_COORDINATOR,
    OWNER,
    PERSONAS,
    READ_TOKEN,
    SHARED_WITH,
    STRANGER,
    build_world,
    rows_written,
    shows_private_ratings,
)

SCHEMA = api.get_openapi_schema()
OPERATIONS = {
    op["operationId"]: (method.upper(), path, op)
    for path, methods in SCHEMA["paths"].items()
    for method, op in methods.items()
}
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
# Marks the tests as database tests, so that pytest-django creates the test database the module fixture fills.
pytestmark = pytest.mark.django_db
# Open to anyone by design: the path names a public thing, not one of the owner's own.
PUBLIC_TO_SIGNED_IN = {
    "mentorhub_profiles_api_get_profile",  # the owner's profile is visible to everyone
    "mentorhub_programs_api_get_program",  # a public program
    "mentorhub_programs_api_enrol",  # anyone may apply to a public program
}


def resolve(node):
    while "$ref" in node:
        node = SCHEMA["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    for key in ("anyOf", "allOf", "oneOf"):
        if key in node:
            return resolve(next(n for n in node[key] if n.get("type") != "null"))
    return node


def id_key(name):
    """`goal_ids` and `goal_id` both name a goal id."""
    return name[:-1] if name.endswith("_ids") else name


def example(name, node, other_ids):
    node = resolve(node)
    if name.endswith(("_id", "_ids")):
        if id_key(name) not in other_ids:
            raise LookupError(f"body field {name!r}: add its kind of id to build_world")
        found = other_ids[id_key(name)]
        return [found] if name.endswith("_ids") else found
    if "enum" in node:
        return node["enum"][0] or node["enum"][-1]
    kind = node.get("type")
    soon = timezone.now() + timedelta(days=10)
    if kind == "object":
        props = node.get("properties", {})
        return {key: example(key, value, other_ids) for key, value in props.items()}
    if kind == "array":
        return [example(name, node.get("items", {}), other_ids)]
    if kind == "integer":
        return max(node.get("minimum", 1), 1)
    if kind == "number":
        return 1
    if kind == "boolean":
        return False
    return {
        "date": soon.date().isoformat(),
        "date-time": soon.isoformat(),
        "email": "someone@matrix.example",
    }.get(node.get("format"), "https://matrix.example/x" if "link" in name or "url" in name else "Matrix text")


def bodies(op, other_ids):
    """A body with every field filled, other people's ids in every id field; then one per other value of each small
    choice (`as_role`, `status`, …), since a branch may leak that the first value never reaches."""
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    if content is None:
        return [None]
    node = resolve(content["schema"])
    base = example("body", node, other_ids)
    variants = [base]
    for key, prop in node.get("properties", {}).items():
        choices = resolve(prop).get("enum", [])
        if 1 < len(choices) <= 3:
            variants += [{**base, key: value} for value in choices if value != base[key]]
    return variants


def fill_path(path, params, ids):
    for param in params:
        if param["in"] == "path":
            if param["name"] not in ids:
                raise LookupError(f"path parameter {param['name']!r}: add it to build_world")
            path = path.replace("{" + param["name"] + "}", str(ids[param["name"]]))
    return path


# Body ids that name the owner's private things: a write by anyone else that accepts one has used them.
PRIVATE_ID_FIELDS = {"goal_id", "goal_ids", "skill_gap_ids", "contact_id"}
READABLE = {path for path, methods in SCHEMA["paths"].items() if "get" in methods}


def follow_ups(path, url, response):
    """Where a write's result can be read back: the same path, or the new object under it. A write may accept
    someone else's id and show nothing until then (an offer naming the mentee's private goals)."""
    urls = [url] if path in READABLE else []
    created = response.json().get("id") if response.headers.get("Content-Type") == "application/json" else None
    if isinstance(created, int):
        urls += [
            f"{url}/{created}"
            for readable in READABLE
            if readable.startswith(path + "/{") and readable.count("/") == path.count("/") + 1
        ]
    return urls


def check(world, persona, method, path, op, response, written, body=None):
    problems = []
    where = f"{persona} {method} {path}"
    if response.status_code >= 500:
        crash = repr(response.exc_info[1]) if response.exc_info else ""
        problems.append(f"{where}: {response.status_code} {crash}")
    leaks = world.leaks(persona, response.content.decode(errors="replace"))
    if leaks:
        problems.append(f"{where} ({response.status_code}) shows {', '.join(leaks)}")
    public = "security" not in op
    names_owner_object = "{" in path and op["operationId"] not in PUBLIC_TO_SIGNED_IN
    ok = 200 <= response.status_code < 300
    if ok and not public and persona == ANONYMOUS:
        problems.append(f"{where}: {response.status_code} without credentials")
    if ok and names_owner_object and persona in (STRANGER, OTHER_COORDINATOR):
        problems.append(f"{where}: {response.status_code} for someone with no part in the owner's things")
    if ok and persona == READ_TOKEN and method in UNSAFE and not public:
        problems.append(f"{where}: {response.status_code} for a read-only token")
    used = sorted(PRIVATE_ID_FIELDS & set(body or ()))
    if ok and used and persona not in (OWNER, READ_TOKEN):
        problems.append(f"{where}: {response.status_code}, accepting the owner's private {', '.join(used)}")
    if written and method in UNSAFE and response.status_code in (401, 403, 404):
        problems.append(f"{where}: refused with {response.status_code}, yet {written} rows were written")
    return problems


def run_matrix():
    """The whole matrix, inside one transaction that is rolled back: every call sees the same world."""
    results = {op_id: [] for op_id in OPERATIONS}
    with override_settings(API_TOKEN_RATE_PER_MINUTE=1_000_000), transaction.atomic():
        world = build_world()
        clients = {persona: world.client(persona) for persona in PERSONAS}
        for op_id, (method, path, op) in OPERATIONS.items():
            try:
                url = fill_path(path, op.get("parameters", []), world.ids)
            except LookupError as unfillable:
                results[op_id].append(str(unfillable))
                continue
            for persona, client in clients.items():
                try:
                    variants = bodies(op, world.foreign_ids if persona == OWNER else world.ids)
                except LookupError as unfillable:
                    results[op_id].append(str(unfillable))
                    break
                for body in variants:
                    with transaction.atomic():
                        kwargs = {} if body is None else {"data": json.dumps(body), "content_type": "application/json"}
                        before = rows_written()
                        response = client.generic(method, url, **kwargs)
                        written = rows_written() - before
                        results[op_id] += check(world, persona, method, url, op, response, written, body)
                        shown = method == "GET" and persona in SHARED_WITH and response.status_code == 200
                        if shown and shows_private_ratings(world, client, url):
                            results[op_id].append(f"{persona} GET {url} changes with the owner's private ratings")
                        if method in UNSAFE and 200 <= response.status_code < 300 and persona != OWNER:
                            for read_back in follow_ups(path, url, response):
                                shown = client.get(read_back)
                                results[op_id] += check(world, persona, "GET", read_back, op, shown, 0)
                        transaction.set_rollback(True)
        transaction.set_rollback(True)
    return results


@pytest.fixture(scope="module")
def matrix(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return run_matrix()


def test_the_matrix_covers_every_operation_in_the_schema(matrix):
    assert set(matrix) == {op["operationId"] for methods in SCHEMA["paths"].values() for op in methods.values()}
    unfillable = [problem for problems in matrix.values() for problem in problems if "build_world" in problem]
    assert not unfillable


@pytest.mark.parametrize("op_id", OPERATIONS)
def test_nobody_but_the_owner_reads_or_changes_the_owners_things(matrix, op_id):
    assert matrix[op_id] == []


def test_the_write_counter_sees_a_write(personas):
    before = rows_written()
    personas.mentee.profile.save()
    assert rows_written() > before
