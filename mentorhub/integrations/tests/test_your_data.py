import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.utils import timezone

from mentorhub.accounts.models import User
from mentorhub.goals.models import Goal
from mentorhub.meetings import services as meetings
from mentorhub.relationships import services as relationships
from mentorhub.relationships.models import Relationship

pytestmark = pytest.mark.django_db


@pytest.fixture
def relationship(personas):
    request = relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering.")
    relationship = relationships.accept_request(request.pk, personas.mentor)
    relationships.send_gratitude(relationship, personas.mentor, "Glad to help, Maya.")
    return relationship


def test_export_holds_a_json_file_per_resource(client_for, personas, relationship):
    Goal.objects.create(owner=personas.mentee, text="Run a discovery project by June 2027")
    response = client_for(personas.mentee).post("/account/export/")
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert {"profile.json", "goals.json", "relationships.json", "meetings.ics"} <= set(archive.namelist())
    assert json.loads(archive.read("goals.json"))[0]["text"] == "Run a discovery project by June 2027"
    rels = json.loads(archive.read("relationships.json"))
    assert rels[0]["gratitude_notes"][0]["text"] == "Glad to help, Maya."


def test_export_does_not_include_other_peoples_private_data(client_for, personas, relationship):
    Goal.objects.create(owner=personas.mentor, text="Mentor's private goal")
    response = client_for(personas.mentee).post("/account/export/")
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert all(b"Mentor's private goal" not in archive.read(name) for name in archive.namelist())


def test_delete_account_erases_private_data_and_keeps_the_other_sides_history(client_for, personas, relationship):
    Goal.objects.create(owner=personas.mentee, text="Private goal")
    client = client_for(personas.mentee)
    page = client.post("/account/delete/", {"password": "wrong", "confirm": "on"}).content.decode()
    assert "That password is not right" in page
    client.post("/account/delete/", {"password": "correct-horse-battery", "confirm": "on"})
    person = User.objects.get(pk=personas.mentee.pk)
    assert not person.is_active and person.email.endswith("@deleted.invalid")
    assert person.profile.name == "Deleted person" and not Goal.objects.filter(owner=person).exists()
    relationship = Relationship.objects.get(pk=relationship.pk)
    assert relationship.status == "ended_early"
    page = client_for(personas.mentor).get(f"/relationships/{relationship.pk}/").content.decode()
    assert "Glad to help, Maya." in page and "Deleted person" in page
    assert client.get("/account/").status_code == 302  # logged out


def test_data_pages_need_login(client):
    for url in ["/account/export/", "/account/delete/", "/account/webhooks/"]:
        assert client.get(url)["Location"].startswith("/account/login/")


def test_export_with_a_meeting_whose_time_is_only_proposed_downloads(client_for, personas, relationship):
    meetings.propose_times(relationship, personas.mentee, [timezone.now() + timedelta(days=3)], title="Intro")
    response = client_for(personas.mentee).post("/account/export/")
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert json.loads(archive.read("meetings.json"))["meetings"][0]["status"] == "proposed"
    assert b"Intro" not in archive.read("meetings.ics")  # no time yet, so not in a calendar
