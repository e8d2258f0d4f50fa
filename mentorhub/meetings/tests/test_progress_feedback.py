import pytest

from mentorhub.goals import services as goals
from mentorhub.goals.models import Goal
from mentorhub.integrations.models import WebhookDelivery, WebhookSubscription
from mentorhub.lib.errors import DomainError
from mentorhub.meetings import services
from mentorhub.meetings.models import Celebration, MeetingFeedback
from mentorhub.nudges.models import Notification

pytestmark = pytest.mark.django_db


def test_mentee_posts_a_progress_update_that_moves_a_goal_and_the_mentor_sees_it(
    client_for, personas, relationship, goal, deliver
):
    client_for(personas.mentee).post(
        f"/meetings/with/{relationship.pk}/progress/",
        {
            "text": "After our last chat I rewrote my CV: before and after attached.",
            "goal": goal.pk,
            "goal_progress": 40,
        },
    )
    goal.refresh_from_db()
    assert goal.progress == 40 and goal.status == Goal.ACTIVE
    page = client_for(personas.mentor).get(f"/meetings/with/{relationship.pk}/").content.decode()
    assert "Progress update from Maya Mentee" in page and "I rewrote my CV" in page and "(40%)" in page
    deliver()
    assert Notification.objects.filter(person=personas.mentor, title="Maya Mentee posted a progress update").exists()


def test_a_goal_made_private_after_an_update_keeps_the_update_but_hides_its_text_from_the_mentor(
    client_for, personas, relationship, goal
):
    client_for(personas.mentee).post(
        f"/meetings/with/{relationship.pk}/progress/",
        {"text": "Rewrote my CV this week.", "goal": goal.pk, "goal_progress": 40},
    )
    goal.visibility = Goal.PRIVATE
    goal.save()
    for url in (f"/meetings/with/{relationship.pk}/", f"/api/relationships/{relationship.pk}/timeline"):
        seen_by_mentor = client_for(personas.mentor).get(url).content.decode()
        assert "Rewrote my CV this week." in seen_by_mentor and goal.text not in seen_by_mentor
    assert goal.text in client_for(personas.mentee).get(f"/meetings/with/{relationship.pk}/").content.decode()


def test_the_mentor_does_not_post_progress_updates(client_for, personas, relationship):
    response = client_for(personas.mentor).post(f"/meetings/with/{relationship.pk}/progress/", {"text": "Hmm"})
    assert response.status_code == 403


def test_achieving_a_goal_celebrates_on_the_timeline_and_tells_the_mentor(
    client_for, personas, relationship, goal, deliver
):
    client_for(personas.mentee).post(
        f"/meetings/with/{relationship.pk}/progress/",
        {"text": "I led the discovery project!", "goal": goal.pk, "goal_achieved": "on"},
    )
    goal.refresh_from_db()
    assert goal.status == Goal.ACHIEVED and goal.progress == 100
    [celebration] = Celebration.objects.all()
    assert celebration.relationship == relationship and celebration.text.startswith("Goal achieved: Lead one")
    deliver()
    [told] = Notification.objects.filter(person=personas.mentor, nudge__rule="celebration")
    assert told.title == "Maya Mentee: Goal achieved: Lead one discovery project by June 2027"
    page = client_for(personas.mentee).get(f"/relationships/{relationship.pk}/").content.decode()
    assert "Goal achieved: Lead one discovery project" in page  # the meetings card on the relationship page
    goal.save()
    assert Celebration.objects.count() == 1  # saving an achieved goal again does not celebrate twice


def test_a_milestone_done_on_the_goals_page_is_celebrated_too(personas, relationship, goal):
    goals.set_milestone_done(goal.milestones.get(), True)
    [celebration] = Celebration.objects.all()
    assert celebration.text == "Milestone reached: Shadow a discovery interview"


