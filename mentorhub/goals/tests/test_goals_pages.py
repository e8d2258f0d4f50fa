from datetime import date

import pytest
import time_machine
from django.utils.html import escape

from mentorhub.goals.models import Goal, PlanVersion, SkillGap
from mentorhub.profiles.models import Profile

pytestmark = pytest.mark.django_db

SMART = "Give three 10-minute talks at our team meeting by 30 June 2027"


def goal_data(**overrides):
    return {"text": SMART, "status": "active", "visibility": "private", **overrides}


def test_plan_keeps_dated_history_of_earlier_answers(client_for, personas):
    client = client_for(personas.mentee)
    client.post("/goals/plan/", {"short_term_aspirations": "Lead a small analytics project"})
    client.post("/goals/plan/", {"short_term_aspirations": "Move into product management"})
    page = client.get("/goals/plan/").content.decode()
    assert "Move into product management" in page
    assert "How your plan evolved" in page and "Lead a small analytics project" in page
    assert "<dt>Where do you want to be in a year?</dt>" in page  # the question, not the field's name
    assert PlanVersion.objects.count() == 1


def test_skill_gap_target_must_be_above_current_level(client_for, personas):
    client = client_for(personas.mentee)
    page = client.post(
        "/goals/skill-gaps/new/", {"skill": "SQL", "current_level": "3", "target_level": "2"}
    ).content.decode()
    assert "must be above where you are now" in page and 'value="SQL"' in page
    client.post("/goals/skill-gaps/new/", {"skill": "SQL", "current_level": "1", "target_level": "3"})
    assert SkillGap.objects.get(person=personas.mentee).skill == "SQL"


@time_machine.travel(date(2026, 11, 25))
def test_goal_form_shows_coach_verdicts_on_submit_without_javascript(client_for, personas):
    client = client_for(personas.mentee)
    response = client.post("/goals/new/", goal_data(text="Get better at presenting"), follow=True)
    page = response.content.decode()
    assert "SMART check" in page
    goal = Goal.objects.get(owner=personas.mentee)
    assert goal.coach["specific"] is False and goal.coach["time_bound"] is False
    assert any("deadline" in h.lower() for h in goal.coach["hints"])


@time_machine.travel(date(2026, 11, 25))
def test_coach_panel_updates_while_typing(client_for, personas):
    client = client_for(personas.mentee)
    page = client.post("/goals/coach/", {"text": SMART}, headers={"HX-Request": "true"}).content.decode()
    assert 'id="coach-panel"' in page and "<html" not in page
    assert "(by 2027-06-30)" in page
    assert "Say why it matters" in page  # relevance comes from the person, not the text


def test_goal_takes_deadline_from_text_when_no_date_given(client_for, personas):
    client_for(personas.mentee).post("/goals/new/", goal_data())
    assert Goal.objects.get().target_date == date(2027, 6, 30)


def test_goal_with_only_punctuation_is_refused_and_kept(client_for, personas):
    page = client_for(personas.mentee).post("/goals/new/", goal_data(text="?!?!")).content.decode()
    assert "Write your goal in words" in page and "?!?!" in page
    assert not Goal.objects.exists()


def test_share_goal_with_a_mentor_keep_another_private(client_for, personas):
    client = client_for(personas.mentee)
    client.post("/goals/new/", goal_data(visibility="mentors", share_with="mentor@test.example"))
    client.post("/goals/new/", goal_data(text="Apply for three product roles by March 2027"))
    shared, private = Goal.objects.order_by("pk")
    mentor = client_for(personas.mentor)
    assert mentor.get(f"/goals/{shared.pk}/").status_code == 200
    assert mentor.get(f"/goals/{private.pk}/").status_code == 404
    assert SMART in mentor.get("/goals/").content.decode()


def test_sharing_needs_a_real_mentor(client_for, personas):
    page = (
        client_for(personas.mentee)
        .post("/goals/new/", goal_data(visibility="mentors", share_with="outsider@test.example"))
        .content.decode()
    )
    assert "Not a mentor you can share with: outsider@test.example" in page
    assert not Goal.objects.exists()


def test_coordinator_sees_only_goals_shared_with_their_program(client_for, personas):
    client = client_for(personas.mentee)
    client.post("/goals/new/", goal_data(visibility="program", shared_program=personas.program.pk))
    client.post("/goals/new/", goal_data(text="Private: run a half marathon by May 2027"))
    program_goal, private = Goal.objects.order_by("pk")
    coordinator = client_for(personas.coordinator)
    assert coordinator.get(f"/goals/{program_goal.pk}/").status_code == 200
    assert coordinator.get(f"/goals/{private.pk}/").status_code == 404
    assert "half marathon" not in coordinator.get("/goals/").content.decode()


