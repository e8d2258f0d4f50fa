import pytest
from django.core.management import call_command

from mentorhub.accounts.models import User
from mentorhub.network import services
from mentorhub.network.models import Contact

pytestmark = pytest.mark.django_db


def test_demo_gives_maya_a_network_with_both_follow_ups_due(db):
    call_command("seed_demo", size=10, seed=7)
    maya = User.objects.get(email="mentee@example.com")
    stages = dict(Contact.objects.filter(owner=maya).values_list("name", "stage"))
    assert stages["Daniel Reyes"] == "researched" and stages["Kwame Mensah"] == "contacted"
    assert Contact.objects.get(name="Daniel Reyes").person.email == "mentor@example.com"
    kinds = sorted(item["kind"] for item in services.home_items(maya))
    assert kinds == ["encounter_follow_up", "outreach_follow_up"]
    message = maya.outreach_messages.get()
    assert message.coach_passed and "[" not in message.body


def test_home_items_are_only_the_persons_own(personas, make_contact):
    contact = make_contact(personas.mentee)
    services.log_encounter(personas.mentee, contact=contact, where="A meetup", met_at=contact.created_at)
    assert [i["title"] for i in services.home_items(personas.mentee)] == ["Follow up with Sofia Almeida after A meetup"]
    assert services.home_items(personas.outsider) == []