def test_a_goal_outside_the_mentorship_is_not_celebrated_there(personas, relationship):
    other = Goal.objects.create(owner=personas.mentee, text="Run a half marathon")
    other.set_status(Goal.ACHIEVED)
    other.save()
    assert not Celebration.objects.exists()


def test_a_progress_update_moves_only_goals_of_this_mentorship(personas, relationship):
    other = Goal.objects.create(owner=personas.mentee, text="Run a half marathon")
    with pytest.raises(DomainError) as error:
        services.post_progress_update(relationship, personas.mentee, "Ran 10 km", other, 50)
    assert error.value.field == "goal_id"


def test_each_rates_the_meeting_and_sees_only_their_own_rating(client_for, personas, held):
    client_for(personas.mentee).post(f"/meetings/{held.pk}/rating/", {"rating": 5, "comment": "Eye-opening."})
    client_for(personas.mentor).post(f"/meetings/{held.pk}/rating/", {"rating": 3, "comment": "We ran out of time."})
    client_for(personas.mentor).post(f"/meetings/{held.pk}/rating/", {"rating": 4, "comment": "We ran out of time."})
    assert sorted(MeetingFeedback.objects.values_list("rating", flat=True)) == [4, 5]
    mentee_page = client_for(personas.mentee).get(f"/meetings/{held.pk}/").content.decode()
    assert "You rated it <strong>5/5</strong>" in mentee_page and "ran out of time" not in mentee_page
    timeline = client_for(personas.mentor).get(f"/meetings/with/{held.relationship_id}/").content.decode()
    assert "4/5" in timeline and "5/5" not in timeline and "Eye-opening" not in timeline


def test_a_meeting_is_rated_once_it_has_been_held(personas, scheduled):
    with pytest.raises(DomainError):
        services.rate_meeting(scheduled, personas.mentee, 5)


def test_the_mentor_leaves_structured_feedback_the_mentee_sees(client_for, personas, relationship, deliver):
    client_for(personas.mentor).post(
        f"/meetings/with/{relationship.pk}/feedback/",
        {"strengths": "You ask sharp questions.", "next_steps": "Lead the next stakeholder interview."},
    )
    page = client_for(personas.mentee).get(f"/meetings/with/{relationship.pk}/").content.decode()
    assert "Feedback from Marco Mentor" in page and "Lead the next stakeholder interview." in page
    assert (
        client_for(personas.mentee)
        .post(f"/meetings/with/{relationship.pk}/feedback/", {"strengths": "x", "next_steps": "y"})
        .status_code
        == 403
    )


def test_the_timeline_gathers_meetings_updates_agreements_and_thanks(personas, relationship, held):
    from mentorhub.relationships import services as relationships

    services.post_progress_update(relationship, personas.mentee, "Shipped my first PRD.")
    relationships.send_gratitude(relationship, personas.mentee, "Thank you for your time!")
    kinds = [e["kind"] for e in services.timeline(relationship, personas.mentor)]
    assert sorted(kinds) == ["agreement", "gratitude", "meeting", "progress"]


def test_a_goal_achieved_in_a_progress_update_is_announced_like_one_achieved_on_the_goals_page(
    client_for, personas, relationship, goal
):
    WebhookSubscription.objects.create(
        owner=personas.mentee, url="https://hooks.test.example/h", events=["goal.achieved"]
    )
    client_for(personas.mentee).post(
        f"/meetings/with/{relationship.pk}/progress/",
        {"text": "I led the discovery project!", "goal": goal.pk, "goal_achieved": "on"},
    )
    other = Goal.objects.create(owner=personas.mentee, text="Run a workshop by May 2027", status="active")
    client_for(personas.mentee).patch(f"/api/goals/{other.pk}", {"status": "achieved"}, content_type="application/json")
    announced = WebhookDelivery.objects.filter(event="goal.achieved")
    assert sorted(d.payload["data"]["goal_id"] for d in announced) == sorted([goal.pk, other.pk])
