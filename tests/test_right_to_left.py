"""Ready for a right-to-left language (docs/i18n.md): the page's direction follows its language, and the stylesheets
use logical properties (inline-start/-end), so a page in Arabic or Hebrew mirrors without a stylesheet of its own."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.support import BrowserClient

ROOT = Path(settings.BASE_DIR)
STYLESHEETS = sorted(p for p in [*ROOT.glob("static/css/*.css"), *ROOT.glob("mentorhub/*/static/**/*.css")])
# left/right written physically; top and bottom are the same in both directions.
PHYSICAL = re.compile(
    r"""(?:margin|padding|border)-(?:left|right)\b      # margin-left, border-right-color
      | text-align:\s*(?:left|right)\b
      | float:\s*(?:left|right)\b | clear:\s*(?:left|right)\b
      | (?:^|[;{\s])(?:left|right)\s*:                 # position offsets
      | (?:margin|padding):[ ]*[^\s;{}]+[ ]+([^\s;{}]+)[ ]+[^\s;{}]+[ ]+(?!\1[ ;}])[^\s;{}]+[ ]*[;}]  # unequal sides
    """,
    re.X | re.M,
)


@pytest.mark.parametrize("stylesheet", STYLESHEETS, ids=lambda p: str(p.relative_to(ROOT)))
def test_stylesheets_lay_out_by_reading_direction_not_by_left_and_right(stylesheet):
    text = re.sub(r"/\*.*?\*/", "", stylesheet.read_text(), flags=re.S)
    assert [m.group(0).strip() for m in PHYSICAL.finditer(text)] == []


def test_the_scan_catches_physical_properties():
    caught = "a { margin-left: 1rem } b { left: 0; } c { text-align: right } d { padding: 0 1rem 0 2rem; }"
    assert len(PHYSICAL.findall(caught)) == 4
    assert PHYSICAL.findall("a { margin-inline-start: 1rem; inset-inline-start: 0; padding: 0 1rem 0 1rem; }") == []


@pytest.mark.django_db
def test_a_right_to_left_language_gets_a_right_to_left_page(settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("ar", "العربية")]
    page = BrowserClient().get("/account/login/", headers={"Accept-Language": "ar"}).content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    english = BrowserClient().get("/account/login/", headers={"Accept-Language": "en-GB"}).content.decode()
    assert '<html lang="en-gb" dir="ltr">' in english
