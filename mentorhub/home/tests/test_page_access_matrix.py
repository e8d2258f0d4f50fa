"""Every page the owner can reach from Home, replayed by everyone around them: nobody else reads the owner's
private content, nothing answers 5xx, and people with no part in the owner's things get no page about them."""

import re
from urllib.parse import urljoin, urlsplit

import pytest
from django.db import transaction

from tests.support import (
    ANONYMOUS,
    OTHER_COORDINATOR,
    OWNER,
    PERSONAS,
    SHARED_WITH,
    STRANGER,
    build_world,
    shows_private_ratings,
)

pytestmark = pytest.mark.django_db
LINK = re.compile(r'href="([^"#]+)')
ID = re.compile(r"(?<=/)\d+(?=/)")
# Links that change something when followed, or lead outside the pages people use.
SKIP = ("/logout", "/unsubscribe", "/admin/", "/static/", "/media/", "/api/")
MAX_PAGES = 250
# Pages about public things: a public profile, asking that person to mentor, a public program.
PUBLIC = re.compile(r"^/(people/\d+/|relationships/ask/\d+/|programs/[\w-]+/(apply/\w+/)?)$")
HIDDEN_PHOTO = "the photo of a hidden profile"
# The front page, what a browser fetches without a session to install the site as an app, and the password reset
# (linked from signed-in pages too: the password change form's "Forgot your password?").
OPEN_TO_ALL = {"/", "/account/password/reset/", "/manifest.webmanifest", "/sw.js", "/offline/"}


def page_of(url):
    """The page a URL shows, ids left out: ids differ between databases and runs."""
    return ID.sub("<id>", urlsplit(url).path)


def crawl(client):
    seen, queue = set(), ["/"]
    while queue and len(seen) < MAX_PAGES:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        for href in LINK.findall(response.content.decode()):
            link = urljoin(url, href.replace("&amp;", "&"))
            parts = urlsplit(link)
            if parts.netloc or not parts.path.startswith("/") or parts.path.startswith(SKIP):
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen


def run_page_matrix():
    results = {}
    with transaction.atomic():
        world = build_world()
        clients = {persona: world.client(persona) for persona in PERSONAS}
        for url in sorted(crawl(clients[OWNER])):
            problems = []
            for persona, client in clients.items():
                response = client.get(url)
                where = f"{persona} GET {url}"
                if response.status_code >= 500:
                    problems.append(f"{where}: {response.status_code} {response.exc_info and response.exc_info[1]!r}")
                body = response.content.decode(errors="replace") if response.status_code == 200 else ""
                leaks = world.leaks(persona, body)
                if leaks:
                    problems.append(f"{where} shows {', '.join(leaks)}")
                if persona in SHARED_WITH and body and shows_private_ratings(world, client, url):
                    problems.append(f"{where} changes with the owner's private ratings")
                names_owner_object = re.search(r"/\d+/", url) and not PUBLIC.match(url)
                if names_owner_object and response.status_code == 200 and persona in (STRANGER, OTHER_COORDINATOR):
                    problems.append(f"{where}: 200 for someone with no part in the owner's things")
                if response.status_code == 200 and persona == ANONYMOUS and url not in OPEN_TO_ALL:
                    problems.append(f"{where}: 200 without logging in")
            page = page_of(url)
            results[page] = results.get(page, []) + problems
        results[HIDDEN_PHOTO] = [
            f"{persona} GET {world.hidden_photo_url}: 200"
            for persona, client in clients.items()
            # The stranger's own program's coordinator sees its participants.
            if persona not in (STRANGER, OTHER_COORDINATOR) and client.get(world.hidden_photo_url).status_code == 200
        ]
        transaction.set_rollback(True)
    return results


@pytest.fixture(scope="module")
def page_matrix(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return run_page_matrix()


def test_the_crawl_reaches_the_owners_private_pages(page_matrix):
    assert {"/goals/", "/network/", "/relationships/<id>/", "/meetings/<id>/"} <= set(page_matrix)


def test_no_page_shows_the_owners_private_things_to_anyone_else(page_matrix):
    found = {url: problems for url, problems in page_matrix.items() if problems}
    assert found == {}
