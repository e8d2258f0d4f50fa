"""Programs in Portuguese (docs/i18n.md): a coordinator's pages follow their browser's language, and the emails a
program sends reach each person in their own language, whoever caused them."""

import pytest
from django.core import mail

from mentorhub.profiles.models import Profile
from mentorhub.programs.models import Enrollment

pytestmark = pytest.mark.django_db
PT = {"Accept-Language": "pt"}
EN = {"Accept-Language": "en"}


def speak(person, code):
    Profile.objects.filter(user=person).update(site_language=code)
    person.refresh_from_db()


def test_the_coordinators_pages_are_in_portuguese(client_for, personas):
    client = client_for(personas.coordinator)
    matching = client.get("/programs/data/matching/", headers=PT).content.decode()
    assert "Correspondência automática: simulação" in matching and "Automatic matching: dry run" not in matching
    assert "1 mentorado aprovado sem mentor neste programa" in matching
    dashboard = client.get("/programs/data/dashboard/", headers=PT).content.decode()
    assert "mentorados aprovados" in dashboard and "approved mentees" not in dashboard
    assert "Inscrições por papel" in dashboard and "Enrolment by role" not in dashboard
    settings_page = client.get("/programs/data/settings/", headers=PT).content.decode()
    assert "Visibilidade" in settings_page and "Duplicar este programa" in settings_page
    assert "Duplicate this program" not in settings_page


def test_a_participant_reads_the_program_page_in_portuguese(client_for, personas):
    page = client_for(personas.mentee).get("/programs/data/", headers=PT).content.decode()
    assert "O seu lugar" in page and "Your place" not in page
    assert "Os mentores do programa" in page


def test_the_decision_reaches_the_applicant_in_their_language_not_the_coordinators(client_for, personas):
    """The English-speaking coordinator approves; the Portuguese-speaking applicant reads the email in Portuguese."""
    speak(personas.outsider, "pt")
    applied = client_for(personas.outsider).post("/programs/data/apply/mentee/", {"invite": ""})
    assert applied.status_code == 302
    to_coordinator = mail.outbox[-1]
    assert to_coordinator.to == [personas.coordinator.email]
    assert to_coordinator.subject == "Otto Outsider applied to Data Mentoring"
    enrollment = Enrollment.objects.get(person=personas.outsider, program=personas.program)
    client_for(personas.coordinator).post(
        f"/programs/data/participants/{enrollment.pk}/decide/",
        {"decision": "approve"},
        headers={"Accept-Language": "en"},
    )
    welcome = mail.outbox[-1]
    assert welcome.to == [personas.outsider.email]
    assert welcome.subject == "Data Mentoring: bem-vindo ao programa"
    assert "O seu lugar está confirmado." in welcome.body and "Your place is confirmed" not in welcome.body
