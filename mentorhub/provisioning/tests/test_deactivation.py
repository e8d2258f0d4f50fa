"""Deactivating a person (staff in the admin; the HR system through SCIM uses the same service) and letting them
back in."""

import io
import json
import zipfile

import pytest
from allauth.usersessions.models import UserSession
from django.contrib.auth.backends import ModelBackend
from django.core.management import call_command

from mentorhub.accounts.models import AccessToken, User
from mentorhub.lib import yourdata
from mentorhub.meetings.models import CalendarFeed
from mentorhub.nudges.models import Nudge
from mentorhub.provisioning import services
from mentorhub.provisioning.models import ProvisionedGroup, ProvisionedPerson, ProvisioningToken, hash_token
from mentorhub.relationships import lifecycle
from mentorhub.relationships.models import Relationship
from mentorhub.relationships.services.requests import send_request
from tests.support import TEST_PASSWORD, BrowserClient

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return User.objects.create_superuser("root@example.org", "a long password 1")


def signs_in(person) -> bool:
    return ModelBackend().authenticate(None, username=person.email, password=TEST_PASSWORD) is not None


def test_staff_deactivate_a_person_who_is_logged_out_everywhere_and_their_partners_told(personas, staff, client_for):
    mentee, mentor = personas.mentee, personas.mentor
    relationship = lifecycle.start(mentee, mentor, actor=mentor)
    ended = lifecycle.start(personas.other_member, mentee, actor=mentee)
    lifecycle.close(ended, mentee, outcome=Relationship.COMPLETED, reason="goals_met")
    token, _ = AccessToken.issue(mentee, "script", AccessToken.WRITE)
    CalendarFeed.issue(mentee)
    browser, phone = client_for(mentee), client_for(mentee)
    assert browser.get("/relationships/").status_code == 200
    other_session = client_for(mentor)

    response = client_for(staff).post(
        "/admin/provisioning/account/", {"action": "deactivate", "_selected_action": [mentee.pk]}
    )
    assert response.status_code == 302

    mentee.refresh_from_db()
    assert not mentee.is_active and not signs_in(mentee)
    for client in (browser, phone):
        assert client.get("/relationships/").status_code == 302
    assert other_session.get("/relationships/").status_code == 200
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert not CalendarFeed.objects.filter(person=mentee).exists()
    relationship.refresh_from_db()
    assert relationship.status == Relationship.PAUSED
    assert relationship.history.filter(what="Status: Active → Paused", why__contains=staff.email).exists()
    notice = Nudge.objects.get(person=mentor, rule="partner_deactivated")
    assert "Maya Mentee" in notice.title and notice.url == relationship.get_absolute_url()
    # Nothing of theirs is gone: the export and the other people's history still have it.
    assert Relationship.objects.filter(mentee=mentee).count() == 1 and ended.mentor_id == mentee.pk
    assert mentee.enrollments.count() == 1 and mentee.profile.name == "Maya Mentee"
    assert not Nudge.objects.filter(person=personas.other_member, rule="partner_deactivated").exists()


def test_reactivation_lets_them_sign_in_and_leaves_relationships_paused(personas, staff, client_for):
    relationship = lifecycle.start(personas.mentee, personas.mentor, actor=personas.mentor)
    admin = client_for(staff)
    admin.post("/admin/provisioning/account/", {"action": "deactivate", "_selected_action": [personas.mentee.pk]})
    admin.post("/admin/provisioning/account/", {"action": "reactivate", "_selected_action": [personas.mentee.pk]})
    personas.mentee.refresh_from_db()
    assert personas.mentee.is_active and signs_in(personas.mentee)
    relationship.refresh_from_db()
    assert relationship.status == Relationship.PAUSED


def test_deactivating_twice_tells_the_other_person_once(personas, staff, client_for):
    lifecycle.start(personas.mentee, personas.mentor, actor=personas.mentor)
    admin = client_for(staff)
    for _ in range(2):
        admin.post("/admin/provisioning/account/", {"action": "deactivate", "_selected_action": [personas.mentee.pk]})
    assert Nudge.objects.filter(person=personas.mentor, rule="partner_deactivated").count() == 1


def test_someone_who_is_not_staff_cannot_deactivate(personas, client_for):
    response = client_for(personas.coordinator).post(
        "/admin/provisioning/account/", {"action": "deactivate", "_selected_action": [personas.mentee.pk]}
    )
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    personas.mentee.refresh_from_db()
    assert personas.mentee.is_active


def test_an_operator_sees_a_new_token_once_and_only_its_hash_is_kept(staff, client_for):
    response = client_for(staff).post("/admin/provisioning/provisioningtoken/add/", {"name": "Okta"}, follow=True)
    shown = [str(m) for m in response.context["messages"] if "not shown again" in str(m)]
    raw = shown[0].rsplit(" ", 1)[-1]
    token = ProvisioningToken.objects.get(name="Okta")
    assert token.token_hash == hash_token(raw) and raw not in str(ProvisioningToken.objects.values().get())
    assert token.created_by == staff
    page = client_for(staff).get(f"/admin/provisioning/provisioningtoken/{token.pk}/change/")
    assert raw not in page.content.decode()


def test_the_command_prints_a_token_that_opens_scim(capsys, client):
    call_command("scim_token", "Entra ID")
    raw = capsys.readouterr().out.strip()
    assert client.get("/scim/v2/Users", headers={"Authorization": f"Bearer {raw}"}).status_code == 200
    assert ProvisioningToken.objects.get(name="Entra ID").last_used_at is not None


