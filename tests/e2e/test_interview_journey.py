"""Issue 21's "done when", in a real browser: the demo mentee books a 20-minute informational interview in a
contact's free time, which avoids a busy block from the contact's subscribed calendar (an ICS document served by a
local HTTP server); the interview appears in the contact's own CalDAV calendar (a local Radicale server) and an
interview cancelled in the browser disappears from it; and the 48-hour thank-you appears after it."""

import threading
from datetime import UTC, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from mentorhub.accounts.models import User
from mentorhub.availability import caldav_sync
from mentorhub.availability import services as availability
from mentorhub.interviews import services as interviews
from mentorhub.interviews.demo import interviewee_of_demo
from mentorhub.interviews.ics import uid
from mentorhub.interviews.models import InformationalInterview
from mentorhub.lib.demo_data import DEMO_PASSWORD
from mentorhub.lib.i18n import local_label
from mentorhub.nudges.models import Notification
from mentorhub.nudges.services import sweep

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def busy_calendar(start, end) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Busy//EN\r\nBEGIN:VEVENT\r\nUID:busy-1@test\r\n"
        f"DTSTAMP:{start:%Y%m%dT%H%M%SZ}\r\nDTSTART:{start:%Y%m%dT%H%M%SZ}\r\nDTEND:{end:%Y%m%dT%H%M%SZ}\r\n"
        "SUMMARY:Board meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


@pytest.fixture
def calendar_server():
    """A local HTTP server that serves whatever calendar the test puts in `document`."""
    state = {"document": b""}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.send_header("Content-Length", str(len(state["document"])))
            self.end_headers()
            self.wfile.write(state["document"])

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_port}/calendar.ics"
    server.shutdown()
    server.server_close()


def test_the_demo_mentee_books_an_interview_around_a_busy_block_and_is_nudged_to_say_thanks(
    page, site, shot, settings, calendar_server, radicale
):
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = True  # the calendar is served on this machine
    call_command("seed_demo", size=16)
    maya = User.objects.get(email="mentee@example.com")
    them = interviewee_of_demo({u.email: u for u in User.objects.select_related("profile").order_by("pk")})
    name, first_name = them.profile.name, them.profile.name.split()[0]

    with time_machine.travel(timezone.now(), tick=True) as traveller:
        # Their calendar has a board meeting over what would be their first free hour (with time free after it).
        free = availability.free_slots_of(them, 20)
        first = next(s for s in free if s + timedelta(hours=1) in free)
        state, url = calendar_server
        state["document"] = busy_calendar(first.astimezone(UTC), (first + timedelta(hours=1)).astimezone(UTC))
        availability.save_busy_calendar(them, url, availability.read_busy_calendar(them, url))
        after = first + timedelta(hours=1)
        assert first not in availability.free_slots_of(them, 20)
        # They also connected their own CalDAV calendar (set up here, not in the browser, to keep the journey short).
        own_calendar = radicale.calendar("ana")
        caldav_sync.connect(them, str(own_calendar.url), "ana", radicale.password)

        def in_their_calendar():
            return {str(e["UID"]): e.decoded("DTSTART") for e in radicale.events(own_calendar)}

        page.goto(site + "/account/login/")
        page.get_by_label("Email").fill("mentee@example.com")
        page.get_by_label("Password").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Network").click()
        page.get_by_role("link", name="Interviews").click()
        expect(page.get_by_text(f"{name}: How you moved into")).to_be_visible()  # the demo's held interview
        page.get_by_role("link", name="Contacts", exact=True).click()
        page.get_by_role("link", name=name).first.click()
        page.get_by_role("link", name="Ask for an informational interview").click()
        expect(page.get_by_role("heading", name=f"Ask {name} for a 20-minute conversation")).to_be_visible()
        expect(page.get_by_label("Outreach coach")).to_contain_text("words")

        free_times = page.get_by_role("radiogroup", name=f"{first_name}'s free times")
        expect(free_times.get_by_label(local_label(after, maya))).to_be_visible()
        for blocked in (first, first + timedelta(minutes=30)):
            expect(free_times.get_by_label(local_label(blocked, maya))).to_have_count(0)
        shot("interview-01-free-times-around-a-busy-block")
        free_times.get_by_label(local_label(after, maya)).check()
        page.get_by_role("button", name="Send the request").click()

        expect(page.get_by_text(f"Booked: {local_label(after, maya)}.")).to_be_visible()
        expect(page.get_by_role("heading", name=f"Your conversation with {name}")).to_be_visible()
        expect(page.get_by_label("Prep sheet")).to_contain_text("Who else would you suggest I talk to?")
        expect(page.get_by_role("link", name="download the .ics")).to_be_visible()  # and Google, Outlook, Apple
        shot("interview-02-booked-with-prep-sheet")
        interview = InformationalInterview.objects.get(requester=maya, starts_at=after)
        assert interview.ends_at - interview.starts_at == timedelta(minutes=20)
        # CalDAV (Radicale): the booking is in their own calendar as soon as it is made.
        assert in_their_calendar().get(uid(interview)) == after

        traveller.move_to(interview.ends_at + timedelta(minutes=5))
        sweep()
        assert Notification.objects.filter(person=maya, title=f"Thank {name} for the conversation").exists()
        page.get_by_role("link", name="Home").click()
        due = page.locator("section", has=page.get_by_role("heading", name="Due soon"))
        expect(due).to_contain_text(f"Thank {name} for the conversation")
        shot("interview-03-home-48-hour-thank-you")
        due.get_by_role("link", name=f"Thank {name} for the conversation").click()
        expect(page.get_by_text(f"Thank {name} by")).to_be_visible()
        page.get_by_role("button", name="I thanked them").click()
        expect(page.get_by_text("Noted: you thanked them.")).to_be_visible()
        page.get_by_role("link", name="Home").click()
        expect(due).not_to_contain_text(f"Thank {name} for the conversation")

        # A second conversation, booked and then cancelled in the browser, leaves their calendar again.
        later = availability.free_slots_of(them, 20)[0]
        contact = interview.contact
        body = f"Dear {first_name}, thank you again for your time. Could I ask one more question in 20 minutes? Maya"
        second = interviews.request_interview(maya, contact, subject="One more question?", body=body, starts_at=later)
        assert in_their_calendar().get(uid(second)) == later
        page.goto(site + second.get_absolute_url())
        page.get_by_role("button", name="Cancel the conversation").click()
        expect(page.get_by_text(f"Cancelled. {name} is told.")).to_be_visible()
        shot("interview-04-cancelled-and-out-of-their-calendar")
        calendar_now = in_their_calendar()
        assert uid(second) not in calendar_now and calendar_now.get(uid(interview)) == after
