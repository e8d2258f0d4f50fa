"""Every word the hub shows people is marked for translation, and the shipped catalogues are complete (docs/i18n.md).

    tools/check_i18n.py            fail on text not marked for translation beyond tools/i18n_pending.json, and on
                                   catalogues (django.po, and djangojs.po for the scripts) with fuzzy, untranslated,
                                   missing or obsolete entries
    tools/check_i18n.py --update   write the counts of today's unmarked text to tools/i18n_pending.json
    tools/check_i18n.py --compile  compile each locale/*/LC_MESSAGES/*.po whose .mo is missing or older (msgfmt)

The pending file is a ratchet: a file may keep the unmarked text it had when translation began, never more, and a
file that got better must lower its count (so the gain cannot be spent again). An empty file means done.

Unmarked text: in templates, words between tags or in a shown attribute (title, alt, placeholder, aria-label) that
are not inside {% translate %} / {% blocktranslate %}; in .txt email templates, every word outside template tags; in
Python, a string literal given to messages.*, DomainError, or a form field's label / help_text.
"""

import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PENDING = ROOT / "tools" / "i18n_pending.json"
LOCALES = ROOT / "locale"

# Names and symbols that are the same in every language.
NEVER_TRANSLATED = {"Mentorship Hub", "API", "CSV", "ICS", "JSON", "Markdown", "htmx", "Chart.js"}

# What makemessages leaves out per catalogue: django (templates, Python) and djangojs (our scripts; the vendored
# libraries and the service worker, a template, are not ours to translate).
IGNORED = {"django": [], "djangojs": ["--ignore", "static/vendor/*", "--ignore", "templates/*"]}

BLOCKTRANS = re.compile(r"{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}", re.S)
COMMENT = re.compile(r"{#.*?#}|{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|<!--.*?-->", re.S)
CODE = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
TAG = re.compile(r"{%.*?%}|{{.*?}}", re.S)
HTML_TAG = re.compile(r"<[^>]*>", re.S)
SHOWN_ATTRIBUTE = re.compile(r"""\b(?:title|alt|placeholder|aria-label)\s*=\s*(["'])(.*?)\1""", re.S | re.I)
WORD = re.compile(r"[^\W\d_]{2,}")


def is_text(chunk: str) -> bool:
    chunk = " ".join(chunk.split()).strip(" ·:;,.-()◆→\u2013\u2014")
    return bool(WORD.search(chunk)) and chunk not in NEVER_TRANSLATED


def template_texts(path: Path) -> list[str]:
    source = COMMENT.sub(" ", path.read_text())
    source = BLOCKTRANS.sub(" ", source)
    if path.suffix == ".txt":
        return [line.strip() for line in TAG.sub("\n", source).splitlines() if is_text(line)]
    source = CODE.sub(" ", source)
    found = []
    for tag in HTML_TAG.findall(source):
        found += [value for _, value in SHOWN_ATTRIBUTE.findall(TAG.sub(" ", tag)) if is_text(value)]
    for chunk in HTML_TAG.sub("\n", source).split("\n"):
        found += [piece.strip() for piece in TAG.split(chunk) if is_text(piece)]
    return found


def literal(node) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str) and is_text(node.value)) or isinstance(
        node, ast.JoinedStr
    )


