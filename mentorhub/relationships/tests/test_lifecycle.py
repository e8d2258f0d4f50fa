"""One lifecycle: however a relationship starts, pauses or ends, the other apps hear of it the same way."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from conftest import make_person
from mentorhub.integrations.models import WebhookDelivery, WebhookSubscription
from mentorhub.matching.scoring import Weights
from mentorhub.network.models import Contact
from mentorhub.nudges.models import Notification, Nudge
from mentorhub.nudges.services import sweep
from mentorhub.programs import match_runs
from mentorhub.programs import services as programs
from mentorhub.programs.models import Enrollment, MatchRun
from mentorhub.relationships import services
from mentorhub.relationships.models import Relationship

pytestmark = pytest.mark.django_db


@pytest.fixture
def program_hook(personas):
    """The program's coordinator listens to every relationship event of the program."""
    return WebhookSubscription.objects.create(
        owner=personas.coordinator,
        program=personas.program,
        url="https://hooks.test.example/mentorhub",
        events=["relationship.started", "relationship.closed"],
    )


def scheduled_rules(relationship) -> dict:
    """Rule -> who gets it, for the nudges waiting on a relationship (the people named by their role)."""
    roles = {relationship.mentee_id: "mentee", relationship.mentor_id: "mentor"}
    keys = Nudge.objects.filter(delivered_at__isnull=True).filter(key__regex=rf"^(rel|survey):{relationship.pk}:")
    found = {}
    for nudge in keys:
        found.setdefault(nudge.rule, set()).add(roles.get(nudge.person_id, "coordinator"))
    return found


def accepted_in_program(personas):
    request = services.send_request(personas.mentee, personas.mentor, message="Thanks for considering a call.")
    request.program = personas.program
    request.save()
    return services.accept_request(request.pk, personas.mentor)


def test_a_coordinator_match_gets_the_same_nudges_and_webhook_as_an_accepted_request(personas, program_hook):
    accepted = accepted_in_program(personas)
    expected = scheduled_rules(accepted)
    assert set(expected) == {"pulse", "audit", "review_due", "program_survey", "no_activity"}
    assert expected["no_activity"] == {"coordinator"}
    second = make_person("sam@test.example", "Sam Mentee", seeking_mentors=True)
    Enrollment.objects.create(program=personas.program, person=second, role="mentee", status=Enrollment.APPROVED)
    Contact.objects.create(owner=second, name="Marco Mentor", person=personas.mentor)

    matched = programs.match(personas.program, second, personas.mentor, personas.coordinator, "Matched by hand")

    assert scheduled_rules(matched) == expected
    started = WebhookDelivery.objects.filter(event="relationship.started")
    assert sorted(d.payload["data"]["relationship_id"] for d in started) == sorted([accepted.pk, matched.pk])
    assert Contact.objects.get(owner=second).relationship == matched


def test_a_published_match_run_starts_relationships_with_their_nudges(personas, program_hook, client_for):
    for person in (personas.mentee, personas.mentor):
        person.profile.languages = ["English"]
        person.profile.save()
    run = match_runs.dry_run(
        personas.program, personas.coordinator, weights=Weights(), rules=match_runs.Rules(),
        objective=MatchRun.MOST_MATCHED,
    )  # fmt: skip
    client_for(personas.coordinator).post(f"/programs/data/matching/runs/{run.number}/publish/", {"confirm": "1"})
    matched = Relationship.objects.get(mentee=personas.mentee, mentor=personas.mentor)
    assert set(scheduled_rules(matched)) == {"pulse", "audit", "review_due", "program_survey", "no_activity"}
    assert WebhookDelivery.objects.filter(event="relationship.started").count() == 1
    with time_machine.travel(timezone.now() + timedelta(days=31)):
        sweep()
    titles = Notification.objects.filter(person=personas.mentee).values_list("title", flat=True)
    assert "How valuable is your mentorship right now?" in titles


def test_closing_tells_the_program_webhook_and_cancels_every_check_in(personas, program_hook):
    relationship = accepted_in_program(personas)
    services.close_relationship(
        relationship, personas.mentor, outcome="ended_early", reason="schedule", reflection="Our weeks never met."
    )
    assert set(scheduled_rules(relationship)) == {"program_survey"}
    assert WebhookDelivery.objects.filter(event="relationship.closed").get().payload["data"]["status"] == (
        "ended_early"
    )


def test_pause_resume_and_phase_changes_reach_the_webhook_and_the_history(client_for, personas):
    WebhookSubscription.objects.create(
        owner=personas.mentee,
        url="https://hooks.test.example/maya",
        events=["relationship.paused", "relationship.resumed", "relationship.phase_changed"],
    )
    relationship = accepted_in_program(personas)
    mentee = client_for(personas.mentee)
    api = f"/api/relationships/{relationship.pk}"
    assert mentee.post(f"{api}/status", {"status": "paused"}, content_type="application/json").status_code == 200
    assert mentee.post(f"{api}/status", {"status": "active"}, content_type="application/json").status_code == 200
    assert mentee.post(f"{api}/phase", {"phase": "cultivation"}, content_type="application/json").status_code == 200
    refused = mentee.post(f"{api}/status", {"status": "active"}, content_type="application/json")
    assert refused.status_code == 409
    events = list(WebhookDelivery.objects.order_by("pk").values_list("event", flat=True))
    assert events == ["relationship.paused", "relationship.resumed", "relationship.phase_changed"]
    assert list(relationship.history.order_by("pk").values_list("what", flat=True))[1:] == [
        "Status: Active → Paused",
        "Status: Paused → Active",
        "Phase: Initiation → Cultivation",
    ]
