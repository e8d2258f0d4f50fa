"""SCIM Users and Groups through the real URLs: what an HR system can do, and everything it is refused."""

import pytest
from django.contrib.auth import get_user_model

from mentorhub.accounts.models import AccessToken
from mentorhub.programs.models import Enrollment
from mentorhub.provisioning.models import ProvisionedGroup, ProvisionedPerson, ProvisioningToken

from .scim_client import ERROR, GROUP, ScimClient, new_user, patch_op

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def scim():
    _, raw = ProvisioningToken.issue("Entra ID")
    return ScimClient(raw)


def snapshot():
    """Everything a refused request must leave as it was."""
    return (
        sorted(User.objects.values_list("email", "is_active", "profile__name", "profile__current_role")),
        sorted(ProvisionedPerson.objects.values_list("person__email", "external_id")),
        sorted(ProvisionedGroup.objects.values_list("display_name", "members__email")),
        sorted(Enrollment.objects.values_list("person__email", "program__slug", "role", "status")),
    )


def assert_refused(response, status, words, caplog, scim_type=None):
    body = response.json()
    assert response.status_code == status, body
    assert body["schemas"] == [ERROR] and body["status"] == str(status)
    assert words in body["detail"]
    if scim_type:
        assert body["scimType"] == scim_type
    assert any(f"refused with {status}" in r.getMessage() and words in r.getMessage() for r in caplog.records)


def test_create_read_filter_and_update_a_person(scim):
    created = scim.post("Users", new_user("Ada@Example.org", externalId="E-1", title="Engineer"))
    assert created.status_code == 201, created.json()
    person_id = created.json()["id"]
    ada = User.objects.get(pk=person_id)
    assert (ada.email, ada.profile.name, ada.profile.current_role, ada.is_active) == (
        "ada@example.org",
        "Ada Lovelace",
        "Engineer",
        True,
    )
    assert not ada.has_usable_password()

    read = scim.get(f"Users/{person_id}").json()
    assert (read["userName"], read["externalId"], read["active"]) == ("ada@example.org", "E-1", True)
    found = scim.get('Users?filter=userName eq "ADA@example.org"').json()
    assert found["totalResults"] == 1 and found["Resources"][0]["id"] == person_id
    assert scim.get('Users?filter=externalId eq "E-1"').json()["totalResults"] == 1
    assert scim.get('Users?filter=userName eq "nobody@example.org"').json()["totalResults"] == 0

    patched = scim.patch(
        f"Users/{person_id}",
        patch_op(
            {"op": "replace", "path": "title", "value": "Principal engineer"},
            {"op": "Replace", "value": {"displayName": "Ada King"}},
        ),
    )
    assert patched.status_code == 200, patched.json()
    ada.profile.refresh_from_db()
    assert (ada.profile.name, ada.profile.current_role) == ("Ada King", "Principal engineer")

    replaced = scim.put(f"Users/{person_id}", new_user("ada.king@example.org", "Ada", "King", timezone="Europe/London"))
    assert replaced.status_code == 200, replaced.json()
    ada.refresh_from_db()
    assert (ada.email, ada.profile.timezone, ada.profile.current_role) == ("ada.king@example.org", "Europe/London", "")


def test_an_existing_account_is_found_by_its_email_and_linked(scim, personas):
    found = scim.get(f'Users?filter=userName eq "{personas.mentee.email}"').json()
    assert found["Resources"][0]["id"] == str(personas.mentee.pk)
    scim.patch(f"Users/{personas.mentee.pk}", patch_op({"op": "add", "path": "externalId", "value": "HR-7"}))
    assert ProvisionedPerson.objects.get(person=personas.mentee).external_id == "HR-7"


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer scim_wrong"}, {"Authorization": "Basic YWRhOnB3"}, {"Authorization": "Bearer "}],
)
def test_a_request_without_a_valid_token_is_refused_and_changes_nothing(headers, caplog):
    scim = ScimClient(None)
    scim.headers = headers
    before = snapshot()
    response = scim.post("Users", new_user("mallory@example.org"))
    assert_refused(response, 401, "valid provisioning token", caplog)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert snapshot() == before


