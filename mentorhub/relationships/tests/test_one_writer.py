"""Only lifecycle.py starts a relationship or changes its status, phase or end: a second writer forgets the
nudges, webhooks and history the lifecycle's signals bring (program matching once did)."""

import ast
from pathlib import Path

import mentorhub

ROOT = Path(mentorhub.__file__).parent
FIELDS = {"status", "phase", "stay_in_touch", "ended_on", "end_reason"}
STATUSES = {"ACTIVE", "PAUSED", "COMPLETED", "ENDED_EARLY"}
WRITES = {"create", "bulk_create", "get_or_create", "update_or_create", "update", "bulk_update"}
# The lifecycle itself, and demo seeding, which may lay out history as it likes.
ALLOWED = {"relationships/lifecycle.py", "lib/demo_data.py", "accounts/management/commands/seed_demo.py"}


def is_relationship_rows(source: str) -> bool:
    return "Relationship.objects" in source or ".relationships." in source or "mentorships_as_" in source


def names_a_status(node) -> bool:
    return any(
        isinstance(n, ast.Attribute) and n.attr in STATUSES and ast.unparse(n.value) == "Relationship"
        for n in ast.walk(node)
    )


def writes(source: str) -> list[str]:
    """The lines of `source` that start a relationship or assign one of its lifecycle fields."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = ast.unparse(node.func)
            if func == "Relationship":
                found.append(f"{node.lineno}: Relationship(...)")
            elif isinstance(node.func, ast.Attribute) and node.func.attr in WRITES:
                chain = ast.unparse(node.func.value)
                creates = node.func.attr != "update" and chain == "Relationship.objects"
                updates = is_relationship_rows(chain) and FIELDS & {k.arg for k in node.keywords}
                if creates or updates:
                    found.append(f"{node.lineno}: {func}(...)")
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            attributes = [
                t for target in targets for t in ast.walk(target) if isinstance(t, ast.Attribute) and t.attr in FIELDS
            ]
            on_relationship = any("relationship" in ast.unparse(t.value).lower() for t in attributes)
            if attributes and (on_relationship or (node.value is not None and names_a_status(node.value))):
                found.append(f"{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_the_checker_finds_the_writes_it_forbids():
    old_program_match = "relationship = Relationship.objects.create(mentee=mentee, mentor=mentor, program=program)"
    old_account_deletion = (
        "for relationship in rows:\n"
        "    relationship.status, relationship.end_reason = Relationship.ENDED_EARLY, 'other'\n"
        "    relationship.save()\n"
    )
    queryset_write = "Relationship.objects.filter(pk=pk).update(status=Relationship.PAUSED)"
    locked_write = "locked.status = Relationship.COMPLETED"
    for source in (old_program_match, old_account_deletion, queryset_write, locked_write):
        assert writes(source), source
    assert not writes("Relationship.objects.filter(status=Relationship.ACTIVE).count()")
    assert not writes("meeting.status = Meeting.HELD")


def test_only_the_lifecycle_starts_a_relationship_or_changes_its_status():
    offenders = {}
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if "/tests/" in f"/{relative}" or "/migrations/" in relative or relative in ALLOWED:
            continue
        if relative.endswith("demo.py"):
            continue
        found = writes(path.read_text())
        if found:
            offenders[relative] = found
    assert offenders == {}, "Go through mentorhub/relationships/lifecycle.py instead"
