"""A subscribed busy calendar: read from a real HTTP server started here, its busy events leave the person's free
slots, the sweeper picks up changes, and the address rules, size cap and timeout of webhooks apply."""

import json
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from mentorhub.availability import services
from mentorhub.availability.busy import busy_intervals
from mentorhub.availability.models import Availability
from mentorhub.lib import sweepers
from mentorhub.lib.errors import DomainError

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)  # a Tuesday; Marco (London) is free Wednesdays 09:00-11:00 UTC


def event(uid, start, end, extra=""):
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:{start:%Y%m%dT%H%M%SZ}\r\n"
        f"DTEND:{end:%Y%m%dT%H%M%SZ}\r\nSUMMARY:Dentist\r\n{extra}END:VEVENT\r\n"
    )


def calendar(*events):
    body = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + "".join(events) + "END:VCALENDAR\r\n"
    return body.encode()


class CalendarServer:
    """A real HTTP server on loopback serving `body` (changeable), after `delay` seconds."""

    def __init__(self):
        self.body, self.delay, self.requests = calendar(), 0.0, 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                outer.requests += 1
                time.sleep(outer.delay)
                self.send_response(200)
                self.send_header("Content-Type", "text/calendar")
                self.send_header("Content-Length", str(len(outer.body)))
                self.end_headers()
                self.wfile.write(outer.body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/private/abc.ics"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def server(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = True  # the operator's switch: loopback allowed, as for webhooks
    made = CalendarServer()
    yield made
    made.close()


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=True):
        yield


@pytest.fixture
def mentor(personas):
    services.set_availability(personas.mentor, weekly_hours=[(2, "09:00", "11:00")])
    return personas.mentor


def wednesday(hour, minute=0):
    return datetime(2026, 12, 2, hour, minute, tzinfo=UTC)


def page_data(url):
    return {"buffer_before_minutes": "0", "buffer_after_minutes": "0", "day2_0_start": "09:00",
            "day2_0_end": "11:00", "busy_calendar_url": url}  # fmt: skip


def test_busy_events_from_the_subscribed_calendar_are_not_free(personas, mentor, server, client_for):
    server.body = calendar(
        event("dentist", wednesday(9, 15), wednesday(9, 45)),
        event("free", wednesday(10), wednesday(11), "TRANSP:TRANSPARENT\r\n"),
    )
    response = client_for(mentor).post(reverse("availability:edit"), page_data(server.url))
    assert response.status_code == 302
    starts = services.free_slots_of(mentor, 30)
    # 09:00 and 09:30 overlap the dentist; an event marked free blocks nothing.
    assert wednesday(9) not in starts and wednesday(9, 30) not in starts
    assert [wednesday(10), wednesday(10, 30)] == [s for s in starts if s.date() == wednesday(0).date()]


def test_the_sweeper_refreshes_a_changed_calendar_and_keeps_the_last_one_when_it_fails(mentor, server, settings):
    services.save_busy_calendar(mentor, server.url, services.read_busy_calendar(mentor, server.url))
    assert wednesday(9) in services.free_slots_of(mentor, 30)
    server.body = calendar(event("new", wednesday(9), wednesday(10)))
    assert sweepers.run_all()["availability.busy_calendars"] == 0  # not due yet
    with time_machine.travel(NOW + timedelta(minutes=31), tick=False):
        assert sweepers.run_all()["availability.busy_calendars"] == 1
        assert wednesday(9) not in services.free_slots_of(mentor, 30)
    server.body = b"<html>not a calendar</html>"
    with time_machine.travel(NOW + timedelta(minutes=62), tick=False):
        assert sweepers.run_all()["availability.busy_calendars"] == 1
        saved = Availability.objects.get(person=mentor)
        assert saved.busy_error == "That address does not give an iCalendar (.ics) document."
        assert wednesday(9) not in services.free_slots_of(mentor, 30)


def test_a_private_address_is_refused_like_a_webhook_and_nothing_is_saved(
    personas, mentor, server, client_for, settings
):
    settings.WEBHOOKS_ALLOW_PRIVATE_TARGETS = False
    client = client_for(mentor)
    response = client.post(reverse("availability:edit"), page_data(server.url) | {"day2_0_end": "12:00"})
    page = response.content.decode()
    assert response.status_code == 200 and "is not a public internet address" in page
    assert f'value="{server.url}"' in page and 'value="12:00"' in page
    assert Availability.objects.get(person=mentor).weekly_hours[0]["end"] == "11:00"
    assert server.requests == 0
    body = {"weekly_hours": [], "busy_calendar_url": server.url}
    api = client.put("/api/availability/me", json.dumps(body), content_type="application/json")
    assert api.status_code == 422 and api.json()["errors"][0]["field"] == "busy_calendar_url"


def test_a_calendar_too_large_or_too_slow_is_refused(mentor, server, settings):
    settings.AVAILABILITY_CALENDAR_MAX_BYTES = 2048
    server.body = calendar(*(event(i, wednesday(9), wednesday(10)) for i in range(40)))
    with pytest.raises(DomainError, match="larger than 2 KiB"):
        services.read_busy_calendar(mentor, server.url)
    settings.AVAILABILITY_CALENDAR_MAX_BYTES = 1024 * 1024
    settings.AVAILABILITY_CALENDAR_TIMEOUT_SECONDS = 1
    server.delay = 1.5
    with pytest.raises(DomainError, match="We could not read the calendar"):
        services.read_busy_calendar(mentor, server.url)


def test_a_repeating_busy_event_counts_at_each_occurrence_on_its_own_clock_except_its_exdates():
    document = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:standup\r\nDTSTAMP:20261101T000000Z\r\n"
        b"DTSTART;TZID=Europe/Lisbon:20261019T090000\r\nDTEND;TZID=Europe/Lisbon:20261019T100000\r\n"
        b"RRULE:FREQ=WEEKLY;BYDAY=MO\r\nEXDATE;TZID=Europe/Lisbon:20261102T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    found = busy_intervals(document, ZoneInfo("Europe/Lisbon"), datetime(2026, 10, 19, tzinfo=UTC), NOW)
    # 09:00 in Lisbon is 08:00 UTC before the clocks went back on 25 October, 09:00 UTC after; 2 November is off.
    expected = [datetime(2026, 10, 19, 8, tzinfo=UTC), datetime(2026, 10, 26, 9, tzinfo=UTC)]
    expected += [datetime(2026, 11, day, 9, tzinfo=UTC) for day in (9, 16, 23, 30)]
    assert [begin for begin, _ in found] == expected
    assert all(finish - begin == timedelta(hours=1) for begin, finish in found)
