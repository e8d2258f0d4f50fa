"""The fit check after a program pair's first meeting, and asking the coordinators for help: both reach the
coordinators only; the other person of the pair never sees a “no” or a request, on any page or API answer."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from mentorhub.coordination.models import FitCheck, HelpRequest
from mentorhub.nudges.models import Notification, Nudge

from .conftest import START, held_meeting

CSRF = re.compile(r'(csrfmiddlewaretoken" value="|"X-CSRFToken": ")[^"]+')


def first_meeting(pair, time_machine):
    held_meeting(pair, START + timedelta(days=3))
    time_machine.move_to(START + timedelta(days=4), tick=False)


def test_both_people_are_asked_privately_after_the_first_meeting_only(pair, personas, deliver, time_machine):
    first_meeting(pair, time_machine)
    deliver()
    asked = Notification.objects.filter(title__contains="a good fit for you")
    assert sorted(n.person.email for n in asked) == sorted([personas.mentee.email, personas.mentor.email])
    assert asked.get(person=personas.mentee).url == reverse("coordination:fit_check", args=[pair.pk])
    held_meeting(pair, START + timedelta(days=10))
    time_machine.move_to(START + timedelta(days=11), tick=False)
    deliver()
    assert Nudge.objects.filter(rule="fit_check").count() == 2


def test_an_answered_fit_check_is_not_sent(pair, personas, client_for, deliver, time_machine):
    held_meeting(pair, START + timedelta(days=3))
    client_for(personas.mentee).post(reverse("coordination:fit_check", args=[pair.pk]), {"answer": "yes"})
    time_machine.move_to(START + timedelta(days=4), tick=False)
    deliver()
    assert Nudge.objects.get(rule="fit_check", person=personas.mentee).skipped == "no longer due"


def the_mentors_view(client, pair):
    urls = [
        reverse("relationships:detail", args=[pair.pk]),
        reverse("relationships:index"),
        reverse("nudges:index"),
        reverse("home:home"),
        reverse("coordination:fit_check", args=[pair.pk]),
        reverse("coordination:help", args=[pair.pk]),
        f"/api/relationships/{pair.pk}",
        f"/api/relationships/{pair.pk}/timeline",
        "/api/notifications",
    ]
    return {url: CSRF.sub("", client.get(url).content.decode()) for url in urls}


def test_a_no_is_never_shown_to_the_other_person_and_reaches_the_coordinators(
    pair, personas, client_for, deliver, time_machine
):
    first_meeting(pair, time_machine)
    deliver()
    mentor = client_for(personas.mentor)
    before = the_mentors_view(mentor, pair)
    response = client_for(personas.mentee).post(
        reverse("coordination:fit_check", args=[pair.pk]), {"answer": "no", "comment": "FIT-COMMENT-5521"}, follow=True
    )
    page = response.content.decode()
    assert "Ask for a new match" in page and "no fault" in page
    deliver()
    assert the_mentors_view(mentor, pair) == before
    alert = Notification.objects.get(person=personas.coordinator, title__startswith="Fit check")
    assert alert.url == reverse("coordination:pair", args=[pair.program.slug, pair.pk])
    coordinator_page = client_for(personas.coordinator).get(alert.url).content.decode()
    assert "FIT-COMMENT-5521" in coordinator_page and 'data-reason="fit_check"' in coordinator_page


def test_asking_for_help_reaches_the_coordinators_not_the_other_person(pair, personas, client_for, deliver):
    mentor = client_for(personas.mentor)
    before = the_mentors_view(mentor, pair)
    mentee = client_for(personas.mentee)
    form = mentee.get(reverse("coordination:help", args=[pair.pk]) + "?kind=rematch").content.decode()
    assert re.search(r'value="rematch"[^>]*checked', form)
    mentee.post(
        reverse("coordination:help", args=[pair.pk]), {"kind": "rematch", "reason": "HELP-REASON-6612 we never meet"}
    )
    deliver()
    assert HelpRequest.objects.get().kind == HelpRequest.REMATCH
    assert the_mentors_view(mentor, pair) == before
    alert = Notification.objects.get(person=personas.coordinator, title__contains="asks for a new match")
    assert "HELP-REASON-6612" in alert.body
    assert "HELP-REASON-6612" in client_for(personas.coordinator).get(alert.url).content.decode()


def test_an_empty_request_for_help_is_refused_and_kept(pair, personas, client_for):
    response = client_for(personas.mentee).post(
        reverse("coordination:help", args=[pair.pk]), {"kind": "help", "reason": "   "}
    )
    assert response.status_code == 200 and "This field is required." in response.content.decode()
    assert not HelpRequest.objects.exists()


@pytest.mark.parametrize("who", ["coordinator", "outsider", "other_member"])
def test_only_the_two_people_answer_or_ask_anyone_else_gets_404(pair, personas, client_for, who):
    client = client_for(getattr(personas, who))
    for name in ("fit_check", "help"):
        url = reverse(f"coordination:{name}", args=[pair.pk])
        assert client.get(url).status_code == 404
        assert client.post(url, {"answer": "no", "kind": "help", "reason": "x"}).status_code == 404
    assert not FitCheck.objects.exists() and not HelpRequest.objects.exists()
    assert not Nudge.objects.filter(rule="program_event", person=personas.coordinator).exists()
