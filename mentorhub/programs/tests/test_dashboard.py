from datetime import date, timedelta

import pytest
from django.utils import timezone

from mentorhub.goals.models import Goal
from mentorhub.nudges.models import Pulse
from mentorhub.programs import metrics
from mentorhub.programs.models import Enrollment
from mentorhub.relationships.models import HealthSnapshot, Relationship

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(personas, program, enrol):
    """Two matched mentees (one ended early), one waiting; shared and private goals; pulses."""
    sofia = enrol(program, "sofia@test.example", "mentee", cohort="Spring")
    enrol(program, "diego@test.example", "mentee", cohort="Autumn")
    Enrollment.objects.filter(person=personas.mentee).update(decided_at=timezone.now() - timedelta(days=10))
    active = Relationship.objects.create(mentee=personas.mentee, mentor=personas.mentor, program=program,
                                         phase="cultivation")  # fmt: skip
    Relationship.objects.create(mentee=sofia, mentor=personas.mentor, program=program, status="ended_early",
                                end_reason="schedule", ended_on=date.today())  # fmt: skip
    Goal.objects.create(owner=personas.mentee, text="Shared goal", visibility="program", shared_program=program,
                        status="achieved")  # fmt: skip
    Goal.objects.create(owner=personas.mentee, text="Private: change jobs quietly", status="achieved")
    Goal.objects.create(owner=personas.mentee, text="Shared elsewhere", visibility="program",
                        shared_program=personas.other_program, status="achieved")  # fmt: skip
    HealthSnapshot.objects.create(relationship=active, taken_on=date.today() - timedelta(days=7), score=90,
                                  level="thriving")  # fmt: skip
    HealthSnapshot.objects.create(relationship=active, taken_on=date.today(), score=50, level="at risk")
    for score in (4, 5, 3):
        Pulse.objects.create(relationship=active, person=personas.mentee, score=score, comment="private words")
    return active


def test_the_dashboard_counts_without_revealing_content(client_for, personas, program, activity):
    data = metrics.dashboard(program)
    figures = data["figures"]
    assert figures["approved_mentees"] == 3 and figures["matched_mentees"] == 2 and figures["match_rate"] == 67
    assert figures["median_days_to_match"] == 5
    assert figures["active_relationships"] == 1 and figures["ended_early"] == 1
    assert figures["goals_achieved"] == 1
    charts = {c.key: c for c in data["charts"]}
    assert dict(charts["phases"].rows())["Cultivation"] == [1]
    assert dict(charts["endings"].rows()) == {"Schedules did not fit": [1]}
    assert dict(charts["health"].rows()) == {"Thriving": [0], "Steady": [0], "At risk": [1], "Stalled": [0],
                                             "Not checked yet": [0]}  # fmt: skip
    assert charts["pulse"].series[0][1] == [4.0]
    page = client_for(personas.coordinator).get("/programs/data/dashboard/").content.decode()
    assert "chart-data" in page and "chart-4.6.1.umd.min.js" in page and "<table" in page
    for secret in ("Private: change jobs quietly", "Shared goal", "private words"):
        assert secret not in page


def test_pulse_months_with_few_answers_are_hidden(personas, program, activity):
    Pulse.objects.filter(score=3).delete()
    assert {c.key: c for c in metrics.dashboard(program)["charts"]}["pulse"].labels == []


def test_filters_by_cohort_and_dates(client_for, personas, program, activity):
    spring = metrics.dashboard(program, metrics.Filters(cohort="Spring"))["figures"]
    assert spring["approved_mentees"] == 1 and spring["ended_early"] == 1 and spring["active_relationships"] == 0
    future = metrics.dashboard(program, metrics.Filters(start=date.today() + timedelta(days=1)))["figures"]
    assert future["approved_mentees"] == 0 and future["active_relationships"] == 0
    page = client_for(personas.coordinator).get("/programs/data/dashboard/?cohort=Spring").content.decode()
    assert '<option value="Spring" selected>' in page


def test_csv_exports(client_for, personas, program, activity):
    client = client_for(personas.coordinator)
    participants = client.get("/programs/data/export/participants.csv")
    assert participants["Content-Type"].startswith("text/csv")
    assert "sofia@test.example" in participants.content.decode()
    relationships = client.get("/programs/data/export/relationships.csv").content.decode()
    assert "ended_early,initiation" in relationships or "ended_early" in relationships
    exported = client.get("/programs/data/export/metrics.csv").content.decode()
    assert "figure,match_rate,,67" in exported and "private words" not in exported
    assert client.get("/programs/data/export/matches.csv").status_code == 404  # no published run yet
    assert client.get("/programs/data/export/secrets.csv").status_code == 404


def test_spreadsheet_formulas_are_defused(client_for, personas, program, enrol):
    enrol(program, "evil@test.example", "mentee", name="=HYPERLINK(1)")
    exported = client_for(personas.coordinator).get("/programs/data/export/participants.csv").content.decode()
    assert "'=HYPERLINK(1)" in exported
