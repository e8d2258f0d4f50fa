from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from mentorhub.network import services

pytestmark = pytest.mark.django_db

GOOD = (
    "Dear {name}, I was struck by your talk on pricing experiments at ProductCamp Lisbon. Would you have 20 "
    "minutes for a call in the next few weeks? I'm happy to fit around your schedule. Thank you for considering it."
)
PREMATURE = "Hi {name}, will you be my mentor?"


def test_response_rate_by_template_and_by_coach_checks(client_for, personas, make_contact):
    owner = personas.mentee
    start = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    with time_machine.travel(start + timedelta(days=20), tick=False):
        sent = []
        for i, (template, text) in enumerate(
            [("informational", GOOD), ("informational", GOOD), ("own", PREMATURE), ("thank_you", GOOD)]
        ):
            contact = make_contact(owner, f"Person {i}")
            sent.append(
                services.send_message(
                    owner,
                    contact,
                    template=template,
                    channel="copy",
                    body=text.format(name=contact.first_name),
                    sent_at=start,
                )
            )
        services.record_response(sent[0], "positive", start + timedelta(hours=30))
        services.record_response(sent[2], "declined", start + timedelta(hours=2))
        services.record_response(sent[3], "positive", start + timedelta(hours=1))

        stats = services.response_stats(owner)
        assert stats["total"] == {
            "sent": 3,
            "replied": 2,
            "positive": 1,
            "response_rate": 67,
            "median_response_hours": 16.0,
        }  # the thank-you expects no reply, so it is left out
        by_template = {row["template"]: row for row in stats["by_template"]}
        assert by_template["informational"]["response_rate"] == 50
        assert by_template["own"]["replied"] == 1 and by_template["own"]["positive"] == 0
        by_coach = {row["coach_passed"]: row for row in stats["by_coach"]}
        assert by_coach[True]["sent"] == 2 and by_coach[True]["positive"] == 1
        assert by_coach[False]["sent"] == 1

        page = client_for(owner).get("/network/stats/").content.decode()
        assert "All the coach&#x27;s checks passed" in page and "Informational interview request" in page
        assert "<strong>67%</strong> of 3 messages got a reply" in page


def test_stats_start_empty_and_are_private(client_for, personas, make_contact):
    contact = make_contact(personas.mentee)
    services.send_message(personas.mentee, contact, template="own", channel="copy", body=PREMATURE.format(name="S"))
    assert "No messages logged yet" in client_for(personas.outsider).get("/network/stats/").content.decode()
    assert services.response_stats(personas.outsider)["total"]["sent"] == 0
