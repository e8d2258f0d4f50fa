"""What a coordinator does about a pair: each action goes through the lifecycle or the nudge engine and into the
pair's history, and what the history says never gives away a note or who asked for help."""

from datetime import timedelta

from django.core import mail
from django.urls import reverse

from conftest import make_person
from mentorhub.coordination.models import CoordinatorNote
from mentorhub.nudges.models import Notification, Nudge
from mentorhub.programs.models import Enrollment
from mentorhub.relationships.models import Relationship

from .conftest import START


def pair_url(pair, action=None):
    name = f"coordination:{action}" if action else "coordination:pair"
    return reverse(name, args=[pair.program.slug, pair.pk])


def test_a_check_in_reaches_the_chosen_person_in_the_app_and_by_email(pair, personas, client_for, deliver):
    mail.outbox.clear()
    client = client_for(personas.coordinator)
    response = client.post(pair_url(pair, "check_in"), {"to": "mentee", "message": "How are things going?"})
    assert response.status_code == 302
    deliver()
    notification = Notification.objects.get(person=personas.mentee, title__startswith="A check-in from Cora")
    assert notification.body == "How are things going?"
    assert not Notification.objects.filter(person=personas.mentor, title__startswith="A check-in").exists()
    assert [m.to for m in mail.outbox if "check-in from" in m.subject] == [[personas.mentee.email]]
    assert pair.history.filter(what="Check-in from the program's coordinators", actor=personas.coordinator).exists()
    # The text was for the mentee: the history both people read does not hold it.
    assert not pair.history.filter(why__contains="How are things").exists()


def test_a_check_in_to_both(pair, personas, client_for, deliver):
    client_for(personas.coordinator).post(pair_url(pair, "check_in"), {"to": "both", "message": "Hello both"})
    deliver()
    assert Notification.objects.filter(title__startswith="A check-in", body="Hello both").count() == 2


def test_an_empty_check_in_is_refused_with_a_message_and_sends_nothing(pair, personas, client_for):
    response = client_for(personas.coordinator).post(
        pair_url(pair, "check_in"), {"to": "both", "message": " "}, follow=True
    )
    assert "Message: This field is required." in response.content.decode()
    assert not Nudge.objects.filter(rule="coordinator_check_in").exists()
    assert not pair.history.filter(what__startswith="Check-in").exists()


def test_extending_moves_the_review_date_through_the_lifecycle(pair, personas, client_for):
    before = pair.review_on
    client_for(personas.coordinator).post(pair_url(pair, "extend"), {"days": 60, "why": "They asked for more time"})
    pair.refresh_from_db()
    assert pair.review_on == before + timedelta(days=60)
    event = pair.history.get(what__startswith="Extended")
    assert event.actor == personas.coordinator and event.why == "They asked for more time"
    # The lifecycle's signal moved the review reminder with it.
    reminder = Nudge.objects.get(key=f"rel:{pair.pk}:review:{personas.mentee.pk}")
    assert reminder.due_at.date() == pair.review_on - timedelta(days=7)


def test_ending_closes_through_the_lifecycle(pair, personas, client_for):
    client_for(personas.coordinator).post(
        pair_url(pair, "end"), {"outcome": "ended_early", "reason": "schedule", "why": "Both too busy"}
    )
    pair.refresh_from_db()
    assert (pair.status, pair.end_reason, pair.phase) == (Relationship.ENDED_EARLY, "schedule", "separation")
    assert pair.history.get(what="Closed: Ended early").why == "Both too busy"
    response = client_for(personas.coordinator).post(pair_url(pair, "extend"), {"days": 10}, follow=True)
    assert "can no longer be extended" in response.content.decode()


def test_a_note_only_coordinators_read(pair, personas, client_for):
    client_for(personas.coordinator).post(pair_url(pair, "note"), {"text": "COORD-NOTE-4411: call Maya"})
    assert CoordinatorNote.objects.get().author == personas.coordinator
    assert "COORD-NOTE-4411" in client_for(personas.coordinator).get(pair_url(pair)).content.decode()
    for person in (personas.mentee, personas.mentor):
        client = client_for(person)
        for url in (reverse("relationships:detail", args=[pair.pk]), f"/api/relationships/{pair.pk}"):
            assert "COORD-NOTE-4411" not in client.get(url).content.decode()


def test_rematching_the_mentee_ends_the_pair_and_matches_them_without_the_old_mentor(
    pair, personas, client_for, time_machine
):
    time_machine.move_to(START + timedelta(days=20), tick=False)
    other = make_person(
        "nina@test.example", "Nina Newmentor", accepting_mentees=True, mentor_capacity=2, languages=["English"]
    )
    Enrollment.objects.create(program=pair.program, person=other, role="mentor", status=Enrollment.APPROVED)
    client = client_for(personas.coordinator)
    response = client.post(pair_url(pair, "open_rematch"), {"person": "mentee"})
    assert response.url == reverse("coordination:rematch", args=[pair.program.slug, pair.pk, "mentee"])
    pair.refresh_from_db()
    assert (pair.status, pair.end_reason) == (Relationship.ENDED_EARLY, "mismatch")
    assert "nobody's fault" in pair.history.get(what="Closed: Ended early").why
    page = client.get(response.url).content.decode()
    assert "Match with Nina Newmentor" in page and "Match with Marco Mentor" not in page
    refused = client.post(response.url, {"candidate_id": personas.mentor.pk}, follow=True)
    assert "Choose one of the people listed." in refused.content.decode()
    client.post(response.url, {"candidate_id": other.pk})
    new = Relationship.objects.get(mentee=personas.mentee, mentor=other)
    assert new.program == pair.program and new.is_current
    assert new.history.get(what="Relationship started").actor == personas.coordinator
