from datetime import timedelta

import pytest
from django.utils import timezone

from mentorhub.lib.errors import DomainError
from mentorhub.meetings import services
from mentorhub.meetings.models import ActionItem, Agenda
from mentorhub.meetings.tests.helpers import at

pytestmark = pytest.mark.django_db


def test_the_first_meeting_asks_for_rapport_and_later_ones_follow_the_template(client_for, personas, scheduled):
    page = client_for(personas.mentee).get(f"/meetings/{scheduled.pk}/").content.decode()
    assert "Agenda: getting to know each other" in page
    assert "Your career paths" in page and "How you like to communicate" in page
    second = services.schedule_meeting(scheduled.relationship, personas.mentee, at(days=19))
    page = client_for(personas.mentee).get(f"/meetings/{second.pk}/").content.decode()
    for heading in ("Wins and updates since last time", "Progress on action items", "Questions and topics", "Asks"):
        assert heading in page
    assert second.agenda.kind == Agenda.REGULAR


def test_the_mentee_fills_the_agenda_and_the_mentor_reads_it(client_for, personas, scheduled):
    client_for(personas.mentee).post(
        f"/meetings/{scheduled.pk}/agenda/",
        {"career_paths": "Analyst for 3 years, curious about product.", "lessons": "", "communication": "Chat."},
    )
    agenda = Agenda.objects.get(meeting=scheduled)
    assert agenda.filled_at is not None and agenda.updated_by == personas.mentee
    page = client_for(personas.mentor).get(f"/meetings/{scheduled.pk}/").content.decode()
    assert "Analyst for 3 years, curious about product." in page and "Last edited by Maya Mentee" in page
    assert "Meeting with Marco Mentor" in client_for(personas.mentee).get("/").content.decode()  # ready: no nag


def test_an_empty_agenda_shows_on_home_in_the_week_before(client_for, personas, scheduled):
    assert (
        "Prepare the agenda for your meeting with Maya Mentee" in client_for(personas.mentor).get("/").content.decode()
    )


def test_open_action_items_carry_over_to_the_next_agenda_and_show_on_home(client_for, personas, held):
    mentee = client_for(personas.mentee)
    due = (timezone.localdate() + timedelta(days=5)).isoformat()
    mentee.post(
        f"/meetings/{held.pk}/action-items/",
        {"text": "Rewrite my CV summary", "assignee": personas.mentee.pk, "due_on": due},
    )
    mentee.post(f"/meetings/{held.pk}/action-items/", {"text": "Introduce Maya to Ana", "assignee": personas.mentor.pk})
    done, still_open = ActionItem.objects.order_by("pk")
    assert still_open.assignee == personas.mentor
    assert "Action item: Rewrite my CV summary" in mentee.get("/").content.decode()
    assert "Action item: Introduce Maya to Ana" in client_for(personas.mentor).get("/").content.decode()
    mentee.post(f"/meetings/action-items/{done.pk}/status/", {"status": "done"})

    following = services.schedule_meeting(held.relationship, personas.mentor, at(days=10))
    page = mentee.get(f"/meetings/{following.pk}/").content.decode()
    carried = page[page.index("Open action items from earlier") : page.index('id="notes-h"')]
    assert "Introduce Maya to Ana" in carried and "Rewrite my CV summary" not in carried
    assert "Action item: Rewrite my CV summary" not in mentee.get("/").content.decode()


def test_ticking_an_action_item_with_htmx_swaps_only_its_row(client_for, personas, held):
    item = services.add_action_item(held.relationship, personas.mentee, "Send the CV", personas.mentee.pk, meeting=held)
    response = client_for(personas.mentee).post(
        f"/meetings/action-items/{item.pk}/status/", {"status": "done"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<li class="item done"') and "Reopen: Send the CV" in html
    item.refresh_from_db()
    assert item.is_done and item.done_at is not None


def test_an_action_item_goes_to_one_of_the_two(personas, held):
    with pytest.raises(DomainError) as error:
        services.add_action_item(held.relationship, personas.mentee, "Ask Otto", personas.outsider.pk, meeting=held)
    assert error.value.field == "assignee_id"


def test_a_private_note_is_for_its_author_alone(client_for, personas, held):
    mentee = client_for(personas.mentee)
    mentee.post(f"/meetings/{held.pk}/notes/", {"text": "We agreed: one discovery interview a week.", "shared": "on"})
    mentee.post(f"/meetings/{held.pk}/notes/", {"text": "I felt nervous asking about salaries."})
    mine = mentee.get(f"/meetings/{held.pk}/").content.decode()
    assert "one discovery interview a week" in mine and "nervous asking about salaries" in mine
    assert "private: only you see it" in mine
    theirs = client_for(personas.mentor).get(f"/meetings/{held.pk}/").content.decode()
    assert "one discovery interview a week" in theirs and "nervous asking about salaries" not in theirs


def test_only_the_author_deletes_a_note(client_for, personas, held):
    note = services.add_note(held, personas.mentee, "Shared summary", shared=True)
    assert client_for(personas.mentor).post(f"/meetings/{held.pk}/notes/{note.pk}/delete/").status_code == 403
    private = services.add_note(held, personas.mentee, "Mine", shared=False)
    assert client_for(personas.mentor).post(f"/meetings/{held.pk}/notes/{private.pk}/delete/").status_code == 404
    client_for(personas.mentee).post(f"/meetings/{held.pk}/notes/{note.pk}/delete/")
    assert held.notes.count() == 1


def test_a_cancelled_meeting_keeps_its_agenda_read_only(client_for, personas, scheduled):
    services.save_agenda(scheduled, personas.mentee, {"career_paths": "Analyst"})
    services.cancel_meeting(scheduled, personas.mentor)
    response = client_for(personas.mentee).post(f"/meetings/{scheduled.pk}/agenda/", {"career_paths": "Changed"})
    assert response.status_code == 302
    scheduled.agenda.refresh_from_db()
    assert scheduled.agenda.answers["career_paths"] == "Analyst"
