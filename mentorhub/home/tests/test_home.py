import pytest
from django.core.management import call_command

from mentorhub.accounts.models import User
from mentorhub.programs.models import Program

pytestmark = pytest.mark.django_db


def test_anonymous_visitor_sees_welcome_with_sign_up(client):
    page = client.get("/").content.decode()
    assert "Create an account" in page and 'href="/account/signup/"' in page


def test_home_suggests_completing_a_thin_profile(client_for, personas):
    page = client_for(personas.mentee).get("/").content.decode()
    assert "Your next step: Complete your profile" in page


def test_home_suggests_goals_to_a_mentee_with_a_full_profile(client_for, personas):
    profile = personas.mentee.profile
    profile.headline, profile.bio, profile.current_role, profile.industry = (
        "Analyst",
        "x" * 50,
        "Analyst",
        "Data",
    )
    profile.languages, profile.meeting_formats, profile.skills_sought = ["English"], ["video"], ["SQL"]
    profile.save()
    page = client_for(personas.mentee).get("/").content.decode()
    assert "Clarify what you want from mentoring" in page


def test_unverified_person_is_asked_to_verify(client_for, personas):
    personas.mentee.email_verified = False
    personas.mentee.save()
    page = client_for(personas.mentee).get("/").content.decode()
    assert "Verify your email address" in page


def test_navigation_follows_the_life_cycle(client_for, personas):
    page = client_for(personas.mentee).get("/").content.decode()
    labels = ["Home", "Goals", "Network", "Mentors", "Relationships", "Meetings", "Programs"]
    positions = [page.index(f">{label}</a>") for label in labels]
    assert positions == sorted(positions)
    assert 'aria-current="page"' in page


def test_unknown_section_and_page_are_friendly_404s(client_for, personas):
    client = client_for(personas.mentee)
    assert client.get("/soon/nonsense/").status_code == 404
    response = client.get("/no/such/page/")
    assert response.status_code == 404 and "Back to Home" in response.content.decode()


def test_seed_demo_is_deterministic_and_has_the_demo_logins(db):
    call_command("seed_demo", size=40, seed=7)
    first = list(User.objects.order_by("email").values_list("email", "profile__timezone"))
    assert User.objects.get(email="mentee@example.com").check_password("mentorhub-demo")
    assert User.objects.filter(profile__accepting_mentees=True).count() >= 15
    User.objects.all().delete()
    Program.objects.all().delete()
    call_command("seed_demo", size=40, seed=7)
    assert list(User.objects.order_by("email").values_list("email", "profile__timezone")) == first


def test_seed_demo_if_empty_leaves_a_used_database_alone(personas):
    call_command("seed_demo", size=10, if_empty=True)
    assert not User.objects.filter(email="mentee@example.com").exists()


def test_absurdly_large_ids_are_not_found_not_server_errors(client_for, personas):
    client = client_for(personas.mentee)
    assert client.get("/goals/99999999999999999999999/").status_code == 404
    response = client.post("/api/goals", {"text": "x", "skill_gap_ids": [10**30]}, content_type="application/json")
    assert response.status_code in (404, 422)
