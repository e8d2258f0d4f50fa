"""A coordinator's Home: what their program needs now, and the next step."""

from datetime import timedelta

from django.core import mail
from django.urls import reverse

from conftest import make_person
from mentorhub.coordination import services
from mentorhub.coordination.attention import program_pairs
from mentorhub.coordination.home import home_items
from mentorhub.nudges.models import Notification
from mentorhub.programs import services as program_services
from mentorhub.programs.models import Enrollment

from .conftest import PRIVATE, START


def test_home_tells_a_coordinator_what_the_program_needs_and_the_next_step(pair, personas, client_for, time_machine):
    for n in range(2):
        learner = make_person(f"learner{n}@test.example", f"Lee Learner{n}", seeking_mentors=True)
        Enrollment.objects.create(program=personas.program, person=learner, role="mentee", status=Enrollment.APPROVED)
    applicant = make_person("applicant@test.example", "Abe Applicant", seeking_mentors=True)
    Enrollment.objects.create(program=personas.program, person=applicant, role="mentee")
    time_machine.move_to(START + timedelta(days=20), tick=False)
    services.ask_for_help(pair, personas.mentor, "We keep missing each other")
    titles = [item["title"] for item in home_items(personas.coordinator)]
    assert titles == [
        "Data Mentoring: 1 pair asks for you",
        "Data Mentoring: 1 pair needs attention",
        "Data Mentoring: 1 application waiting",
        "Data Mentoring: 2 mentees are unmatched: run matching",
    ]
    page = client_for(personas.coordinator).get(reverse("home:home")).content.decode()
    assert "Get ready to mentor" not in page
    assert "Data Mentoring: 1 pair asks for you" in page
    assert "No match run yet" in page
    assert reverse("coordination:attention", args=["data"]) in page


def test_someone_who_coordinates_nothing_gets_no_coordination_items(pair, personas):
    assert home_items(personas.mentee) == []
    assert home_items(personas.outsider) == []


def test_reviews_due_this_week(pair, personas, time_machine, settings):
    time_machine.move_to(START + timedelta(days=settings.MENTORSHIP_REVIEW_DAYS - 3), tick=False)
    titles = [item["title"] for item in home_items(personas.coordinator)]
    assert "Data Mentoring: 1 review due this week" in titles


def test_program_events_reach_the_notification_centre_without_a_second_email(
    personas, deliver, django_capture_on_commit_callbacks
):
    applicant = make_person("applicant@test.example", "Abe Applicant", seeking_mentors=True)
    program_services.apply(personas.program, applicant, "mentee")
    assert (
        Notification.objects.get(person=personas.coordinator).title
        == "Abe Applicant applied to Data Mentoring as a mentee"
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        program_services.match(personas.program, personas.mentee, personas.mentor, personas.coordinator, "A fit")
    deliver()
    for person in (personas.mentee, personas.mentor):
        assert Notification.objects.filter(person=person, title__contains="you are matched").count() == 1
        assert len([m for m in mail.outbox if m.to == [person.email] and "matched" in m.subject]) == 1


def test_home_counts_the_reasons_the_attention_list_gives_and_shows_nothing_private(
    private_life, pair, personas, client_for, time_machine
):
    # Agreed fortnightly, met on day 1, nothing since: overdue by the agreed cadence, and the mentor asked for help.
    time_machine.move_to(START + timedelta(days=30), tick=False)
    services.ask_for_help(pair, personas.mentor, "We keep missing each other")
    listed = program_pairs(personas.program, attention_only=True)
    assert listed[0].codes == {"no_meeting", "help"}
    attention = next(i for i in home_items(personas.coordinator) if "needs attention" in i["title"])
    assert attention["why"] == "no meeting for a while (1), asked for help (1)"
    page = client_for(personas.coordinator).get(reverse("home:home")).content.decode()
    assert "Data Mentoring: 1 pair needs attention" in page
    assert not [value for value in PRIVATE.values() if value in page]
