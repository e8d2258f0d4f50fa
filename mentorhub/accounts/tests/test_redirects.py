"""A `next` field or a Referer header only ever sends a person to a page of this site."""

import pytest

from mentorhub.accounts.models import User
from mentorhub.network import services as network
from mentorhub.programs.models import Enrollment
from mentorhub.relationships import services as relationships

pytestmark = pytest.mark.django_db

ELSEWHERE = [
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "http:///evil.example",
]


def csrf_post(client, url, data=None, **extra):
    """Post like a browser: fetch a page for the CSRF cookie, then send the token with the form."""
    client.get("/account/")
    return client.post(url, {**(data or {}), "csrfmiddlewaretoken": client.cookies["csrftoken"].value}, **extra)


def assert_stays_here(response, expected):
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("target", ELSEWHERE)
def test_resend_verification_never_leaves_the_site(client_for, personas, target):
    User.objects.filter(pk=personas.mentee.pk).update(email_verified=False)
    client = client_for(personas.mentee)
    assert_stays_here(csrf_post(client, "/account/verify/resend/", {"next": target}), "/")


def test_resend_verification_returns_to_the_page_it_came_from(client_for, personas):
    User.objects.filter(pk=personas.mentee.pk).update(email_verified=False)
    client = client_for(personas.mentee)
    assert_stays_here(csrf_post(client, "/account/verify/resend/", {"next": "/goals/?x=1"}), "/goals/?x=1")


@pytest.mark.parametrize("target", ELSEWHERE)
def test_network_next_never_leaves_the_site(client_for, personas, target):
    contact = network.save_contact(personas.mentee, None, {"name": "Sofia Almeida"})
    client = client_for(personas.mentee)
    response = csrf_post(client, f"/network/contacts/{contact.pk}/stage/", {"stage": "contacted", "next": target})
    assert_stays_here(response, contact.get_absolute_url())


@pytest.mark.parametrize("target", ELSEWHERE)
def test_relationship_rule_error_never_follows_a_foreign_referer(client_for, personas, target):
    request = relationships.send_request(personas.mentee, personas.mentor, message="Your SQL talk helped me.")
    relationships.withdraw_request(request.pk, personas.mentee)
    client = client_for(personas.mentor)
    response = csrf_post(client, f"/relationships/requests/{request.pk}/accept/", headers={"Referer": target})
    assert_stays_here(response, "/relationships/")


@pytest.mark.parametrize("target", ELSEWHERE)
def test_program_rule_error_never_follows_a_foreign_referer(client_for, personas, target):
    enrollment = Enrollment.objects.get(program=personas.program, person=personas.mentee)
    client = client_for(personas.coordinator)
    url = f"/programs/{personas.program.slug}/participants/{enrollment.pk}/decide/"
    response = csrf_post(client, url, {"decision": "maybe"}, headers={"Referer": target})
    assert_stays_here(response, personas.program.get_absolute_url())


def test_program_rule_error_goes_back_to_the_page_it_came_from(client_for, personas):
    enrollment = Enrollment.objects.get(program=personas.program, person=personas.mentee)
    client = client_for(personas.coordinator)
    url = f"/programs/{personas.program.slug}/participants/{enrollment.pk}/decide/"
    back = f"http://testserver/programs/{personas.program.slug}/participants/"
    response = csrf_post(client, url, {"decision": "maybe"}, headers={"Referer": back})
    assert_stays_here(response, back)


@pytest.mark.parametrize("target", ELSEWHERE)
def test_login_next_never_leaves_the_site(client, personas, target):
    response = client.post(
        "/account/login/", {"login": "mentee@test.example", "password": "correct-horse-battery", "next": target}
    )
    assert_stays_here(response, "/")


def test_https_site_refuses_a_plain_http_next(client_for, personas):
    User.objects.filter(pk=personas.mentee.pk).update(email_verified=False)
    client = client_for(personas.mentee)
    response = client.post("/account/verify/resend/", {"next": "http://testserver/goals/"}, secure=True)
    assert_stays_here(response, "/")
