from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from mentorhub.programs.services import match
from mentorhub.relationships import services
from mentorhub.relationships.models import MentorshipRequest, Relationship

pytestmark = pytest.mark.django_db

MESSAGE = "Hi Marco, your talk on SQL for analysts at PyData helped me a lot. Thank you for considering this."


def ask(client, mentor_profile_pk, message=MESSAGE, **extra):
    data = {"message": message, "cadence": "monthly", "meeting_format": "video", **extra}
    return client.post(f"/relationships/ask/{mentor_profile_pk}/", data)


def test_mentee_requests_mentor_who_gets_an_email(client_for, personas, deliver):
    response = ask(client_for(personas.mentee), personas.mentor.profile.pk)
    deliver()
    request = MentorshipRequest.objects.get()
    assert response["Location"] == f"/relationships/requests/{request.pk}/"
    assert request.status == "pending" and request.mentee == personas.mentee
    assert mail.outbox[-1].to == ["mentor@test.example"]


def test_receiver_opening_the_request_marks_it_viewed(client_for, personas):
    ask(client_for(personas.mentee), personas.mentor.profile.pk)
    request = MentorshipRequest.objects.get()
    client_for(personas.mentee).get(f"/relationships/requests/{request.pk}/")
    request.refresh_from_db()
    assert request.viewed_at is None
    client_for(personas.mentor).get(f"/relationships/requests/{request.pk}/")
    request.refresh_from_db()
    assert request.viewed_at is not None


def test_question_answer_then_accept(client_for, personas):
    mentee, mentor = client_for(personas.mentee), client_for(personas.mentor)
    ask(mentee, personas.mentor.profile.pk)
    pk = MentorshipRequest.objects.get().pk
    mentor.post(f"/relationships/requests/{pk}/ask/", {"question": "What do you hope to change in 6 months?"})
    assert MentorshipRequest.objects.get().status == "info_requested"
    assert mentor.post(f"/relationships/requests/{pk}/accept/").status_code == 302
    assert MentorshipRequest.objects.get().status == "info_requested"  # cannot accept while waiting
    mentee.post(f"/relationships/requests/{pk}/answer/", {"answer": "Lead one product discovery project."})
    assert MentorshipRequest.objects.get().status == "pending"
    response = mentor.post(f"/relationships/requests/{pk}/accept/")
    relationship = Relationship.objects.get()
    assert response["Location"] == f"/relationships/{relationship.pk}/"
    assert relationship.status == "active" and relationship.phase == "initiation"
    assert "Relationship started" in mentor.get(response["Location"]).content.decode()


def test_decline_needs_a_reason_and_can_refer(client_for, personas):
    ask(client_for(personas.mentee), personas.mentor.profile.pk)
    pk = MentorshipRequest.objects.get().pk
    mentor = client_for(personas.mentor)
    mentor.post(f"/relationships/requests/{pk}/decline/", {"note": "sorry"})
    assert MentorshipRequest.objects.get().status == "pending"
    mentor.post(f"/relationships/requests/{pk}/decline/", {"reason": "not_my_area", "referral": "Ana Costa (dbt)"})
    request = MentorshipRequest.objects.get()
    assert request.status == "declined" and request.decline_reason == "not_my_area"
    page = client_for(personas.mentee).get(f"/relationships/requests/{pk}/").content.decode()
    assert "Ana Costa (dbt)" in page and "rarely about you" in page


def test_sender_can_withdraw_receiver_cannot(client_for, personas):
    ask(client_for(personas.mentee), personas.mentor.profile.pk)
    pk = MentorshipRequest.objects.get().pk
    assert client_for(personas.mentor).post(f"/relationships/requests/{pk}/withdraw/").status_code == 403
    client_for(personas.mentee).post(f"/relationships/requests/{pk}/withdraw/")
    assert MentorshipRequest.objects.get().status == "withdrawn"