def test_cannot_share_with_a_program_you_are_not_in(client_for, personas):
    page = (
        client_for(personas.mentee)
        .post("/goals/new/", goal_data(visibility="program", shared_program=personas.other_program.pk))
        .content.decode()
    )
    assert "Select a valid choice" in page
    assert not Goal.objects.exists()


def test_outsider_cannot_see_or_change_anything_of_a_goal(client_for, personas):
    client_for(personas.mentee).post("/goals/new/", goal_data(visibility="mentors", share_with="mentor@test.example"))
    goal = Goal.objects.get()
    outsider = client_for(personas.outsider)
    for url in [f"/goals/{goal.pk}/", f"/goals/{goal.pk}/edit/"]:
        assert outsider.get(url).status_code == 404
    assert outsider.post(f"/goals/{goal.pk}/milestones/", {"text": "hack"}).status_code == 404
    assert not goal.milestones.exists()


def test_mentor_can_read_but_not_edit_a_shared_goal(client_for, personas):
    client_for(personas.mentee).post("/goals/new/", goal_data(visibility="mentors", share_with="mentor@test.example"))
    goal = Goal.objects.get()
    mentor = client_for(personas.mentor)
    assert mentor.get(f"/goals/{goal.pk}/edit/").status_code == 403
    assert mentor.post(f"/goals/{goal.pk}/milestones/", {"text": "x"}).status_code == 403


def test_progress_follows_milestones(client_for, personas):
    client = client_for(personas.mentee)
    client.post("/goals/new/", goal_data())
    goal = Goal.objects.get()
    for text in ["Outline talk one", "Rehearse with a friend"]:
        client.post(f"/goals/{goal.pk}/milestones/", {"text": text})
    first = goal.milestones.first()
    client.post(f"/goals/{goal.pk}/milestones/{first.pk}/toggle/")
    assert Goal.objects.get().progress == 50
    assert "50%" in client.get(f"/goals/{goal.pk}/").content.decode()


def test_other_skill_gaps_cannot_be_linked(client_for, personas):
    foreign = SkillGap.objects.create(person=personas.mentor, skill="Go", current_level=0, target_level=2)
    page = client_for(personas.mentee).post("/goals/new/", goal_data(skill_gaps=[foreign.pk])).content.decode()
    assert "Select a valid choice" in page


def test_current_mentors_are_offered_as_checkboxes(client_for, personas):
    from mentorhub.relationships import services as relationships

    request = relationships.send_request(personas.mentee, personas.mentor, message="Thanks for considering.")
    relationships.accept_request(request.pk, personas.mentor)
    client = client_for(personas.mentee)
    assert "Share with my mentors" in client.get("/goals/new/").content.decode()
    client.post("/goals/new/", goal_data(visibility="mentors", my_mentors=[personas.mentor.pk]))
    assert list(Goal.objects.get().shared_with.all()) == [personas.mentor]


def test_coach_panel_asks_a_question_when_it_is_unsure(client_for, personas):
    """Issue 17: an unconfident verdict is worded as a question, not a tick or a cross."""
    client = client_for(personas.mentee)
    page = client.post("/goals/coach/", {"text": "Feel 20% more confident when I talk to consultants."})
    assert escape("Is there a number that shows it's done?") in page.content.decode()
    assert "This is a SMART goal" not in page.content.decode()
    sure = client.post("/goals/coach/", {"text": "Get better at writing."}).content.decode()
    assert "Is there a number" not in sure and "✖</span> <strong>Measurable</strong>" in sure


def test_coach_panel_speaks_the_persons_language_and_says_it_reads_english(client_for, personas):
    client = client_for(personas.mentee)
    english = client.post("/goals/coach/", {"text": "Get better at writing."}).content.decode()
    assert "The coach reads English" not in english
    Profile.objects.filter(user=personas.mentee).update(site_language="pt")
    page = client.post("/goals/coach/", {"text": "Get better at writing."}).content.decode()
    assert "O assistente lê inglês: as suas verificações podem não reconhecer" in page
    assert escape("'Get better at writing' é vago") in page
    assert escape("Há um número que mostre que está feito?") not in page  # sure of it: a cross, not a question
