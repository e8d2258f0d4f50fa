"""People search: the API and the mentor directory find the same people by the same words, accents and case ignored,
through the database's full-text index (FTS5 on SQLite, a tsvector table with a GIN index on PostgreSQL)."""

import pytest
from django.core.management import call_command
from django.db import connection

from conftest import make_person
from mentorhub.api.pagination import cursor_for
from mentorhub.profiles import search
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
            cursor.execute("SELECT tgname FROM pg_trigger WHERE tgrelid = 'profiles_profile'::regclass")
            names = {row[0] for row in cursor.fetchall()}
            assert {"profiles_search_write", "profiles_search_delete", "profiles_search_truncate"} <= names
            cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'profiles_search'")
            assert "profiles_search_words" in {row[0] for row in cursor.fetchall()}


def test_search_follows_a_bulk_update_of_a_profile(client_for, personas, people):
    client = client_for(personas.mentee)
    Profile.objects.filter(user=people["jose"]).update(headline="Glassblower in Porto")
    assert api_names(client, "glassblower porto") == ["José Muñoz"]
    assert api_names(client, "paulo") == []
    banana = people["banana"].profile
    banana.name = "Bob Cherries"
    Profile.objects.bulk_update([banana], ["name"])
    assert api_names(client, "cherries") == ["Bob Cherries"]


