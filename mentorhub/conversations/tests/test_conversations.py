from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from mentorhub.conversations import services
from mentorhub.conversations.models import Attachment, Conversation, Message, Participant
from mentorhub.lib.errors import DomainError
from mentorhub.nudges.models import Notification, Nudge
from mentorhub.nudges.services import sweep
from tests.support import rows_written, tiny_png

pytestmark = pytest.mark.django_db


@pytest.fixture
def conversation(personas, relationship):
    return services.conversation_for_relationship(personas.mentee, relationship.pk)


def test_the_two_people_share_one_conversation_per_relationship(personas, relationship, client_for):
    opened = client_for(personas.mentee).get(f"/conversations/relationship/{relationship.pk}/")
    again = client_for(personas.mentor).get(f"/conversations/relationship/{relationship.pk}/")
    assert opened.status_code == again.status_code == 302
    assert opened["Location"] == again["Location"]
    assert Conversation.objects.count() == 1


@pytest.mark.parametrize("who", ["coordinator", "outsider", "other_member"])
def test_nobody_else_reads_or_writes_a_conversation_or_its_files(personas, conversation, client_for, who):
    message = services.post_message(
        personas.mentee, conversation, "private words", attachments=[SimpleUploadedFile("a.png", tiny_png())]
    )
    attachment = message.attachments.get()
    client = client_for(getattr(personas, who))
    before = rows_written()
    for url in [
        f"/conversations/{conversation.pk}/",
        f"/conversations/{conversation.pk}/new/?after=0",
        f"/conversations/relationship/{conversation.relationship_id}/",
        f"/conversations/attachments/{attachment.pk}/",
        f"/conversations/messages/{message.pk}/edit/",
    ]:
        assert client.get(url).status_code == 404, url
    assert client.post(f"/conversations/{conversation.pk}/post/", {"body": "hi"}).status_code == 404
    assert client.post(f"/conversations/messages/{message.pk}/delete/").status_code == 404
    assert rows_written() == before
    assert "private words" not in client.get("/conversations/?q=private").content.decode()
    assert list(conversation.messages.values_list("body", flat=True)) == ["private words"]


def test_a_stranger_gets_the_same_answer_as_for_a_conversation_that_does_not_exist(personas, conversation):
    with pytest.raises(Exception) as missing:
        services.get_conversation_for_user(personas.outsider, conversation.pk + 1000)
    with pytest.raises(Exception) as forbidden:
        services.get_conversation_for_user(personas.outsider, conversation.pk)
    assert type(missing.value) is type(forbidden.value)
    assert str(missing.value) == str(forbidden.value)


@pytest.mark.parametrize(
    "body, says",
    [
        ("", "Write a message first"),
        ("   \n\t ", "Write a message first"),
        ("x" * 100_000, "under 10,000 characters"),
        ("hello\x00world", "NUL"),
        ("[](https://example.com)", "Nothing would be left"),
    ],
)
def test_bad_messages_are_refused_on_the_field_and_nothing_is_stored(personas, conversation, client_for, body, says):
    with pytest.raises(DomainError) as refused:
        services.post_message(personas.mentee, conversation, body)
    assert refused.value.field == "body" and says in refused.value.message
    page = client_for(personas.mentee).post(f"/conversations/{conversation.pk}/post/", {"body": body})
    # Every page refuses NUL before any view runs (api.middleware.RefuseNulMiddleware), with its own words.
    assert page.status_code == (400 if "\x00" in body else 422)
    assert "\x00" in body or says in page.content.decode()
    assert not Message.objects.exists() and not Nudge.objects.exists()


def test_markdown_is_rendered_and_scripts_are_shown_never_run(personas, conversation, client_for):
    source = 'Read **this** <script>alert(1)</script> [link](javascript:alert(2)) <img src=x onerror="alert(3)">'
    message = services.post_message(personas.mentee, conversation, source)
    assert message.body == source  # the source is kept, not HTML
    page = client_for(personas.mentor).get(conversation.get_absolute_url()).content.decode()
    assert "<strong>this</strong>" in page
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page
    # The layout has images of its own (the logo): only the message's are counted.
    assert 'href="javascript' not in page and "<img src=x" not in page and "&lt;img src=x" in page


