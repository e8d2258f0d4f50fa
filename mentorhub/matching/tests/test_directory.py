import re

import pytest
from django.core.cache import cache
from django.template.loader import render_to_string

from conftest import make_person
from mentorhub.goals.models import Goal, SkillGap
from mentorhub.profiles.models import Profile
from mentorhub.programs.models import Enrollment
from mentorhub.relationships.models import Relationship

from .. import services

pytestmark = pytest.mark.django_db

ENGLISH = {"languages": ["English"], "timezone": "Europe/Lisbon"}


@pytest.fixture(autouse=True)
def fresh_directory():
    """Each test gets its own directory and cards: with a frozen clock, two tests' databases could share a
    version stamp (docs/matching.md, "Serving")."""
    services.forget_directory()
    cache.clear()
    yield
    services.forget_directory()


def mentor(email, name, *skills, **fields):
    return make_person(
        email,
        name,
        accepting_mentees=True,
        mentor_capacity=fields.pop("mentor_capacity", 2),
        skills_offered=[{"name": s, "level": level} for s, level in skills],
        **{**ENGLISH, **fields},
    )


def names_on(page: str) -> list[str]:
    """Names of the cards, in the order shown."""
    return re.findall(r'<h2 id="match-\d+"><a href="[^"]+">([^<]+)</a></h2>', page)


@pytest.fixture
def maya(personas):
    """The personas' mentee with gaps in her profile and her plan, a goal, and a language."""
    profile = personas.mentee.profile
    profile.languages, profile.skills_sought = ["English"], ["SQL", "stakeholder management"]
    profile.save()
    SkillGap.objects.create(person=personas.mentee, skill="public speaking")
    Goal.objects.create(
        owner=personas.mentee, text="Practise negotiation before my first product role", status="active"
    )
    return personas.mentee


@pytest.fixture
def mentors(personas):
    return {
        "ana": mentor("ana@test.example", "Ana Alves", ("SQL", "expert"), ("stakeholder management", "advanced")),
        "ben": mentor("ben@test.example", "Ben Brooks", ("SQL", "beginner"), ("negotiation", "expert")),
        "cy": mentor("cy@test.example", "Cy Cole", ("pottery", "expert"), timezone="Asia/Tokyo"),
    }


def page_of(client, url="/mentors/", **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


# --- ranking and reasons --------------------------------------------------------------------------------


def test_mentors_are_ranked_best_match_first_with_reasons_naming_the_covered_skill_gaps(client_for, maya, mentors):
    page = page_of(client_for(maya))
    assert names_on(page)[:3] == ["Ana Alves", "Ben Brooks", "Cy Cole"]
    assert "covers 2 of your 3 skill gaps: SQL (expert), stakeholder management (advanced)" in page
    assert "covers your" not in page.split("Ana Alves")[0]  # reasons belong to their own card


def test_skill_gaps_and_goals_both_feed_the_score(maya, mentors):
    ben = next(i for i in services.suggestions_for(maya, limit=3) if i["profile"].name == "Ben Brooks")
    assert "offers negotiation, which your goals mention" in ben["reasons"]
    assert any(r.startswith("covers 1 of your 3 skill gaps: SQL (beginner)") for r in ben["reasons"])


def test_each_card_shows_its_score_and_links_to_the_profile_and_the_request(client_for, maya, mentors):
    page = page_of(client_for(maya))
    ana = mentors["ana"].profile
    best = services.suggestions_for(maya, limit=1)[0]
    assert best["profile"] == ana and 0 < best["score"] <= 100
    assert f"<strong>{best['score']}</strong><small>match</small>" in page
    assert f'href="/people/{ana.pk}/"' in page and f'href="/relationships/ask/{ana.pk}/"' in page


def test_a_mentee_without_languages_sees_mentors_last_without_a_score_and_how_to_fix_it(client_for, personas):
    mentor("ana@test.example", "Ana Alves", ("SQL", "expert"))
    page = page_of(client_for(personas.mentee))
    assert "Ana Alves" in page and "no score" in page and "no shared language" in page
    assert "Add the languages you speak" in page


def test_mentors_without_room_are_not_listed(client_for, maya, mentors, personas):
    Relationship.objects.create(mentee=personas.mentee, mentor=mentors["ana"])
    Relationship.objects.create(mentee=personas.outsider, mentor=mentors["ana"], status="paused")
    Relationship.objects.create(mentee=personas.coordinator, mentor=mentors["ben"], status="completed")
    names = names_on(page_of(client_for(maya)))
    assert "Ana Alves" not in names and "Ben Brooks" in names


def test_mentors_who_do_not_accept_mentees_and_the_viewer_are_not_listed(client_for, maya, mentors):
    Profile.objects.filter(user=mentors["cy"]).update(accepting_mentees=False)
    names = names_on(page_of(client_for(mentors["ana"])))
    assert "Cy Cole" not in names and "Ana Alves" not in names and "Ben Brooks" in names


# --- filters, search, sort, pages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"skill": "sql"}, ["Ana Alves", "Ben Brooks", "Marco Mentor"]),  # Marco shares no language: last
        ({"skill": "SQL, negotiation"}, ["Ben Brooks"]),
        ({"industry": "Design"}, ["Cy Cole"]),
        ({"language": "Japanese"}, ["Cy Cole"]),
        ({"format": "phone"}, ["Ben Brooks"]),
        ({"max_hours_apart": "3"}, ["Ana Alves", "Ben Brooks", "Marco Mentor"]),
        ({"q": "potter"}, ["Cy Cole"]),  # a skill
        ({"q": "brooks"}, ["Ben Brooks"]),  # a name
        ({"q": "kiln"}, ["Cy Cole"]),  # the bio
        ({"q": "ceramics studio"}, ["Cy Cole"]),  # the headline, every word
        ({"q": "ceramics sql"}, []),
    ],
)
def test_filters_and_search_narrow_the_list(client_for, maya, mentors, params, expected):
    Profile.objects.filter(user=mentors["cy"]).update(
        industry="Design",
        languages=["English", "Japanese"],
        headline="Runs a ceramics studio",
        bio="Twenty years at the kiln.",
    )
    Profile.objects.filter(user=mentors["ben"]).update(meeting_formats=["phone"])
    Profile.objects.filter(user=mentors["ana"]).update(meeting_formats=["video"])
    services.forget_directory()  # update() leaves updated_at alone, as a bulk edit would
    assert names_on(page_of(client_for(maya), **params)) == expected


