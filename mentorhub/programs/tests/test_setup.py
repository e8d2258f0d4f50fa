"""Programs without the admin: create, edit, duplicate, archive, co-coordinators, the enrolment form."""

import json
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import override_settings
from django.utils import timezone

from conftest import make_person
from mentorhub.nudges import services as nudges
from mentorhub.nudges.models import Notification
from mentorhub.programs import match_runs
from mentorhub.programs.models import EnrollmentQuestion, MatchRun, Program
from mentorhub.programs.services import apply

pytestmark = pytest.mark.django_db

COHORT = {
    "name": "Spring Data Cohort",
    "description": "Twelve weeks of data mentoring.",
    "visibility": "invite",
    "kind": "cohort",
    "starts_on": "2031-03-01",
    "ends_on": "2031-06-01",
    "applications_open_on": "",
    "applications_close_on": "2031-02-20",
    "approval": "manual",
    "default_mentor_capacity": "2",
    "max_rankings": "3",
}


def post_json(client, url, data=None, method="post"):
    return client.generic(method.upper(), url, data=json.dumps(data or {}),
                          content_type="application/json")  # fmt: skip


def test_a_coordinator_creates_a_cohort_program_and_coordinates_it(client_for, personas):
    response = client_for(personas.coordinator).post("/programs/new/", COHORT)
    program = Program.objects.get(name="Spring Data Cohort")
    assert response.status_code == 302 and response.url == f"/programs/{program.slug}/questions/"
    assert program.slug == "spring-data-cohort" and not program.is_evergreen
    assert (program.starts_on, program.applications_close_on) == (date(2031, 3, 1), date(2031, 2, 20))
    assert list(program.coordinators.all()) == [personas.coordinator]


def test_an_evergreen_program_keeps_no_dates(client_for, personas):
    client_for(personas.coordinator).post("/programs/new/", {**COHORT, "kind": "evergreen"})
    assert Program.objects.get(name="Spring Data Cohort").is_evergreen


def test_a_participant_cannot_create_a_program_unless_the_setting_lets_everyone(client_for, personas):
    mentee = client_for(personas.mentee)
    assert mentee.get("/programs/new/").status_code == 403
    assert mentee.post("/programs/new/", COHORT).status_code == 403
    assert post_json(mentee, "/api/programs", {"name": "Mine"}).status_code == 403
    assert Program.objects.count() == 2
    assert "Create a program" not in mentee.get("/programs/").content.decode()
    with override_settings(PROGRAM_CREATORS="everyone"):
        assert mentee.post("/programs/new/", COHORT).status_code == 302
    personas.outsider.user_permissions.add(Permission.objects.get(codename="add_program"))
    assert client_for(personas.outsider).post("/programs/new/", {**COHORT, "name": "Otto's"}).status_code == 302
    assert Program.objects.count() == 4


def test_bad_dates_are_refused_and_what_was_typed_stays(client_for, personas):
    response = client_for(personas.coordinator).post(
        "/programs/new/", {**COHORT, "ends_on": "", "starts_on": "2031-03-01"}
    )
    page = response.content.decode()
    assert response.status_code == 200 and "A cohort needs a start and an end date." in page
    assert 'value="Spring Data Cohort"' in page and 'value="2031-03-01"' in page  # ISO, so the browser shows it
    late = client_for(personas.coordinator).post("/programs/new/", {**COHORT, "applications_close_on": "2031-07-01"})
    assert "Applications must close by the program" in late.content.decode()
    assert Program.objects.count() == 2


def test_editing_a_program_keeps_its_dates_and_checks_them(client_for, personas):
    coordinator = client_for(personas.coordinator)
    response = coordinator.post("/programs/data/settings/", {**COHORT, "name": "Data Mentoring 2031"})
    program = Program.objects.get(slug="data")
    assert response.status_code == 302 and program.name == "Data Mentoring 2031" and program.ends_on == date(2031, 6, 1)
    bad = coordinator.post("/programs/data/settings/", {**COHORT, "ends_on": "2031-01-01"})
    assert "The program cannot end before it starts." in bad.content.decode()
    program.refresh_from_db()
    assert program.ends_on == date(2031, 6, 1)


