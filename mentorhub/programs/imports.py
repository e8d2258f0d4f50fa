"""Reading a CSV of program participants. Pure: no database; `services.preview_import` adds what needs one."""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from mentorhub.lib import csvfile
from mentorhub.lib.errors import DomainError
from mentorhub.lib.time import zone_names

REQUIRED = ("email", "name", "role")
COLUMNS = (*REQUIRED, "skills", "languages", "timezone", "department", "capacity", "cohort")
ROLES = ("mentee", "mentor")
LIMITS = {"name": 120, "department": 120, "cohort": 80}
LIST_SEPARATOR = ";"


@dataclass
class ParticipantRow:
    line: int
    values: dict
    errors: list[str] = field(default_factory=list)
    existing: bool = False  # the person has an account already
    enrolled: str = ""  # their current enrolment status in this role, if any

    @property
    def status(self) -> str:
        if self.errors:
            return "error"
        if self.enrolled == "approved":
            return "unchanged"
        return "existing" if self.existing else "new"

    def as_dict(self) -> dict:
        return {"line": self.line, "values": self.values, "errors": self.errors, "status": self.status}


def _list(value: str) -> list[str]:
    return list(dict.fromkeys(part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()))


def _row(line: int, raw: dict) -> ParticipantRow:
    values = {key: (raw.get(key) or "").strip() for key in COLUMNS}
    values["email"] = values["email"].lower()
    errors = []
    for key in REQUIRED:
        if not values[key]:
            errors.append(_("{column} is missing").format(column=key))
    if values["email"]:
        try:
            validate_email(values["email"])
        except ValidationError:
            errors.append(_("“{email}” is not an email address").format(email=values["email"]))
    values["role"] = values["role"].lower()
    if values["role"] and values["role"] not in ROLES:
        errors.append(_("role must be mentee or mentor, not “{role}”").format(role=values["role"]))
    for key, limit in LIMITS.items():
        if len(values[key]) > limit:
            errors.append(_("{column} is longer than {limit} characters").format(column=key, limit=limit))
    if values["timezone"] and values["timezone"] not in zone_names():
        errors.append(_("“{timezone}” is not a timezone such as Europe/Lisbon").format(timezone=values["timezone"]))
    capacity = values.pop("capacity")
    values["capacity"] = None
    if capacity:
        if not capacity.isdigit() or not 1 <= int(capacity) <= settings.PROGRAM_PLACES_MAX:
            errors.append(
                _("capacity must be a whole number from 1 to {most}").format(most=settings.PROGRAM_PLACES_MAX)
            )
        else:
            values["capacity"] = int(capacity)
    values["skills"] = _list(values["skills"])
    values["languages"] = _list(values["languages"])
    return ParticipantRow(line, values, errors)


def parse(text: str) -> list[ParticipantRow]:
    """Every participant row with its errors, in file order. Raises DomainError for the whole file."""
    reader = csvfile.rows(text)
    _line, header = next(reader, (0, None))
    if header is None:
        raise DomainError(_("The file is empty."), field="file")
    header = [name.strip().lower() for name in header]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise DomainError(
            _("The header row has no {missing} column. Expected columns: {expected}.").format(
                missing=", ".join(missing), expected=", ".join(COLUMNS)
            ),
            field="file",
        )
    rows, seen = [], {}
    for line, cells in csvfile.capped(reader, noun="participants"):
        row = _row(line, dict(zip(header, cells, strict=False)))
        key = (row.values["email"], row.values["role"])
        if row.values["email"] and key in seen:
            row.errors.append(_("the same person and role as line {line}").format(line=seen[key]))
        seen.setdefault(key, row.line)
        rows.append(row)
    if not rows:
        raise DomainError(_("The file has a header but no participants."), field="file")
    return rows
