"""What one person keeps private never reaches the other: goals named in bodies, ratings, pulse answers."""

import re
from datetime import timedelta

import pytest
from django import forms
from django.utils import timezone

from mentorhub.goals.models import Goal
from mentorhub.health.services import record_health
from mentorhub.meetings import forms as meeting_forms
from mentorhub.meetings import services as meetings
from mentorhub.nudges import forms as nudge_forms
from mentorhub.nudges.models import Pulse
from mentorhub.relationships import forms as relationship_forms
from mentorhub.relationships import services
from mentorhub.relationships.models import AgreementVersion, HealthSnapshot, MentorshipRequest, Relationship

pytestmark = pytest.mark.django_db

PRIVATE = "PRIVATE-MARKER-run-a-marathon"
FOR_COORDINATORS = "COORDINATOR-MARKER-get-promoted"
SHARED = "SHARED-MARKER-lead-a-project"


def post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


@pytest.fixture
def goals(personas):
    mentee = personas.mentee
    private = Goal.objects.create(owner=mentee, text=PRIVATE, status=Goal.ACTIVE)
    program = Goal.objects.create(
        owner=mentee, text=FOR_COORDINATORS, visibility=Goal.PROGRAM, shared_program=personas.program
    )
    shared = Goal.objects.create(owner=mentee, text=SHARED, visibility=Goal.MENTORS, status=Goal.ACTIVE)
    shared.shared_with.add(personas.mentor)
    return {"private": private, "program": program, "shared": shared}


@pytest.fixture
def relationship(personas):
    return Relationship.objects.create(mentee=personas.mentee, mentor=personas.mentor, program=personas.program)


def offer(client, personas, goal_ids):
    body = {"to_person_id": personas.mentee.pk, "as_role": "mentor", "message": "Happy to help.", "goal_ids": goal_ids}
    return post(client, "/api/requests", body)


def test_an_offer_cannot_carry_the_mentees_private_goal(client_for, personas, goals):
    mentor = client_for(personas.mentor)
    for unusable in ("private", "program"):
        answer = offer(mentor, personas, [goals[unusable].pk])
        assert answer.status_code == 422, answer.content
        assert PRIVATE not in answer.content.decode() and FOR_COORDINATORS not in answer.content.decode()
    assert not MentorshipRequest.objects.exists()


def test_someone_elses_goal_id_gets_the_answer_of_a_missing_one(client_for, personas, goals):
    outsider = client_for(personas.other_member)
    missing = Goal.objects.order_by("-pk").first().pk + 1000
    personas.mentee.profile.accepting_mentees = False  # a rule break after the goal check must not tell them apart
    personas.mentee.profile.save()
    theirs, nobodys = offer(outsider, personas, [goals["private"].pk]), offer(outsider, personas, [missing])
    assert (theirs.status_code, theirs.json()) == (nobodys.status_code, nobodys.json())
    assert theirs.status_code == 422 and "goal_ids" in theirs.json()["detail"]
    assert not MentorshipRequest.objects.exists()


def test_an_offer_may_name_goals_the_mentee_already_shares_with_that_mentor(client_for, personas, goals):
    answer = offer(client_for(personas.mentor), personas, [goals["shared"].pk])
    assert answer.status_code == 201 and answer.json()["goal_ids"] == [goals["shared"].pk]
    page = client_for(personas.mentor).get(f"/relationships/requests/{answer.json()['id']}/").content.decode()
    assert SHARED in page and PRIVATE not in page


def test_an_offer_from_the_web_form_cannot_carry_a_private_goal(client_for, personas, goals):
    mentor = client_for(personas.mentor)
    form = mentor.get(f"/relationships/ask/{personas.mentee.profile.pk}/?as=mentor").content.decode()
    assert SHARED in form and PRIVATE not in form and FOR_COORDINATORS not in form
    mentor.post(
        f"/relationships/ask/{personas.mentee.profile.pk}/",
        {
            "as": "mentor",
            "message": "Happy to help.",
            "goals": [goals["private"].pk],
            "cadence": "monthly",
            "meeting_format": "video",
        },
    )
    assert not Goal.objects.filter(requests__isnull=False).exists()
    assert not goals["private"].shared_with.exists() and goals["private"].visibility == Goal.PRIVATE


def test_a_mentor_cannot_attach_the_mentees_private_goal_to_an_agreement(client_for, personas, goals, relationship):
    mentor = client_for(personas.mentor)
    for unusable in ("private", "program"):
        answer = post(mentor, f"/api/relationships/{relationship.pk}/agreement", {"goal_ids": [goals[unusable].pk]})
        assert answer.status_code == 422
    assert not AgreementVersion.objects.exists()
    page = mentor.get(f"/relationships/{relationship.pk}/agreement/")
    assert SHARED in page.content.decode()
    assert PRIVATE not in page.content.decode() and FOR_COORDINATORS not in page.content.decode()
    mentor.post(f"/relationships/{relationship.pk}/agreement/", {"goals": [goals["private"].pk], "cadence": "monthly"})
    assert not AgreementVersion.objects.exists()


