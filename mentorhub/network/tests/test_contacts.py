from datetime import timedelta

import pytest
import time_machine

from mentorhub.goals.models import SkillGap
from mentorhub.network import services
from mentorhub.network.models import Contact
from mentorhub.relationships.models import Relationship

from .conftest import csrf_post

pytestmark = pytest.mark.django_db

NOTES = "your talk on pricing experiments at ProductCamp Lisbon"


def test_add_a_contact_then_research_moves_it_to_researched(client_for, personas):
    client = client_for(personas.mentee)
    gap = SkillGap.objects.create(person=personas.mentee, skill="stakeholder management")
    response = client.post(
        "/network/contacts/new/",
        {"name": "  Sofia   Almeida ", "organisation": "Lumen Health", "how_known": "event", "stage": "identified"},
    )
    contact = Contact.objects.get(owner=personas.mentee)
    assert response.url == f"/network/contacts/{contact.pk}/"
    assert contact.name == "Sofia Almeida" and contact.stage == Contact.IDENTIFIED
    client.post(
        f"/network/contacts/{contact.pk}/edit/",
        {
            "name": "Sofia Almeida",
            "how_known": "event",
            "stage": "identified",
            "research_notes": NOTES,
            "links_text": "https://example.org/talks/pricing",
            "skill_gaps": [gap.pk],
        },
    )
    contact.refresh_from_db()
    assert contact.stage == Contact.RESEARCHED
    assert contact.links == ["https://example.org/talks/pricing"]
    page = client.get(contact.get_absolute_url()).content.decode()
    assert NOTES in page and "stakeholder management" in page and "Researched" in page


def test_a_bad_link_is_refused_and_what_was_typed_is_kept(client_for, personas):
    page = (
        client_for(personas.mentee)
        .post(
            "/network/contacts/new/",
            {"name": "Sofia", "how_known": "event", "stage": "identified", "links_text": "not a url"},
        )
        .content.decode()
    )
    assert "is not a web address" in page and 'value="Sofia"' in page
    assert not Contact.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"name": "Someone Else", "email": "SOFIA@lumen.example"},
            "Sofia Almeida is in your contacts already with this email",
        ),
        ({"name": "sofia almeida", "organisation": "lumen health"}, "Sofia Almeida is in your contacts already"),
    ],
)
def test_the_same_person_twice_is_refused(client_for, personas, make_contact, fields, message):
    make_contact(personas.mentee, email="sofia@lumen.example", organisation="Lumen Health")
    page = (
        client_for(personas.mentee)
        .post("/network/contacts/new/", {"how_known": "other", "stage": "identified", **fields})
        .content.decode()
    )
    assert message in page
    assert Contact.objects.count() == 1


def test_same_name_at_another_organisation_is_someone_else(make_contact, personas):
    make_contact(personas.mentee, organisation="Lumen Health")
    make_contact(personas.mentee, organisation="Vela Commerce")
    make_contact(personas.mentor)
    assert Contact.objects.count() == 3


def test_board_moves_contacts_with_plain_forms_and_csrf(client_for, personas, make_contact):
    contact = make_contact(personas.mentee)
    client = client_for(personas.mentee)
    board = client.get("/network/board/").content.decode()
    assert "Move Sofia Almeida to Researched" in board
    assert client.post(f"/network/contacts/{contact.pk}/stage/", {"stage": "researched"}, csrf=False).status_code == 403
    response = csrf_post(
        client, f"/network/contacts/{contact.pk}/stage/", {"stage": "researched", "next": "/network/board/"}
    )
    assert response.url == "/network/board/"
    csrf_post(client, f"/network/contacts/{contact.pk}/stage/", {"stage": "not_now", "next": "https://evil.example/"})
    contact.refresh_from_db()
    assert contact.stage == Contact.NOT_NOW
    column = client.get("/network/board/").content.decode().split('id="col-not_now"')[1]
    assert "Sofia Almeida" in column.split("</section>")[0]


def test_list_filters_by_stage_how_known_and_words(client_for, personas, make_contact):
    make_contact(personas.mentee, "Sofia Almeida", organisation="Lumen Health", how_known="event")
    make_contact(
        personas.mentee,
        "Kwame Mensah",
        organisation="Pagamento",
        how_known="senior_colleague",
        research_notes="launched instant payouts",
    )
    make_contact(personas.mentee, "Tomás Santos", organisation="Pagamento", how_known="supervisor")
    client = client_for(personas.mentee)

    def names(query):
        page = client.get("/network/", query).content.decode()
        return [n for n in ("Sofia Almeida", "Kwame Mensah", "Tomás Santos") if n in page]

    assert names({"stage": "researched"}) == ["Kwame Mensah"]
    assert names({"how_known": "event"}) == ["Sofia Almeida"]
    assert names({"q": "pagamento"}) == ["Kwame Mensah", "Tomás Santos"]
    assert names({"q": "instant payouts"}) == ["Kwame Mensah"]
    assert "Nobody matches these filters" in client.get("/network/", {"q": "nobody"}).content.decode()


