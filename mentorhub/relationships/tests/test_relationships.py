import pytest
from django.core import mail

from mentorhub.goals.models import Goal
from mentorhub.relationships import services
from mentorhub.relationships.models import Relationship

pytestmark = pytest.mark.django_db

AGREEMENT = {
    "cadence": "fortnightly",
    "duration_months": "6",
    "channels": "email, chat",
    "response_time": "within two working days",
    "boundaries": "What we discuss stays between us.",
    "end_criteria": "After six months, or when Maya has a product role.",
}


@pytest.fixture
def relationship(personas):
    goal = Goal.objects.create(owner=personas.mentee, text="Lead one discovery project by June 2027")
    request = services.send_request(personas.mentee, personas.mentor, message="Thank you for considering a call.")
    request.goals.set([goal])
    return services.accept_request(request.pk, personas.mentor)


def test_both_confirm_agreement_then_phase_moves_to_cultivation(client_for, personas, relationship):
    mentee, mentor = client_for(personas.mentee), client_for(personas.mentor)
    goal = Goal.objects.get()
    mentee.post(f"/relationships/{relationship.pk}/agreement/", {**AGREEMENT, "share_goals": [goal.pk]})
    version = relationship.agreement_versions.get()
    assert version.confirmed_by_mentee_at and not version.confirmed_by_mentor_at
    assert "Confirm your agreement with Maya Mentee" in mentor.get("/").content.decode()
    mentor.post(f"/relationships/{relationship.pk}/agreement/{version.pk}/confirm/")
    relationship.refresh_from_db()
    assert relationship.current_agreement().cadence_days == 14
    assert relationship.phase == "cultivation"
    page = mentee.get(f"/relationships/{relationship.pk}/").content.decode()
    assert "In force: v1" in page and "Lead one discovery project" in page


def test_a_change_is_a_new_version_both_confirm_again(client_for, personas, relationship):
    mentee, mentor = client_for(personas.mentee), client_for(personas.mentor)
    mentee.post(f"/relationships/{relationship.pk}/agreement/", AGREEMENT)
    mentor.post(f"/relationships/{relationship.pk}/agreement/{relationship.agreement_versions.get().pk}/confirm/")
    mentor.post(f"/relationships/{relationship.pk}/agreement/", {**AGREEMENT, "cadence": "monthly"})
    assert relationship.current_agreement().number == 1  # v2 does not hold until Maya confirms
    v2 = relationship.pending_agreement()
    mentee.post(f"/relationships/{relationship.pk}/agreement/{v2.pk}/confirm/")
    assert relationship.current_agreement().number == 2
    assert relationship.current_agreement().cadence == "monthly"


def test_custom_cadence_needs_days(client_for, personas, relationship):
    page = (
        client_for(personas.mentee)
        .post(f"/relationships/{relationship.pk}/agreement/", {**AGREEMENT, "cadence": "custom"})
        .content.decode()
    )
    assert "every how many days" in page


def test_several_mentors_show_on_the_board(client_for, personas, relationship):
    from conftest import make_person

    second = make_person("second@test.example", "Sana Second", accepting_mentees=True)
    request = services.send_request(personas.mentee, second, message="Thanks for considering a short call.")
    services.accept_request(request.pk, second)
    page = client_for(personas.mentee).get("/relationships/").content.decode()
    assert "Marco Mentor" in page and "Sana Second" in page and "Lead one discovery project" in page


def test_close_with_gratitude_and_stay_in_touch(client_for, personas, relationship, deliver):
    mentee = client_for(personas.mentee)
    mail.outbox.clear()
    response = mentee.post(
        f"/relationships/{relationship.pk}/close/",
        {
            "outcome": "completed",
            "reason": "goals_met",
            "reflection": "I can now run discovery interviews on my own.",
            "gratitude": "Thank you for every Tuesday call, Marco.",
            "stay_in_touch": "on",
        },
    )
    assert response["Location"] == "/relationships/pay-it-forward/"
    relationship.refresh_from_db()
    assert relationship.status == "completed" and relationship.phase == "redefinition"
    assert relationship.next_check_in_on is not None
    deliver()
    assert any("thank-you" in m.subject.lower() and m.to == ["mentor@test.example"] for m in mail.outbox)
    page = client_for(personas.mentor).get(f"/relationships/{relationship.pk}/").content.decode()
    assert "Thank you for every Tuesday call" in page and "I can now run discovery interviews" in page


def test_ending_early_for_a_mismatch(client_for, personas, relationship):
    client_for(personas.mentor).post(
        f"/relationships/{relationship.pk}/close/",
        {"outcome": "ended_early", "reason": "mismatch", "reflection": "Our areas did not overlap enough."},
    )
    relationship.refresh_from_db()
    assert relationship.status == "ended_early" and not relationship.stay_in_touch


def test_close_without_reflection_rerenders(client_for, personas, relationship):
    page = (
        client_for(personas.mentee)
        .post(f"/relationships/{relationship.pk}/close/", {"outcome": "completed", "reason": "goals_met"})
        .content.decode()
    )
    assert "This field is required" in page
    relationship.refresh_from_db()
    assert relationship.status == "active"


def test_pay_it_forward_turns_on_the_mentor_role_with_skills(client_for, personas, relationship):
    from mentorhub.goals.models import SkillGap

    SkillGap.objects.create(person=personas.mentee, skill="product discovery", current_level=1, target_level=3)
    client_for(personas.mentee).post("/relationships/pay-it-forward/")
    profile = personas.mentee.profile
    profile.refresh_from_db()
    assert profile.accepting_mentees
    assert {"name": "product discovery", "level": "intermediate"} in profile.skills_offered


def test_pause_and_resume_are_in_the_history(client_for, personas, relationship):
    mentee = client_for(personas.mentee)
    mentee.post(f"/relationships/{relationship.pk}/status/", {"status": "paused", "why": "Parental leave"})
    relationship.refresh_from_db()
    assert relationship.status == "paused"
    assert relationship.history.first().why == "Parental leave"
    mentee.post(f"/relationships/{relationship.pk}/status/", {"status": "completed"})
    relationship.refresh_from_db()
    assert relationship.status == "paused"


def test_coordinator_sees_status_not_content(client_for, personas, relationship):
    Relationship.objects.filter(pk=relationship.pk).update(program=personas.program)
    services.send_gratitude(relationship, personas.mentee, "Private thanks")
    coordinator = client_for(personas.coordinator)
    page = coordinator.get(f"/relationships/{relationship.pk}/").content.decode()
    assert "Active" in page and "Private thanks" not in page and "stays between them" in page
    assert coordinator.get(f"/relationships/{relationship.pk}/agreement/").status_code == 403
    assert coordinator.post(f"/relationships/{relationship.pk}/gratitude/", {"text": "x"}).status_code == 403


def test_outsider_gets_404_on_every_relationship_route(client_for, personas, relationship):
    outsider = client_for(personas.outsider)
    pk = relationship.pk
    for url in [f"/relationships/{pk}/", f"/relationships/{pk}/agreement/", f"/relationships/{pk}/close/"]:
        assert outsider.get(url).status_code == 404, url
    for action in ["status", "phase", "gratitude", "reflection", "agreement/1/confirm"]:
        assert outsider.post(f"/relationships/{pk}/{action}/").status_code == 404, action
    relationship.refresh_from_db()
    assert relationship.status == "active"
