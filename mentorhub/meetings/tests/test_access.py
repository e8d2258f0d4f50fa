"""Meetings are the content of a relationship: its two people only. Outsiders find nothing (404); a program's
coordinators know the relationship exists but see none of its content (403)."""

import pytest

from mentorhub.meetings import services
from mentorhub.meetings.models import ActionItem, Meeting, Note
from mentorhub.meetings.tests.helpers import at

pytestmark = pytest.mark.django_db

SOON = at(days=6).isoformat()

WEB = [
    ("get", "/meetings/with/{rel}/"),
    ("get", "/meetings/with/{rel}/plan/"),
    ("post", "/meetings/with/{rel}/plan/"),
    ("get", "/meetings/with/{rel}/log/"),
    ("post", "/meetings/with/{rel}/log/"),
    ("post", "/meetings/with/{rel}/progress/"),
    ("post", "/meetings/with/{rel}/feedback/"),
    ("get", "/meetings/{meeting}/"),
    ("post", "/meetings/{proposal}/pick/"),
    ("get", "/meetings/{proposal}/propose/"),
    ("post", "/meetings/{proposal}/propose/"),
    ("get", "/meetings/{meeting}/change/"),
    ("post", "/meetings/{meeting}/change/"),
    ("post", "/meetings/{meeting}/cancel/"),
    ("post", "/meetings/{meeting}/held/"),
    ("post", "/meetings/{meeting}/agenda/"),
    ("post", "/meetings/{held}/notes/"),
    ("post", "/meetings/{held}/notes/{note}/delete/"),
    ("post", "/meetings/{held}/action-items/"),
    ("post", "/meetings/{held}/rating/"),
    ("post", "/meetings/action-items/{item}/status/"),
]
API = [
    ("get", "/api/relationships/{rel}/meetings", None),
    ("post", "/api/relationships/{rel}/meetings", {"starts_at": SOON}),
    ("post", "/api/relationships/{rel}/meetings/propose", {"slots": [SOON]}),
    ("post", "/api/relationships/{rel}/meetings/log", {"starts_at": at(days=-1).isoformat()}),
    ("get", "/api/meetings/{meeting}", None),
    ("post", "/api/meetings/{proposal}/pick", {"slot_id": 1}),
    ("post", "/api/meetings/{proposal}/propose", {"slots": [SOON]}),
    ("post", "/api/meetings/{meeting}/reschedule", {"starts_at": SOON}),
    ("post", "/api/meetings/{meeting}/cancel", {}),
    ("post", "/api/meetings/{meeting}/held", None),
    ("get", "/api/meetings/{meeting}/agenda", None),
    ("put", "/api/meetings/{meeting}/agenda", {"answers": {"lessons": "x"}}),
    ("get", "/api/meetings/{held}/notes", None),
    ("post", "/api/meetings/{held}/notes", {"text": "x"}),
    ("delete", "/api/meetings/{held}/notes/{note}", None),
    ("get", "/api/relationships/{rel}/action-items", None),
    ("post", "/api/meetings/{held}/action-items", {"text": "x", "assignee_id": 1}),
    ("patch", "/api/action-items/{item}", {"text": "y"}),
    ("post", "/api/action-items/{item}/done", None),
    ("get", "/api/relationships/{rel}/progress-updates", None),
    ("post", "/api/relationships/{rel}/progress-updates", {"text": "x"}),
    ("get", "/api/meetings/{held}/feedback", None),
    ("put", "/api/meetings/{held}/feedback", {"rating": 1}),
    ("get", "/api/relationships/{rel}/mentor-feedback", None),
    ("post", "/api/relationships/{rel}/mentor-feedback", {"strengths": "x", "next_steps": "y"}),
    ("get", "/api/relationships/{rel}/timeline", None),
]


@pytest.fixture
def ids(personas, relationship, scheduled, held):
    proposal = services.propose_times(relationship, personas.mentee, [at(days=9)])
    note = services.add_note(held, personas.mentee, "Our secret plan", shared=True)
    item = services.add_action_item(relationship, personas.mentee, "Rewrite CV", personas.mentee.pk, meeting=held)
    services.rate_meeting(held, personas.mentee, 5, "Loved it")
    return {
        "rel": relationship.pk,
        "meeting": scheduled.pk,
        "held": held.pk,
        "proposal": proposal.pk,
        "note": note.pk,
        "item": item.pk,
    }


def nothing_changed(ids):
    assert Meeting.objects.get(pk=ids["meeting"]).status == Meeting.SCHEDULED
    assert Meeting.objects.get(pk=ids["proposal"]).status == Meeting.PROPOSED
    assert Meeting.objects.count() == 3 and Note.objects.count() == 1
    assert ActionItem.objects.get().status == ActionItem.OPEN


def call(client, method, url, body=None):
    if body is None:
        return getattr(client, method)(url)
    return getattr(client, method)(url, body, content_type="application/json")


@pytest.mark.parametrize(("method", "url"), WEB)
def test_outsiders_find_no_meeting_page(client_for, personas, ids, method, url):
    response = getattr(client_for(personas.outsider), method)(url.format(**ids))
    assert response.status_code == 404
    nothing_changed(ids)


@pytest.mark.parametrize(("method", "url"), WEB)
def test_coordinators_see_no_meeting_content(client_for, personas, ids, method, url):
    response = getattr(client_for(personas.coordinator), method)(url.format(**ids))
    assert response.status_code == 403
    nothing_changed(ids)


@pytest.mark.parametrize(("method", "url"), WEB)
def test_anonymous_visitors_are_sent_to_log_in(client, ids, method, url):
    response = getattr(client, method)(url.format(**ids))
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")


@pytest.mark.parametrize(("method", "url", "body"), API)
def test_outsiders_get_404_from_every_api_route(client_for, personas, ids, method, url, body):
    response = call(client_for(personas.outsider), method, url.format(**ids), body)
    assert response.status_code == 404, response.content
    assert response.json()["detail"] == "Not found."
    nothing_changed(ids)


@pytest.mark.parametrize(("method", "url", "body"), API)
def test_coordinators_get_403_from_every_api_route(client_for, personas, ids, method, url, body):
    response = call(client_for(personas.coordinator), method, url.format(**ids), body)
    assert response.status_code == 403, response.content
    nothing_changed(ids)


def test_lists_and_overview_show_only_your_own(client_for, personas, ids):
    assert client_for(personas.outsider).get("/api/meetings").json() == []
    assert len(client_for(personas.mentee).get("/api/meetings").json()) == 3
    page = client_for(personas.coordinator).get("/meetings/").content.decode()
    assert "Maya Mentee" not in page and "Our secret plan" not in page
    assert (
        "Our secret plan" not in client_for(personas.coordinator).get(f"/relationships/{ids['rel']}/").content.decode()
    )


def test_the_relationship_page_card_is_for_the_two_people(client_for, personas, ids):
    page = client_for(personas.mentor).get(f"/relationships/{ids['rel']}/").content.decode()
    assert 'id="meetings-card-h"' in page and "Rewrite CV" in page
    coordinator_page = client_for(personas.coordinator).get(f"/relationships/{ids['rel']}/").content.decode()
    assert 'id="meetings-card-h"' not in coordinator_page
