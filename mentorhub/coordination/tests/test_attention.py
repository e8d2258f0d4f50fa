"""Pairs that need attention: one reason per rule, the coordinator's list and pair page, and who may see them."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from mentorhub.coordination import services
from mentorhub.coordination.attention import program_pairs
from mentorhub.coordination.models import FitCheck, HelpRequest
from mentorhub.health.services import record_health
from mentorhub.nudges.models import Notification
from mentorhub.relationships import lifecycle
from mentorhub.relationships.models import Relationship

from .conftest import START, assert_nothing_private, confirm, held_meeting


def reasons(program):
    return {p.relationship.pk: p.codes for p in program_pairs(program, attention_only=True)}


def test_a_new_pair_needs_no_attention(pair, personas):
    assert reasons(personas.program) == {}


def test_no_agreement_after_14_days(pair, personas, time_machine):
    time_machine.move_to(START + timedelta(days=14), tick=False)
    assert reasons(personas.program) == {}
    time_machine.move_to(START + timedelta(days=15), tick=False)
    assert reasons(personas.program) == {pair.pk: {"no_agreement"}}


def test_no_meeting_for_one_and_a_half_cadences(pair, personas, time_machine):
    confirm(pair, "fortnightly")
    held_meeting(pair, START + timedelta(days=2))
    time_machine.move_to(START + timedelta(days=2 + 21), tick=False)
    assert "no_meeting" not in reasons(personas.program).get(pair.pk, set())
    time_machine.move_to(START + timedelta(days=2 + 22), tick=False)
    assert "no_meeting" in reasons(personas.program)[pair.pk]
    held_meeting(pair, timezone.now() - timedelta(hours=1))
    assert "no_meeting" not in reasons(personas.program).get(pair.pk, set())


def test_no_first_meeting_counts_from_the_start(pair, personas, time_machine):
    confirm(pair, "weekly")
    time_machine.move_to(START + timedelta(days=11), tick=False)
    assert "no_meeting" in reasons(personas.program)[pair.pk]


def test_low_health(pair, personas, time_machine):
    confirm(pair, "weekly")
    held_meeting(pair, START + timedelta(hours=1))
    time_machine.move_to(START + timedelta(days=40), tick=False)
    record_health(pair)
    assert "health" in reasons(personas.program)[pair.pk]


def test_a_fit_check_no_until_a_coordinator_deals_with_it(pair, personas):
    services.answer_fit_check(pair, personas.mentor, FitCheck.YES)
    assert reasons(personas.program) == {}
    services.answer_fit_check(pair, personas.mentee, FitCheck.NO)
    assert reasons(personas.program) == {pair.pk: {"fit_check"}}
    services.resolve(pair, personas.coordinator)
    assert reasons(personas.program) == {}


def test_a_request_for_help(pair, personas):
    services.ask_for_help(pair, personas.mentor, "We cannot find a time that works")
    assert reasons(personas.program) == {pair.pk: {"help"}}


def test_paused(pair, personas):
    lifecycle.pause(pair, personas.mentee)
    assert reasons(personas.program) == {pair.pk: {"paused"}}


def test_overdue_for_its_review(pair, personas, time_machine, settings):
    confirm(pair, "quarterly")
    time_machine.move_to(START + timedelta(days=settings.MENTORSHIP_REVIEW_DAYS + 1), tick=False)
    held_meeting(pair, timezone.now() - timedelta(days=1))
    assert reasons(personas.program) == {pair.pk: {"review_overdue"}}


def test_a_closed_pair_never_needs_attention(pair, personas, time_machine):
    lifecycle.close(pair, personas.mentee, outcome=Relationship.ENDED_EARLY, reason="schedule")
    time_machine.move_to(START + timedelta(days=60), tick=False)
    assert reasons(personas.program) == {}


def test_the_list_filters_and_sorts(pair, personas, client_for, time_machine):
    time_machine.move_to(START + timedelta(days=20), tick=False)
    HelpRequest.objects.create(relationship=pair, person=personas.mentee, reason="help")
    client = client_for(personas.coordinator)
    url = reverse("coordination:attention", args=[personas.program.slug])
    page = client.get(url, {"sort": "last_met"}).content.decode()
    assert 'data-reason="no_agreement"' in page and 'data-reason="help"' in page
    assert "Maya Mentee and Marco Mentor" in page
    assert "Maya Mentee" not in client.get(url, {"reason": "paused"}).content.decode()
    assert "Maya Mentee and Marco Mentor" in client.get(url, {"reason": "help"}).content.decode()
    assert (
        "Maya Mentee and Marco Mentor"
        not in client.get(
            reverse("coordination:pairs", args=[personas.program.slug]), {"status": "completed"}
        ).content.decode()
    )


def test_the_pair_page_shows_status_dates_health_and_reasons_never_private_content(
    private_life, personas, client_for, time_machine
):
    time_machine.move_to(START + timedelta(days=40), tick=False)
    services.answer_fit_check(private_life, personas.mentee, FitCheck.NO, "We do not click")
    response = client_for(personas.coordinator).get(
        reverse("coordination:pair", args=[personas.program.slug, private_life.pk])
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Active" in page and "Initiation" in page and "4 Jan 2027" in page
    assert "Meetings held</dt><dd>1" in page
    assert 'data-reason="no_meeting"' in page and 'data-reason="fit_check"' in page
    assert "We do not click" in page  # written for the coordinators
    assert "Your own ratings" not in page
    assert_nothing_private(page)
    for fmt in ("csv", "json"):
        export = client_for(personas.coordinator).get(reverse("coordination:export", args=[personas.program.slug, fmt]))
        assert export.status_code == 200
        assert_nothing_private(export.content.decode())


@pytest.mark.parametrize("who", ["mentee", "mentor", "outsider", "other_member"])
def test_anyone_but_a_coordinator_gets_404_and_nothing_changes(private_life, personas, client_for, who):
    client = client_for(getattr(personas, who))
    slug, pk = personas.program.slug, private_life.pk
    for url in [
        reverse("coordination:attention", args=[slug]),
        reverse("coordination:pairs", args=[slug]),
        reverse("coordination:export", args=[slug, "csv"]),
        reverse("coordination:pair", args=[slug, pk]),
        reverse("coordination:rematch", args=[slug, pk, "mentee"]),
    ]:
        assert client.get(url).status_code == 404, url
    history = private_life.history.count()
    posts = {
        "check_in": {"to": "both", "message": "Hello"},
        "extend": {"days": 30},
        "end": {"outcome": "ended_early", "reason": "schedule"},
        "note": {"text": "A note"},
        "resolve": {},
        "open_rematch": {"person": "mentee"},
    }
    for name, data in posts.items():
        assert client.post(reverse(f"coordination:{name}", args=[slug, pk]), data).status_code == 404, name
    private_life.refresh_from_db()
    assert private_life.status == Relationship.ACTIVE
    assert private_life.history.count() == history
    assert not private_life.coordinator_notes.exists()


def test_a_coordinator_of_another_program_gets_404(private_life, personas, client_for):
    personas.other_program.coordinators.add(personas.outsider)
    client = client_for(personas.outsider)
    assert client.get(reverse("coordination:pair", args=["other", private_life.pk])).status_code == 404
    assert client.get(reverse("coordination:pair", args=["data", private_life.pk])).status_code == 404


def test_coordinators_are_told_once_when_a_pair_falls_to_at_risk(pair, personas, time_machine, deliver):
    confirm(pair, "weekly")
    held_meeting(pair, START + timedelta(hours=1))
    time_machine.move_to(START + timedelta(days=2), tick=False)
    record_health(pair)
    for day in (40, 41):
        time_machine.move_to(START + timedelta(days=day), tick=False)
        record_health(pair)
    deliver()
    alerts = Notification.objects.filter(person=personas.coordinator, title__contains="health")
    assert [a.title for a in alerts] == ["Maya Mentee and Marco Mentor: health stalled"]
    assert not Notification.objects.filter(person=personas.mentee, title__contains="health").exists()
