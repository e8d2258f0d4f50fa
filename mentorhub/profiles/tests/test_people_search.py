"""People search: the API and the mentor directory find the same people by the same words, accents and case ignored,
through the database's full-text index (FTS5 on SQLite, a GIN index on PostgreSQL)."""

import pytest
from django.db import connection

from conftest import make_person
from mentorhub.profiles.models import Profile

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(personas):
    jose = make_person(
        "jose@search.example",
        "José Muñoz",
        headline="Ceramicist in São Paulo",
        bio="I run a kiln co-op.",
        skills_offered=[{"name": "Cerâmica", "level": "expert"}],
        accepting_mentees=True,
    )
    banana = make_person("banana@search.example", "Bob Bananas", headline="Fruit logistics", accepting_mentees=True)
    return {"jose": jose, "banana": banana}


def api_names(client, q):
    body = client.get("/api/profiles", {"q": q, "limit": 100}).json()
    assert body["count"] == len(body["items"])
    return sorted(p["name"] for p in body["items"])


def directory_names(client, q):
    page = client.get("/mentors/", {"q": q}).content.decode()
    return sorted(name for name in ("José Muñoz", "Bob Bananas") if f">{name}</a>" in page)


@pytest.mark.parametrize(
    ("q", "found"),
    [
        ("jose", ["José Muñoz"]),  # accents ignored in the name
        ("MUÑOZ", ["José Muñoz"]),  # case ignored, accents kept in the query
        ("sao paulo", ["José Muñoz"]),  # the headline, every word
        ("ceramica", ["José Muñoz"]),  # a skill's name
        ("cer", ["José Muñoz"]),  # the start of a word
        ("kiln coop", []),  # "co-op" is two words, "co" and "op"
        ("kiln co", ["José Muñoz"]),
        ("ana", []),  # inside a word is not the start of one: "Bananas" is not found by "ana"
        ("banana", ["Bob Bananas"]),
        ("fruit sao", []),  # every word must be found in the same profile
    ],
)
def test_api_and_directory_find_the_same_people_by_the_starts_of_words(client_for, personas, people, q, found):
    client = client_for(personas.mentee)
    assert api_names(client, q) == found
    assert directory_names(client, q) == found


def test_search_follows_every_change_to_a_profile(client_for, personas, people):
    client = client_for(personas.mentee)
    profile = people["jose"].profile
    profile.bio = "Glaze chemistry."
    profile.save()
    assert api_names(client, "kiln") == []
    assert api_names(client, "glaze") == ["José Muñoz"]
    people["jose"].delete()
    assert api_names(client, "glaze") == []


def test_search_still_hides_what_the_viewer_may_not_see(client_for, personas, people):
    profile = people["jose"].profile
    profile.visibility = Profile.HIDDEN
    profile.save()
    assert api_names(client_for(personas.mentee), "jose") == []
    assert api_names(client_for(people["jose"]), "jose") == ["José Muñoz"]  # one's own profile, always


def test_the_index_is_kept_in_step_by_the_database():
    """SQLite's triggers die with the table when a migration makes Django rebuild it: this fails if that happened."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'profiles_profile'")
            names = {row[0] for row in cursor.fetchall()}
            assert names == {"profiles_search_insert", "profiles_search_update", "profiles_search_delete"}
        else:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'profiles_profile'")
            assert "profile_search_idx" in {row[0] for row in cursor.fetchall()}