def test_sender_cannot_accept_their_own_request(client_for, personas):
    ask(client_for(personas.mentee), personas.mentor.profile.pk)
    pk = MentorshipRequest.objects.get().pk
    assert client_for(personas.mentee).post(f"/relationships/requests/{pk}/accept/").status_code == 403
    assert not Relationship.objects.exists()


def test_one_open_request_per_pair(client_for, personas):
    client = client_for(personas.mentee)
    ask(client, personas.mentor.profile.pk)
    page = ask(client, personas.mentor.profile.pk).content.decode()
    assert "already an open request" in page
    assert MentorshipRequest.objects.count() == 1


def test_at_most_five_open_requests(client_for, personas, settings):
    from conftest import make_person

    settings.MENTORSHIP_MAX_OPEN_REQUESTS = 2
    mentors = [make_person(f"m{i}@test.example", f"Mentor {i}", accepting_mentees=True) for i in range(3)]
    client = client_for(personas.mentee)
    for mentor in mentors[:2]:
        ask(client, mentor.profile.pk)
    page = ask(client, mentors[2].profile.pk).content.decode()
    assert "You have 2 open requests already" in page


def test_cannot_ask_someone_not_accepting_mentees(client_for, personas):
    page = ask(client_for(personas.mentor), personas.coordinator.profile.pk).content.decode()
    assert "not accepting mentees" in page


def test_request_expires_after_14_days_with_a_reminder_at_7(client_for, personas, deliver):
    ask(client_for(personas.mentee), personas.mentor.profile.pk)
    mail.outbox.clear()
    with time_machine.travel(timezone.now() + timedelta(days=7, hours=1)):
        assert services.sweep_requests()["reminded"] == 1
        assert services.sweep_requests()["reminded"] == 0  # claimed once, never twice
        deliver()
    assert mail.outbox[-1].to == ["mentor@test.example"]
    with time_machine.travel(timezone.now() + timedelta(days=14, hours=1)):
        assert services.sweep_requests()["expired"] == 1
        deliver()
    assert MentorshipRequest.objects.get().status == "expired"
    assert mail.outbox[-1].to == ["mentee@test.example"] and "expired" in mail.outbox[-1].subject


def test_pausing_declines_open_requests_after_grace_period(client_for, personas):
    ask(client_for(personas.mentee), personas.mentor.profile.pk)
    client_for(personas.mentor).post("/relationships/pause/")
    assert services.sweep_requests()["auto_declined"] == 0
    with time_machine.travel(timezone.now() + timedelta(hours=25)):
        services.sweep_requests()
    request = MentorshipRequest.objects.get()
    assert request.status == "declined" and request.decline_reason == "no_longer_available"


def test_resuming_within_grace_keeps_requests_open(client_for, personas):
    ask(client_for(personas.mentee), personas.mentor.profile.pk)
    mentor = client_for(personas.mentor)
    mentor.post("/relationships/pause/")
    mentor.post("/relationships/resume/")
    with time_machine.travel(timezone.now() + timedelta(hours=25)):
        services.sweep_requests()
    assert MentorshipRequest.objects.get().status == "pending"


def test_capacity_is_enforced(client_for, personas):
    from conftest import make_person

    personas.mentor.profile.mentor_capacity = 1
    personas.mentor.profile.save()
    second = make_person("second@test.example", "Second Mentee", seeking_mentors=True)
    ask(client_for(personas.mentee), personas.mentor.profile.pk)
    ask(client_for(second), personas.mentor.profile.pk)
    first_pk, second_pk = MentorshipRequest.objects.order_by("pk").values_list("pk", flat=True)
    mentor = client_for(personas.mentor)
    mentor.post(f"/relationships/requests/{first_pk}/accept/")
    response = mentor.post(f"/relationships/requests/{second_pk}/accept/", follow=True)
    assert "no capacity left" in response.content.decode()
    assert Relationship.objects.count() == 1


