"""Safe bulk actions: publishing says what it will do and needs a confirmation; a run can be undone in time."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from mentorhub.matching.scoring import Weights
from mentorhub.meetings.models import Meeting
from mentorhub.nudges import services as nudges
from mentorhub.nudges.models import Notification, Nudge
from mentorhub.programs import match_runs
from mentorhub.programs.models import MatchRun
from mentorhub.programs.publishing import undo_refusal
from mentorhub.relationships import lifecycle
from mentorhub.relationships.models import Relationship

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(personas, program, enrol):
    """Two mentees for Marco, who has two places: two relationships, four emails."""
    enrol(program, "sofia@test.example", "mentee", name="Sofia Mentee")
    return match_runs.dry_run(program, personas.coordinator, weights=Weights(), rules=match_runs.Rules(),
                              objective=MatchRun.MOST_MATCHED)  # fmt: skip


def test_the_run_page_says_what_publishing_does_and_a_post_without_confirmation_starts_nothing(
    client_for, personas, program, draft
):
    coordinator = client_for(personas.coordinator)
    page = coordinator.get("/programs/data/matching/runs/1/").content.decode()
    assert "starts <strong>2 relationships</strong> and sends <strong>4 emails</strong>" in page
    assert 'name="confirm" value="2"' in page
    for data in ({}, {"confirm": "1"}):
        refused = coordinator.post("/programs/data/matching/runs/1/publish/", data, follow=True)
        assert "Confirm first: publishing starts 2 relationships and sends 4 emails." in refused.content.decode()
    draft.refresh_from_db()
    assert draft.status == MatchRun.DRAFT and not Relationship.objects.filter(program=program).exists()
    assert mail.outbox == []
    coordinator.post("/programs/data/matching/runs/1/publish/", {"confirm": "2"})
    assert Relationship.objects.filter(program=program, status="active").count() == 2


@pytest.fixture
def published(client_for, personas, draft):
    client_for(personas.coordinator).post("/programs/data/matching/runs/1/publish/", {"confirm": "2"})
    draft.refresh_from_db()
    return draft


def test_undo_within_the_window_cancels_the_relationships_and_tells_both_people(
    client_for, personas, program, published
):
    relationships = list(Relationship.objects.filter(program=program))
    response = client_for(personas.coordinator).post("/programs/data/matching/runs/1/undo/", follow=True)
    assert "Run 1 undone: 2 relationships cancelled" in response.content.decode()
    published.refresh_from_db()
    assert published.status == MatchRun.UNDONE and published.undone_by == personas.coordinator
    for relationship in relationships:
        relationship.refresh_from_db()
        assert (relationship.status, relationship.end_reason) == ("ended_early", "cancelled")
        assert relationship.history.filter(what="Cancelled: the match was undone", actor=personas.coordinator).exists()
        # Its check-ins and surveys are gone; no closing survey asks about a mentorship that never began.
        assert (
            not Nudge.objects.filter(key__contains=f":{relationship.pk}:", delivered_at__isnull=True)
            .exclude(rule="program_update")
            .exists()
        )
    nudges.sweep()
    told = Notification.objects.filter(title__contains="was undone").values_list("person__email", flat=True)
    # Marco is told once per pair he was in.
    expected = ["mentee@test.example", "mentor@test.example", "mentor@test.example", "sofia@test.example"]
    assert sorted(told) == expected
    # The same people can be matched again: an undone match is not a previous pair.
    again = match_runs.dry_run(program, personas.coordinator, weights=Weights(), rules=match_runs.Rules(),
                               objective=MatchRun.MOST_MATCHED)  # fmt: skip
    assert again.proposals.count() == 2


def test_undo_is_refused_once_someone_has_acted(client_for, personas, program, published):
    relationship = Relationship.objects.filter(program=program).first()
    Meeting.objects.create(relationship=relationship, organiser=relationship.mentee, title="First chat",
                           starts_at=timezone.now() + timedelta(days=2))  # fmt: skip
    refused = client_for(personas.coordinator).post("/api/programs/data/match-runs/1/undo")
    assert refused.status_code == 409 and refused.json()["code"] == "acted_on"
    assert "it has a meeting" in refused.json()["detail"]
    published.refresh_from_db()
    assert published.status == MatchRun.PUBLISHED
    assert Relationship.objects.filter(program=program, status="active").count() == 2


def test_undo_is_refused_after_a_status_change_or_anything_in_the_history(personas, program, published):
    first, second = Relationship.objects.filter(program=program)
    lifecycle.record(second, second.mentee, "Agreement proposed")
    assert undo_refusal(published) == (
        "acted_on",
        f"{second.mentee.profile.name} and Marco Mentor have started (it has a new entry in its history); "
        "end relationships one by one instead.",
    )
    lifecycle.pause(first, first.mentor)
    assert undo_refusal(published)[0] == "acted_on"


def test_undo_is_refused_after_the_window(client_for, personas, program, published):
    with time_machine.travel(published.published_at + timedelta(hours=25)):
        page = client_for(personas.coordinator).get("/programs/data/matching/runs/1/").content.decode()
        assert "can be undone only within 24 hours of publishing" in page
        refused = client_for(personas.coordinator).post("/api/programs/data/match-runs/1/undo")
    assert refused.status_code == 409 and refused.json()["code"] == "too_late"
    assert Relationship.objects.filter(program=program, status="active").count() == 2


def test_participants_cannot_publish_or_undo(client_for, personas, program, published):
    for person in (personas.mentee, personas.mentor, personas.outsider):
        assert client_for(person).post("/api/programs/data/match-runs/1/undo").status_code == 403
        assert client_for(person).post("/programs/data/matching/runs/1/undo/").status_code == 403
    published.refresh_from_db()
    assert published.status == MatchRun.PUBLISHED