def test_the_mentee_shares_a_goal_with_this_mentor_from_the_agreement_form(client_for, personas, goals, relationship):
    mentee = client_for(personas.mentee)
    page = mentee.get(f"/relationships/{relationship.pk}/agreement/").content.decode()
    assert 'name="share_goals"' in page and PRIVATE in page
    assert FOR_COORDINATORS not in page  # sharing it here would take it away from the coordinators
    answer = mentee.post(
        f"/relationships/{relationship.pk}/agreement/",
        {
            "goals": [goals["shared"].pk],
            "share_goals": [goals["private"].pk],
            "cadence": "monthly",
            "duration_months": 6,
        },
    )
    assert answer.status_code == 302
    goals["private"].refresh_from_db()
    assert goals["private"].visibility == Goal.MENTORS and list(goals["private"].shared_with.all()) == [personas.mentor]
    assert set(AgreementVersion.objects.get().goals.all()) == {goals["private"], goals["shared"]}
    assert PRIVATE in client_for(personas.mentor).get(f"/relationships/{relationship.pk}/").content.decode()


def test_the_mentor_no_longer_sees_a_goal_the_mentee_stopped_sharing(client_for, personas, goals, relationship):
    version = AgreementVersion.objects.create(relationship=relationship, number=1)
    version.goals.set([goals["shared"]])
    goals["shared"].visibility = Goal.PRIVATE
    goals["shared"].save()
    page = client_for(personas.mentor).get(f"/relationships/{relationship.pk}/").content.decode()
    assert SHARED not in page
    assert SHARED in client_for(personas.mentee).get(f"/relationships/{relationship.pk}/").content.decode()


# Ratings and pulse answers ------------------------------------------------------------------------------------------


@pytest.fixture
def met(personas, relationship):
    """A monthly agreement and a meeting held two days ago, so ratings count in the health score."""
    version = services.propose_agreement(relationship, personas.mentee, {"cadence": "monthly"})
    services.confirm_agreement(relationship, personas.mentor, version.pk)
    return meetings.log_meeting(relationship, personas.mentee, timezone.now() - timedelta(days=2))


def health_seen(client, relationship) -> str:
    page = client.get(f"/relationships/{relationship.pk}/").content.decode()
    found = re.search(r'aria-labelledby="health-h">(.*?)</section>', page, re.S) or re.search(
        r"<strong>Health:</strong>(.*?)</p>", page, re.S
    )
    return found.group(1)


def test_a_rating_or_pulse_never_reaches_the_other_person_not_even_as_an_average(
    client_for, personas, relationship, met
):
    meetings.rate_meeting(met, personas.mentee, 5)
    clients = {who: client_for(getattr(personas, who)) for who in ("mentee", "mentor", "coordinator")}
    before = {who: health_seen(client, relationship) for who, client in clients.items()}
    assert "Your own ratings: 5.0 of 5" in before["mentee"]

    meetings.rate_meeting(met, personas.mentor, 1)
    Pulse.objects.create(relationship=relationship, person=personas.mentor, score=1)

    assert health_seen(clients["mentee"], relationship) == before["mentee"]
    assert health_seen(clients["coordinator"], relationship) == before["coordinator"]
    assert "Your own ratings: 1.0 of 5" in health_seen(clients["mentor"], relationship)


def test_the_kept_health_snapshot_holds_no_ones_rating(personas, relationship, met):
    unrated = record_health(relationship).score
    meetings.rate_meeting(met, personas.mentee, 1)
    Pulse.objects.create(relationship=relationship, person=personas.mentor, score=1)
    snapshot = record_health(relationship)
    assert snapshot.score == unrated and not any("rat" in reason for reason in snapshot.reasons)
    assert HealthSnapshot.objects.count() == 1


# Who reads what you write -----------------------------------------------------------------------------------------


def helptext(page, field) -> str:
    found = re.search(rf'id="{field}_helptext">(.*?)</small>', page, re.S)
    return found.group(1) if found else ""


def test_the_close_form_says_the_other_person_reads_the_reflection_and_reason(client_for, personas, relationship):
    page = client_for(personas.mentee).get(f"/relationships/{relationship.pk}/close/").content.decode()
    for field in ("reason", "reflection", "gratitude", "outcome"):
        assert "Marco Mentor will see this." in helptext(page, f"id_{field}")


def test_the_rating_and_pulse_forms_say_only_you_see_them(client_for, personas, relationship, met):
    mentor = client_for(personas.mentor)
    meeting_page = mentor.get(f"/meetings/{met.pk}/").content.decode()
    assert "Only you see this" in helptext(meeting_page, "rating_rating")
    assert "Only you see this" in helptext(meeting_page, "rating_comment")
    assert "Maya Mentee will see this." in helptext(meeting_page, "note_text") or "unless you tick" in helptext(
        meeting_page, "note_text"
    )
    pulse_page = mentor.get(f"/notifications/pulse/{relationship.pk}/").content.decode()
    assert "Only you see your answer" in helptext(pulse_page, "id_score")


