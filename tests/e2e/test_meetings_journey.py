import re
import urllib.request
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from tests.e2e.helpers import log_in_as

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_propose_pick_prepare_record_progress_celebrate_and_subscribe(page, site, shot, personas, mentorship):
    days = [(timezone.now() + timedelta(days=n)).date() for n in (3, 4, 5)]

    log_in_as(page, site, "mentor@test.example")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Meetings").click()
    page.get_by_role("link", name="Plan a meeting with Maya Mentee").click()
    page.get_by_label("Propose times for them to pick").check()
    page.get_by_label("Time 1").fill(f"{days[0]}T15:00")
    page.get_by_label("Time 2 (optional)").fill(f"{days[1]}T12:30")
    page.get_by_label("Time 3 (optional)").fill(f"{days[2]}T09:00")
    page.get_by_label("Repeat at our agreed cadence").check()
    page.get_by_label("Video link").fill("https://meet.example/maya-marco")
    shot("50-meeting-propose")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("heading", name=re.compile("Waiting for Maya Mentee to pick a time"))).to_be_visible()

    log_in_as(page, site, "mentee@test.example")
    page.get_by_role("link", name="Pick a time to meet Marco Mentor").click()
    second = page.get_by_role("button", name=re.compile(f"{days[1]:%a} {days[1].day} {days[1]:%b}, 1[5-8]:30"))
    expect(second).to_contain_text("12:30 for Marco Mentor")  # her time on the button, his beneath
    shot("51-meeting-pick")
    second.click()
    expect(page.get_by_text("It's in the calendar")).to_be_visible()
    invited = sorted(m.to[0] for m in mail.outbox if any("method=REQUEST" in a[1] for a in m.alternatives))
    assert invited == ["mentee@test.example", "mentor@test.example"]

    page.get_by_label("Your career paths").fill("Three years as a payments data analyst; curious about product.")
    page.get_by_label("How you like to communicate").fill("Chat for quick questions, a call every two weeks.")
    page.get_by_role("button", name="Save agenda").click()
    expect(page.get_by_text("Agenda saved")).to_be_visible()
    page.get_by_label(re.compile(r"^Note:?$")).fill("We agreed: one discovery interview a week, and a CV rewrite.")
    page.get_by_label("Share with the other person").check()
    page.get_by_role("button", name="Add note").click()
    shot("52-meeting-agenda")

    log_in_as(page, site, "mentor@test.example")
    page.get_by_role("link", name="Meeting with Maya Mentee").click()
    expect(page.get_by_text("Three years as a payments data analyst")).to_be_visible()
    page.get_by_label(re.compile(r"^Note:?$")).fill("Maya is ready to lead interviews; I will find her a PM to shadow.")
    page.get_by_label("Share with the other person").check()
    page.get_by_role("button", name="Add note").click()
    due = (timezone.now() + timedelta(days=10)).date().isoformat()
    page.get_by_label(re.compile(r"^Action item:?$")).fill("Rewrite the CV summary around product outcomes")
    page.get_by_label(re.compile(r"^Who:?$")).select_option(label="Maya Mentee")
    page.get_by_label(re.compile(r"^Due:?$")).fill(due)
    page.get_by_role("button", name="Add action item").click()
    page.get_by_label(re.compile(r"^Action item:?$")).fill("Introduce Maya to a PM at Brightline")
    page.get_by_label(re.compile(r"^Who:?$")).select_option(label="Me")
    page.get_by_role("button", name="Add action item").click()
    expect(page.locator("ul.items li")).to_have_count(2)
    shot("53-meeting-notes-items")

    log_in_as(page, site, "mentee@test.example")
    expect(page.get_by_role("link", name="Action item: Rewrite the CV summary around product outcomes")).to_be_visible()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Meetings").click()
    page.get_by_role("link", name="Meetings and timeline").click()
    page.get_by_label("What happened").fill("After our last chat I rewrote my CV: before and after are in our chat.")
    page.get_by_label("Goal (optional)").select_option(label="Rewrite my CV for product roles by May 2027")
    page.get_by_label("Goal progress now (%)").fill("70")
    page.get_by_role("button", name="Post update").click()
    expect(page.get_by_text("Progress update posted")).to_be_visible()
    page.get_by_label("What happened").fill("Sent the new CV to two product teams. Goal done!")
    page.get_by_label("Goal (optional)").select_option(label="Rewrite my CV for product roles by May 2027")
    page.get_by_label("I achieved this goal").check()
    page.get_by_role("button", name="Post update").click()
    timeline = page.locator("ol.timeline")
    expect(timeline.locator("li.t-celebration")).to_contain_text("Goal achieved: Rewrite my CV")
    shot("54-meetings-timeline")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Meetings").click()
    page.get_by_role("button", name="Create my calendar address").click()
    feed_url = page.locator("#feed-url").inner_text()
    shot("55-calendar-feed")
    with urllib.request.urlopen(feed_url) as response:  # as a calendar app would: no session
        calendar = Calendar.from_ical(response.read())
    events = calendar.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Getting to know each other: Maya Mentee & Marco Mentor"]
    assert str(events[0]["LOCATION"]) == "https://meet.example/maya-marco"

    log_in_as(page, site, "mentor@test.example")
    page.goto(f"{site}/relationships/{mentorship.pk}/")
    card = page.locator("section", has=page.get_by_role("heading", name="Meetings", exact=True))
    expect(card).to_contain_text("Goal achieved: Rewrite my CV")
    expect(card).to_contain_text("Introduce Maya to a PM at Brightline")
    shot("56-relationship-meetings-card")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Meetings").click()
    shot("57-meetings-index")


def test_after_a_meeting_log_rate_and_give_structured_feedback(page, site, shot, personas, mentorship):
    log_in_as(page, site, "mentor@test.example")
    page.goto(f"{site}/meetings/with/{mentorship.pk}/")
    page.get_by_role("link", name="Log a meeting that happened elsewhere").click()
    yesterday = timezone.now() - timedelta(days=1)
    page.get_by_label("When it happened").fill(f"{yesterday:%Y-%m-%d}T11:00")
    page.get_by_label(re.compile(r"^Notes:?$")).fill(
        "Coffee at the conference: talked through her first stakeholder map."
    )
    page.get_by_role("button", name="Log the meeting").click()
    expect(page.get_by_text("Logged. Add action items")).to_be_visible()
    page.get_by_label("4", exact=True).check()
    page.get_by_label("Comment").fill("Good energy; we ran over time.")
    page.get_by_role("button", name="Save my rating").click()
    expect(page.get_by_text("You rated it 4/5")).to_be_visible()
    shot("58-meeting-held-rating")

    page.get_by_role("link", name="← Meetings with Maya Mentee").click()
    page.get_by_label("Strengths you see").fill("You prepare well and ask precise questions.")
    page.get_by_label("Next steps").fill("Run the next stakeholder interview yourself; I will only observe.")
    page.get_by_role("button", name="Share feedback").click()
    expect(page.locator("ol.timeline li.t-feedback")).to_contain_text("Run the next stakeholder interview yourself")

    log_in_as(page, site, "mentee@test.example")
    page.goto(f"{site}/meetings/with/{mentorship.pk}/")
    timeline = page.locator("ol.timeline")
    expect(timeline).to_contain_text("Feedback from Marco Mentor")
    expect(timeline).not_to_contain_text("4/5")  # his rating is his alone
    shot("59-mentee-timeline-feedback")