def test_duplicating_copies_questions_matching_rules_and_coordinators_but_nobody_enrolled(client_for, personas):
    program = personas.program
    EnrollmentQuestion.objects.create(program=program, text="Site", kind="single", choices=["Lisbon", "Leeds"],
                                      match_use="same", position=1)  # fmt: skip
    EnrollmentQuestion.objects.create(program=program, text="Topics", kind="multiple", choices=["SQL", "BI"],
                                      match_use="weight", match_weight=0.5, position=2)  # fmt: skip
    rules = match_runs.Rules(max_hours_apart=3, min_score=10)
    MatchRun.objects.create(program=program, number=1, objective=MatchRun.BEST_TOTAL, weights={"skills": 2},
                            rules=rules.to_dict())  # fmt: skip
    co = make_person("co@test.example", "Cai Co")
    program.coordinators.add(co)
    response = client_for(co).post("/programs/data/settings/duplicate/", {"name": "Data Mentoring, autumn"})
    copy = Program.objects.get(name="Data Mentoring, autumn")
    assert response.url == f"/programs/{copy.slug}/settings/"
    assert [(q.text, q.choices, q.match_use, q.match_weight) for q in copy.questions.all()] == [
        ("Site", ["Lisbon", "Leeds"], "same", 0.2),
        ("Topics", ["SQL", "BI"], "weight", 0.5),
    ]
    assert copy.match_defaults == {"objective": "best_total", "weights": {"skills": 2}, "rules": rules.to_dict()}
    assert set(copy.coordinators.all()) == {personas.coordinator, co}
    assert copy.enrollments.count() == 0 and copy.invite_token != program.invite_token
    # The copy's first dry run starts from the original's rules and weights.
    page = client_for(co).get(f"/programs/{copy.slug}/matching/").content.decode()
    assert 'name="max_hours_apart" value="3"' in page and 'name="weight_skills" value="2"' in page


def test_an_archived_program_takes_no_applications_and_leaves_the_list(client_for, personas):
    client_for(personas.coordinator).post("/programs/data/settings/archive/", {"archived": "1"})
    program = Program.objects.get(slug="data")
    assert program.is_archived
    assert "Data Mentoring" not in client_for(personas.outsider).get("/programs/").content.decode()
    assert "Data Mentoring" in client_for(personas.mentee).get("/programs/").content.decode()
    response = client_for(personas.outsider).post("/programs/data/apply/mentee/", {"invite": ""})
    assert "archived" in response.content.decode() and program.enrollments.count() == 2
    client_for(personas.coordinator).post("/programs/data/settings/archive/", {"archived": "0"})
    assert apply(Program.objects.get(slug="data"), personas.outsider, "mentee").status == "applied"


def test_applications_follow_the_window(personas):
    program = personas.program
    today = timezone.localdate()
    program.applications_open_on = today + timedelta(days=3)
    program.save()
    with pytest.raises(Exception, match="Applications open on"):
        apply(program, personas.outsider, "mentee")
    program.applications_open_on, program.applications_close_on = today - timedelta(days=9), today - timedelta(days=1)
    program.save()
    with pytest.raises(Exception, match="Applications closed on"):
        apply(program, personas.outsider, "mentee")
    assert program.enrollments.filter(person=personas.outsider).count() == 0


def test_co_coordinators_are_added_by_email_and_the_last_one_stays(client_for, personas):
    coordinator = client_for(personas.coordinator)
    unknown = coordinator.post("/programs/data/settings/coordinators/", {"email": "nobody@test.example"})
    page = unknown.content.decode()
    assert "Nobody has an account with that email address" in page and 'value="nobody@test.example"' in page
    coordinator.post("/programs/data/settings/coordinators/", {"email": "MENTOR@test.example"})
    program = personas.program
    assert set(program.coordinators.all()) == {personas.coordinator, personas.mentor}
    nudges.sweep()
    assert Notification.objects.filter(person=personas.mentor, title__contains="made you a coordinator").exists()
    coordinator.post(f"/programs/data/settings/coordinators/{personas.coordinator.pk}/remove/")
    assert list(program.coordinators.all()) == [personas.mentor]
    last = post_json(
        client_for(personas.mentor), f"/api/programs/data/coordinators/{personas.mentor.pk}", method="delete"
    )
    assert last.status_code == 409 and last.json()["code"] == "last_coordinator"
    assert list(program.coordinators.all()) == [personas.mentor]


def test_the_enrolment_form_editor_adds_edits_reorders_and_removes(client_for, personas):
    coordinator = client_for(personas.coordinator)
    for text in ("Site", "Topics", "Why join?"):
        coordinator.post("/programs/data/questions/", {"question-text": text, "question-kind": "text",
                                                       "question-required": "on"})  # fmt: skip
    site, topics, why = personas.program.questions.all()
    coordinator.post(f"/programs/data/questions/{why.pk}/move/", {"to": "up"})
    assert [q.text for q in personas.program.questions.all()] == ["Site", "Why join?", "Topics"]
    edited = coordinator.post(f"/programs/data/questions/{topics.pk}/", {
        "text": "Topics", "role": "", "kind": "multiple", "choices": "SQL\nBI\nStatistics", "required": "on",
        "match_use": "weight", "match_weight": "0.5"})  # fmt: skip
    assert edited.status_code == 302
    topics.refresh_from_db()
    assert (topics.choices, topics.match_use, topics.match_weight) == (["SQL", "BI", "Statistics"], "weight", 0.5)
    page = coordinator.get(f"/programs/data/questions/{topics.pk}/").content.decode()
    assert "SQL\nBI\nStatistics</textarea>" in page
    coordinator.post(f"/programs/data/questions/{site.pk}/delete/")
    assert [q.text for q in personas.program.questions.all()] == ["Why join?", "Topics"]


