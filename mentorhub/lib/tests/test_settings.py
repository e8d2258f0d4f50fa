"""Settings come from the environment: a typo is refused with the variable named, and every variable is documented."""

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from mentorhub import settings as project_settings

ROOT = Path(__file__).resolve().parents[3]


def start_with(code="import mentorhub.settings", **env):
    """Run code in a fresh interpreter with the production settings, as `mentorhub` or gunicorn would."""
    environ = os.environ | {"DJANGO_SETTINGS_MODULE": "mentorhub.settings", "SECRET_KEY": "x" * 50}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environ | env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_typo_in_a_boolean_setting_stops_the_start_naming_the_variable():
    started = start_with(MENTORHUB_DEBUG="ture")
    assert started.returncode != 0
    assert "MENTORHUB_DEBUG='ture' is not a yes or no" in started.stderr


def test_a_number_setting_that_is_not_a_number_stops_the_start():
    started = start_with(AXES_FAILURE_LIMIT="five")
    assert started.returncode != 0
    assert "AXES_FAILURE_LIMIT='five' is not a whole number" in started.stderr


def test_correct_settings_start():
    assert start_with(MENTORHUB_DEBUG="off", AXES_FAILURE_LIMIT="3", LOG_LEVEL="info").returncode == 0


@pytest.mark.parametrize(("raw", "expected"), [("1", True), ("TRUE", True), (" on ", True), ("no", False), ("", True)])
def test_boolean_settings_read_the_usual_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("SOME_FLAG", raw)
    assert project_settings.env_bool("SOME_FLAG", default=True) is expected


@pytest.mark.parametrize(
    ("reader", "raw", "message"),
    [
        (project_settings.env_bool, "offf", "SOME_VALUE='offf' is not a yes or no"),
        (project_settings.env_int, "0", "SOME_VALUE='0' must be at least 1"),
        (project_settings.env_int, "2.5", "SOME_VALUE='2.5' is not a whole number"),
        (project_settings.env_float, "nan", "SOME_VALUE='nan' must be at least 1"),
        (project_settings.env_float, "an hour", "SOME_VALUE='an hour' is not a number"),
    ],
)
def test_bad_values_are_refused_with_the_variable_named(monkeypatch, reader, raw, message):
    monkeypatch.setenv("SOME_VALUE", raw)
    kwargs = {} if reader is project_settings.env_bool else {"minimum": 1}
    with pytest.raises(ImproperlyConfigured, match=re.escape(message)):
        reader("SOME_VALUE", 1, **kwargs)


def test_an_unknown_log_level_stops_the_start():
    started = start_with(LOG_LEVEL="verbose")
    assert started.returncode != 0
    assert "LOG_LEVEL='VERBOSE' is not one of" in started.stderr


def variables_read_by_settings() -> set[str]:
    source = (ROOT / "mentorhub" / "settings.py").read_text()
    return set(re.findall(r'(?:env_\w+\(|os\.environ\.get\(|os\.environ\[)"([A-Z][A-Z0-9_]+)"', source))


def variables_in_readme_table() -> set[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", row)}


def test_every_setting_read_from_the_environment_is_in_the_readme_table():
    read = variables_read_by_settings()
    assert {"MENTORHUB_DEBUG", "SQLITE_PATH", "LOG_LEVEL", "SMTP_PORT"} <= read
    assert read - variables_in_readme_table() == set()


def test_a_refused_request_is_logged_in_one_line_without_a_traceback(personas, client_for, caplog):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client_for(personas.mentee).get(f"/programs/{personas.program.slug}/settings/")
    assert response.status_code == 403
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.exc_info is None


def test_a_logged_event_is_one_line_printed_once():
    started = start_with(
        "import django, logging; django.setup(); logging.getLogger('django.request').warning('Not Found: /nowhere')",
        MENTORHUB_DEBUG="1",
    )
    assert [line for line in started.stderr.splitlines() if "Not Found: /nowhere" in line] == [started.stderr.strip()]
    assert "WARNING django.request: Not Found: /nowhere" in started.stderr
