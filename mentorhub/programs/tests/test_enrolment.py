import pytest
from django.core import mail

from mentorhub.lib.errors import DomainError
from mentorhub.programs import services
from mentorhub.programs.models import Enrollment, EnrollmentQuestion, Program

pytestmark = pytest.mark.django_db


def questions(program):
    return [
        EnrollmentQuestion.objects.create(program=program, role="mentee", kind="text", text="What do you hope for?"),
        EnrollmentQuestion.objects.create(
            program=program, role="", kind="single", text="Team?", choices=["Data", "Product"]
        ),
        EnrollmentQuestion.objects.create(
            program=program, role="", kind="multiple", text="Formats?", choices=["Video", "In person"], required=False
        ),
        EnrollmentQuestion.objects.create(program=program, role="mentor", kind="scale", text="How experienced?"),
    ]


def test_programs_list_shows_public_and_mine_but_not_private_ones(client_for, personas):
    Program.objects.create(name="Hidden Cohort", slug="hidden", visibility=Program.PRIVATE)
    page = client_for(personas.outsider).get("/programs/").content.decode()
    assert "Data Mentoring" in page and "Hidden Cohort" not in page and "Other Program" not in page
    assert "Other Program" in client_for(personas.other_member).get("/programs/").content.decode()


def test_a_mentee_applies_with_the_form_and_a_coordinator_approves(client_for, personas):
    program = personas.program
    text, single, multiple, _ = questions(program)
    applicant = client_for(personas.outsider)
    form = applicant.get("/programs/data/apply/mentee/").content.decode()
    assert "What do you hope for?" in form and "How experienced?" not in form
    response = applicant.post(
        "/programs/data/apply/mentee/",
        {f"q{text.pk}": "Grow into product", f"q{single.pk}": "Data", f"q{multiple.pk}": ["Video", "In person"]},
    )
    assert response.status_code == 302
    enrollment = Enrollment.objects.get(person=personas.outsider, program=program)
    assert enrollment.status == Enrollment.APPLIED
    assert enrollment.answers == {
        str(text.pk): "Grow into product",
        str(single.pk): "Data",
        str(multiple.pk): ["Video", "In person"],
    }
    assert mail.outbox[-1].to == ["coordinator@test.example"]
    page = client_for(personas.coordinator).get("/programs/data/participants/?status=applied").content.decode()
    assert "Otto Outsider" in page and "Grow into product" in page
    client_for(personas.coordinator).post(
        f"/programs/data/participants/{enrollment.pk}/decide/", {"decision": "approve"}
    )
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.APPROVED and enrollment.decided_by == personas.coordinator
    assert mail.outbox[-1].to == ["outsider@test.example"] and "welcome" in mail.outbox[-1].subject.lower()


def test_required_answers_are_required(client_for, personas):
    questions(personas.program)
    response = client_for(personas.outsider).post("/programs/data/apply/mentor/", {"capacity": 2})
    assert response.status_code == 200 and "This field is required" in response.content.decode()
    assert not Enrollment.objects.filter(person=personas.outsider).exists()


def test_automatic_approval_and_a_mentors_capacity(client_for, personas):
    program = personas.program
    program.approval, program.default_mentor_capacity = Program.AUTOMATIC, 4
    program.save()
    client_for(personas.outsider).post("/programs/data/apply/mentor/", {"capacity": 1})
    enrollment = Enrollment.objects.get(person=personas.outsider)
    assert enrollment.status == Enrollment.APPROVED and enrollment.places == 1
    personas.outsider.profile.refresh_from_db()
    assert personas.outsider.profile.accepting_mentees


def test_a_coordinator_rejects_an_application(client_for, personas):
    enrollment = services.apply(personas.program, personas.outsider, "mentee")
    client_for(personas.coordinator).post(
        f"/programs/data/participants/{enrollment.pk}/decide/", {"decision": "reject"}
    )
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.REJECTED


def test_private_programs_take_no_applications_and_are_404_to_outsiders(client_for, personas):
    outsider = client_for(personas.outsider)
    assert outsider.get("/programs/other/").status_code == 404
    assert outsider.post("/programs/other/apply/mentee/", {}).status_code == 404
    with pytest.raises(DomainError):
        services.apply(personas.other_program, personas.outsider, "mentee")


def test_invite_link_programs_need_the_link(client_for, personas):
    program = Program.objects.create(name="Invited", slug="invited", visibility=Program.INVITE)
    outsider = client_for(personas.outsider)
    assert outsider.get("/programs/invited/").status_code == 404
    assert outsider.get("/programs/invited/invite/wrong-token/").status_code == 404
    page = outsider.get(f"/programs/invited/invite/{program.invite_token}/")
    assert page.status_code == 200 and "join as a mentee" in page.content.decode()
    response = outsider.post("/programs/invited/apply/mentee/", {"invite": program.invite_token})
    assert response.status_code == 302
    assert Enrollment.objects.filter(program=program, person=personas.outsider).exists()
    # Once enrolled, the program is theirs to see without the link.
    assert outsider.get("/programs/invited/").status_code == 200


def test_applying_twice_is_refused(personas):
    with pytest.raises(DomainError) as error:
        services.apply(personas.program, personas.mentee, "mentee")
    assert error.value.code == "duplicate"


def test_several_coordinators_each_coordinate(client_for, personas):
    from conftest import make_person

    second = make_person("second@test.example", "Sam Second")
    personas.program.coordinators.add(second)
    assert client_for(second).get("/programs/data/participants/").status_code == 200


def test_a_mentee_ranks_program_mentors(client_for, personas, enrol):
    other = enrol(personas.program, "m2@test.example", "mentor")
    mentee = client_for(personas.mentee)
    page = mentee.get("/programs/data/mentors/").content.decode()
    assert "First choice" in page and "Marco Mentor" in page
    mentee.post("/programs/data/mentors/", {"choice_1": str(other.pk), "choice_2": str(personas.mentor.pk)})
    assert Enrollment.objects.get(person=personas.mentee).rankings == [other.pk, personas.mentor.pk]
    with pytest.raises(DomainError):
        services.set_rankings(personas.program, personas.mentee, [personas.other_member.pk])


def test_a_mentee_asks_a_program_mentor_and_the_relationship_belongs_to_the_program(client_for, personas):
    from mentorhub.relationships import services as relationship_services
    from mentorhub.relationships.models import MentorshipRequest

    mentee = client_for(personas.mentee)
    assert "Ask Marco Mentor to mentor you" in mentee.get("/programs/data/mentors/").content.decode()
    message = "Hi Marco, your talk on SQL for analysts helped me a lot. Would a monthly call work? Thank you."
    response = mentee.post(
        f"/programs/data/mentors/{personas.mentor.pk}/ask/",
        {"message": message, "cadence": "monthly", "meeting_format": "video"},
    )
    request = MentorshipRequest.objects.get(mentee=personas.mentee, mentor=personas.mentor)
    assert response.status_code == 302 and request.program == personas.program
    relationship = relationship_services.accept_request(request.pk, personas.mentor)
    assert relationship.program == personas.program


def test_only_approved_mentees_ask_and_only_program_mentors(client_for, personas):
    url = f"/programs/data/mentors/{personas.mentor.pk}/ask/"
    assert client_for(personas.outsider).get(url).status_code == 404
    assert client_for(personas.mentor).get(url).status_code == 404
    assert client_for(personas.mentee).get(f"/programs/data/mentors/{personas.other_member.pk}/ask/").status_code == 404