def test_a_contact_on_the_platform_links_to_their_profile(client_for, personas, make_contact):
    contact = make_contact(personas.mentee, "Marco Mentor", email="mentor@test.example")
    hidden = make_contact(personas.mentee, "Otto Outsider", email="outsider@test.example")
    assert contact.person == personas.mentor
    assert hidden.person is None  # a hidden profile must not be discoverable by email
    page = client_for(personas.mentee).get(contact.get_absolute_url()).content.decode()
    assert f'href="/people/{personas.mentor.profile.pk}/"' in page


def test_removing_a_contact(client_for, personas, make_contact):
    contact = make_contact(personas.mentee)
    response = client_for(personas.mentee).post(f"/network/contacts/{contact.pk}/delete/")
    assert response.url == "/network/" and not Contact.objects.exists()


def test_contacts_are_private_to_their_owner(client_for, personas, make_contact):
    contact = make_contact(personas.mentee, research_notes=NOTES)
    for person in (personas.outsider, personas.coordinator, personas.mentor):
        client = client_for(person)
        for url in ["", "edit/", "compose/"]:
            assert client.get(f"/network/contacts/{contact.pk}/{url}").status_code == 404
        for url, data in [
            ("edit/", {"name": "Hijack", "how_known": "other", "stage": "identified"}),
            ("stage/", {"stage": "declined"}),
            ("coach/", {"body": "hi"}),
            ("compose/", {"template": "own", "body": "hi", "channel": "copy"}),
            ("delete/", {}),
        ]:
            assert client.post(f"/network/contacts/{contact.pk}/{url}", data).status_code == 404
        assert "Sofia Almeida" not in client.get("/network/").content.decode()
        assert "Sofia Almeida" not in client.get("/network/board/").content.decode()
    contact.refresh_from_db()
    assert contact.name == "Sofia Almeida" and contact.stage == Contact.RESEARCHED


@pytest.mark.parametrize(
    "url",
    [
        "/network/",
        "/network/board/",
        "/network/contacts/new/",
        "/network/encounters/new/",
        "/network/import/",
        "/network/import/preview/",
        "/network/stats/",
    ],
)
def test_network_pages_need_a_login(client, url):
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith("/account/login/")


def test_a_contact_who_becomes_your_mentor_moves_to_mentoring(client_for, personas, make_contact):
    contact = make_contact(personas.mentee, "Marco Mentor", email="mentor@test.example")
    someone_elses = make_contact(personas.other_member, "Marco Mentor", email="mentor@test.example")
    relationship = Relationship.objects.create(mentee=personas.mentee, mentor=personas.mentor)
    assert services.link_relationship(relationship) == 1
    contact.refresh_from_db()
    someone_elses.refresh_from_db()
    assert contact.stage == Contact.MENTORING and contact.relationship == relationship
    assert someone_elses.stage == Contact.IDENTIFIED
    page = client_for(personas.mentee).get(contact.get_absolute_url()).content.decode()
    assert f'href="/relationships/{relationship.pk}/"' in page

    contact.delete()
    added_later = make_contact(personas.mentee, "Marco Mentor", email="mentor@test.example")
    assert added_later.stage == Contact.MENTORING and added_later.relationship == relationship


def test_duplicates_are_found_whatever_the_case_of_accented_letters(client_for, personas, make_contact):
    make_contact(personas.mentee, "Inês Costa", organisation="Vela")
    page = (
        client_for(personas.mentee)
        .post(
            "/network/contacts/new/",
            {"name": "INÊS COSTA", "organisation": "vela", "how_known": "other", "stage": "identified"},
        )
        .content.decode()
    )
    assert "Inês Costa is in your contacts already" in page and Contact.objects.count() == 1


def test_moving_a_contact_in_the_edit_form_dates_the_move(client_for, personas, make_contact):
    contact = make_contact(personas.mentee)
    with time_machine.travel(contact.stage_changed_at + timedelta(days=3), tick=False):
        client_for(personas.mentee).post(
            f"/network/contacts/{contact.pk}/edit/", {"name": contact.name, "how_known": "other", "stage": "contacted"}
        )
    moved = Contact.objects.get()
    assert moved.stage == Contact.CONTACTED and moved.stage_changed_at == contact.stage_changed_at + timedelta(days=3)


def test_contact_search_ignores_accents_and_finds_the_starts_of_words(client_for, personas, make_contact):
    make_contact(personas.mentee, "Tomás Santos", organisation="Pagamento")
    make_contact(personas.mentee, "Ana Ribeiro", organisation="Bananeira Foods")
    client = client_for(personas.mentee)

    def names(q):
        page = client.get("/network/", {"q": q}).content.decode()
        return [n for n in ("Tomás Santos", "Ana Ribeiro") if n in page]

    assert names("TOMAS") == ["Tomás Santos"]  # as people search does (profiles/search.py)
    assert names("pag") == ["Tomás Santos"]
    assert names("ana") == ["Ana Ribeiro"]  # not "Bananeira": the start of a word, not its inside