def test_the_program_filter_offers_only_the_viewers_programs_and_shows_their_members(client_for, maya, personas):
    page = page_of(client_for(maya))
    assert "Data Mentoring" in page and "Other Program" not in page
    names = names_on(page_of(client_for(maya), program=personas.program.pk))
    assert names == ["Marco Mentor"]


def test_a_program_the_viewer_is_not_in_cannot_be_used_to_list_its_members(client_for, maya, personas):
    Profile.objects.filter(user=personas.other_member).update(visibility="everyone")
    services.forget_directory()
    response = page_of(client_for(maya), program=personas.other_program.pk)
    assert "Select a valid choice" in response
    page = services.search_mentors(maya, services.DirectoryQuery(program=personas.other_program.pk))
    assert page.count == 0


def test_sort_by_name(client_for, maya, mentors):
    Profile.objects.filter(user=mentors["cy"]).update(name="Aaron Cole")
    services.forget_directory()
    names = names_on(page_of(client_for(maya), sort="name"))
    assert names == sorted(names) and names[0] == "Aaron Cole"


def test_twenty_per_page_and_the_next_page_keeps_the_filters(client_for, maya):
    for i in range(25):
        mentor(f"m{i}@test.example", f"Mentor {i:02d}", ("SQL", "expert"), bio="Data person")
    client = client_for(maya)
    first = page_of(client, q="data")
    assert len(names_on(first)) == 20 and "page 1 of 2" in first
    assert 'href="?q=data&amp;page=2"' in first
    second = page_of(client, q="data", page="2")
    assert len(names_on(second)) == 5
    assert set(names_on(first)).isdisjoint(names_on(second))
    assert len(names_on(page_of(client, q="data", page="99"))) == 5  # past the end: the last page


def test_the_filter_form_works_without_javascript_and_htmx_gets_only_the_results(client_for, maya, mentors):
    client = client_for(maya)
    page = page_of(client, language="English")
    form = re.search(r"<form method=\"get\"[^>]*>", page).group(0)
    assert 'action="/mentors/"' in form and 'role="search"' in form
    assert '<option value="English" selected>' in page and '<button type="submit">Search</button>' in page
    partial = client.get("/mentors/", {"language": "English"}, headers={"HX-Request": "true"})
    body = partial.content.decode()
    assert "Ana Alves" in body and "<html" not in body and "<form" not in body
    assert "HX-Request" in partial["Vary"]