def python_texts(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        owner = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
        shown = []
        if owner == "messages" and name in {"success", "error", "info", "warning"} and len(node.args) > 1:
            shown.append(node.args[1])
        if name == "DomainError" and node.args:
            shown.append(node.args[0])
        if name.endswith("Field"):
            shown += [kw.value for kw in node.keywords if kw.arg in {"label", "help_text"}]
        found += [ast.unparse(arg)[:80] for arg in shown if literal(arg)]
    return found


def shown_files() -> list[Path]:
    templates = [*ROOT.glob("templates/**/*"), *ROOT.glob("mentorhub/*/templates/**/*")]
    code = [p for p in ROOT.glob("mentorhub/**/*.py") if "tests" not in p.parts and "migrations" not in p.parts]
    return sorted(p for p in [*templates, *code] if p.suffix in {".html", ".txt", ".py"} and p.is_file())


def unmarked() -> dict[str, list[str]]:
    found = {}
    for path in shown_files():
        texts = python_texts(path) if path.suffix == ".py" else template_texts(path)
        if texts:
            found[str(path.relative_to(ROOT))] = texts
    return found


def check_marking() -> list[str]:
    allowed = json.loads(PENDING.read_text()) if PENDING.exists() else {}
    problems = []
    found = unmarked()
    for name, texts in found.items():
        if len(texts) > allowed.get(name, 0):
            shown = "\n    ".join(texts[:12])
            problems.append(
                f"{name}: {len(texts)} texts not marked for translation (at most {allowed.get(name, 0)}):\n    {shown}"
            )
    for name, count in allowed.items():
        if len(found.get(name, [])) < count:
            problems.append(
                f"{name}: now {len(found.get(name, []))} unmarked texts, fewer than the {count} allowed: run "
                "tools/check_i18n.py --update to lower the count"
            )
    return problems


def catalogue_ids(po: Path) -> set[str]:
    """msgids of a .po file (msgctxt and plural forms included), read with GNU gettext's own msgcat."""
    out = subprocess.run(["msgcat", "--no-wrap", "--sort-output", str(po)], capture_output=True, text=True, check=True)
    ids, current = set(), []
    for line in [*out.stdout.splitlines(), ""]:
        if line.startswith(("msgctxt", "msgid")):
            current.append(line)
        elif current and not line.startswith('"'):
            ids.add("\n".join(current))
            current = []
    return ids - {'msgid ""'}


def check_catalogues() -> list[str]:
    if not shutil.which("msgfmt"):
        return ["GNU gettext is not installed (msgfmt, xgettext): apt-get install gettext"]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        # makemessages writes into the tree it runs in, so it runs in a copy: the check must not change the clone.
        copy = Path(tmp)
        for part in ("mentorhub", "templates", "static", "locale"):
            shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "vendor"))
        shutil.copy(ROOT / "manage.py", copy / "manage.py")
        for po in sorted(LOCALES.glob("*/LC_MESSAGES/*.po")):
            language, domain = po.parent.parent.name, po.stem
            stats = subprocess.run(
                ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)], capture_output=True, text=True
            )
            if stats.returncode or "fuzzy" in stats.stderr or "untranslated" in stats.stderr:
                problems.append(f"{po.relative_to(ROOT)}: {stats.stderr.strip()}")
            subprocess.run(
                [sys.executable, "manage.py", "makemessages", "--locale", language, "--domain", domain, "--no-location",
                 "--no-obsolete", "--ignore", "*/tests/*", *IGNORED[domain]],
                cwd=copy, capture_output=True, text=True, check=True,
                env={"DJANGO_SETTINGS_MODULE": "mentorhub.settings_test", "PATH": "/usr/bin:/bin"},
            )  # fmt: skip
            fresh = catalogue_ids(copy / "locale" / language / "LC_MESSAGES" / po.name)
            shipped = catalogue_ids(po)
            for label, ids in (("missing from", fresh - shipped), ("obsolete in", shipped - fresh)):
                if ids:
                    listed = "\n    ".join(sorted(ids)[:12])
                    problems.append(
                        f"{len(ids)} entries {label} {po.relative_to(ROOT)} (run manage.py makemessages -l {language}"
                        f" -d {domain} --no-location and translate):\n    {listed}"
                    )
    return problems


def compile_catalogues() -> None:
    for po in LOCALES.glob("*/LC_MESSAGES/*.po"):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            subprocess.run(["msgfmt", "--check", "-o", str(mo), str(po)], check=True)


def main() -> int:
    if sys.argv[1:] == ["--compile"]:
        compile_catalogues()
        return 0
    if sys.argv[1:] == ["--update"]:
        counts = {name: len(texts) for name, texts in unmarked().items()}
        PENDING.write_text(json.dumps(counts, indent=1, sort_keys=True) + "\n")
        print(f"{PENDING.relative_to(ROOT)}: {sum(counts.values())} unmarked texts in {len(counts)} files")
        return 0
    problems = check_marking() + check_catalogues()
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        total = sum(json.loads(PENDING.read_text()).values()) if PENDING.exists() else 0
        print(f"translations: catalogues complete; {total} texts still waiting to be marked (tools/i18n_pending.json)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
