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


def test_a_quick_message_opens_with_the_message_coach_which_flags_the_placeholder_until_it_is_filled(
    personas, relationship, client_for
):
    conversation = services.conversation_for_relationship(personas.mentee, relationship.pk)
    mentee = client_for(personas.mentee)
    page = mentee.get(f"{conversation.get_absolute_url()}?quick=referral")
    body = page.content.decode()
    assert "I'm now working on [what you are working on]" in page.context["form"].initial["body"]
    assert "Message check" in body and "aim for under 150" in body
    assert "Fill in [what you are working on] with your own words." in body
    assert len(page.context["review"]["checks"]) == 5

    filled = (
        "Hi Marco, thank you for your help with my SQL reports so far. I'm now working on a grant bid for the "
        "clinic, which may be outside your area. Might you know someone who could advise me on it?"
    )
    checked = mentee.post(f"/conversations/{conversation.pk}/coach/", {"body": filled})
    assert checked.status_code == 200
    assert "Fill in" not in checked.content.decode()
    assert checked.context["review"]["placeholders"] == [] and checked.context["review"]["word_count"] == 39


def test_the_message_coach_of_a_conversation_answers_only_its_two_people(personas, relationship, client_for):
    conversation = services.conversation_for_relationship(personas.mentee, relationship.pk)
    answer = client_for(personas.coordinator).post(f"/conversations/{conversation.pk}/coach/", {"body": "Hello"})
    assert answer.status_code == 404
    assert not Message.objects.exists()


def test_an_ordinary_reply_in_a_running_conversation_has_no_coach(personas, relationship, client_for):
    conversation = services.conversation_for_relationship(personas.mentee, relationship.pk)
    services.post_message(personas.mentor, conversation, "See you Tuesday.")
    page = client_for(personas.mentee).get(conversation.get_absolute_url())
    assert page.context["review"] is None and "Message check" not in page.content.decode()