def test_outsider_cannot_see_or_act_on_a_request(client_for, personas):
    ask(client_for(personas.mentee), personas.mentor.profile.pk)
    pk = MentorshipRequest.objects.get().pk
    outsider = client_for(personas.outsider)
    assert outsider.get(f"/relationships/requests/{pk}/").status_code == 404
    for action in ["accept", "decline", "ask", "answer", "withdraw"]:
        assert outsider.post(f"/relationships/requests/{pk}/{action}/").status_code == 404, action
    assert MentorshipRequest.objects.get().status == "pending"


def test_cannot_request_a_profile_you_cannot_see(client_for, personas):
    assert ask(client_for(personas.mentee), personas.other_member.profile.pk).status_code == 404


def test_home_lists_request_to_answer(client_for, personas):
    ask(client_for(personas.mentee), personas.mentor.profile.pk)
    page = client_for(personas.mentor).get("/").content.decode()
    assert "Answer Maya Mentee&#x27;s mentorship request" in page


def test_accepting_a_request_after_a_coordinator_matched_the_pair_is_a_clear_409(client_for, personas):
    request = services.send_request(personas.mentee, personas.mentor, message="Could we talk about SQL?")
    match(personas.program, personas.mentee, personas.mentor, by=personas.coordinator, why="Both want SQL")
    response = client_for(personas.mentor).post(f"/api/requests/{request.pk}/accept")
    assert response.status_code == 409 and response.json()["code"] == "already_related"
    assert Relationship.objects.filter(mentee=personas.mentee, mentor=personas.mentor).count() == 1
    request.refresh_from_db()
    assert request.status == MentorshipRequest.PENDING


def test_request_form_uses_the_full_outreach_coach_with_five_checks(client_for, personas):
    """Issue 17: the request form had a weaker 3-check coach that missed a plainly personal message."""
    text = (
        "Hi Marco, you supervised my placement at St Luke's in 2023. Would you be my mentor through my first "
        "year as a charge nurse? Thank you."
    )
    page = client_for(personas.mentee).post("/relationships/coach/", {"message": text, "recipient": "Marco"})
    page = page.content.decode()
    assert "✔</span> Personal: mentions something specific about them" in page
    assert "✖</span> Flexible on time or format" in page
    assert "<strong>26</strong> words" in page


def test_request_coach_reads_asking_for_mentoring_as_the_point_of_a_request(client_for, personas):
    """Issue 17 leftover: a mentorship request asks for mentoring by nature, so the request form's coach must not
    call that a premature ask; the ask itself is the clear ask (the form gives cadence and format)."""
    text = (
        "Hi Marco, you supervised my placement at St Luke's in 2023. Would you be my mentor through my first "
        "year as a charge nurse? Thank you."
    )
    page = client_for(personas.mentee).post("/relationships/coach/", {"message": text, "recipient": "Marco"})
    page = page.content.decode()
    assert "✔</span> Asks for mentoring: that is what a request is for" in page
    assert "✔</span> A clear, small ask" in page
    assert "stranger" not in page
    assert "ask for a conversation first" not in page


def test_offer_coach_reads_offering_mentoring_as_the_point_of_an_offer(client_for, personas):
    text = "Hi Maya, I enjoyed your question at the SQL meetup on Tuesday. I'd be glad to mentor you this year."
    page = client_for(personas.mentor).post("/relationships/coach/", {"message": text, "as": "mentor"})
    page = page.content.decode()
    assert "✔</span> Offers mentoring: that is what an offer is for" in page
    assert "✔</span> A clear, small ask" in page
    assert "stranger" not in page


def test_a_sent_request_keeps_the_request_reading_of_its_message(personas):
    request = services.send_request(personas.mentee, personas.mentor, message="Would you be my mentor for a year?")
    assert request.coach["purpose"] == "request" and request.coach["premature_ask"] is False


def test_request_coach_asks_a_question_when_unsure(client_for, personas):
    # A bare "your talk" with nothing about it: personal or not, readers split.
    text = "Hi Marco, I loved your talk. Would you be my mentor? Thanks."
    page = client_for(personas.mentee).post("/relationships/coach/", {"message": text}).content.decode()
    assert "Does it mention something specific about them" in page
