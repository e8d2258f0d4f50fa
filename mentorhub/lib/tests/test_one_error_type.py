"""Services have one error type, `mentorhub.lib.errors.DomainError`. Each app once had its own (RequestError,
MeetingError, NetworkError, ...) and each its own way to answer it: the API's shapes and the pages' behaviour drifted
apart. A new exception class must be a DomainError, or be named here with the reason."""

import ast
from pathlib import Path

import mentorhub

ROOT = Path(mentorhub.__file__).parent
# Refusals at the HTTP level, before any route runs: they carry Retry-After and WWW-Authenticate, which only the
# API's HttpError handler sets.
# LeaseLost never leaves the outbox worker: it aborts one SMTP conversation from inside smtplib's callback when
# another worker has taken the row, and is caught two frames up; no person or HTTP answer ever sees it.
ALLOWED = {"api/auth.py": {"RateLimited", "TokenRefused"}, "outbox/delivery.py": {"LeaseLost"}}


def last_name(node) -> str:
    return ast.unparse(node).rsplit(".", 1)[-1]


def is_exceptionish(name: str) -> bool:
    return name.endswith(("Error", "Exception", "Conflict"))


def other_error_types(source: str) -> list[str]:
    """Classes in `source` that look like errors (by their name or a base) without being DomainErrors."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            bases = [last_name(b) for b in node.bases]
            if "DomainError" in bases:
                continue
            if is_exceptionish(node.name) or any(is_exceptionish(b) for b in bases):
                found.append(node.name)
    return found


def test_the_checker_finds_the_error_types_it_forbids():
    old_variants = [
        "class RequestError(Exception):\n    pass",
        "class Conflict(HttpError):\n    pass",
        "class RefusedTarget(ValueError):\n    pass",
        "class DuplicateContact(NetworkError):\n    pass",
        "class PhotoError(errors.BaseError):\n    pass",
    ]
    for source in old_variants:
        assert other_error_types(source), source
    assert not other_error_types("class DuplicateContact(DomainError):\n    pass")
    assert not other_error_types("class Taken(errors.DomainError):\n    pass")
    assert not other_error_types("class Contact(models.Model):\n    pass")


def test_every_error_type_outside_lib_errors_is_a_domain_error():
    offenders = {}
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if "/tests/" in f"/{relative}" or "/migrations/" in relative or relative == "lib/errors.py":
            continue
        found = set(other_error_types(path.read_text())) - ALLOWED.get(relative, set())
        if found:
            offenders[relative] = sorted(found)
    assert offenders == {}, "Raise mentorhub.lib.errors.DomainError (or a documented subclass) instead"
