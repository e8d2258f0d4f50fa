import pytest

from mentorhub.conversations import services
from mentorhub.conversations.models import Message
from mentorhub.nudges.models import Nudge
from mentorhub.relationships import services as relationships

pytestmark = pytest.mark.django_db


def test_the_reconfirm_nudge_opens_the_conversation_with_the_message_ready_to_send(personas, relationship, client_for):
    version = relationships.propose_agreement(relationship, personas.mentor, {"cadence": "monthly"}, [])
    relationships.confirm_agreement(relationship, personas.mentee, version.pk)  # makes the reconfirm nudge due later
    link = Nudge.objects.get(person=personas.mentee, rule="reconfirm").url
    mentee = client_for(personas.mentee)
    page = mentee.get(link, follow=True)
    body = page.content.decode()
    assert "Hi Marco, I know things get hectic. Would a quarterly check-in work better" in body
    text = page.context["form"].initial["body"]
    conversation = page.context["conversation"]
    assert mentee.post(f"/conversations/{conversation.pk}/post/", {"body": text}).status_code == 302
    assert services.unread_total(personas.mentor) == 1
    assert Message.objects.get().body.startswith("Hi Marco, I know things get hectic.")


def test_quick_messages_suit_the_writer(personas, relationship, client_for):
    conversation = services.conversation_for_relationship(personas.mentor, relationship.pk)
    mentor_page = client_for(personas.mentor).get(conversation.get_absolute_url()).content.decode()
    mentee_page = client_for(personas.mentee).get(conversation.get_absolute_url()).content.decode()
    assert "Follow up after a meeting" in mentor_page and "Ask for a referral" not in mentor_page
    assert "Ask for a referral" in mentee_page and "Reconfirm" in mentee_page
