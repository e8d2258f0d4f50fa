"""Plain-text emails read as typed: no HTML entities in a subject or a text part (a program called
"Data & Product" arrived as "Data &amp; Product")."""

import pytest
from django.core import mail
from django.utils import timezone

from mentorhub.lib.mail import queue_email
from mentorhub.nudges import services as nudges

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_templated_email_keeps_ampersands_and_quotes_in_subject_and_text():
    queue_email(
        "ana@test.example",
        "email/program_invitation",
        name="Ana",
        program="Data & Product <2027>",
        coordinator="Zoë O'Brien",
        link="https://hub.example/reset?a=1&b=2",
        program_link="https://hub.example/programs/data",
    )
    [sent] = mail.outbox
    assert sent.subject == "You are invited to Data & Product <2027> on Mentorship Hub"
    assert "Zoë O'Brien added you to Data & Product <2027>" in sent.body
    assert "https://hub.example/reset?a=1&b=2" in sent.body
    assert "&amp;" not in sent.body and "&#x27;" not in sent.body


def test_a_nudge_email_text_part_is_plain_and_its_html_part_is_escaped(personas):
    title, body = "Q&A with <Sam>", "Bring notes & slides"
    nudges.schedule(personas.mentee, "meeting_reminder", "t:1", timezone.now(), title, body)
    nudges.sweep()
    [sent] = mail.outbox
    assert "Q&A with <Sam>" in sent.body and "notes & slides" in sent.body
    html, _ = sent.alternatives[0]
    assert "Q&amp;A with &lt;Sam&gt;" in html