def test_an_edited_message_shows_its_new_text_on_the_next_view(personas, conversation, client_for):
    message = services.post_message(personas.mentee, conversation, "See you on **Friday**")
    mentor = client_for(personas.mentor)
    assert "<strong>Friday</strong>" in mentor.get(conversation.get_absolute_url()).content.decode()
    # Another process edits it: the page reads the new text from the database, whatever this process rendered.
    Message.objects.filter(pk=message.pk).update(body="See you on **Monday**")
    page = mentor.get(conversation.get_absolute_url()).content.decode()
    assert "<strong>Monday</strong>" in page and "Friday" not in page


def test_the_author_edits_within_the_window_and_not_after(personas, conversation, settings):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        message = services.post_message(personas.mentee, conversation, "Frist draft")
        with pytest.raises(Exception, match="Only the person who wrote"):
            services.edit_message(personas.mentor, message, "hijacked")
        clock.shift(timedelta(minutes=settings.CONVERSATION_EDIT_MINUTES - 1))
        services.edit_message(personas.mentee, message, "First draft")
        clock.shift(timedelta(minutes=2))
        with pytest.raises(DomainError) as late:
            services.edit_message(personas.mentee, message, "Too late")
    message.refresh_from_db()
    assert late.value.code == "edit_window"
    assert message.body == "First draft" and message.edited_at is not None


def test_a_deleted_message_shows_as_deleted_to_both(personas, conversation, client_for):
    message = services.post_message(
        personas.mentee, conversation, "oops, wrong person", attachments=[SimpleUploadedFile("a.png", tiny_png())]
    )
    attachment = message.attachments.get()
    mentee = client_for(personas.mentee)
    assert client_for(personas.mentor).post(f"/conversations/messages/{message.pk}/delete/").status_code == 403
    assert mentee.post(f"/conversations/messages/{message.pk}/delete/").status_code == 302
    for client in (mentee, client_for(personas.mentor)):
        page = client.get(conversation.get_absolute_url()).content.decode()
        assert "Message deleted." in page and "wrong person" not in page
    assert mentee.get(f"/conversations/attachments/{attachment.pk}/").status_code == 404
    assert not Attachment.objects.exists()


def test_unread_counts_follow_the_read_marker(personas, conversation, client_for):
    for text in ("one", "two"):
        services.post_message(personas.mentee, conversation, text)
    mentor = client_for(personas.mentor)
    assert services.unread_total(personas.mentor) == 2
    assert services.unread_total(personas.mentee) == 0  # one's own messages are never unread
    assert services.home_items(personas.mentor)[0]["title"] == "2 unread messages from Maya Mentee"
    inbox = mentor.get("/conversations/").content.decode()
    assert "2 unread" in inbox
    mentor.get(conversation.get_absolute_url())
    assert services.unread_total(personas.mentor) == 0
    assert 'aria-label="2 unread"' not in mentor.get("/conversations/").content.decode()


def test_conversations_are_listed_newest_first_and_searchable(personas, conversation, client_for, relationship):
    request_conversation = services.conversation_between(personas.mentee, personas.other_member)
    services.post_message(personas.mentee, conversation, "About SQL window functions")
    services.post_message(personas.other_member, request_conversation, "Coffee next week?")
    names = [c.other_name for c in services.listed(personas.mentee)]
    assert names == ["Olga Other", "Marco Mentor"]
    found = client_for(personas.mentee).get("/conversations/?q=window").content.decode()
    assert "About SQL window functions" in found and "Coffee next week" not in found.split("Messages with")[1]


def test_an_open_conversation_fetches_only_new_messages(personas, conversation, client_for):
    first = services.post_message(personas.mentee, conversation, "first")
    services.post_message(personas.mentee, conversation, "second")
    fragment = client_for(personas.mentor).get(f"/conversations/{conversation.pk}/new/?after={first.pk}")
    body = fragment.content.decode()
    assert "second" in body and "first" not in body
    assert "hx-get" in body and "<html" not in body
    assert services.unread_total(personas.mentor) == 0


def test_an_idle_open_conversation_costs_one_query_beyond_the_person_and_keeps_polling(
    personas, conversation, client_for, django_assert_max_num_queries
):
    last = services.post_message(personas.mentee, conversation, "hello")
    mentor = client_for(personas.mentor)
    mentor.get("/")  # session and CSRF cookie in place, as for an open tab
    with django_assert_max_num_queries(4):  # session, user, profile (time zone), "anything new for you here?"
        idle = mentor.get(f"/conversations/{conversation.pk}/new/?after={last.pk}")
    assert idle.status_code == 204 and idle.content == b""  # htmx swaps nothing and its poller stays
    assert services.unread_total(personas.mentor) == 1  # an idle poll reads nothing