def test_an_invalid_filter_is_reported_and_the_rest_still_apply(client_for, maya, mentors):
    page = page_of(client_for(maya), max_hours_apart="lots", q="brooks")
    assert "Select a valid choice" in page and names_on(page) == ["Ben Brooks"]


def test_the_page_explains_how_the_score_works(client_for, maya):
    page = page_of(client_for(maya))
    assert "How the match score works" in page and "<strong>40%</strong> covers your skill gaps" in page


# --- peers and suggested mentees ------------------------------------------------------------------------


def test_peers_are_people_who_mentor_and_seek_mentors(client_for, maya, mentors):
    Profile.objects.filter(user=mentors["ben"]).update(seeking_mentors=True)
    services.forget_directory()
    assert names_on(page_of(client_for(maya), "/mentors/peers/")) == ["Ben Brooks"]


def test_suggested_mentees_are_those_whose_gaps_the_mentor_covers_best(client_for, maya, mentors):
    other = make_person("kim@test.example", "Kim Kole", seeking_mentors=True, skills_sought=["pottery"], **ENGLISH)
    make_person("lee@test.example", "Lee Lo", seeking_mentors=True, skills_sought=["SQL"], languages=["Korean"])
    page = page_of(client_for(mentors["ana"]), "/mentors/mentees/")
    assert names_on(page) == ["Maya Mentee", "Kim Kole"]  # Lee shares no language
    assert "covers 2 of your 3 skill gaps: SQL (expert), stakeholder management (advanced)" in page
    assert f'href="/relationships/ask/{maya.profile.pk}/?as=mentor"' in page
    mentee_view = next(i for i in services.suggestions_for(maya, limit=3) if i["profile"].user == mentors["ana"])
    assert services.suggested_mentees(mentors["ana"]).items[0]["score"] == mentee_view["score"]
    assert other.profile.pk


def test_suggested_mentees_leave_out_current_mentees(client_for, maya, mentors):
    Relationship.objects.create(mentee=maya, mentor=mentors["ana"])
    assert "Maya Mentee" not in names_on(page_of(client_for(mentors["ana"]), "/mentors/mentees/"))


@pytest.mark.parametrize(
    ("change", "notice"),
    [({"accepting_mentees": False}, "You are not accepting mentees"), ({"mentor_capacity": 0}, "no room")],
)
def test_suggested_mentees_say_why_a_mentor_who_cannot_take_anyone_gets_none(client_for, maya, mentors, change, notice):
    Profile.objects.filter(user=mentors["ana"]).update(**change)
    page = page_of(client_for(mentors["ana"]), "/mentors/mentees/")
    assert notice in page and names_on(page) == []


# --- Home suggestions -----------------------------------------------------------------------------------


def test_suggestions_for_home_are_the_best_visible_mentors_with_room(maya, mentors, personas):
    suggestions = services.suggestions_for(maya, limit=2)
    assert [s["profile"].name for s in suggestions] == ["Ana Alves", "Ben Brooks"]
    assert set(suggestions[0]) >= {"profile", "score", "reasons"}
    html = render_to_string("matching/_suggestions.html", {"suggestions": suggestions})
    assert "Ana Alves" in html and "covers 2 of your 3 skill gaps" in html and 'href="/mentors/"' in html
    assert services.suggestions_for(personas.mentee, limit=0) == []


def test_suggestions_leave_out_mentors_who_share_no_language(maya, mentors):
    Profile.objects.filter(user=mentors["ana"]).update(languages=["Finnish"])
    services.forget_directory()
    assert "Ana Alves" not in [s["profile"].name for s in services.suggestions_for(maya, limit=5)]


# --- who sees whom --------------------------------------------------------------------------------------


@pytest.fixture
def hidden_mentors(personas):
    """Otto mentors but hides his profile; Olga mentors, visible only to her own (other) program."""
    Profile.objects.filter(user=personas.outsider).update(accepting_mentees=True, **ENGLISH)
    Profile.objects.filter(user=personas.other_member).update(**ENGLISH)
    return personas


@pytest.mark.parametrize("url", ["/mentors/", "/mentors/peers/", "/mentors/?sort=name", "/mentors/?q=o"])
def test_hidden_and_other_program_profiles_never_appear(client_for, maya, hidden_mentors, url):
    Profile.objects.filter(user__in=[hidden_mentors.outsider, hidden_mentors.other_member]).update(seeking_mentors=True)
    page = page_of(client_for(maya), url)
    assert "Otto Outsider" not in page and "Olga Other" not in page


