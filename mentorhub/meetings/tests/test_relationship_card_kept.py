"""The relationship page keeps its meetings card's latest entries between views ("Lately"): a change shows at the
next view, and what one person sees there is never shown to the other."""

import re

import pytest

from mentorhub.goals.models import Goal

pytestmark = pytest.mark.django_db


def lately(client, relationship) -> str:
    response = client.get(f"/relationships/{relationship.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    card = re.search(r'<section class="card" aria-labelledby="meetings-card-h">.*?</section>', page, re.S).group(0)
    return card.split("Lately", 1)[1] if "Lately" in card else ""


def test_a_goal_made_private_leaves_the_mentors_card_at_once(client_for, personas, relationship, goal):
    mentee, mentor = client_for(personas.mentee), client_for(personas.mentor)
    mentee.post(
        f"/meetings/with/{relationship.pk}/progress/",
        {"text": "Rewrote my CV this week.", "goal": goal.pk, "goal_progress": 40},
    )
    assert goal.text in lately(mentor, relationship)

    goal.visibility = Goal.PRIVATE
    goal.save()

    seen = lately(mentor, relationship)
    assert "Rewrote my CV this week." in seen and goal.text not in seen
    assert goal.text in lately(mentee, relationship)


def test_a_rating_on_the_card_is_its_authors_alone(client_for, personas, relationship, held):
    mentee, mentor = client_for(personas.mentee), client_for(personas.mentor)
    before = lately(mentee, relationship)
    assert "You rated" not in lately(mentor, relationship)

    mentor.post(f"/meetings/{held.pk}/rating/", {"rating": "2", "comment": "We ran out of time"})

    assert "You rated “" in lately(mentor, relationship) and "We ran out of time" in lately(mentor, relationship)
    assert lately(mentee, relationship) == before


def test_a_new_name_shows_on_the_card_at_once(client_for, personas, relationship):
    mentee, mentor = client_for(personas.mentee), client_for(personas.mentor)
    mentee.post(f"/meetings/with/{relationship.pk}/progress/", {"text": "Booked two informational interviews."})
    assert "Progress update from Maya Mentee" in lately(mentor, relationship)

    personas.mentee.profile.name = "Maya Silva"
    personas.mentee.profile.save()

    assert "Progress update from Maya Silva" in lately(mentor, relationship)
