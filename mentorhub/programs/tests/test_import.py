import csv
import html
import io
import re

import pytest
from django.core import mail

from mentorhub.accounts.models import User
from mentorhub.lib.errors import DomainError
from mentorhub.programs import services
from mentorhub.programs.models import Enrollment

pytestmark = pytest.mark.django_db

HEADER = "email,name,role,skills,languages,timezone,department,capacity,cohort\n"
GOOD = (
    HEADER
    + "ana@corp.example,Ana Costa,mentee,SQL;product management,English;Portuguese,Europe/Lisbon,Finance,,Spring\n"
    + "bo@corp.example,Bo Berg,mentor,SQL;statistics,English,Europe/Stockholm,Data,3,Spring\n"
    + "mentee@test.example,Maya Mentee,mentor,,English,Europe/Lisbon,,,\n"
)


def upload(client, text, **extra):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(
        "/programs/data/participants/import/",
        {"file": SimpleUploadedFile("cohort.csv", text.encode(), content_type="text/csv"), **extra},
    )


def test_preview_then_import_creates_accounts_enrolments_and_invitations(
    client, client_for, personas, django_capture_on_commit_callbacks
):
    coordinator = client_for(personas.coordinator)
    preview = upload(coordinator, GOOD).content.decode()
    assert "new account, invited" in preview and "existing account, enrolled" in preview
    assert not User.objects.filter(email="ana@corp.example").exists()
    content = html.unescape(re.search(r'name="content" value="([^"]*)"', preview).group(1))
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator.post("/programs/data/participants/import/", {"content": content, "confirm": "1"})
    assert response.status_code == 302
    ana = User.objects.get(email="ana@corp.example")
    assert not ana.has_usable_password()
    assert ana.profile.skills_sought == ["SQL", "product management"] and ana.profile.timezone == "Europe/Lisbon"
    bo = Enrollment.objects.get(person__email="bo@corp.example")
    assert (bo.status, bo.role, bo.department, bo.capacity, bo.cohort) == ("approved", "mentor", "Data", 3, "Spring")
    assert User.objects.get(email="bo@corp.example").profile.skills_offered[0]["name"] == "SQL"
    assert Enrollment.objects.get(person=personas.mentee, role="mentor").status == "approved"
    invitation = next(m for m in mail.outbox if m.to == ["ana@corp.example"])
    assert "Data Mentoring" in invitation.subject
    link = re.search(r"https?://\S+/account/password/reset/\S+", invitation.body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    page = client.get("/" + path, follow=True)
    new_password = "a-brand-new-passphrase-42"
    client.post(page.redirect_chain[-1][0], {"password1": new_password, "password2": new_password})
    ana.refresh_from_db()
    assert ana.check_password(new_password)
    assert any(m.to == ["mentee@test.example"] and "joined" in m.subject for m in mail.outbox)


def test_rows_with_errors_are_shown_and_nothing_is_imported(client_for, personas):
    bad = GOOD + "not-an-email,X,boss,,,Mars/Olympus,,12,\nana@corp.example,Ana again,mentee,,,,,,\n"
    page = upload(client_for(personas.coordinator), bad).content.decode()
    assert "is not an email address" in page and "role must be mentee or mentor" in page
    assert "not a timezone" in page and "capacity must be a whole number" in page and "the same person and role" in page
    assert 'name="confirm"' not in page
    with pytest.raises(DomainError):
        services.import_participants(personas.program, bad, personas.coordinator)
    assert not User.objects.filter(email="bo@corp.example").exists()


def test_an_import_that_fails_midway_leaves_nothing_behind(personas, monkeypatch, django_capture_on_commit_callbacks):
    calls = []
    original = services._new_person

    def failing(values, program):
        calls.append(values["email"])
        if len(calls) == 2:
            raise RuntimeError("database went away")
        return original(values, program)

    monkeypatch.setattr(services, "_new_person", failing)
    with django_capture_on_commit_callbacks(execute=True) as invitations, pytest.raises(RuntimeError):
        services.import_participants(personas.program, GOOD, personas.coordinator)
    assert not User.objects.filter(email="ana@corp.example").exists()
    assert not invitations and not mail.outbox


def test_files_that_are_not_participant_csvs_are_refused(client_for, personas):
    page = upload(client_for(personas.coordinator), "first,second\n1,2\n").content.decode()
    assert "The header row has no email, name, role column" in page
    with pytest.raises(DomainError):
        services.preview_import(personas.program, HEADER)


def test_only_the_programs_coordinators_import(client_for, personas, other_coordinator):
    assert upload(client_for(personas.mentee), GOOD).status_code == 403
    assert upload(client_for(other_coordinator), GOOD).status_code == 403
    assert not User.objects.filter(email="ana@corp.example").exists()


def test_a_file_with_old_mac_line_endings_is_previewed_and_imported(client_for, personas):
    coordinator = client_for(personas.coordinator)
    response = upload(coordinator, GOOD.replace("\n", "\r"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "new account, invited" in page and "existing account, enrolled" in page
    content = html.unescape(re.search(r'name="content" value="([^"]*)"', page).group(1))
    coordinator.post("/programs/data/participants/import/", {"content": content, "confirm": "1"})
    assert Enrollment.objects.get(person__email="bo@corp.example").department == "Data"


def test_a_cell_too_long_to_be_real_is_refused_for_the_whole_file(client_for, personas):
    huge = GOOD + "cy@corp.example,Cy,mentee,,,,," + "x" * 200_000 + ",\n"
    response = upload(client_for(personas.coordinator), huge)
    assert response.status_code == 200
    page = response.content.decode()
    assert "near line 5 is longer than 131,072 characters" in page and 'name="confirm"' not in page
    with pytest.raises(DomainError):
        services.import_participants(personas.program, huge, personas.coordinator)
    assert not User.objects.filter(email__in=["ana@corp.example", "cy@corp.example"]).exists()


def test_formula_cells_are_imported_as_typed_and_exported_as_text(client_for, personas):
    name, department, cohort = '=HYPERLINK("http://evil.example","Ana")', "+cmd|' /C calc'!A0", "@SUM(1+1)"
    text = HEADER + f'ana@corp.example,"{name.replace(chr(34), chr(34) * 2)}",mentee,,,,{department},,{cohort}\n'
    services.import_participants(personas.program, text, personas.coordinator)
    ana = Enrollment.objects.get(person__email="ana@corp.example")
    assert (ana.person.profile.name, ana.department, ana.cohort) == (name, department, cohort)
    exported = client_for(personas.coordinator).get("/programs/data/export/participants.csv").content.decode()
    row = next(r for r in csv.DictReader(io.StringIO(exported)) if r["email"] == "ana@corp.example")
    assert (row["name"], row["department"], row["cohort"]) == ("'" + name, "'" + department, "'" + cohort)
