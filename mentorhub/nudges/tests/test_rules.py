from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from mentorhub.nudges.models import Notification
from mentorhub.relationships import nudge_rules
from mentorhub.relationships import services as relationships
from mentorhub.relationships.models import Relationship

pytestmark = pytest.mark.django_db


@pytest.fixture
def relationship(personas):
    request = relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering a call.")
    request.program = personas.program
    request.save()
    relationship = relationships.accept_request(request.pk, personas.mentor)
    version = relationships.propose_agreement(relationship, personas.mentee, {"cadence": "monthly"})
    relationships.confirm_agreement(relationship, personas.mentor, version.pk)
    return Relationship.objects.get(pk=relationship.pk)


def titles_for(person):
    return list(Notification.objects.filter(person=person).values_list("title", flat=True))


def test_pulse_at_day_30_then_every_60_days(relationship, personas, deliver):
    start = timezone.now()
    with time_machine.travel(start + timedelta(days=29)):
        deliver()
    assert "How valuable is your mentorship right now?" not in titles_for(personas.mentee)
    with time_machine.travel(start + timedelta(days=31)):
        deliver()
        deliver()
    assert titles_for(personas.mentee).count("How valuable is your mentorship right now?") == 1
    with time_machine.travel(start + timedelta(days=92)):
        deliver()
    assert titles_for(personas.mentee).count("How valuable is your mentorship right now?") == 2


def test_no_meeting_for_one_and_a_half_cadences_suggests_reconfirming(relationship, personas, deliver):
    start = timezone.now()
    with time_machine.travel(start + timedelta(days=44)):
        deliver()
    assert not any("while" in t for t in titles_for(personas.mentee))
    with time_machine.travel(start + timedelta(days=46)):
        deliver()
    [mentee_note] = Notification.objects.filter(person=personas.mentee, nudge__rule="reconfirm")
    assert "quarterly check-in" in mentee_note.body
    assert Notification.objects.filter(person=personas.mentor, nudge__rule="reconfirm").count() == 1
    assert any(m.to == ["mentee@test.example"] and "a while" in m.subject for m in mail.outbox)


def test_activity_pushes_the_reconfirm_nudge_back(relationship, personas, deliver):
    start = timezone.now()
    with time_machine.travel(start + timedelta(days=40)):
        nudge_rules.on_activity(relationship)
    with time_machine.travel(start + timedelta(days=46)):
        deliver()
    assert not Notification.objects.filter(nudge__rule="reconfirm").exists()


def test_quiet_new_relationship_alerts_coordinators_after_21_days(personas, deliver):
    request = relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering.")
    request.program = personas.program
    request.save()
    relationships.accept_request(request.pk, personas.mentor)
    with time_machine.travel(timezone.now() + timedelta(days=22)):
        deliver()
    assert Notification.objects.filter(person=personas.coordinator, nudge__rule="no_activity").count() == 1


def test_no_alert_when_the_pair_got_going(relationship, personas, deliver):
    with time_machine.travel(timezone.now() + timedelta(days=22)):
        deliver()
    assert not Notification.objects.filter(nudge__rule="no_activity").exists()


def test_six_month_audit_and_review_reminder(relationship, personas, deliver):
    with time_machine.travel(timezone.now() + timedelta(days=183)):
        deliver()
    titles = titles_for(personas.mentor)
    assert "Time for your six-month mentorship audit" in titles
    assert "Your mentorship review date is in a week" in titles


def test_closing_cancels_pending_check_ins(relationship, personas, deliver):
    relationships.close_relationship(
        relationship, personas.mentee, outcome="completed", reason="goals_met", reflection="Done."
    )
    with time_machine.travel(timezone.now() + timedelta(days=200)):
        deliver()
    assert not Notification.objects.filter(nudge__rule__in=["pulse", "audit", "reconfirm"]).exists()


def test_pulse_answer_is_private_and_outsiders_get_404(client_for, relationship, personas):
    mentee = client_for(personas.mentee)
    mentee.post(f"/notifications/pulse/{relationship.pk}/", {"score": "4", "comment": "Useful, could be more regular"})
    assert relationship.pulses.get().score == 4
    assert (
        "could be more regular" not in client_for(personas.mentor).get(relationship.get_absolute_url()).content.decode()
    )
    outsider = client_for(personas.outsider)
    for url in [f"/notifications/pulse/{relationship.pk}/", f"/notifications/audit/{relationship.pk}/"]:
        assert outsider.get(url).status_code == 404
    assert client_for(personas.coordinator).get(f"/notifications/pulse/{relationship.pk}/").status_code == 403


def test_audit_that_decides_to_adjust_leads_to_the_agreement(client_for, relationship, personas):
    response = client_for(personas.mentee).post(
        f"/notifications/audit/{relationship.pk}/",
        {"goals_still_right": "yes", "agreement_working": "no", "what_to_change": "Meet less", "decision": "adjust"},
    )
    assert response["Location"] == f"/relationships/{relationship.pk}/agreement/"


def test_program_survey_at_day_30_and_at_the_end(relationship, personas, deliver, client_for):
    with time_machine.travel(timezone.now() + timedelta(days=31)):
        deliver()
    assert Notification.objects.filter(person=personas.mentee, nudge__rule="program_survey").count() == 1
    client = client_for(personas.mentee)
    client.post(f"/notifications/survey/{relationship.pk}/survey_30/", {"score": "5"})
    assert relationship.pulses.get(kind="survey_30").score == 5
    relationships.close_relationship(
        relationship, personas.mentor, outcome="completed", reason="goals_met", reflection="Good work."
    )
    deliver()
    assert Notification.objects.filter(person=personas.mentor, nudge__key__contains="survey_end").count() == 1
    assert client_for(personas.outsider).get(f"/notifications/survey/{relationship.pk}/survey_end/").status_code == 404
    assert client.get(f"/notifications/survey/{relationship.pk}/nonsense/").status_code == 404
