"""Pages mirror for a right-to-left language: with dir="rtl" nothing spills sideways and the header starts on the
right (the stylesheets use logical properties; tests/test_right_to_left.py scans them)."""

import pytest

from tests.e2e.helpers import log_in_as

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

LAYOUT = """() => {
  const brand = document.querySelector(".brand").getBoundingClientRect();
  const bar = document.querySelector(".site-header .bar").getBoundingClientRect();
  return {overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          brandFromRight: bar.right - brand.right, brandFromLeft: brand.left - bar.left};
}"""


@pytest.mark.parametrize("width", [1280, 390])
def test_pages_mirror_right_to_left_without_spilling_sideways(page, site, personas, mentorship, width):
    page.set_viewport_size({"width": width, "height": 900})
    log_in_as(page, site, "mentee@test.example")
    for path in ["/", "/goals/", f"/relationships/{mentorship.pk}/"]:
        assert page.goto(site + path).status == 200
        page.evaluate("document.documentElement.dir = 'rtl'")
        layout = page.evaluate(LAYOUT)
        assert layout["overflow"] <= 0, (path, width, layout)
        # The bar's padding is all that separates the brand from the right edge; on the left, the rest of the bar.
        assert layout["brandFromRight"] < 40 < layout["brandFromLeft"], (path, width, layout)
