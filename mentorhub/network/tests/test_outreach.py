from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.utils.html import escape

from mentorhub.coach.outreach import HINT_PREMATURE
from mentorhub.goals.models import Goal, SkillGap
from mentorhub.network import services
from mentorhub.network.models import Contact, OutreachMessage

pytestmark = pytest.mark.django_db

SENT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
NOTES = "your talk on pricing experiments at ProductCamp Lisbon\nStarted as a data analyst."
REMINDER = "No reply from Sofia Almeida yet: send one polite follow-up"


@pytest.fixture
def sofia(make_contact, personas):
    return make_contact(personas.mentee, email="sofia@lumen.example", research_notes=NOTES)


def send(client, contact, body="Dear Sofia, could we have a 20-minute call? Thank you.", **fields):
    data = {"template": "informational", "subject": "A 20-minute call?", "body": body, "channel": "copy", **fields}
    return client.post(f"/network/contacts/{contact.pk}/compose/", data)


def test_composer_fills_a_template_from_research_notes_and_goals(client_for, personas, sofia):
    SkillGap.objects.create(person=personas.mentee, skill="stakeholder management")
    Goal.objects.create(owner=personas.mentee, text="Lead one product discovery by June 2027", status="active")
    page = client_for(personas.mentee).get(f"/network/contacts/{sofia.pk}/compose/").content.decode()
    assert "Template: Informational interview request" in page
    prompt = (
        "[something specific of theirs: a talk, article or project, from your notes: your talk on pricing "
        "experiments at ProductCamp Lisbon]"
    )
    assert f"I was struck by {prompt}." in page
    assert f"Fill in {prompt} with your own words." in page
    assert "working on stakeholder management. My goal: Lead one product discovery by June 2027." in page
    assert "Short, personal and easy to say yes to." not in page
    assert 'href="mailto:sofia%40lumen.example?subject=' in page


def test_event_template_never_pastes_the_encounter_note_into_a_sentence(client_for, personas, sofia):
    services.log_encounter(
        personas.mentee, contact=sofia, where="HealthTech Forum", met_at=SENT, notes="Talked about clinical data"
    )
    url = f"/network/contacts/{sofia.pk}/compose/?template=event_follow_up"
    page = client_for(personas.mentee).get(url).content.decode()
    assert "talk about Talked about" not in page
    prompt = "[what you talked about, from your notes: Talked about clinical data]"
    assert f"talk about {prompt}" in page
    assert f"Fill in {prompt} with your own words." in page


def test_missing_details_stay_as_prompts_the_coach_asks_for(client_for, personas, make_contact):
    contact = make_contact(personas.mentee, "Kwame Mensah")
    page = client_for(personas.mentee).get(f"/network/contacts/{contact.pk}/compose/?template=informational")
    page = page.content.decode()
    assert "[something specific of theirs: a talk, article or project]" in page
    assert "Fill in [something specific of theirs: a talk, article or project] with your own words." in page


def test_coach_panel_updates_while_typing_with_word_count_and_email_link(client_for, personas, sofia):
    page = (
        client_for(personas.mentee)
        .post(
            f"/network/contacts/{sofia.pk}/coach/",
            {"template": "own", "subject": "Mentor", "body": "Hi Sofia, will you be my mentor?"},
            headers={"HX-Request": "true"},
        )
        .content.decode()
    )
    assert 'id="coach-panel"' in page and "<html" not in page
    assert escape(HINT_PREMATURE) in page and "<strong>7</strong> words" in page
    assert 'hx-swap-oob="true"' in page and "body=Hi%20Sofia%2C%20will%20you%20be%20my%20mentor" in page


def test_check_with_the_coach_works_without_javascript(client_for, personas, sofia):
    page = send(client_for(personas.mentee), sofia, body="Hi, will you be my mentor?", action="check").content
    page = page.decode()
    assert escape(HINT_PREMATURE) in page and "This field is required" not in page
    assert not OutreachMessage.objects.exists()


def test_an_empty_message_is_not_sent(client_for, personas, sofia):
    page = send(client_for(personas.mentee), sofia, body="   ").content.decode()
    assert "Write your message first." in page and not OutreachMessage.objects.exists()


def test_a_sent_message_is_logged_with_the_coach_verdict(client_for, personas, sofia):
    client = client_for(personas.mentee)
    response = send(client, sofia, body="Hi, will you be my mentor?", channel="email")
    assert response.url == sofia.get_absolute_url()
    message = OutreachMessage.objects.get()
    assert message.channel == "email" and message.template == "informational" and message.recipient is None
    assert message.coach["premature_ask"] and not message.coach_passed
    sofia.refresh_from_db()
    assert sofia.stage == Contact.CONTACTED
    assert "Some of the coach's checks missed" in client.get(sofia.get_absolute_url()).content.decode()


