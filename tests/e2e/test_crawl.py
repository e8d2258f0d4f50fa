"""Every page, as every demo person, on a phone and on a desktop: no sideways scrolling, no control running past its
card, no axe-core violation, no console error and no request to any other host. A screenshot of each page lands in
test-artifacts/crawl/."""

import io
import re
import shutil
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from playwright.sync_api import expect

from mentorhub.lib.demo_data import DEMO_PASSWORD
from mentorhub.matching.scoring import Weights
from mentorhub.programs import match_runs
from mentorhub.programs.match_runs import Rules
from mentorhub.programs.models import MatchRun, Program

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
    # What it checks is the markup the pages render, the same on either database; one run keeps CI in its budget.
    pytest.mark.skipif(
        "postgresql" in settings.DATABASES["default"]["ENGINE"], reason="the crawl runs once, on SQLite"
    ),
]

# axe-core, vendored for the tests only (npm pack axe-core; MPL-2.0): nothing is fetched while the tests run.
AXE = Path(__file__).parent / "vendor" / "axe-4.14.1.min.js"
CRAWL = Path(__file__).resolve().parents[2] / "test-artifacts" / "crawl"
PEOPLE = ["mentee@example.com", "mentor@example.com", "coordinator@example.com"]
WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}
# Links that change something when followed, or lead outside the pages people use (as in the page access matrix).
SKIP = ("/account/logout", "/unsubscribe", "/admin/", "/static/", "/media/", "/api/")
PAGES_PER_PERSON = 120
ID = re.compile(r"(?<=/)\d+(?=/|$)")
# Injected before any page script; DevTools-injected code is exempt from the policy it watches.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (e) => {
  console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} on ${location.pathname}`);
});
"""
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return null;
  const wide = [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > width + 1)
    .filter((e) => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1)
    .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}${e.className ? "." + e.className : ""}`);
  return `${document.documentElement.scrollWidth}px wide (${wide.join(", ")})`;
}"""
# A control wider than its card does not make the page scroll sideways, but it runs over the card's edge on a phone
# (a select sized by its longest option).
PAST_THE_CARD = """() => [...document.querySelectorAll(".card select, .card input, .card textarea, .card button")]
  .filter((e) => {
    const card = e.closest(".card"), style = getComputedStyle(card);
    const inner = card.getBoundingClientRect().right - parseFloat(style.paddingRight)
      - parseFloat(style.borderRightWidth);
    return e.offsetParent !== null && e.getBoundingClientRect().right > inner + 1;
  })
  .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}${e.name ? "[name=" + e.name + "]" : ""}`)"""
AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`
                                      + (v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : ""));
}"""
LINKS = """() => [...document.querySelectorAll("a[href]")].filter((a) => !a.hasAttribute("download"))
  .map((a) => a.href)"""


def page_kind(url):
    """One visit per kind of page: ids and queries (filters, pages of a list) differ, the layout does not."""
    return ID.sub("<id>", urlsplit(url).path)


def shot_name(kind):
    return re.sub(r"[^\w-]+", "_", kind.strip("/")) or "home"


class Crawler:
    def __init__(self, browser, site):
        self.browser, self.site, self.problems = browser, site, []
        self.expected = 200
        self.things_seen = set()  # pages about one thing (an id in the path) look alike whoever opens them

    def open(self, who, width):
        context = self.browser.new_context(viewport={"width": WIDTHS[width][0], "height": WIDTHS[width][1]})
        context.add_init_script(REPORT_VIOLATIONS)
        context.add_init_script(path=str(AXE))
        context.route(lambda url: not url.startswith(self.site), self.block)
        page = context.new_page()
        page.on("console", lambda msg: self.console(who, width, page, msg))
        page.on("pageerror", lambda error: self.report(who, width, page.url, f"script error: {error}"))
        return page

    def console(self, who, width, page, message):
        # The browser logs a 404 page's own status as an error; that page is meant to answer 404.
        own_404 = "404" in message.text and message.location["url"] == page.url and self.expected == 404
        if message.type == "error" and not own_404:
            self.report(who, width, page.url, message.text)

    def block(self, route):
        self.problems.append(f"request to another host: {route.request.url} (from {route.request.frame.url})")
        route.abort()

    def report(self, who, width, url, problem):
        self.problems.append(f"{who} at {width}, {url.removeprefix(self.site)}: {problem}")
        with open(CRAWL / "problems.txt", "a") as log:
            log.write(self.problems[-1] + "\n")

    def log_in(self, page, email):
        page.goto(self.site + "/account/login/")
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(lambda url: "/account/login" not in url)

    def visit(self, page, who, width, path, expect=200):
        """Load one page, check it and photograph it; returns the same-site links it offers."""
        self.expected = expect
        try:
            response = page.goto(self.site + path)
        except Exception as error:  # a download (CSV export) is not a page
            if "Download is starting" in str(error):
                return []
            raise
        if response is None or "text/html" not in response.headers.get("content-type", ""):
            return []
        if response.status != expect:
            self.report(who, width, path, f"answered {response.status}")
        if overflow := page.evaluate(OVERFLOW):
            self.report(who, width, path, f"scrolls sideways: {overflow}")
        if past := page.evaluate(PAST_THE_CARD):
            self.report(who, width, path, f"runs past its card: {', '.join(past)}")
        for violation in page.evaluate(AXE_RUN):
            self.report(who, width, path, f"axe {violation}")
        folder = CRAWL / width / who.split("@")[0]
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / f"{shot_name(page_kind(path))}.jpg"), full_page=True, quality=70)
        return page.evaluate(LINKS)

    def crawl(self, page, who, width):
        """Breadth first from Home, one page of each kind; returns the paths visited, to replay at another width."""
        seen_kinds, visited, queue = set(), [], ["/"]
        while queue and len(visited) < PAGES_PER_PERSON:
            path = queue.pop(0)
            kind = page_kind(path)
            if kind in seen_kinds or kind in self.things_seen:
                continue
            seen_kinds.add(kind)
            if "<id>" in kind:
                self.things_seen.add(kind)
            visited.append(path)
            for link in self.visit(page, who, width, path):
                parts = urlsplit(urljoin(self.site + path, link))
                if f"{parts.scheme}://{parts.netloc}" != self.site or parts.path.startswith(SKIP):
                    continue
                queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
        return visited


@pytest.fixture
def demo_site(live_server, settings):
    settings.SITE_URL = live_server.url
    shutil.rmtree(CRAWL, ignore_errors=True)
    CRAWL.mkdir(parents=True)
    call_command("seed_demo", size=60, stdout=io.StringIO())
    # A draft matching run, so that the crawl reaches the coordinator's widest table.
    program = Program.objects.get(slug="data-product-2027")
    coordinator = program.coordinators.get()
    match_runs.dry_run(program, coordinator, weights=Weights(), rules=Rules(), objective=MatchRun.MOST_MATCHED)
    return live_server.url


def test_every_page_fits_a_phone_and_a_desktop_passes_axe_and_stays_on_this_site(browser, demo_site):
    crawler = Crawler(browser, demo_site)
    for width in WIDTHS:
        page = crawler.open("visitor", width)
        for path in ["/", "/account/login/", "/account/signup/", "/offline/"]:
            crawler.visit(page, "visitor", width, path)
        page.goto(demo_site + "/api/docs")
        # Swagger UI draws the API from this site alone (the schema takes a while on a busy machine).
        drawn = page.get_by_role("heading", name=re.compile(r"^Mentorship Hub API .*OAS"))
        expect(drawn).to_be_visible(timeout=30_000)
        crawler.visit(page, "visitor", width, "/api/docs")
        crawler.visit(page, "visitor", width, "/no-such-page/", expect=404)
        page.context.close()
    for email in PEOPLE:
        paths = None
        for width in ["desktop", "phone"]:
            page = crawler.open(email, width)
            crawler.log_in(page, email)
            if width == "phone":  # the main menu folds behind one button
                goals = page.get_by_role("navigation", name="Main").get_by_role("link", name="Goals", exact=True)
                expect(goals).to_be_hidden()
                page.get_by_role("button", name="Menu", exact=True).click()
                expect(goals).to_be_visible()
            if paths is None:
                paths = crawler.crawl(page, email, width)
            else:
                for path in paths:
                    crawler.visit(page, email, width, path)
            page.context.close()
        assert len(paths) > 15, (email, paths)  # the crawl got past Home
    page = crawler.open("dark-visitor", "desktop")
    page.goto(demo_site + "/account/login/")
    page.get_by_role("button", name="Dark mode").click()
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    crawler.visit(page, "dark-visitor", "desktop", "/account/login/")  # the choice stays, and passes axe
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(17, 21, 31)"
    page.context.close()
    assert not crawler.problems, f"{len(crawler.problems)} problems:\n" + "\n".join(crawler.problems)