def test_a_question_used_in_matching_must_be_asked_of_everyone_and_comparable(client_for, personas):
    coordinator = client_for(personas.coordinator)
    mentees_only = coordinator.post("/programs/data/questions/", {
        "question-text": "Site", "question-role": "mentee", "question-kind": "single",
        "question-choices": "Lisbon\nLeeds", "question-match_use": "same"})  # fmt: skip
    page = mentees_only.content.decode()
    assert "asked of everyone" in page and "Lisbon\nLeeds</textarea>" in page
    free_text = post_json(coordinator, "/api/programs/data/questions",
                          {"text": "Why?", "kind": "text", "match_use": "weight"})  # fmt: skip
    assert free_text.status_code == 422 and free_text.json()["errors"][0]["field"] == "match_use"
    assert personas.program.questions.count() == 0


def test_programs_are_set_up_through_the_api(client_for, personas):
    coordinator = client_for(personas.coordinator)
    created = post_json(coordinator, "/api/programs", {"name": "API Cohort", "kind": "cohort",
                                                       "starts_on": "2031-03-01", "ends_on": "2031-06-01"})  # fmt: skip
    assert created.status_code == 201
    body = created.json()
    assert body["slug"] == "api-cohort" and body["coordinators"][0]["email"] == "coordinator@test.example"
    assert body["invite_path"].startswith("/programs/api-cohort/invite/")
    bad = post_json(coordinator, "/api/programs/api-cohort", {"ends_on": "2031-01-01"}, method="patch")
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "ends_on"
    patched = post_json(coordinator, "/api/programs/api-cohort", {"visibility": "public"}, method="patch").json()
    assert patched["visibility"] == "public" and patched["ends_on"] == "2031-06-01"
    q1 = post_json(coordinator, "/api/programs/api-cohort/questions", {"text": "Site", "kind": "single",
                   "choices": ["A", "B"], "match_use": "same"}).json()  # fmt: skip
    q2 = post_json(coordinator, "/api/programs/api-cohort/questions", {"text": "Why?"}).json()
    order = post_json(coordinator, "/api/programs/api-cohort/questions/order",
                      {"question_ids": [q2["id"], q1["id"]]}, method="put")  # fmt: skip
    assert [q["text"] for q in order.json()] == ["Why?", "Site"]
    wrong = post_json(
        coordinator, "/api/programs/api-cohort/questions/order", {"question_ids": [q2["id"]]}, method="put"
    )
    assert wrong.status_code == 422
    renamed = post_json(coordinator, f"/api/programs/api-cohort/questions/{q1['id']}", {"text": "Office"},
                        method="patch").json()  # fmt: skip
    assert (renamed["text"], renamed["choices"], renamed["match_use"]) == ("Office", ["A", "B"], "same")
    copy = post_json(coordinator, "/api/programs/api-cohort/duplicate", {"name": "API Cohort 2"}).json()
    assert [q["text"] for q in coordinator.get(f"/api/programs/{copy['slug']}/questions").json()] == ["Why?", "Office"]
    added = post_json(coordinator, "/api/programs/api-cohort/coordinators", {"email": "mentor@test.example"})
    assert added.status_code == 201 and added.json()["name"] == "Marco Mentor"
    assert post_json(coordinator, "/api/programs/api-cohort/archive", {"archived": True}).json()["archived"] is True
    assert post_json(coordinator, f"/api/programs/api-cohort/questions/{q2['id']}", method="delete").status_code == 204


def test_participants_and_strangers_change_nothing_through_the_setup_api(client_for, personas):
    question = EnrollmentQuestion.objects.create(program=personas.program, text="Site")
    for person in (personas.mentee, personas.mentor, personas.outsider):
        client = client_for(person)
        assert post_json(client, "/api/programs/data", {"name": "Mine"}, method="patch").status_code == 403
        assert post_json(client, "/api/programs/data/questions", {"text": "Mine?"}).status_code == 403
        assert post_json(client, f"/api/programs/data/questions/{question.pk}", method="delete").status_code == 403
        assert post_json(client, "/api/programs/data/coordinators", {"email": person.email}).status_code == 403
        assert post_json(client, "/api/programs/data/duplicate").status_code == 403
        assert post_json(client, "/api/programs/other/archive").status_code == 404
    program = Program.objects.get(slug="data")
    assert program.name == "Data Mentoring" and list(program.coordinators.all()) == [personas.coordinator]
    assert [q.text for q in program.questions.all()] == ["Site"] and Program.objects.count() == 2
    assert not Program.objects.get(slug="other").is_archived
