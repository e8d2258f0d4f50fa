"""Who is signed in is read on every request, with their profile in the same query (accounts/backends.py): a
deactivated person is still refused at once, and each person still reads the hub in their own language and timezone."""

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY
from django.contrib.sessions.models import Session

from mentorhub.accounts.models import User
from mentorhub.meetings import services
from mentorhub.meetings.tests.helpers import at
from mentorhub.network.models import Contact
from mentorhub.relationships import lifecycle
from tests.support import BrowserClient

pytestmark = pytest.mark.django_db


def test_a_deactivated_person_is_refused_on_their_next_request_and_changes_nothing(client_for, personas):
    browser = client_for(personas.mentee)
    assert browser.get("/account/").status_code == 200
    # The admin's "active" box: the session itself is kept, so only the check on each request can refuse them.
    User.objects.filter(pk=personas.mentee.pk).update(is_active=False)
    assert browser.get("/account/")["Location"].startswith("/account/login/")
    created = browser.post("/api/network/contacts", {"name": "Sofia Almeida"}, content_type="application/json")
    assert created.status_code == 401
    assert not Contact.objects.exists()


def test_a_person_reads_pages_in_their_own_language_and_timezone(client_for, personas):
    relationship = lifecycle.start(personas.mentee, personas.mentor, actor=personas.mentor)
    personas.mentor.profile.site_language = "pt"
    personas.mentor.profile.timezone = "Asia/Tokyo"  # UTC+9 all year
    personas.mentor.profile.save()
    personas.mentee.profile.timezone = "Asia/Kolkata"  # UTC+5:30 all year
    personas.mentee.profile.save()
    meeting = services.schedule_meeting(relationship, personas.mentee, at(days=3, hour=9), duration_minutes=30)
    page = client_for(personas.mentor).get(f"/meetings/{meeting.pk}/")
    assert page["Content-Language"] == "pt"
    assert '<html lang="pt"' in page.content.decode() and "18:00" in page.content.decode()
    # The other person's own choices are theirs alone.
    page = client_for(personas.mentee).get(f"/meetings/{meeting.pk}/")
    assert page["Content-Language"] == "en-gb" and "14:30" in page.content.decode()


def test_a_session_started_before_the_profile_joining_backends_stays_signed_in(personas):
    browser = BrowserClient()
    browser.force_login(personas.mentee, backend="allauth.account.auth_backends.AuthenticationBackend")
    assert browser.get("/account/").status_code == 200
    session = Session.objects.get(session_key=browser.cookies["sessionid"].value)
    assert session.get_decoded()[BACKEND_SESSION_KEY] == "mentorhub.accounts.backends.AccountBackend"
