"""An identity provider's whole conversation over real HTTP (a live server, urllib as the SCIM client): create,
read, find by userName, update, deactivate; then the person's browser session is dead. Reactivated, they may sign
in again."""

import json
import urllib.error
import urllib.request

import pytest
from django.contrib.auth.backends import ModelBackend
from django.test import Client

from mentorhub.accounts.models import User
from mentorhub.nudges.models import Nudge
from mentorhub.provisioning.models import ProvisioningToken
from mentorhub.relationships import lifecycle
from mentorhub.relationships.models import Relationship

from .scim_client import SCIM, new_user, patch_op

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirects)


def call(url, method="GET", body=None, headers=None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": SCIM, **(headers or {})})
    try:
        with OPENER.open(request, timeout=30) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    return status, json.loads(raw) if raw.startswith(b"{") else {}


def test_an_identity_provider_provisions_then_deactivates_a_person_whose_session_ends(live_server, personas):
    _, raw = ProvisioningToken.issue("Entra ID")
    scim = live_server.url + "/scim/v2/"
    bearer = {"Authorization": f"Bearer {raw}"}

    status, created = call(scim + "Users", "POST", new_user("grace@example.org", "Grace", "Hopper"), bearer)
    assert status == 201, created
    person_id = created["id"]
    status, read = call(scim + f"Users/{person_id}", headers=bearer)
    assert (status, read["userName"], read["active"]) == (200, "grace@example.org", True)
    status, found = call(scim + "Users?filter=userName%20eq%20%22Grace%40example.org%22", headers=bearer)
    assert found["totalResults"] == 1 and found["Resources"][0]["id"] == person_id
    status, patched = call(
        scim + f"Users/{person_id}", "PATCH", patch_op({"op": "replace", "path": "title", "value": "Admiral"}), bearer
    )
    assert (status, patched["title"]) == (200, "Admiral")

    grace = User.objects.get(pk=person_id)
    grace.set_password("a long password 1")
    grace.save()
    relationship = lifecycle.start(grace, personas.mentor, actor=personas.mentor)
    browser = Client()
    browser.force_login(grace, backend="mentorhub.accounts.backends.ModelBackend")
    session = {"Cookie": f"sessionid={browser.cookies['sessionid'].value}"}
    assert call(live_server.url + "/relationships/", headers=session)[0] == 200

    # Entra ID's own form of the deactivation: capitalised op, the boolean as a string.
    status, deactivated = call(
        scim + f"Users/{person_id}", "PATCH", patch_op({"op": "Replace", "path": "active", "value": "False"}), bearer
    )
    assert (status, deactivated["active"]) == (200, False)
    status, _ = call(live_server.url + "/relationships/", headers=session)
    assert status == 302
    assert ModelBackend().authenticate(None, username="grace@example.org", password="a long password 1") is None
    relationship.refresh_from_db()
    assert relationship.status == Relationship.PAUSED
    assert Nudge.objects.filter(person=personas.mentor, rule="partner_deactivated").exists()

    status, reactivated = call(
        scim + f"Users/{person_id}", "PATCH", patch_op({"op": "replace", "value": {"active": True}}), bearer
    )
    assert (status, reactivated["active"]) == (200, True)
    assert call(live_server.url + "/relationships/", headers=session)[0] == 302
    assert ModelBackend().authenticate(None, username="grace@example.org", password="a long password 1") == grace
    relationship.refresh_from_db()
    assert relationship.status == Relationship.PAUSED
