"""The hub speaks each person's language: their profile's choice, else their browser's; emails and reminders in the
recipient's language, whoever caused them (docs/i18n.md)."""

import importlib.util
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from mentorhub.nudges.models import Notification, Nudge
from mentorhub.profiles.models import Profile
from mentorhub.relationships import lifecycle, nudge_rules
from tests.support import BrowserClient

pytestmark = pytest.mark.django_db

FOOTER_PT = "Os seus objetivos e notas são privados"
FOOTER_EN = "Your goals and notes are private unless you share them."


def speak(person, code):
    Profile.objects.filter(user=person).update(site_language=code)
    person.refresh_from_db()


def test_a_visitor_gets_the_language_their_browser_asks_for():
    page = BrowserClient().get("/accounts/login/", headers={"Accept-Language": "pt-BR,pt;q=0.9,en;q=0.5"})
    assert FOOTER_PT in page.content.decode()
    assert '<html lang="pt"' in page.content.decode()
    assert page["Content-Language"] == "pt"
    english = BrowserClient().get("/accounts/login/", headers={"Accept-Language": "de-DE,en;q=0.5"})
    assert FOOTER_EN in english.content.decode()
    # The layout's notes to developers never reach the page (a multi-line {# #} would be printed as text).
    assert "{#" not in page.content.decode() and "{#" not in english.content.decode()


def test_a_persons_own_choice_wins_over_their_browser(personas, client_for):
    speak(personas.mentee, "pt")
    page = client_for(personas.mentee).get("/", headers={"Accept-Language": "en-GB"})
    assert FOOTER_PT in page.content.decode()
    other = client_for(personas.mentor).get("/", headers={"Accept-Language": "en-GB"})
    assert FOOTER_EN in other.content.decode()


def test_the_footer_switcher_saves_the_choice_on_the_profile_and_returns_to_the_page(personas, client_for):
    client = client_for(personas.mentee)
    answer = client.post("/people/language/", {"language": "pt", "next": "/goals/"})
    assert answer.status_code == 302 and answer["Location"] == "/goals/"
    assert Profile.objects.get(user=personas.mentee).site_language == "pt"
    assert FOOTER_PT in client.get("/", headers={"Accept-Language": "en"}).content.decode()


def test_the_switcher_refuses_a_language_without_a_catalogue_and_a_foreign_return_address(personas, client_for):
    client = client_for(personas.mentee)
    answer = client.post("/people/language/", {"language": "xx", "next": "https://evil.example/"})
    assert answer.status_code == 302 and answer["Location"] == "/"
    assert Profile.objects.get(user=personas.mentee).site_language == ""
    forged = client.post("/people/language/", {"language": "pt"}, csrf=False)
    assert forged.status_code == 403
    assert Profile.objects.get(user=personas.mentee).site_language == ""


def test_a_visitor_who_switches_keeps_the_language_by_cookie():
    client = BrowserClient()
    client.post("/people/language/", {"language": "pt", "next": "/accounts/login/"})
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "pt"
    assert FOOTER_PT in client.get("/accounts/login/").content.decode()


def test_the_profile_form_offers_the_language(personas, client_for):
    page = client_for(personas.mentee).get("/people/edit/").content.decode()
    assert 'name="site_language"' in page and "Português" in page


def test_reminders_are_written_in_each_recipients_language_whoever_caused_them(personas, deliver):
    """The English-speaking mentor's action schedules nudges for both; the Portuguese mentee reads hers in Portuguese,
    in the app and by email."""
    speak(personas.mentee, "pt")
    relationship = lifecycle.start(personas.mentee, personas.mentor, actor=personas.mentor)
    nudge_rules.schedule_audit(relationship, personas.mentee, timezone.now() - timedelta(minutes=1))
    nudge_rules.schedule_audit(relationship, personas.mentor, timezone.now() - timedelta(minutes=1))
    # Two each: the one the start scheduled in six months, and the one due now.
    assert set(Nudge.objects.filter(person=personas.mentee, rule="audit").values_list("title", flat=True)) == {
        "Chegou a hora da revisão semestral da sua mentoria"
    }
    assert set(Nudge.objects.filter(person=personas.mentor, rule="audit").values_list("title", flat=True)) == {
        "Time for your six-month mentorship audit"
    }
    deliver()
    assert Notification.objects.get(person=personas.mentee, nudge__rule="audit").title.startswith("Chegou a hora")
    to_mentee = next(m for m in mail.outbox if m.to == [personas.mentee.email])
    assert to_mentee.subject == "Chegou a hora da revisão semestral da sua mentoria"
    assert "Olá, Maya," in to_mentee.body and "Parar estes emails" in to_mentee.body
    assert 'lang="pt"' in to_mentee.alternatives[0][0]
    to_mentor = next(m for m in mail.outbox if m.to == [personas.mentor.email])
    assert "Hello Marco," in to_mentor.body and "Stop these emails" in to_mentor.body


def load_checker():
    spec = importlib.util.spec_from_file_location("check_i18n", Path(settings.BASE_DIR) / "tools" / "check_i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_checker_finds_shown_text_not_marked_for_translation(tmp_path):
    checker = load_checker()
    page = tmp_path / "page.html"
    page.write_text(
        '{% load i18n %}<h1>{% translate "Your goals" %}</h1><p title="Open it">Hello {{ name }}</p>'
        "{% blocktranslate %}Met {{ other }}{% endblocktranslate %}<span>·</span><script>var a = 'x y';</script>"
        "{# a note #}<b>Mentorship Hub</b>"
    )
    assert sorted(checker.template_texts(page)) == ["Hello", "Open it"]
    email = tmp_path / "mail.txt"
    email.write_text('{% load i18n %}{% translate "Hello" %}\nSee you soon\n{{ link }}\n')
    assert checker.template_texts(email) == ["See you soon"]
    code = tmp_path / "views.py"
    code.write_text(
        "from django.contrib import messages\nfrom django.utils.translation import gettext as _\n"
        "def v(request):\n    messages.success(request, 'Saved.')\n    messages.info(request, _('Kept.'))\n"
    )
    assert checker.python_texts(code) == ["'Saved.'"]


def test_home_notifications_goals_and_profile_pages_are_in_portuguese(personas, client_for):
    speak(personas.mentee, "pt")
    client = client_for(personas.mentee)
    expected = {
        "/": ["O caminho da mentoria", "Olá, Maya", "Notificações"],
        "/goals/": ["Objetivos e plano de desenvolvimento"],
        "/notifications/": ["Ainda nada. Lembretes, pedidos e contactos vão aparecer aqui."],
        "/people/edit/": ["completo.", "Idioma do hub"],
    }
    for url, texts in expected.items():
        page = client.get(url)
        assert page.status_code == 200, url
        for text in texts:
            assert text in page.content.decode(), (url, text)


def test_the_switcher_returns_to_the_page_it_was_used_on(personas, client_for):
    answer = client_for(personas.mentee).post(
        "/people/language/", {"language": "pt"}, headers={"Referer": "http://testserver/goals/"}
    )
    assert answer.status_code == 302 and answer["Location"] == "http://testserver/goals/"
