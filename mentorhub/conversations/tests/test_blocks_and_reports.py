import pytest
from django.utils import timezone

from mentorhub.conversations import services
from mentorhub.conversations.models import Message, Report
from mentorhub.lib.errors import DomainError
from mentorhub.nudges.models import Nudge
from mentorhub.relationships.models import MentorshipRequest, Relationship
from mentorhub.relationships.services import requests
from tests.support import rows_written

pytestmark = pytest.mark.django_db


def test_a_blocked_person_can_no_longer_write_ask_or_offer(personas, client_for):
    direct = services.conversation_between(personas.mentee, personas.other_member)
    services.post_message(personas.other_member, direct, "Hi Maya")
    assert client_for(personas.mentee).post(f"/conversations/{direct.pk}/block/").status_code == 302
    before = rows_written()
    with pytest.raises(DomainError, match="not taking messages from you"):
        services.post_message(personas.other_member, direct, "Hello again")
    with pytest.raises(DomainError, match="not taking requests from you"):
        requests.send_request(personas.other_member, personas.mentee, as_role="mentor", message="I could help")
    assert rows_written() == before
    assert not MentorshipRequest.objects.exists() and Message.objects.count() == 1
    # Maya herself may still write, and unblocking lets Olga answer again.
    client_for(personas.mentee).post(f"/conversations/{direct.pk}/unblock/")
    services.post_message(personas.other_member, direct, "Thanks for unblocking")


def test_a_reported_message_reaches_the_programs_coordinators_who_see_only_that_message(personas, client_for):
    relationship = Relationship.objects.create(
        mentee=personas.mentee, mentor=personas.mentor, program=personas.program, started_on=timezone.now().date()
    )
    conversation = services.conversation_for_relationship(personas.mentee, relationship.pk)
    services.post_message(personas.mentee, conversation, "Something only we share")
    rude = services.post_message(personas.mentor, conversation, "A rude remark")
    mentee = client_for(personas.mentee)
    assert mentee.post(f"/conversations/messages/{rude.pk}/report/", {"reason": ""}).status_code == 200
    assert not Report.objects.exists()
    assert mentee.post(f"/conversations/messages/{rude.pk}/report/", {"reason": "Hurtful"}).status_code == 302
    report = Report.objects.get()
    nudge = Nudge.objects.get(rule="message_reported")
    assert nudge.person == personas.coordinator and nudge.url == report.get_absolute_url()
    page = client_for(personas.coordinator).get(report.get_absolute_url()).content.decode()
    assert "A rude remark" in page and "Hurtful" in page and "Something only we share" not in page
    assert client_for(personas.coordinator).get(conversation.get_absolute_url()).status_code == 404
    for someone in (personas.mentor, personas.outsider, personas.other_member):
        assert client_for(someone).get(report.get_absolute_url()).status_code == 404


def test_nobody_reports_their_own_message(personas):
    conversation = services.conversation_between(personas.mentee, personas.other_member)
    mine = services.post_message(personas.mentee, conversation, "hello")
    with pytest.raises(DomainError, match="your own message"):
        services.report_message(personas.mentee, mine, "test")
    assert not Report.objects.exists()
