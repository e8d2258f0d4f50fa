"""Every page of the hub, as each person around a mentorship sees it, and every kind of email, reads in Portuguese
for someone whose browser asks for Portuguese (issue 20; docs/i18n.md, "The every-page test").

A text is left in English when it reads the same on the English and the Portuguese page, unless it is the people's
own content (names, goals, notes: anything stored in the database), a name that every language shares (the msgids
our catalogue keeps as they are, "Mentorship Hub"), or has no words at all (numbers, times, symbols).

PENDING lists the pages and emails still waiting for their translation (the apps being translated on other
branches). It only shrinks: a listed page that now reads wholly in Portuguese fails until it is taken off the list.
"""

import importlib.util
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urljoin, urlsplit

import pytest
from babel.messages.pofile import read_po
from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.utils import translation

from mentorhub.lib.mail import render_text
from mentorhub.lib.time import zone_names
from tests.support import COORDINATOR, MARKER, OWNER, PARTNER, STRANGER, build_world

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
CHECK = importlib.util.spec_from_file_location("check_i18n", ROOT / "tools" / "check_i18n.py")
check_i18n = importlib.util.module_from_spec(CHECK)
CHECK.loader.exec_module(check_i18n)
LINK = re.compile(r'href="([^"#]+)')
ID = re.compile(r"(?<=/)\d+(?=/)")
SKIP = ("/logout", "/unsubscribe", "/admin/", "/static/", "/media/", "/api/", "/account/logout")
SHOWN_ATTRIBUTES = {"title", "alt", "placeholder", "aria-label"}
WORDS = re.compile(r"[^\W\d_]{2,}")
# One word with no space but a dot, slash, @ or underscore: an address, a timezone, a file name; or a person's
# initials (their avatar without a photo).
IDENTIFIER = re.compile(r"^\S*[./@_]\S*$|^[A-Z]{1,3}$")
LANGUAGE_NAMES = {name for _code, name in settings.LANGUAGES}
PUNCTUATION = " ·:;,.()\u2013\u2014-"

# page (ids as <id>) or email template -> whose translation it waits for (helpers A, B, C of session 5); the lead
# empties it after merging the translation branches.
PENDING = {}
# Every kind of email the hub sends: the outbox's templates (first line the subject), with what each one is given.


