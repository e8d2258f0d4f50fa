from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from mentorhub.network.models import Contact, Encounter

pytestmark = pytest.mark.django_db

# Summer, so that Lisbon (the mentee's timezone) is an hour ahead of UTC.
MET = datetime(2026, 7, 2, 16, 0, tzinfo=UTC)
FOLLOW_UP = "Follow up with Sofia Almeida after ProductCamp Lisbon"


def log_encounter(client, **fields):
    data = {
        "new_name": "Sofia Almeida",
        "new_organisation": "Lumen Health",
        "where": "ProductCamp Lisbon",
        "met_at": "2026-07-02T17:00",
        "notes": "How she runs discovery interviews with clinicians",
        **fields,
    }
    return client.post("/network/encounters/new/", data)


def test_an_encounter_makes_a_follow_up_due_48_hours_later_shown_on_home_until_done(client_for, personas):
    client = client_for(personas.mentee)
    with time_machine.travel(MET + timedelta(hours=2), tick=False) as traveller:
        log_encounter(client)
        encounter = Encounter.objects.get()
        assert encounter.met_at == MET  # 17:00 in Lisbon
        assert encounter.follow_up_due_at == MET + timedelta(hours=48)
        assert encounter.contact.how_known == "event" and encounter.contact.organisation == "Lumen Health"
        home = client.get("/").content.decode()
        assert FOLLOW_UP in home and "due Sat 4 Jul, 17:00" in home  # shown in her own timezone

        traveller.shift(timedelta(hours=60))
        assert FOLLOW_UP in client.get("/").content.decode()  # overdue, still there

        compose = client.get(f"/network/contacts/{encounter.contact.pk}/compose/").content.decode()
        assert "It was good to meet you at ProductCamp Lisbon" in compose
        assert "How she runs discovery interviews with clinicians" in compose
        client.post(f"/network/encounters/{encounter.pk}/done/")
        assert FOLLOW_UP not in client.get("/").content.decode()


def test_sending_a_message_after_meeting_counts_as_the_follow_up(client_for, personas):
    client = client_for(personas.mentee)
    with time_machine.travel(MET + timedelta(hours=2), tick=False):
        log_encounter(client)
        contact = Contact.objects.get()
        client.post(
            f"/network/contacts/{contact.pk}/compose/",
            {
                "template": "event_follow_up",
                "subject": "Great to meet you",
                "body": "Dear Sofia, thanks!",
                "channel": "copy",
            },
        )
        assert Encounter.objects.get().followed_up_at is not None
        assert FOLLOW_UP not in client.get("/").content.decode()


def test_an_encounter_with_someone_already_in_the_network(client_for, personas, make_contact):
    contact = make_contact(personas.mentee)
    client = client_for(personas.mentee)
    assert (
        f'value="{contact.pk}" selected'
        in client.get(f"/network/encounters/new/?contact={contact.pk}").content.decode()
    )
    with time_machine.travel(MET + timedelta(hours=2), tick=False):
        log_encounter(client, contact=contact.pk, new_name="")
    assert Encounter.objects.get().contact == contact and Contact.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"new_name": ""}, "Choose who you met, or write the name of someone new."),
        ({"met_at": "2026-07-09T10:00"}, "Log an encounter once it has happened."),
        ({"where": ""}, "This field is required."),
    ],
)
def test_an_encounter_needs_someone_somewhere_in_the_past(client_for, personas, fields, message):
    with time_machine.travel(MET + timedelta(hours=2), tick=False):
        page = log_encounter(client_for(personas.mentee), **fields).content.decode()
    assert message in page and not Encounter.objects.exists()


def test_nobody_else_sees_or_completes_an_encounter(client_for, personas, make_contact):
    contact = make_contact(personas.mentee)
    with time_machine.travel(MET + timedelta(hours=2), tick=False):
        log_encounter(client_for(personas.mentee), contact=contact.pk, new_name="")
        outsider = client_for(personas.outsider)
        encounter = Encounter.objects.get()
        assert outsider.post(f"/network/encounters/{encounter.pk}/done/").status_code == 404
        page = log_encounter(outsider, contact=contact.pk, new_name="").content.decode()
        assert "Select a valid choice" in page
        assert FOLLOW_UP not in outsider.get("/").content.decode()
    assert Encounter.objects.count() == 1 and Encounter.objects.get().followed_up_at is None