def test_what_the_hr_system_keeps_is_in_the_export_and_erased_with_the_account(personas):
    ProvisionedPerson.objects.create(person=personas.mentee, external_id="HR-42")
    ProvisionedGroup.objects.create(display_name="Mentees 2027").members.add(personas.mentee)
    with zipfile.ZipFile(io.BytesIO(yourdata.archive(personas.mentee))) as archive:
        exported = json.loads(archive.read("provisioning.json"))
    assert exported["provisioned"][0]["external_id"] == "HR-42" and exported["groups"] == ["Mentees 2027"]
    yourdata.erase(personas.mentee)
    assert not ProvisionedPerson.objects.exists() and not ProvisionedGroup.objects.get().members.exists()


def test_the_provisioning_admin_pages_open(personas, staff, client_for):
    group = ProvisionedGroup.objects.create(display_name="Mentors 2027", program=personas.program, role="mentor")
    group.members.add(personas.outsider)
    ProvisionedPerson.objects.create(person=personas.outsider, external_id="HR-1")
    admin = client_for(staff)
    for page in ("account", "provisionedgroup", "provisionedperson", "provisioningtoken"):
        assert admin.get(f"/admin/provisioning/{page}/").status_code == 200
    page = admin.get(f"/admin/provisioning/provisionedgroup/{group.pk}/change/").content.decode()
    assert personas.outsider.email in page


def test_linking_a_group_to_a_program_in_the_admin_enrols_its_members(personas, staff, client_for):
    group = ProvisionedGroup.objects.create(display_name="Mentors 2027")
    group.members.add(personas.outsider)
    response = client_for(staff).post(
        f"/admin/provisioning/provisionedgroup/{group.pk}/change/", {"program": personas.program.pk, "role": "mentor"}
    )
    assert response.status_code == 302
    assert personas.program.enrollments.approved().filter(person=personas.outsider, role="mentor").exists()


def test_a_deactivated_mentor_leaves_the_directory_at_once_and_comes_back_when_reactivated(personas, staff, client_for):
    mentee, admin = client_for(personas.mentee), client_for(staff)
    assert "Marco Mentor" in mentee.get("/mentors/").content.decode()
    admin.post("/admin/provisioning/account/", {"action": "deactivate", "_selected_action": [personas.mentor.pk]})
    assert "Marco Mentor" not in mentee.get("/mentors/").content.decode()
    admin.post("/admin/provisioning/account/", {"action": "reactivate", "_selected_action": [personas.mentor.pk]})
    assert "Marco Mentor" in mentee.get("/mentors/").content.decode()


def test_open_requests_to_and_from_a_deactivated_person_are_answered(personas, staff, client_for):
    from_mentee = send_request(personas.mentee, personas.mentor, message="Would you mentor me in SQL?")
    personas.outsider.profile.accepting_mentees = True
    personas.outsider.profile.save()
    to_outsider = send_request(personas.mentor, personas.outsider, as_role="mentee", message="Could you mentor me?")
    client_for(staff).post(
        "/admin/provisioning/account/", {"action": "deactivate", "_selected_action": [personas.mentor.pk]}
    )
    from_mentee.refresh_from_db()
    to_outsider.refresh_from_db()
    assert (from_mentee.status, from_mentee.decline_reason) == ("declined", "no_longer_available")
    assert "deactivated" in from_mentee.decline_note
    assert Nudge.objects.filter(person=personas.mentee, rule="request_answered").exists()
    assert to_outsider.status == "withdrawn"


def test_unticking_active_in_the_people_admin_deactivates_them_like_the_action(personas, staff, client_for):
    mentee, mentor = personas.mentee, personas.mentor
    relationship = lifecycle.start(mentee, mentor, actor=mentor)
    browser, phone = client_for(mentee), client_for(mentee)
    for client in (browser, phone):
        assert client.get("/relationships/").status_code == 200
    admin = client_for(staff)
    form = {"email": mentee.email, "email_verified": "on", "_save": "Save"}  # "is_active" left out: unticked

    assert admin.post(f"/admin/accounts/user/{mentee.pk}/change/", form).status_code == 302

    mentee.refresh_from_db()
    assert not mentee.is_active and not signs_in(mentee)
    for client in (browser, phone):
        assert client.get("/relationships/").status_code == 302
    relationship.refresh_from_db()
    assert relationship.status == Relationship.PAUSED
    assert Nudge.objects.filter(person=mentor, rule="partner_deactivated").count() == 1
    assert not UserSession.objects.filter(user=mentee).exists()

    # Ticking it again lets them back in; their relationship stays paused.
    admin.post(f"/admin/accounts/user/{mentee.pk}/change/", {**form, "is_active": "on"})
    mentee.refresh_from_db()
    assert mentee.is_active and signs_in(mentee)
    relationship.refresh_from_db()
    assert relationship.status == Relationship.PAUSED


def logged_in(person) -> BrowserClient:
    client = BrowserClient()
    client.get("/account/login/")
    assert client.post("/account/login/", {"login": person.email, "password": TEST_PASSWORD}).status_code == 302
    return client


def test_after_deactivation_their_session_list_shows_only_the_browser_they_sign_in_with_again(personas):
    mentee = personas.mentee
    logged_in(mentee), logged_in(mentee)
    assert UserSession.objects.filter(user=mentee).count() == 2

    services.deactivate(mentee, why="Deactivated by the organisation's HR system")
    # Their sessions' addresses and browsers go with the sessions.
    assert not UserSession.objects.filter(user=mentee).exists()
    services.reactivate(mentee, why="Reactivated by the organisation's HR system")

    page = logged_in(mentee).get("/account/sessions/").content.decode()
    assert page.count("<tr><td>") == 1 and "this browser" in page
    assert "Log out everywhere else" not in page
