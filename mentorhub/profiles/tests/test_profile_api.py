import pytest

pytestmark = pytest.mark.django_db


def patch(client, data):
    return client.patch("/api/profiles/me", data, content_type="application/json")


def test_update_own_profile_changes_only_sent_fields(client_for, personas):
    client = client_for(personas.mentor)
    response = patch(client, {"headline": "SQL whisperer", "skills_offered": [{"name": "dbt", "level": "advanced"}]})
    assert response.status_code == 200
    body = client.get("/api/profiles/me").json()
    assert body["headline"] == "SQL whisperer"
    assert body["skills_offered"] == [{"name": "dbt", "level": "advanced"}]
    assert body["timezone"] == "Europe/London"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"skills_offered": [{"name": "SQL", "level": "wizard"}]}, "skills_offered.0.level"),
        ({"mentor_capacity": 500}, "mentor_capacity"),
        ({"links": ["not a url"]}, "links.0"),
        ({"visibility": "public-ish"}, "visibility"),
    ],
)
def test_invalid_profile_update_names_the_field(client_for, personas, data, field):
    response = patch(client_for(personas.mentor), data)
    assert response.status_code == 422
    assert field in [e["field"] for e in response.json()["errors"]]


def test_malformed_json_is_a_4xx(client_for, personas):
    response = client_for(personas.mentor).patch("/api/profiles/me", "{not json", content_type="application/json")
    assert 400 <= response.status_code < 500


def test_search_finds_visible_mentors_by_skill(client_for, personas):
    body = client_for(personas.mentee).get("/api/profiles?q=sql&role=mentor").json()
    assert [p["name"] for p in body["items"]] == ["Marco Mentor"] and body["count"] == 1


def test_search_hides_hidden_and_other_programs_profiles(client_for, personas):
    names = {p["name"] for p in client_for(personas.mentee).get("/api/profiles?limit=100").json()["items"]}
    assert "Otto Outsider" not in names  # hidden
    assert "Olga Other" not in names  # visible only to her own program
    assert {"Maya Mentee", "Marco Mentor", "Cora Coordinator"} <= names


def test_outsider_cannot_read_a_program_only_profile(client_for, personas):
    pk = personas.other_member.profile.pk
    assert client_for(personas.outsider).get(f"/api/profiles/{pk}").status_code == 404
    assert client_for(personas.mentee).get(f"/api/profiles/{pk}").status_code == 404


def test_hidden_profile_is_visible_to_its_owner_only(client_for, personas):
    pk = personas.outsider.profile.pk
    assert client_for(personas.outsider).get(f"/api/profiles/{pk}").status_code == 200
    assert client_for(personas.mentee).get(f"/api/profiles/{pk}").status_code == 404


def test_search_limits_are_validated(client_for, personas):
    response = client_for(personas.mentee).get("/api/profiles?limit=1000")
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "limit"
