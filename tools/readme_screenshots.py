"""Refresh the README's and the landing page's screenshots from the crawl's (tests/e2e/test_crawl.py).

pytest tests/e2e/test_crawl.py && python tools/readme_screenshots.py
"""

import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
CRAWL = ROOT / "test-artifacts" / "crawl"
OUT = ROOT / "docs" / "screenshots"
LANDING = ROOT / "static" / "img"
# README name: (demo person, the crawl's name for the page)
PAGES = {
    "home": ("mentee", "home"),
    "directory": ("mentee", "mentors"),
    "relationship": ("mentor", "relationships_id_"),
    "conversation": ("mentor", "conversations_id_"),
    "coordinator": ("coordinator", "programs_data-product-2027_pairs_id_"),
}
# The top of each page: what a person sees before scrolling, a little more on a phone.
FOLD = {"desktop": (1280, 860), "phone": (390, 1100)}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    missing = []
    for name, (person, page) in PAGES.items():
        for width, (w, h) in FOLD.items():
            source = CRAWL / width / person / f"{page}.jpg"
            if not source.exists():
                missing.append(str(source))
                continue
            image = Image.open(source).convert("RGB")
            image.crop((0, 0, w, min(h, image.height))).save(OUT / f"{name}-{width}.jpg", quality=82, optimize=True)
    for name in ("home", "mentors"):  # the landing page shows the demo mentee's Home and directory, made smaller
        source = CRAWL / "desktop" / "mentee" / f"{name}.jpg"
        if source.exists():
            image = Image.open(source).convert("RGB").crop((0, 0, 1280, 800)).resize((960, 600), Image.LANCZOS)
            image.save(LANDING / f"landing-{name}.jpg", quality=80, optimize=True)
    if missing:
        sys.exit("Not in the crawl's artifacts:\n" + "\n".join(missing))


if __name__ == "__main__":
    main()
