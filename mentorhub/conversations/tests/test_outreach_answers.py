"""The recipient of an outreach sent on the platform accepts it as a mentoring request or declines politely."""

import json

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from mentorhub.conversations import services
from mentorhub.conversations.models import Message
from mentorhub.nudges.models import Nudge
from mentorhub.profiles.availability import pause_accepting
from mentorhub.relationships.models import MentorshipRequest, Relationship
from mentorhub.relationships.services import requests

pytestmark = pytest.mark.django_db
ACCEPT = "Accept as a mentoring request"


@pytest.fixture
def outreach(personas):
    """Maya wrote to Marco on the platform; they have no request or relationship."""
    conversation = services.conversation_between(personas.mentee, personas.mentor)
    services.post_message(personas.mentee, conversation, "Could you advise me on SQL for analytics?")
    return conversation


def accept_url(conversation):
    return reverse("conversations:accept_outreach", args=[conversation.pk])


def nothing_changed(conversation):
    return (
        not Relationship.objects.exists()
        and not MentorshipRequest.objects.exists()
        and list(conversation.messages.values_list("body", flat=True)) == ["Could you advise me on SQL for analytics?"]
    )


def test_the_recipient_accepts_and_the_writer_becomes_the_mentee(personas, outreach, client_for):
    client = client_for(personas.mentor)
    assert ACCEPT in client.get(outreach.get_absolute_url()).content.decode()
    response = client.post(accept_url(outreach))
    relationship = Relationship.objects.get()
    assert (relationship.mentee, relationship.mentor, relationship.status) == (
        personas.mentee,
        personas.mentor,
        Relationship.ACTIVE,
    )
    assert response.url == relationship.get_absolute_url()
    assert MentorshipRequest.objects.get().message == "Could you advise me on SQL for analytics?"
    assert Nudge.objects.filter(person=personas.mentee, rule="request_answered").exists()
    assert not Nudge.objects.filter(person=personas.mentor, rule="request_received").exists()
    note = outreach.messages.last()
    assert note.source == Message.SYSTEM and relationship.get_absolute_url() in note.body
    page = client.get(outreach.get_absolute_url()).content.decode()
    assert ACCEPT not in page and "Decline politely" not in page
    assert "mentoring relationship" in client_for(personas.mentee).get(outreach.get_absolute_url()).content.decode()


def test_only_the_recipient_may_accept(personas, outreach, client_for):
    writer = client_for(personas.mentee)
    assert ACCEPT not in writer.get(outreach.get_absolute_url()).content.decode()
    refused = writer.post(accept_url(outreach))
    assert refused.status_code == 302
    assert [str(m) for m in get_messages(refused.wsgi_request)] == [
        "This conversation has been answered already, or was not written to you."
    ]
    for other in (personas.outsider, personas.coordinator, personas.other_member):
        assert client_for(other).post(accept_url(outreach)).status_code == 404
    assert nothing_changed(outreach)


def test_a_mentor_not_accepting_mentees_is_told_and_nothing_changes(personas, outreach, client_for):
    pause_accepting(personas.mentor)
    response = client_for(personas.mentor).post(accept_url(outreach), follow=True)
    assert "You are not accepting mentees right now" in response.content.decode()
    assert nothing_changed(outreach)


def test_a_request_between_the_two_hides_the_offer(personas, outreach, client_for):
    MentorshipRequest.objects.create(
        mentee=personas.mentor, mentor=personas.mentee, message="Old", expires_at=outreach.created_at
    )
    client = client_for(personas.mentor)
    assert ACCEPT not in client.get(outreach.get_absolute_url()).content.decode()
    client.post(accept_url(outreach))
    assert not Relationship.objects.exists() and MentorshipRequest.objects.count() == 1


def test_declining_politely_posts_the_edited_decline_and_ends_the_offer(personas, outreach, client_for):
    client = client_for(personas.mentor)
    page = client.get(outreach.get_absolute_url() + "?quick=decline").content.decode()
    assert "Thank you for writing, Maya" in page and "not able to mentor" in page
    decline = reverse("conversations:decline_outreach", args=[outreach.pk])
    response = client.post(decline, {"body": "Thank you, Maya. I can't mentor now. Might Ana Costa help?"})
    assert response.status_code == 302
    assert outreach.messages.last().body == "Thank you, Maya. I can't mentor now. Might Ana Costa help?"
    page = client.get(outreach.get_absolute_url()).content.decode()
    assert ACCEPT not in page and "Decline politely" not in page
    client.post(accept_url(outreach))
    assert client.post(decline, {"body": "Again"}).status_code == 422
    assert not Relationship.objects.exists() and outreach.messages.count() == 2


def test_the_api_accepts_for_the_recipient_only(personas, outreach, client_for):
    url = f"/api/conversations/{outreach.pk}/accept"
    assert client_for(personas.outsider).post(url).status_code == 404
    assert client_for(personas.coordinator).post(url).status_code == 404
    assert client_for(personas.mentee).post(url).json()["code"] == "state"
    assert nothing_changed(outreach)
    accepted = client_for(personas.mentor).post(url)
    assert accepted.status_code == 201
    body = json.loads(accepted.content)
    assert (body["mentee_id"], body["mentor_id"]) == (personas.mentee.pk, personas.mentor.pk)
    assert Relationship.objects.get().pk == body["relationship_id"]


def test_the_writers_open_requests_cap_is_explained_to_the_recipient(personas, outreach, client_for, settings):
    settings.MENTORSHIP_MAX_OPEN_REQUESTS = 1
    requests.send_request(personas.mentee, personas.other_member, message="Would you mentor me on dbt?")
    response = client_for(personas.mentor).post(accept_url(outreach), follow=True)
    assert "Maya Mentee has too many open mentorship requests already" in response.content.decode()
    assert not Relationship.objects.exists() and MentorshipRequest.objects.count() == 1
