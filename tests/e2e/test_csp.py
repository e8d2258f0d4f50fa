"""Every main page runs under the Content-Security-Policy without a single violation or script error."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from mentorhub.goals.models import Goal
from mentorhub.meetings import services as meetings
from mentorhub.network import services as network
from tests.e2e.helpers import log_in_as

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# Injected before any page script; DevTools-injected code is exempt from the policy it watches.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (e) => {
  console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${location.pathname}`);
});
"""


@pytest.fixture
def watched(page):
    """The page, plus a list that collects every CSP violation, console error and uncaught script error."""
    problems = []
    page.add_init_script(REPORT_VIOLATIONS)
    page.on(
        "console",
        lambda msg: (
            problems.append(f"console {msg.type}: {msg.text} ({msg.location['url']})") if msg.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on("response", lambda r: problems.append(f"{r.status} for {r.url}") if r.status >= 400 else None)
    return page, problems


@pytest.fixture
def busy_mentee(personas, mentorship):
    """Maya with a goal, a mentor, a meeting in the diary and a contact in her network."""
    meeting = meetings.schedule_meeting(mentorship, personas.mentor, timezone.now() + timedelta(days=3))
    contact = network.save_contact(personas.mentee, None, {"name": "Sofia Almeida", "email": "sofia@test.example"})
    goal = Goal.objects.get(owner=personas.mentee)
    return {"relationship": mentorship, "meeting": meeting, "contact": contact, "goal": goal}


def visit(page, site, path):
    response = page.goto(site + path)
    assert response.status == 200, (path, response.status)
    policy = response.headers.get("content-security-policy", "")
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy, (path, policy)
    page.wait_for_load_state("networkidle")


def test_main_pages_run_without_csp_violations_or_script_errors(watched, site, personas, busy_mentee):
    page, problems = watched
    log_in_as(page, site, "mentee@test.example")
    expect(page.get_by_role("heading", name="Hello, Maya")).to_be_visible()
    rel, meeting, contact, goal = (busy_mentee[k] for k in ("relationship", "meeting", "contact", "goal"))
    for path in [
        "/",
        "/goals/",
        f"/goals/{goal.pk}/",
        "/goals/plan/",
        "/network/",
        "/network/board/",
        f"/network/contacts/{contact.pk}/",
        f"/network/contacts/{contact.pk}/compose/",
        "/network/encounters/new/",
        "/network/stats/",
        "/mentors/",
        f"/people/{personas.mentor.profile.pk}/",
        "/people/edit/",
        "/relationships/",
        f"/relationships/{rel.pk}/",
        f"/relationships/{rel.pk}/agreement/",
        "/meetings/",
        f"/meetings/with/{rel.pk}/plan/",
        f"/meetings/{meeting.pk}/",
        "/notifications/",
        "/notifications/preferences/",
        "/account/",
        "/account/password/change/",
        "/programs/",
        f"/programs/{personas.program.slug}/",
        "/api/docs",
    ]:
        visit(page, site, path)
    # htmx swaps coach feedback in while a goal is typed; the swapped markup is under the same policy.
    visit(page, site, "/goals/new/")
    with page.expect_response(lambda r: "/goals/coach/" in r.url):
        page.locator("#id_text").fill("Lead one discovery project by June 2027")
    page.wait_for_load_state("networkidle")

    log_in_as(page, site, "coordinator@test.example")
    visit(page, site, f"/programs/{personas.program.slug}/dashboard/")
    expect(page.locator("canvas").first).to_be_visible()  # Chart.js drew, under the policy
    for path in ["participants", "matching", "settings"]:
        visit(page, site, f"/programs/{personas.program.slug}/{path}/")
    assert problems == []


def test_the_watch_does_catch_an_inline_style(watched, site, personas):
    page, problems = watched
    log_in_as(page, site, "mentee@test.example")
    directive = page.evaluate("""() => new Promise((resolve) => {
      document.addEventListener("securitypolicyviolation", (e) => resolve(e.effectiveDirective), {once: true});
      document.body.insertAdjacentHTML("beforeend", '<p style="color: red">injected</p>');
    })""")
    assert directive == "style-src-attr"
    assert any("CSP violation: style-src-attr" in p for p in problems), problems
