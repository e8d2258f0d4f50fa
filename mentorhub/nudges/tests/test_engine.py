import smtplib
import threading
from datetime import datetime, time, timedelta

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.utils import timezone

from mentorhub.nudges import services
from mentorhub.nudges.models import Notification, Nudge
from mentorhub.outbox import services as outbox
from mentorhub.outbox.models import Email

pytestmark = pytest.mark.django_db


class FailingBackend:
    """An SMTP server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("connection refused")


def schedule_some(person, count, due=None):
    due = due or timezone.now()
    for i in range(count):
        services.schedule(person, "meeting_reminder", f"test:{person.pk}:{i}", due, f"Reminder {i}", "body", "/")


def test_due_nudge_is_delivered_in_app_and_by_email_once(personas):
    schedule_some(personas.mentee, 1)
    assert services.sweep() == 1
    assert services.sweep() == 0
    assert Notification.objects.filter(person=personas.mentee).count() == 1
    assert [m.to for m in mail.outbox] == [["mentee@test.example"]]
    assert "List-Unsubscribe" in mail.outbox[0].extra_headers
    assert mail.outbox[0].alternatives  # an HTML part beside the text


def test_not_yet_due_nudge_waits(personas):
    schedule_some(personas.mentee, 1, due=timezone.now() + timedelta(hours=1))
    assert services.sweep() == 0
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        assert services.sweep() == 1


def test_rescheduling_moves_the_due_time_and_leaves_nothing_stale(personas):
    start = timezone.now()
    services.schedule(personas.mentee, "meeting_reminder", "meeting:1:reminder", start + timedelta(hours=1), "A")
    services.schedule(personas.mentee, "meeting_reminder", "meeting:1:reminder", start + timedelta(days=3), "B")
    assert Nudge.objects.count() == 1
    with time_machine.travel(start + timedelta(hours=2)):
        assert services.sweep() == 0
    with time_machine.travel(start + timedelta(days=3, minutes=1)):
        assert services.sweep() == 1
    assert Notification.objects.get().title == "B"


def test_delivered_key_is_never_sent_again(personas):
    schedule_some(personas.mentee, 1)
    services.sweep()
    schedule_some(personas.mentee, 1)
    assert services.sweep() == 0
    assert len(mail.outbox) == 1


def test_smtp_outage_of_an_hour_loses_nothing_and_duplicates_nothing(personas, settings):
    schedule_some(personas.mentee, 3)
    schedule_some(personas.mentor, 2)
    settings.MAILERS = {"default": {"BACKEND": f"{__name__}.FailingBackend"}}
    start = timezone.now()
    for minute in range(0, 61, 5):
        with time_machine.travel(start + timedelta(minutes=minute)):
            services.sweep()
            outbox.sweep()
    assert mail.outbox == []
    assert Email.objects.filter(state="queued").count() == 3 + 2  # each nudge became one email, waiting
    assert Notification.objects.count() == 5  # in-app copies appear at once and only once
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    with time_machine.travel(start + timedelta(hours=2)):
        services.sweep()
        outbox.sweep()
        outbox.sweep()
    assert sorted(m.subject for m in mail.outbox) == sorted([f"Reminder {i}" for i in (0, 1, 2, 0, 1)])
    assert Nudge.objects.filter(delivered_at__isnull=True).count() == 0
    assert Notification.objects.count() == 5


@pytest.mark.django_db(transaction=True)
def test_two_sweepers_and_workers_at_once_deliver_each_nudge_once(personas):
    from conftest import make_person

    people = [make_person(f"p{i}@test.example", f"P {i}") for i in range(20)]
    for person in people:
        schedule_some(person, 5)
    barrier = threading.Barrier(4)

    def sweeper():
        try:
            barrier.wait()
            for _ in range(3):
                services.sweep(batch=7)
        finally:
            connection.close()

    threads = [threading.Thread(target=sweeper) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Nudge.objects.filter(delivered_at__isnull=False).count() == 100
    assert Notification.objects.count() == 100
    assert len(mail.outbox) == 100
    assert len({(m.to[0], m.subject) for m in mail.outbox}) == 100


def test_category_off_keeps_in_app_but_sends_no_email(client_for, personas):
    prefs = services.preferences_for(personas.mentee)
    prefs.choices = {"meetings": "off"}
    prefs.save()
    schedule_some(personas.mentee, 1)
    services.sweep()
    assert mail.outbox == [] and Notification.objects.count() == 1


def test_digest_collects_a_day_of_nudges_in_one_email(personas):
    prefs = services.preferences_for(personas.mentee)
    prefs.choices = {"meetings": "digest"}
    prefs.save()
    schedule_some(personas.mentee, 3)
    services.sweep()
    assert mail.outbox == []
    assert services.send_digests() == 1
    assert services.send_digests() == 0
    assert len(mail.outbox) == 1 and "3 updates" in mail.outbox[0].subject


def test_a_nudge_with_a_reply_address_goes_out_with_that_reply_to(personas):
    address = "reply+conversation-abc@replies.test.example"
    services.notify_now(personas.mentee, "meeting_reminder", "reply:1", "Marco wrote to you", "Hello", "/", address)
    services.notify_now(personas.mentee, "meeting_reminder", "reply:2", "A reminder without one", "", "/")
    services.sweep()
    by_subject = {m.subject: m.message() for m in mail.outbox}
    assert by_subject["Marco wrote to you"]["Reply-To"] == address
    assert by_subject["A reminder without one"]["Reply-To"] is None
    # The outbox keeps it, so a retry after an SMTP outage still carries it.
    assert Email.objects.get(subject="Marco wrote to you").parts["reply_to"] == [address]


def test_a_digest_carries_no_reply_to_even_when_its_nudges_have_one(personas):
    prefs = services.preferences_for(personas.mentee)
    prefs.choices = {"meetings": "digest"}
    prefs.save()
    for i in range(2):
        address = f"reply+conversation-{i}@replies.test.example"
        services.notify_now(personas.mentee, "meeting_reminder", f"reply:{i}", f"Message {i}", "Hi", "/", address)
    services.sweep()
    assert services.send_digests() == 1
    [digest] = mail.outbox
    assert "2 updates" in digest.subject and digest.message()["Reply-To"] is None


def test_quiet_hours_hold_email_until_they_end(personas):
    prefs = services.preferences_for(personas.mentee)  # Lisbon
    prefs.quiet_from, prefs.quiet_until = time(22, 0), time(7, 0)
    prefs.save()
    night = datetime(2027, 1, 12, 23, 30, tzinfo=timezone.get_current_timezone())
    with time_machine.travel(night, tick=False):
        schedule_some(personas.mentee, 1)
        services.sweep()
        assert mail.outbox == []
    with time_machine.travel(night + timedelta(hours=8), tick=False):
        services.sweep()
    assert len(mail.outbox) == 1


def test_one_click_unsubscribe_turns_the_category_off(client, personas):
    schedule_some(personas.mentee, 1)
    services.sweep()
    link = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>").split("127.0.0.1:8000")[1]
    assert client.post(link).status_code == 200
    assert services.preferences_for(personas.mentee).choice_for("meetings") == "off"
    assert client.post("/notifications/unsubscribe/forged/").status_code == 404


def test_notification_centre_shows_unread_count_and_marks_read(client_for, personas):
    schedule_some(personas.mentee, 2)
    services.sweep()
    client = client_for(personas.mentee)
    assert "2 unread" in client.get("/").content.decode()
    note = Notification.objects.filter(person=personas.mentee).first()
    client.post(f"/notifications/{note.pk}/read/")
    assert "1 unread" in client.get("/").content.decode()
    client.post("/notifications/read-all/")
    assert "unread" not in client.get("/notifications/").content.decode().split("<main")[0]


def test_outsider_cannot_read_or_mark_someone_elses_notification(client_for, personas):
    schedule_some(personas.mentee, 1)
    services.sweep()
    note = Notification.objects.get()
    outsider = client_for(personas.outsider)
    assert outsider.post(f"/notifications/{note.pk}/read/").status_code == 404
    assert "Reminder 0" not in outsider.get("/notifications/").content.decode()
    note.refresh_from_db()
    assert note.read_at is None


def test_preferences_need_both_ends_of_quiet_hours(client_for, personas):
    page = client_for(personas.mentee).post("/notifications/preferences/", {"quiet_from": "22:00"}).content.decode()
    assert "both ends of your quiet hours" in page