def test_a_program_only_profile_appears_to_members_of_that_program(client_for, hidden_mentors):
    member = make_person("member@test.example", "Mo Member", **ENGLISH)
    Enrollment.objects.create(
        program=hidden_mentors.other_program, person=member, role="mentee", status=Enrollment.APPROVED
    )
    page = page_of(client_for(member))
    assert "Olga Other" in page and "Otto Outsider" not in page


def test_a_hidden_mentee_is_never_suggested_to_mentors(client_for, hidden_mentors, maya, mentors):
    Profile.objects.filter(user=maya).update(visibility="hidden")
    assert "Maya Mentee" not in page_of(client_for(mentors["ana"]), "/mentors/mentees/")


@pytest.mark.parametrize("who", ["mentee", "mentor", "coordinator", "outsider", "other_member"])
def test_the_directory_sees_exactly_the_profiles_visible_to_the_person(hidden_mentors, who):
    person = getattr(hidden_mentors, who)
    directory = services.mentor_directory()
    seen = {int(directory.index.ids[i]) for i in services._visible(person, directory).nonzero()[0]}
    allowed = set(Profile.objects.visible_to(person).filter(accepting_mentees=True).values_list("user_id", flat=True))
    assert seen - {person.pk} == allowed - {person.pk}


def test_a_closed_account_leaves_the_directory(client_for, maya, mentors):
    mentors["ana"].is_active = False
    mentors["ana"].save()
    assert "Ana Alves" not in names_on(page_of(client_for(maya)))


@pytest.mark.parametrize("url", ["/mentors/", "/mentors/peers/", "/mentors/mentees/"])
def test_pages_ask_anonymous_visitors_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")


# --- API ------------------------------------------------------------------------------------------------


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()


def test_suggestions_are_the_best_mentors_first_with_id_score_and_reasons(client_for, maya, mentors):
    items = get(client_for(maya), "/api/mentors/suggestions", limit=2)
    ana = mentors["ana"]
    assert [i["name"] for i in items] == ["Ana Alves", "Ben Brooks"]
    first = items[0]
    assert first["mentor_id"] == ana.pk and first["profile_id"] == ana.profile.pk
    assert isinstance(first["score"], int) and 0 <= items[1]["score"] <= first["score"] <= 100
    assert first["reasons"][0] == "covers 2 of your 3 skill gaps: SQL (expert), stakeholder management (advanced)"
    assert all(isinstance(r, str) for r in first["reasons"])
    assert first["eligible"] is True and set(first["components"]) >= {"skills", "timezone", "capacity"}
    assert first["ask_url"] == f"/relationships/ask/{ana.profile.pk}/"


@pytest.mark.parametrize("limit", [0, 51, "many"])
def test_suggestions_limit_is_checked(client_for, maya, limit):
    response = client_for(maya).get("/api/mentors/suggestions", {"limit": limit})
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "limit"


def test_directory_search_filters_sorts_and_pages(client_for, maya, mentors):
    client = client_for(maya)
    body = get(client, "/api/mentors", skill=["sql", "negotiation"])
    assert body["count"] == 1 and [i["name"] for i in body["items"]] == ["Ben Brooks"]
    body = get(client, "/api/mentors", sort="name")
    assert [i["name"] for i in body["items"]] == ["Ana Alves", "Ben Brooks", "Cy Cole", "Marco Mentor"]
    assert body["items"][-1]["eligible"] is False and body["items"][-1]["reasons"][0] == "no shared language"
    for i in range(20):
        mentor(f"m{i}@test.example", f"Mentor {i:02d}", ("SQL", "expert"))
    body = get(client, "/api/mentors", q="mentor", page=2)
    assert (body["count"], body["page"], body["pages"], len(body["items"])) == (21, 2, 2, 1)


def test_directory_search_rejects_nonsense(client_for, maya):
    response = client_for(maya).get("/api/mentors", {"max_hours_apart": 30, "format": "carrier pigeon"})
    assert response.status_code == 422
    assert {e["field"] for e in response.json()["errors"]} == {"max_hours_apart", "format"}


