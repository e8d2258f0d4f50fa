import pytest

from mentorhub.goals.models import Goal, Milestone
from mentorhub.meetings import services
from mentorhub.meetings.tests.helpers import at
from mentorhub.relationships import services as relationships
from mentorhub.relationships.models import Relationship


@pytest.fixture
def goal(personas):
    goal = Goal.objects.create(owner=personas.mentee, text="Lead one discovery project by June 2027", status="active")
    Milestone.objects.create(goal=goal, text="Shadow a discovery interview", position=0)
    return goal


@pytest.fixture
def relationship(personas, goal):
    """Maya (Lisbon) mentored by Marco (London), in a program, with a fortnightly agreement about Maya's goal."""
    request = relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering a call.")
    request.program = personas.program
    request.save()
    request.goals.set([goal])
    relationship = relationships.accept_request(request.pk, personas.mentor)
    version = relationships.propose_agreement(relationship, personas.mentee, {"cadence": "fortnightly"}, [goal])
    relationships.confirm_agreement(relationship, personas.mentor, version.pk)
    return Relationship.objects.select_related("mentee__profile", "mentor__profile").get(pk=relationship.pk)


@pytest.fixture
def scheduled(relationship, personas):
    """A meeting Marco scheduled in five days at 10:00 UTC."""
    return services.schedule_meeting(
        relationship, personas.mentor, at(days=5, hour=10), video_link="https://meet.example/x"
    )


@pytest.fixture
def held(relationship, personas):
    """A meeting that happened two days ago (logged), so notes, ratings and feedback apply."""
    return services.log_meeting(relationship, personas.mentee, at(days=-2, hour=9))