def test_every_field_of_a_mentorship_form_says_who_reads_it(personas, relationship, met):
    mentee, mentor = personas.mentee, personas.mentor
    filled = [
        relationship_forms.RequestForm(mentee, mentor, "mentee"),
        relationship_forms.DeclineForm(other=mentee),
        relationship_forms.QuestionForm(other=mentee),
        relationship_forms.AnswerForm(other=mentor),
        relationship_forms.AgreementForm(relationship, mentee),
        relationship_forms.CloseForm(other=mentor),
        relationship_forms.GratitudeForm(other=mentor),
        meeting_forms.CancelForm(other=mentor),
        meeting_forms.ChangeForm(other=mentor),
        meeting_forms.LogForm(other=mentor),
        meeting_forms.AgendaForm(met.agenda, other=mentor),
        meeting_forms.NoteForm(),
        meeting_forms.ActionItemForm(relationship, mentee),
        meeting_forms.ProgressForm(Goal.objects.none(), other=mentor),
        meeting_forms.FeedbackForm(),
        meeting_forms.MentorFeedbackForm(other=mentee),
        nudge_forms.PulseForm(),
        nudge_forms.AuditForm(),
    ]
    said = ("will see", "Only you see", "only you see", "Shared with them when")
    for form in filled:
        for name, field in form.fields.items():
            if isinstance(field.widget, forms.Textarea):
                assert any(s in str(field.help_text) for s in said), f"{type(form).__name__}.{name}"


def test_a_mentor_cannot_probe_the_mentees_goal_ids_through_a_progress_update(client_for, personas, goals, met):
    mentor = client_for(personas.mentor)
    url = f"/api/relationships/{met.relationship_id}/progress-updates"
    missing = Goal.objects.order_by("-pk").first().pk + 1000
    theirs = post(mentor, url, {"text": "x", "goal_id": goals["private"].pk})
    nobodys = post(mentor, url, {"text": "x", "goal_id": missing})
    assert (theirs.status_code, theirs.json()) == (nobodys.status_code, nobodys.json())
    assert not met.relationship.progress_updates.exists()


def test_a_private_goal_achieved_is_not_announced_in_the_mentorship(client_for, personas, goals, relationship):
    version = AgreementVersion.objects.create(relationship=relationship, number=1)
    version.goals.set([goals["private"]])  # attached before goals had one door
    goals["private"].set_status(Goal.ACHIEVED)
    goals["private"].save()
    assert not relationship.celebrations.exists()
    page = client_for(personas.mentor).get(f"/meetings/with/{relationship.pk}/").content.decode()
    assert PRIVATE not in page and PRIVATE not in client_for(personas.mentor).get("/notifications/").content.decode()


def stop_sharing(goal):
    goal.visibility = Goal.PRIVATE
    goal.save()


def test_a_request_stops_naming_a_goal_the_mentee_stopped_sharing(client_for, personas, goals):
    mentee, mentor = client_for(personas.mentee), client_for(personas.mentor)
    sent = offer(mentor, personas, [goals["shared"].pk]).json()
    stop_sharing(goals["shared"])
    assert mentor.get(f"/api/requests/{sent['id']}").json()["goal_ids"] == []
    assert mentor.get("/api/requests").json()["items"][0]["goal_ids"] == []
    assert mentee.get(f"/api/requests/{sent['id']}").json()["goal_ids"] == [goals["shared"].pk]


def test_an_agreement_stops_naming_a_goal_the_mentee_stopped_sharing(client_for, personas, goals, relationship):
    mentee, mentor = client_for(personas.mentee), client_for(personas.mentor)
    version = post(mentee, f"/api/relationships/{relationship.pk}/agreement", {"goal_ids": [goals["shared"].pk]})
    assert version.json()["goal_ids"] == [goals["shared"].pk]
    stop_sharing(goals["shared"])
    assert mentor.get(f"/api/relationships/{relationship.pk}/agreement").json()[0]["goal_ids"] == []
    assert mentor.get(f"/api/relationships/{relationship.pk}").json()["pending_agreement"]["goal_ids"] == []


def test_the_coordinator_reads_the_pairs_health_in_their_own_language(client_for, personas, relationship):
    page = client_for(personas.coordinator).get(f"/relationships/{relationship.pk}/", headers={"Accept-Language": "pt"})
    health = re.search(r"<strong>Saúde:</strong>(.*?)</p>", page.content.decode(), re.S).group(1)
    labels = {"Em grande forma", "Estável", "Em risco", "Parada"}
    assert any(label in health for label in labels), health