class VisibleText(HTMLParser):
    """The texts a person sees or hears: text between tags outside scripts and styles, and the shown attributes."""

    # Scripts and the like are not read; <code> shows literal values people type (CSV columns, HTTP headers).
    HIDDEN = {"script", "style", "template", "svg", "title", "code"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        for name, value in attrs:
            if value and (name in SHOWN_ATTRIBUTES or (name == "value" and ("type", "submit") in attrs)):
                self.texts.append(value)

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.texts.append(data)


def visible_texts(html: str) -> set[str]:
    parser = VisibleText()
    parser.feed(html)
    return {" ".join(text.split()) for text in parser.texts} - {""}


def people_content() -> re.Pattern:
    """Every text stored in the database (names, goals, notes, program names...) as whole words, longest first."""
    found = set()
    for model in apps.get_models():
        fields = [f.name for f in model._meta.concrete_fields if isinstance(f, (models.CharField, models.TextField))]
        for row in model._default_manager.values_list(*fields) if fields else []:
            found.update(" ".join(v.split()) for v in row if isinstance(v, str) and v.strip())
        for field in [f for f in model._meta.concrete_fields if isinstance(f, models.JSONField)]:
            for value in model._default_manager.values_list(field.name, flat=True):
                found.update(str(v) for v in (value if isinstance(value, list) else []) if isinstance(v, str))
    # Timezone names are shown as the database stores them, in every language.
    stored = sorted((text for text in found | zone_names() if len(text) > 2), key=len, reverse=True)
    return re.compile("|".join(rf"(?<!\w){re.escape(text)}(?!\w)" for text in stored))


def same_in_both_languages() -> set[str]:
    with open(ROOT / "locale/pt/LC_MESSAGES/django.po", "rb") as po:
        messages = [m for m in read_po(po) if m.id]
    kept = {m.id for m in messages if isinstance(m.id, str) and m.string == m.id}
    return kept | LANGUAGE_NAMES | check_i18n.NEVER_TRANSLATED


def counted_same() -> re.Pattern:
    """Counted texts that read the same in both languages ("%(n)s emails"), whatever the number."""
    with open(ROOT / "locale/pt/LC_MESSAGES/django.po", "rb") as po:
        forms = [f for m in read_po(po) if isinstance(m.id, tuple) and tuple(m.string) == m.id for f in m.id]
    return re.compile("|".join(re.sub(r"%\\\(\w+\\\)s", r"\\d+", re.escape(f)) for f in forms) or "(?!)")


def english_left(english: set[str], portuguese: set[str], content: re.Pattern, same: set[str]) -> list[str]:
    left = []
    for text in sorted(english & portuguese):
        if text in same or IDENTIFIER.match(text) or COUNTED_SAME.fullmatch(text):
            continue
        rest = MARKER.sub(" ", content.sub(" ", text))
        if WORDS.search(rest) and rest.strip(PUNCTUATION) not in same:
            left.append(text)
    return left


COUNTED_SAME = counted_same()


def page_of(url: str) -> str:
    return ID.sub("<id>", urlsplit(url).path)


def walk(client, checked: dict[str, list[str]], content: re.Pattern, same: set[str]) -> None:
    """Follow links from Home as this person, once per page (ids aside); each page not yet checked for someone else
    is read in Portuguese and in English, and what reads the same in both is noted under the page."""
    queue, tried = ["/"], set()
    while queue:
        url = queue.pop(0)
        if url in tried:
            continue
        tried.add(url)
        response = client.get(url, headers={"Accept-Language": "pt"})
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        if page_of(url) not in checked:
            english = visible_texts(client.get(url, headers={"Accept-Language": "en-GB"}).content.decode())
            checked[page_of(url)] = english_left(english, visible_texts(html), content, same)
        for href in LINK.findall(html):
            parts = urlsplit(urljoin(url, href.replace("&amp;", "&")))
            known = page_of(parts.path) in checked and parts.path != url
            if not parts.netloc and parts.path.startswith("/") and not parts.path.startswith(SKIP) and not known:
                queue.append(parts.path)


@pytest.fixture(scope="module")
def english_on_portuguese_pages(django_db_setup, django_db_blocker):
    """page -> the texts it still shows in English to someone whose browser asks for Portuguese."""
    with django_db_blocker.unblock(), transaction.atomic():
        world = build_world()
        content, same, checked = people_content(), same_in_both_languages(), {}
        # The mentee and her mentor, the program's coordinator, someone outside: between them, every page.
        for persona in (OWNER, PARTNER, COORDINATOR, STRANGER):
            walk(world.client(persona), checked, content, same)
        transaction.set_rollback(True)
    return checked


def test_the_walk_reaches_the_pages_of_every_part_of_the_hub(english_on_portuguese_pages):
    reached = set(english_on_portuguese_pages)
    assert {"/", "/goals/", "/people/edit/", "/notifications/", "/relationships/<id>/", "/meetings/"} <= reached
    assert {"/programs/matrix/dashboard/", "/network/"} <= reached and len(reached) > 60


def test_every_page_reads_in_portuguese(english_on_portuguese_pages):
    pages = english_on_portuguese_pages
    untranslated = {page: texts[:8] for page, texts in pages.items() if texts and page not in PENDING}
    assert untranslated == {}


def test_the_pending_pages_only_shrink(english_on_portuguese_pages):
    translated = {page for page, texts in english_on_portuguese_pages.items() if not texts}
    pages = {name for name in PENDING if name.startswith("/")}
    assert sorted(pages & translated) == [], "now in Portuguese: take them off PENDING"


MEETING = SimpleNamespace(
    title="Mentoring session", get_format_display="Video call", video_link="", location="", change_note=""
)
EMAILS = {
    "email/meeting_invitation.txt": {"meeting": MEETING, "other": "Ana", "name": "Bruno", "zone": "Europe/Lisbon"},
    "email/nudge.txt": {"name": "Bruno", "items": [], "preferences_url": "https://hub.example/notifications/"},
    "email/program_event.txt": {"name": "Bruno", "subject_line": "", "body": ""},
    "email/program_invitation.txt": {"name": "Bruno", "program": "Lisboa", "coordinator": "Ana", "url": "https://x"},
    "inbound/refused.txt": {"name": "Bruno", "reason": "unknown"},
}
ACCOUNT_EMAILS = sorted(str(p.relative_to(ROOT / "templates")) for p in ROOT.glob("templates/account/email/*.txt"))


def email_in(language: str, template: str, context: dict) -> set[str]:
    moment = {"starts": datetime(2026, 11, 30, 14, 5, tzinfo=UTC), "ends": datetime(2026, 11, 30, 15, 0, tzinfo=UTC)}
    with translation.override(language):
        return {" ".join(line.split()) for line in render_text(template, {**moment, **context}).splitlines()} - {""}


def test_the_list_of_emails_covers_every_email_template():
    templates = {str(p.relative_to(ROOT / "templates")) for p in ROOT.glob("templates/email/*.txt")}
    templates |= {"inbound/" + p.name for p in ROOT.glob("mentorhub/inbound/templates/inbound/*.txt")}
    assert templates == set(EMAILS)


@pytest.mark.parametrize("template", [*EMAILS, *ACCOUNT_EMAILS])
def test_every_email_reads_in_portuguese_with_portuguese_dates(template):
    context = EMAILS.get(template, {"user_display": "Bruno", "activate_url": "https://x", "password_reset_url": "x"})
    english, portuguese = email_in("en-gb", template, context), email_in("pt", template, context)
    same = same_in_both_languages() | {"Mentorship Hub", "Bruno,"}
    left = [line for line in sorted(english & portuguese) if WORDS.search(line) and not IDENTIFIER.match(line)]
    left = [line for line in left if line not in same and not line.startswith("http")]
    pending = template in PENDING or (template.startswith("account/email/") and "account/email/*" in PENDING)
    assert bool(left) == pending, left or "now in Portuguese: take it off PENDING"
    if template == "email/meeting_invitation.txt":
        assert any("30 de novembro de 2026" in line for line in portuguese)