def test_suggested_mentees_for_a_mentor(client_for, maya, mentors):
    items = get(client_for(mentors["ana"]), "/api/mentors/suggested-mentees")
    assert items[0]["mentee_id"] == maya.pk and items[0]["name"] == "Maya Mentee"
    assert items[0]["offer_url"] == f"/relationships/ask/{maya.profile.pk}/?as=mentor"
    assert get(client_for(maya), "/api/mentors/suggested-mentees") == []  # not mentoring


@pytest.mark.parametrize(
    "url",
    ["/api/mentors", "/api/mentors?peers=true", "/api/mentors/suggestions?limit=50", "/api/mentors?q=sql&sort=name"],
)
def test_hidden_and_other_program_mentors_never_appear_in_the_api(client_for, maya, mentors, personas, url):
    Profile.objects.filter(user__in=[personas.outsider, personas.other_member, mentors["ben"]]).update(
        accepting_mentees=True, seeking_mentors=True, skills_offered=[{"name": "SQL", "level": "expert"}], **ENGLISH
    )
    body = client_for(maya).get(url).json()
    names = {i["name"] for i in (body["items"] if isinstance(body, dict) else body)}
    assert names and not names & {"Otto Outsider", "Olga Other"}


def test_a_hidden_mentee_is_never_suggested_to_a_mentor_in_the_api(client_for, maya, mentors):
    Profile.objects.filter(user=maya).update(visibility="hidden")
    assert get(client_for(mentors["ana"]), "/api/mentors/suggested-mentees") == []


@pytest.mark.parametrize("url", ["/api/mentors", "/api/mentors/suggestions", "/api/mentors/suggested-mentees"])
def test_the_api_needs_a_login(client, url):
    assert client.get(url).status_code == 401


# --- serving --------------------------------------------------------------------------------------------


def test_the_index_is_kept_until_a_mentor_or_a_relationship_changes(maya, mentors, django_assert_num_queries):
    first = services.mentor_directory()
    with django_assert_num_queries(1):  # the version stamp only
        assert services.mentor_directory() is first
    mentors["ben"].profile.save()
    second = services.mentor_directory()
    assert second is not first
    Relationship.objects.create(mentee=maya, mentor=mentors["ana"])
    third = services.mentor_directory()
    ana = next(s for s in services.suggestions_for(maya) if s["profile"].name == "Ana Alves")
    assert third is not second and "has room for 1 more mentee" in ana["reasons"]
    Profile.objects.filter(user=mentors["cy"]).update(accepting_mentees=False)
    assert services.mentor_directory() is not third


def test_lists_make_the_same_few_queries_however_many_people_they_show(client_for, maya, django_assert_max_num_queries):
    for i in range(30):
        mentor(f"m{i}@test.example", f"Mentor {i:02d}", ("SQL", "expert"), seeking_mentors=True)
        make_person(f"e{i}@test.example", f"Mentee {i:02d}", seeking_mentors=True, skills_sought=["SQL"], **ENGLISH)
    ana = mentor("ana@test.example", "Ana Alves", ("SQL", "expert"), mentor_capacity=40)
    client, mentor_client = client_for(maya), client_for(ana)
    client.get("/mentors/")  # builds the index
    # session, user, the layout's profile, notices and unread messages; stamp, programs, the viewer (profile, goals,
    # gaps), program-only mentors (Olga), cards
    with django_assert_max_num_queries(12):
        assert len(names_on(page_of(client))) == 20
    with django_assert_max_num_queries(12):
        assert len(names_on(page_of(client, "/mentors/peers/", sort="name", q="mentor"))) == 20
    # the same five, capacity, the mentor (profile, goals, gaps), seekers and their gaps, the shortlist
    # (profiles, goals, gaps), stamp, cards
    with django_assert_max_num_queries(16):
        assert len(names_on(page_of(mentor_client, "/mentors/mentees/"))) == 20


def test_the_directory_and_its_reasons_follow_the_readers_language(client_for, maya, mentors):
    client = client_for(maya)
    portuguese = client.get("/mentors/", headers={"Accept-Language": "pt"}).content.decode()
    assert "Encontrar um mentor" in portuguese and "Find a mentor" not in portuguese
    assert "cobre 2 das suas 3 lacunas de competências: SQL (especialista)" in portuguese
    assert "Ver perfil" in portuguese
    # The cards' cached parts are kept per language: the next English reader gets English.
    english = client.get("/mentors/", headers={"Accept-Language": "en"}).content.decode()
    assert "View profile" in english and "Ver perfil" not in english