def test_a_poll_after_an_id_beyond_any_message_answers_nothing_new(personas, conversation, client_for):
    services.post_message(personas.mentee, conversation, "hello")
    mentor = client_for(personas.mentor)
    for after in ["99999999999999999999999", "not-a-number"]:
        polled = mentor.get(f"/conversations/{conversation.pk}/new/?after={after}")
        assert polled.status_code in (200, 204), after
    assert mentor.get(f"/conversations/{conversation.pk}/new/?after=99999999999999999999999").status_code == 204


def test_a_notification_task_run_late_schedules_nothing_read_or_deleted_meanwhile(personas, conversation):
    read = services.post_message(personas.mentee, conversation, "Are you free on Friday?")
    services.mark_read(personas.mentor, conversation)
    deleted = services.post_message(personas.mentee, conversation, "wrong person")
    services.delete_message(personas.mentee, deleted)
    services.mark_read(personas.mentor, conversation)
    # A worker picks the queued tasks up after all that, or runs one a second time.
    for message in (read, deleted, read):
        services.notify_message.call(message.pk)
    assert not Nudge.objects.filter(person=personas.mentor, delivered_at__isnull=True).exists()
    sweep(timezone.now() + timedelta(hours=1))
    assert not mail.outbox


def test_a_new_message_is_emailed_after_the_delay_unless_read_first(personas, conversation, client_for, settings):
    delay = timedelta(minutes=settings.CONVERSATION_NOTIFY_DELAY_MINUTES + 1)
    with time_machine.travel(timezone.now(), tick=False) as clock:
        services.post_message(personas.mentee, conversation, "Are you free on Friday?")
        services.post_message(personas.mentee, conversation, "Or Monday.")
        clock.shift(delay)
        sweep()
        assert [(m.to, m.subject) for m in mail.outbox] == [
            (["mentor@test.example"], "Maya Mentee wrote to you (2 new messages)")
        ]
        mail.outbox.clear()
        services.post_message(personas.mentee, conversation, "Sorry, one more thing")
        client_for(personas.mentor).get(conversation.get_absolute_url())
        clock.shift(delay)
        sweep()
    assert mail.outbox == []
    assert Notification.objects.filter(person=personas.mentor).count() == 1


def test_a_message_read_after_its_notification_was_claimed_is_not_emailed(personas, conversation, settings):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        message = services.post_message(personas.mentee, conversation, "Hello")
        clock.shift(timedelta(minutes=settings.CONVERSATION_NOTIFY_DELAY_MINUTES + 1))
        # Read on another device between the sweep's claim and the delivery: the marker moved, the nudge stayed.
        Participant.objects.filter(person=personas.mentor).update(last_read_message_id=message.pk)
        sweep()
    assert mail.outbox == []
    assert Nudge.objects.get(person=personas.mentor).skipped == "no longer due"


def test_the_same_email_delivered_twice_posts_once(personas, conversation):
    first = services.post_message(personas.mentor, conversation, "Yes", source="email", external_id="<abc@mail>")
    second = services.post_message(personas.mentor, conversation, "Yes", source="email", external_id="<abc@mail>")
    assert first.pk == second.pk
    assert conversation.messages.count() == 1
    assert Nudge.objects.filter(person=personas.mentee).count() == 1


def test_an_attachment_is_typed_by_its_content_and_served_only_to_the_two(personas, conversation, client_for):
    liar = SimpleUploadedFile("holiday.png", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", content_type="image/png")
    with pytest.raises(DomainError) as refused:
        services.post_message(personas.mentee, conversation, "see attached", attachments=[liar])
    assert refused.value.field == "attachment" and not Message.objects.exists()
    upload = SimpleUploadedFile("notes.txt", tiny_png(), content_type="text/plain")
    message = services.post_message(personas.mentee, conversation, "", attachments=[upload])
    attachment = message.attachments.get()
    assert attachment.content_type == "image/png"
    served = client_for(personas.mentor).get(attachment.get_absolute_url())
    assert served.status_code == 200 and served["Content-Type"] == "image/png"
    assert b"".join(served.streaming_content) == tiny_png()


def test_an_oversized_attachment_is_refused(personas, conversation, settings):
    settings.CONVERSATION_ATTACHMENT_MAX_BYTES = 10
    with pytest.raises(DomainError, match="larger than"):
        services.post_message(personas.mentee, conversation, "big", attachments=[SimpleUploadedFile("a", tiny_png())])
    assert not Message.objects.exists()
