import json
from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from mentorhub.accounts.models import AccessToken
from mentorhub.conversations import services
from mentorhub.conversations.models import Message
from mentorhub.integrations.models import WebhookDelivery, WebhookSubscription
from mentorhub.relationships.models import MentorshipRequest
from tests.support import rows_written

pytestmark = pytest.mark.django_db


def send(client, method, url, body=None):
    kwargs = {} if body is None else {"data": json.dumps(body), "content_type": "application/json"}
    return client.generic(method, url, **kwargs)


def test_the_two_people_write_read_edit_and_delete_through_the_api(personas, relationship, client_for):
    mentee, mentor = client_for(personas.mentee), client_for(personas.mentor)
    url = f"/api/relationships/{relationship.pk}/messages"
    posted = send(mentee, "POST", url, {"body": "Shall we meet **Tuesday**?"})
    assert posted.status_code == 201
    message = posted.json()
    assert message["html"] == "<p>Shall we meet <strong>Tuesday</strong>?</p>\n"
    listed = mentor.get("/api/conversations").json()
    assert [(c["kind"], c["other_person_name"], c["unread"]) for c in listed] == [("relationship", "Maya Mentee", 1)]
    assert [m["body"] for m in mentor.get(url).json()] == ["Shall we meet **Tuesday**?"]
    assert mentor.get(f"{url}?after={message['id']}").json() == []
    read = send(mentor, "POST", f"/api/messages/{message['id']}/read")
    assert read.json() == {"unread": 0}
    assert send(mentor, "PATCH", f"/api/messages/{message['id']}", {"body": "mine now"}).status_code == 403
    edited = send(mentee, "PATCH", f"/api/messages/{message['id']}", {"body": "Shall we meet Wednesday?"})
    assert edited.json()["edited_at"] is not None
    deleted = send(mentee, "DELETE", f"/api/messages/{message['id']}").json()
    assert deleted["deleted_at"] is not None and deleted["body"] == deleted["html"] == ""


def test_a_request_has_its_own_conversation_in_the_api(personas, client_for):
    request = MentorshipRequest.objects.create(
        mentee=personas.mentee, mentor=personas.mentor, message="Hi", expires_at=timezone.now() + timedelta(days=9)
    )
    url = f"/api/requests/{request.pk}/messages"
    assert (
        send(client_for(personas.mentor), "POST", url, {"body": "What would you like to work on?"}).status_code == 201
    )
    thread = [(m["body"], m["source"]) for m in client_for(personas.mentee).get(url).json()]
    assert thread == [("Hi", "system"), ("What would you like to work on?", "app")]  # opens with the request
    assert client_for(personas.outsider).get(url).status_code == 404


@pytest.mark.parametrize("who", ["coordinator", "outsider"])
def test_others_get_404_from_every_route_and_change_nothing(personas, relationship, client_for, who):
    conversation = services.conversation_for_relationship(personas.mentee, relationship.pk)
    message = services.post_message(personas.mentee, conversation, "just us")
    client = client_for(getattr(personas, who))
    before = rows_written()
    calls = [
        ("GET", f"/api/relationships/{relationship.pk}/messages", None),
        ("POST", f"/api/relationships/{relationship.pk}/messages", {"body": "hello"}),
        ("PATCH", f"/api/messages/{message.pk}", {"body": "changed"}),
        ("DELETE", f"/api/messages/{message.pk}", None),
        ("POST", f"/api/messages/{message.pk}/read", None),
    ]
    for method, url, body in calls:
        assert send(client, method, url, body).status_code == 404, (method, url)
    assert rows_written() == before
    assert client.get("/api/conversations").json() == []
    assert list(Message.objects.values_list("body", flat=True)) == ["just us"]


def test_bad_input_is_a_422_naming_the_body(personas, relationship, client_for):
    url = f"/api/relationships/{relationship.pk}/messages"
    for body in ["   ", "x" * 100_000, "[](https://example.com)"]:
        refused = send(client_for(personas.mentee), "POST", url, {"body": body})
        assert refused.status_code == 422
        assert refused.json()["errors"][0]["field"] == "body"
    assert not Message.objects.exists()


def test_editing_after_the_window_is_a_conflict(personas, relationship, client_for, settings):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        posted = send(
            client_for(personas.mentee), "POST", f"/api/relationships/{relationship.pk}/messages", {"body": "a"}
        )
        clock.shift(timedelta(minutes=settings.CONVERSATION_EDIT_MINUTES + 1))
        late = send(client_for(personas.mentee), "PATCH", f"/api/messages/{posted.json()['id']}", {"body": "b"})
    assert late.status_code == 409 and late.json()["code"] == "edit_window"


def test_a_read_only_token_reads_but_does_not_write(personas, relationship):
    _, token = AccessToken.issue(personas.mentee, "reader", scope=AccessToken.READ)
    client = Client(headers={"Authorization": f"Bearer {token}"})
    url = f"/api/relationships/{relationship.pk}/messages"
    assert client.get(url).status_code == 200
    assert send(client, "POST", url, {"body": "hi"}).status_code == 403
    assert not Message.objects.exists()


def test_a_new_message_is_a_webhook_event_for_the_two_people_only(personas, relationship):
    mine = WebhookSubscription.objects.create(
        owner=personas.mentor, url="https://hooks.example/x", events=["message.created"]
    )
    coordinators = WebhookSubscription.objects.create(
        owner=personas.coordinator, url="https://hooks.example/y", events=["message.created"], program=personas.program
    )
    conversation = services.conversation_for_relationship(personas.mentee, relationship.pk)
    message = services.post_message(personas.mentee, conversation, "hello")
    delivery = WebhookDelivery.objects.get()
    assert delivery.subscription == mine and delivery.event == "message.created"
    assert delivery.payload["data"]["message_id"] == message.pk
    assert not coordinators.deliveries.exists()
