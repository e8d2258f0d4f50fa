"""Reading a CSV of contacts: LinkedIn's connections export or a simple generic file. Pure: no database.

Every row is validated here; duplicates need the person's contacts, so `services.preview_import` flags those.
"""

import itertools
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.translation import gettext, ngettext

from mentorhub.lib import csvfile
from mentorhub.lib.errors import DomainError

# LinkedIn puts a few "Notes:" lines above the header; nobody writes more than this before it.
MAX_PREAMBLE_ROWS = 10

LINKEDIN_COLUMNS = {
    "first name": "first_name",
    "last name": "last_name",
    "url": "url",
    "email address": "email",
    "company": "organisation",
    "position": "role",
    "connected on": "connected_on",
}
GENERIC_COLUMNS = {
    "name": "name",
    "email": "email",
    "organisation": "organisation",
    "organization": "organisation",
    "role": "role",
    "how_known": "how_known",
}
GENERIC_HELP = "name, email, organisation, role, how_known"
LIMITS = {"name": 120, "email": 254, "organisation": 120, "role": 120}


@dataclass
class ImportRow:
    line: int
    values: dict
    errors: list[tuple[str, str]] = field(default_factory=list)
    duplicate_of: str = ""

    @property
    def status(self) -> str:
        return "error" if self.errors else "duplicate" if self.duplicate_of else "new"

    def as_dict(self) -> dict:
        return {
            "line": self.line,
            "values": self.values,
            "errors": [{"field": f, "message": m} for f, m in self.errors],
            "duplicate_of": self.duplicate_of,
            "status": self.status,
        }


def find_header(reader) -> tuple[list[str], dict]:
    known = LINKEDIN_COLUMNS | GENERIC_COLUMNS
    for _, cells in itertools.islice(reader, MAX_PREAMBLE_ROWS):
        header = [" ".join(c.split()).casefold() for c in cells]
        if any(h in known for h in header):
            return header, columns_for(header)
    raise DomainError(
        gettext(
            "We could not find the header row. The first row must name the columns ({columns}), "
            "or upload LinkedIn's connections export unchanged."
        ).format(columns=GENERIC_HELP),
        field="file",
    )


def columns_for(header: list[str]) -> dict:
    linkedin = "first name" in header or "last name" in header
    columns = LINKEDIN_COLUMNS if linkedin else GENERIC_COLUMNS
    unknown = [h for h in header if h and h not in columns]
    if unknown:
        expected = gettext("LinkedIn's export columns") if linkedin else GENERIC_HELP
        raise DomainError(
            ngettext(
                "Unknown column: {columns}. Use {expected}.",
                "Unknown columns: {columns}. Use {expected}.",
                len(unknown),
            ).format(columns=", ".join(unknown), expected=expected),
            field="file",
        )
    required = ["first name", "last name"] if linkedin else ["name"]
    missing = [r for r in required if r not in header]
    if missing:
        raise DomainError(
            ngettext("Missing column: {columns}.", "Missing columns: {columns}.", len(missing)).format(
                columns=", ".join(missing)
            ),
            field="file",
        )
    return columns


def parse(text: str, how_known_choices: list[tuple[str, str]]) -> list[ImportRow]:
    """Every data row of the file with its errors, in file order. Raises DomainError for the whole file."""
    reader = csvfile.rows(text)
    header, columns = find_header(reader)
    rows = [
        read_row(line, header, columns, cells, how_known_choices)
        for line, cells in csvfile.capped(reader, noun="contacts")
    ]
    if not rows:
        raise DomainError(gettext("The file has a header but no contacts."), field="file")
    return rows


def read_row(line, header, columns, cells, how_known_choices) -> ImportRow:
    raw = {columns[h]: " ".join(c.split()) for h, c in zip(header, cells, strict=False) if h}
    row = ImportRow(line=line, values={})
    if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
        row.errors.append(
            (
                "row",
                gettext("This row has {cells} cells but the header has {columns} columns.").format(
                    cells=len(cells), columns=len(header)
                ),
            )
        )
    if "first_name" in columns.values():
        name = " ".join(p for p in (raw.get("first_name", ""), raw.get("last_name", "")) if p)
        how_known = "online"
    else:
        name = raw.get("name", "")
        how_known = read_how_known(raw.get("how_known", ""), how_known_choices, row)
    values = {
        "name": name,
        "email": raw.get("email", "").lower(),
        "organisation": raw.get("organisation", ""),
        "role": raw.get("role", ""),
        "how_known": how_known,
        "connected_on": read_date(raw.get("connected_on", ""), row),
        "links": read_links(raw.get("url", ""), row),
    }
    if not name:
        row.errors.append(("name", gettext("A name is required.")))
    for key, limit in LIMITS.items():
        if len(values[key]) > limit:
            row.errors.append((key, gettext("At most {limit} characters.").format(limit=limit)))
    if values["email"]:
        try:
            validate_email(values["email"])
        except ValidationError:
            row.errors.append(("email", gettext("“{email}” is not an email address.").format(email=values["email"])))
    row.values = values
    return row


def read_how_known(text, choices, row) -> str:
    if not text:
        return "other"
    wanted = text.casefold()
    for key, label in choices:
        if wanted in (key, str(label).casefold()):
            return key
    row.errors.append(
        (
            "how_known",
            gettext("“{text}” is not one of: {keys}.").format(text=text, keys=", ".join(k for k, _ in choices)),
        )
    )
    return "other"


def read_date(text, row) -> str:
    if not text:
        return ""
    for fmt in ("%d %b %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    # The example is in the file's own format (LinkedIn writes English month names), whatever the page's language.
    row.errors.append(
        (
            "connected_on",
            gettext("“{text}” is not a date like {example}.").format(
                text=text, example=f"{date(2024, 3, 15):%d %b %Y}"
            ),
        )
    )
    return ""


def read_links(text, row) -> list[str]:
    if not text:
        return []
    try:
        URLValidator(schemes=["http", "https"])(text)
    except ValidationError:
        row.errors.append(("url", gettext("“{text}” is not a web address.").format(text=text)))

        return []
    return [text]