def test_a_message_on_the_platform_reaches_the_recipient_only(client_for, personas, make_contact):
    contact = make_contact(personas.mentee, "Marco Mentor", email="mentor@test.example")
    client = client_for(personas.mentee)
    assert "Send to Marco on Mentorship Hub" in client.get(f"/network/contacts/{contact.pk}/compose/").content.decode()
    send(client, contact, body="Dear Marco, could we talk for 20 minutes?", channel="platform")
    assert OutreachMessage.objects.get().recipient == personas.mentor
    inbox = client_for(personas.mentor).get("/network/").content.decode()
    assert "Messages to you" in inbox and "could we talk for 20 minutes?" in inbox and "Maya Mentee" in inbox
    assert "Messages to you" not in client_for(personas.outsider).get("/network/").content.decode()


def test_a_contact_off_the_platform_cannot_get_a_platform_message(client_for, personas, sofia):
    page = send(client_for(personas.mentee), sofia, channel="platform").content.decode()
    assert "Select a valid choice" in page and not OutreachMessage.objects.exists()


def home(client):
    return client.get("/").content.decode()


def test_one_polite_follow_up_after_seven_days_never_more(client_for, personas, sofia):
    client = client_for(personas.mentee)
    with time_machine.travel(SENT, tick=False) as traveller:
        send(client, sofia)
        traveller.shift(timedelta(days=6, hours=23))
        assert REMINDER not in home(client)
        traveller.shift(timedelta(hours=2))
        assert REMINDER in home(client)
        draft = client.get(f"/network/contacts/{sofia.pk}/compose/?template=follow_up").content.decode()
        assert "follow up on my note of 2 November" in draft and "Following up: A 20-minute call?" in draft
        send(client, sofia, template="follow_up", body="Dear Sofia, following up once. Thank you.")
        assert REMINDER not in home(client)
        traveller.shift(timedelta(days=30))
        assert REMINDER not in home(client)
    first, follow_up = OutreachMessage.objects.order_by("sent_at")
    assert follow_up.follow_up_of == first


def test_follow_up_delay_is_a_setting(client_for, personas, sofia, settings):
    settings.OUTREACH_FOLLOW_UP_DAYS = 3
    client = client_for(personas.mentee)
    with time_machine.travel(SENT, tick=False) as traveller:
        send(client, sofia)
        traveller.shift(timedelta(days=3, minutes=1))
        assert REMINDER in home(client) and "more than 3 days ago" in home(client)


def test_no_follow_up_for_a_thank_you_a_reply_or_when_skipped(client_for, personas, sofia, make_contact):
    client = client_for(personas.mentee)
    kwame = make_contact(personas.mentee, "Kwame Mensah")
    with time_machine.travel(SENT, tick=False) as traveller:
        send(client, sofia, template="thank_you")
        send(client, kwame)
        traveller.shift(timedelta(days=8))
        assert "No reply from Kwame Mensah" in home(client) and REMINDER not in home(client)
        client.post(f"/network/messages/{kwame.messages.get().pk}/skip-follow-up/")
        assert "No reply from" not in home(client)


def test_recording_the_reply_shows_response_time_and_ends_the_reminder(client_for, personas, sofia):
    client = client_for(personas.mentee)
    with time_machine.travel(SENT, tick=False) as traveller:
        send(client, sofia)
        message = OutreachMessage.objects.get()
        traveller.shift(timedelta(days=9))
        assert REMINDER in home(client)
        client.post(
            f"/network/messages/{message.pk}/response/", {"response": "positive", "responded_at": "2026-11-04T15:00"}
        )
        message.refresh_from_db()
        assert message.response == "positive" and message.response_time == timedelta(days=2, hours=6)
        page = client.get(sofia.get_absolute_url()).content.decode()
        assert "Reply: Positive" in page and "after 2\xa0days, 6\xa0hours" in page
        assert REMINDER not in home(client)


def test_a_decline_moves_the_contact_to_declined_and_suggests_a_gracious_reply(client_for, personas, sofia):
    client = client_for(personas.mentee)
    send(client, sofia)
    client.post(f"/network/messages/{OutreachMessage.objects.get().pk}/response/", {"response": "declined"})
    sofia.refresh_from_db()
    assert sofia.stage == Contact.DECLINED
    page = client.get(f"/network/contacts/{sofia.pk}/compose/").content.decode()
    assert "Template: A gracious reply to a decline" in page


def test_a_reply_cannot_come_before_the_message(client_for, personas, sofia):
    client = client_for(personas.mentee)
    with time_machine.travel(SENT, tick=False):
        send(client, sofia)
        message = OutreachMessage.objects.get()
        response = client.post(
            f"/network/messages/{message.pk}/response/",
            {"response": "positive", "responded_at": "2026-11-01T10:00"},
            follow=True,
        )
    assert "The reply cannot come before the message was sent." in response.content.decode()
    message.refresh_from_db()
    assert message.response == "none"


def test_nobody_else_can_touch_a_message(client_for, personas, sofia):
    send(client_for(personas.mentee), sofia)
    message = OutreachMessage.objects.get()
    for person in (personas.outsider, personas.mentor):
        client = client_for(person)
        assert client.post(f"/network/messages/{message.pk}/response/", {"response": "declined"}).status_code == 404
        assert client.post(f"/network/messages/{message.pk}/skip-follow-up/").status_code == 404
    message.refresh_from_db()
    assert message.response == "none" and message.follow_up_skipped_at is None