def test_migrate_restores_an_index_that_a_table_rebuild_dropped(client_for, personas, people):
    """SQLite rebuilds a table to alter a column, and its triggers go with the old table."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for name in search.SQLITE_TRIGGERS:
                cursor.execute(f"DROP TRIGGER {name}")
        else:
            for name in search.POSTGRESQL_TRIGGERS:
                cursor.execute(f"DROP TRIGGER {name} ON profiles_profile")
    Profile.objects.filter(user=people["jose"]).update(bio="Glaze chemistry.")  # written while nothing indexed it
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # The test's transaction holds the update's deferred checks, which PostgreSQL will not index past; a
            # real migrate runs in a transaction of its own.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("migrate", verbosity=0)
    assert search.index_is_complete()
    client = client_for(personas.mentee)
    assert api_names(client, "glaze") == ["José Muñoz"]
    assert api_names(client, "kiln") == []
    people["banana"].profile.save()  # the triggers work again
    make_person("kiln@search.example", "Kim Kiln")
    assert api_names(client, "kiln") == ["Kim Kiln"]


def all_pages(client, **params):
    """Every page of a search, through next_cursor; the count of the first page."""
    body = client.get("/api/profiles", params).json()
    first, names = body, [p["name"] for p in body["items"]]
    while body["next_cursor"]:
        body = client.get("/api/profiles", {**params, "cursor": body["next_cursor"]}).json()
        names += [p["name"] for p in body["items"]]
    return first, names


@pytest.mark.parametrize("broad", [False, True])
def test_pages_follow_names_and_counts_stop_at_the_limit(client_for, personas, monkeypatch, broad):
    """A query the index matches for few people reads their rows; a broad one walks the names: same answer."""
    for n, name in enumerate(["Pia Potter", "Al Potter", "Zoe Potter", "Al Potter", "Hidden Potter"]):
        person = make_person(f"potter{n}@search.example", name, headline="Pottery wheel")
        if name.startswith("Hidden"):
            person.profile.visibility = Profile.HIDDEN
            person.profile.save()
    monkeypatch.setattr(search, "COUNT_LIMIT", 3 if broad else 10)
    client = client_for(personas.mentee)
    first, names = all_pages(client, q="pott", limit=2)
    assert names == ["Al Potter", "Al Potter", "Pia Potter", "Zoe Potter"]  # by name, then by who came first
    if broad:
        assert (first["count"], first["count_is_exact"]) == (3, False)  # "at least 3"
    else:
        assert (first["count"], first["count_is_exact"]) == (4, True)
    first, everyone = all_pages(client, limit=3)
    visible = Profile.objects.visible_to(personas.mentee).order_by("name", "pk")
    assert everyone == list(visible.values_list("name", flat=True))  # each once, in order, across the pages
    assert "Hidden Potter" not in everyone and {"Maya Mentee", "Zoe Potter"} <= set(everyone)
    assert first["count_is_exact"] is (len(everyone) <= search.COUNT_LIMIT)


def test_a_cursor_from_elsewhere_is_refused_with_a_reason(client_for, personas):
    client = client_for(personas.mentee)
    goals_cursor = cursor_for(10**6)
    for cursor in (goals_cursor, "forged"):
        response = client.get("/api/profiles", {"cursor": cursor})
        assert response.status_code == 422 and "cursor" in response.json()["detail"]


# Words the databases' tokenizers could split or fold differently from Python's: digits, other scripts, apostrophes.
CROWD = [
    ("Ana O'Brien", "3D printing and web3", ""),
    ("Łukasz Żółć", "Data engineer in Kraków", "Spark, dbt, SQL"),
    ("Ольга Смирнова", "Аналитик данных", "Москва"),
    ("田中 花子", "データサイエンス 東京", ""),
    ("Zoë Dataworth", "Datenbanken", "e2e tests, snake_case names"),
    ("Datu Reyes", "Data & product", "Coffee"),
]
QUERIES = [
    "data",
    "DATA eng",
    "lukasz",
    "ŁUK",
    "łukasz krakow",
    "o brien",
    "obrien",
    "3d",
    "web",
    "web3 print",
    "ольга",
    "МОСК",  # noqa: RUF001 (Cyrillic on purpose)
    "東京",
    "データ",
    "zoe",
    "e2e",
    "snake case",
    "snake_case",
    "dat",
    "d",
    "krakow coffee",
]


@pytest.mark.parametrize("broad", [False, True])
def test_both_databases_find_what_the_rule_finds(client_for, personas, monkeypatch, broad):
    """Whichever way a search runs (from the index's hits, or walking the names when the index says it is broad), it
    finds exactly the visible people whose every query word starts one of their words (`search.matches`)."""
    for n, (name, headline, bio) in enumerate(CROWD):
        make_person(f"crowd{n}@search.example", name, headline=headline, bio=bio)
    monkeypatch.setattr(search, "COUNT_LIMIT", 0 if broad else 1000)
    visible = list(Profile.objects.visible_to(personas.mentee))
    client = client_for(personas.mentee)
    found = {}
    for q in QUERIES:
        expected = sorted(p.name for p in visible if search.matches(p.search_text, search.words(q)[: search.MAX_WORDS]))
        body = client.get("/api/profiles", {"q": q, "limit": 100}).json()
        found[q] = sorted(p["name"] for p in body["items"])
        assert found[q] == expected, q
    assert {"Datu Reyes", "Zoë Dataworth", "Łukasz Żółć"} <= set(found["data"])
    assert found["łukasz krakow"] == found["ŁUK"] == ["Łukasz Żółć"]
    assert found["МОСК"] == ["Ольга Смирнова"] and found["東京"] == found["データ"] == ["田中 花子"]  # noqa: RUF001
    assert found["web3 print"] == found["o brien"] == ["Ana O'Brien"] and found["obrien"] == []
    assert found["snake_case"] == ["Zoë Dataworth"] and found["krakow coffee"] == []


@pytest.mark.parametrize("broad", [False, True])
def test_an_edit_through_the_api_is_found_at_once(client_for, personas, people, monkeypatch, broad):
    monkeypatch.setattr(search, "COUNT_LIMIT", 0 if broad else 1000)
    owner, viewer = client_for(people["banana"]), client_for(personas.mentee)
    response = owner.patch("/api/profiles/me", {"headline": "Glassblower in Porto"}, content_type="application/json")
    assert response.status_code == 200
    assert [p["name"] for p in viewer.get("/api/profiles", {"q": "glassbl porto"}).json()["items"]] == ["Bob Bananas"]
    assert viewer.get("/api/profiles", {"q": "fruit"}).json()["items"] == []