def test_a_revoked_token_no_longer_works(personas, caplog):
    token, raw = ProvisioningToken.issue("Okta")
    ProvisioningToken.objects.filter(pk=token.pk).update(revoked_at="2026-01-01T00:00:00Z")
    before = snapshot()
    response = ScimClient(raw).patch(
        f"Users/{personas.mentee.pk}", patch_op({"op": "replace", "path": "active", "value": False})
    )
    assert_refused(response, 401, "valid provisioning token", caplog)
    assert snapshot() == before


def test_a_personal_api_token_is_not_a_provisioning_token(personas, caplog):
    _, raw = AccessToken.issue(personas.coordinator, "script", AccessToken.WRITE)
    before = snapshot()
    response = ScimClient(raw).patch(
        f"Users/{personas.mentee.pk}", patch_op({"op": "replace", "path": "active", "value": False})
    )
    assert_refused(response, 401, "valid provisioning token", caplog)
    assert snapshot() == before


def test_a_logged_in_staff_session_is_not_a_token(client_for, caplog):
    staff = User.objects.create_superuser("root@example.org", "a long password 1")
    scim = ScimClient(None, client_for(staff))
    assert_refused(scim.get("Users"), 401, "valid provisioning token", caplog)


def test_unknown_attributes_are_refused_by_name_and_nothing_is_created(scim, caplog):
    before = snapshot()
    response = scim.post("Users", new_user("ada@example.org", department="Research"))
    assert_refused(response, 400, "department", caplog, "invalidSyntax")
    response = scim.post("Users", {**new_user("ada@example.org"), "name": {"givenName": "Ada", "nickName": "A"}})
    assert_refused(response, 400, "nickName", caplog)
    assert snapshot() == before


def test_a_patch_with_an_unknown_attribute_changes_nothing(scim, personas, caplog):
    before = snapshot()
    response = scim.patch(
        f"Users/{personas.mentee.pk}",
        patch_op(
            {"op": "replace", "path": "title", "value": "Changed"},
            {"op": "replace", "path": "costCenter", "value": "42"},
        ),
    )
    assert_refused(response, 400, "costCenter", caplog)
    assert snapshot() == before


def test_a_duplicate_user_name_is_refused_and_nothing_changes(scim, personas, caplog):
    before = snapshot()
    response = scim.post("Users", new_user(personas.mentor.email.upper()))
    assert_refused(response, 409, "already exists", caplog, "uniqueness")
    response = scim.put(f"Users/{personas.mentee.pk}", new_user(personas.mentor.email, title="Taken"))
    assert_refused(response, 409, "already exists", caplog, "uniqueness")
    assert snapshot() == before


@pytest.mark.parametrize(
    ("query", "words"),
    [('userName eq "ada', "cannot be read"), ("userName", "cannot be read"), ('title eq "x"', "Filters can name only")],
)
def test_a_malformed_filter_is_refused(scim, personas, query, words, caplog):
    assert_refused(scim.get(f"Users?filter={query}"), 400, words, caplog, "invalidFilter")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("{not json", "Could not decode JSON"),
        ("[]", "must be a JSON object"),
        ({"schemas": []}, "userName is required"),
        ({"userName": "not-an-email"}, "email address"),
        ({"userName": "ada@example.org", "active": "maybe"}, "true or false"),
        ({"userName": "ada@example.org", "timezone": "Mars/Olympus"}, "IANA time zone"),
    ],
)
def test_a_malformed_person_is_refused(scim, body, words, caplog):
    before = snapshot()
    assert_refused(scim.post("Users", body), 400, words, caplog)
    assert snapshot() == before


def test_staff_accounts_are_out_of_reach_of_a_provisioning_token(scim, caplog):
    staff = User.objects.create_superuser("root@example.org", "a long password 1")
    assert_refused(scim.get(f"Users/{staff.pk}"), 404, "not found", caplog)
    response = scim.patch(f"Users/{staff.pk}", patch_op({"op": "replace", "path": "active", "value": False}))
    assert response.status_code == 404
    assert scim.get('Users?filter=userName eq "root@example.org"').json()["totalResults"] == 0
    staff.refresh_from_db()
    assert staff.is_active
    assert_refused(scim.get("Users/not-a-number"), 404, "not found", caplog)


