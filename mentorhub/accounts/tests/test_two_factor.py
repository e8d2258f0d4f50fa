"""Two-factor sign-in: a coordinator who must use it is asked to set it up, then for a code at every log-in. The
codes are computed here (RFC 6238), not by allauth."""

import base64
import hashlib
import hmac
import re
import struct
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from allauth.mfa.models import Authenticator

from tests.support import BrowserClient

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery"


def totp(secret: str, at: float) -> str:
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at // 30)), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


def log_in(client, email):
    client.get("/account/login/")
    return client.post("/account/login/", {"login": email, "password": PASSWORD})


def sets_it_up_then_enters_a_code_at_log_in(personas):
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with time_machine.travel(start, tick=False):
        client = BrowserClient()
        assert log_in(client, "coordinator@test.example")["Location"] == "/"
        asked = client.get("/programs/")
        assert asked.status_code == 302 and asked["Location"] == "/account/2fa/totp/activate/"
        # Setting up a second factor asks for the password once more, as allauth does for every security change.
        reauthenticate = client.get(asked["Location"])["Location"]
        assert reauthenticate.startswith("/account/reauthenticate/")
        client.post(reauthenticate, {"password": PASSWORD})
        page = client.get(asked["Location"])
        assert page.status_code == 200
        secret = re.search(r'value="([A-Z2-7]{16,})"', page.content.decode()).group(1)
        wrong = client.post(
            "/account/2fa/totp/activate/",
            {"code": "000000" if totp(secret, start.timestamp()) != "000000" else "111111"},
        )
        assert wrong.status_code == 200 and not Authenticator.objects.filter(user=personas.coordinator).exists()
        client.post("/account/2fa/totp/activate/", {"code": totp(secret, start.timestamp())})
        assert Authenticator.objects.filter(user=personas.coordinator, type=Authenticator.Type.TOTP).exists()
        assert client.get("/programs/").status_code == 200
        client.post("/account/logout/")

    later = start + timedelta(minutes=5)
    with time_machine.travel(later, tick=False):
        client = BrowserClient()
        response = log_in(client, "coordinator@test.example")
        assert response["Location"] == "/account/2fa/authenticate/"
        assert "_auth_user_id" not in client.session
        refused = client.post("/account/2fa/authenticate/", {"code": totp(secret, later.timestamp() - 600)})
        assert refused.status_code == 200 and "_auth_user_id" not in client.session
        response = client.post("/account/2fa/authenticate/", {"code": totp(secret, later.timestamp())})
        assert response["Location"] == "/" and client.session["_auth_user_id"] == str(personas.coordinator.pk)


def test_a_coordinator_who_must_use_two_factor_sets_it_up_then_enters_a_code_at_log_in(settings, personas):
    settings.TWO_FACTOR_FOR_COORDINATORS = True
    sets_it_up_then_enters_a_code_at_log_in(personas)


def test_a_program_can_ask_it_of_its_own_coordinators(personas):
    personas.program.two_factor_for_coordinators = True
    personas.program.save()
    sets_it_up_then_enters_a_code_at_log_in(personas)


def test_a_program_asking_it_does_not_ask_the_coordinators_of_others_nor_its_participants(personas):
    personas.other_program.two_factor_for_coordinators = True
    personas.other_program.save()
    for email in ("coordinator@test.example", "mentee@test.example"):
        client = BrowserClient()
        log_in(client, email)
        assert client.get("/programs/").status_code == 200


def test_people_who_coordinate_nothing_are_not_asked(settings, personas):
    settings.TWO_FACTOR_FOR_COORDINATORS = True
    client = BrowserClient()
    log_in(client, "mentee@test.example")
    assert client.get("/goals/").status_code == 200


def test_without_the_setting_coordinators_are_not_asked(personas):
    client = BrowserClient()
    log_in(client, "coordinator@test.example")
    assert client.get("/programs/").status_code == 200