def test_deleting_a_person_deactivates_them_and_keeps_their_data(scim, personas):
    assert scim.delete(f"Users/{personas.mentee.pk}").status_code == 204
    personas.mentee.refresh_from_db()
    assert not personas.mentee.is_active
    assert personas.mentee.enrollments.exists()
    assert scim.get(f"Users/{personas.mentee.pk}").json()["active"] is False


def test_groups_linked_to_a_program_enrol_their_members(scim, personas):
    created = scim.post(
        "Groups",
        {"schemas": [GROUP], "displayName": "Data mentees 2027", "members": [{"value": str(personas.outsider.pk)}]},
    )
    assert created.status_code == 201, created.json()
    group = ProvisionedGroup.objects.get(pk=created.json()["id"])
    assert list(group.members.all()) == [personas.outsider]
    found = scim.get('Groups?filter=displayName eq "Data mentees 2027"').json()
    assert found["Resources"][0]["id"] == str(group.pk)

    group.program, group.role = personas.program, Enrollment.MENTEE
    group.save()
    added = scim.patch(
        f"Groups/{group.pk}",
        patch_op({"op": "add", "path": "members", "value": [{"value": str(personas.other_member.pk)}]}),
    )
    assert added.status_code == 200, added.json()
    assert personas.program.enrollments.approved().filter(person=personas.other_member, role="mentee").exists()

    # Entra ID removes with the list as the value, Okta with a filter in the path; neither ends an enrolment.
    scim.patch(
        f"Groups/{group.pk}",
        patch_op({"op": "Remove", "path": "members", "value": [{"value": str(personas.other_member.pk)}]}),
    )
    scim.patch(f"Groups/{group.pk}", patch_op({"op": "remove", "path": f'members[value eq "{personas.outsider.pk}"]'}))
    assert not group.members.exists()
    assert personas.program.enrollments.approved().filter(person=personas.other_member).exists()


def test_a_group_refuses_unknown_members_and_duplicate_names(scim, personas, caplog):
    scim.post("Groups", {"schemas": [GROUP], "displayName": "Mentors"})
    group = ProvisionedGroup.objects.get()
    before = snapshot()
    response = scim.patch(
        f"Groups/{group.pk}", patch_op({"op": "add", "path": "members", "value": [{"value": "999999"}]})
    )
    assert_refused(response, 400, "No person with id 999999", caplog)
    assert_refused(scim.post("Groups", {"schemas": [GROUP], "displayName": "MENTORS"}), 409, "already exists", caplog)
    assert_refused(scim.post("Groups", {"displayName": "X", "owner": "me"}), 400, "owner", caplog)
    assert snapshot() == before


def test_discovery_endpoints_describe_what_we_support(scim):
    config = scim.get("ServiceProviderConfig").json()
    assert config["patch"]["supported"] and config["filter"]["supported"] and not config["bulk"]["supported"]
    assert config["authenticationSchemes"][0]["type"] == "oauthbearertoken"
    assert {r["id"] for r in scim.get("ResourceTypes").json()["Resources"]} == {"User", "Group"}


def test_a_put_without_active_does_not_let_a_leaver_back_in(scim, personas):
    scim.patch(f"Users/{personas.mentee.pk}", patch_op({"op": "replace", "path": "active", "value": False}))
    replaced = scim.put(f"Users/{personas.mentee.pk}", new_user(personas.mentee.email, "Maya", "Mentee"))
    assert replaced.status_code == 200 and replaced.json()["active"] is False
    personas.mentee.refresh_from_db()
    assert not personas.mentee.is_active


def test_a_page_of_people_reads_their_profiles_and_groups_once(scim, personas, django_assert_max_num_queries):
    five = scim.get("Users?count=5").json()
    assert five["totalResults"] == 5 and five["itemsPerPage"] == 5 and five["Resources"][0]["groups"] == []
    # Per person only the HR system's id is read: token check, count, page, profiles, groups, then one each.
    with django_assert_max_num_queries(12):
        scim.get("Users?count=5")
