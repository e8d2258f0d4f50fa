"""Reading a CSV of program participants. Pure: no database; `services.preview_import` adds what needs one."""

import csv
import io
import zoneinfo
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from mentorhub.lib.errors import DomainError

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
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


def decode(raw: bytes) -> str:
    if len(raw) > MAX_BYTES:
        raise DomainError("The file is larger than 2 MB; split it into smaller files.", field="file")
    if not raw.strip():
        raise DomainError("The file is empty.", field="file")
    if b"\x00" in raw:
        raise DomainError("This is not a CSV text file. Save it as “CSV UTF-8” and upload it again.", field="file")
    # Excel on Windows still saves "CSV" as cp1252.
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DomainError(
        "We could not read the characters in this file. Save it as “CSV UTF-8” and try again.", field="file"
    )


def _list(value: str) -> list[str]:
    return list(dict.fromkeys(part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()))


def _row(line: int, raw: dict) -> ParticipantRow:
    values = {key: (raw.get(key) or "").strip() for key in COLUMNS}
    values["email"] = values["email"].lower()
    errors = []
    for key in REQUIRED:
        if not values[key]:
            errors.append(f"{key} is missing")
    if values["email"]:
        try:
            validate_email(values["email"])
        except ValidationError:
            errors.append(f"“{values['email']}” is not an email address")
    values["role"] = values["role"].lower()
    if values["role"] and values["role"] not in ROLES:
        errors.append(f"role must be mentee or mentor, not “{values['role']}”")
    for key, limit in LIMITS.items():
        if len(values[key]) > limit:
            errors.append(f"{key} is longer than {limit} characters")
    if values["timezone"] and values["timezone"] not in zoneinfo.available_timezones():
        errors.append(f"“{values['timezone']}” is not a timezone such as Europe/Lisbon")
    capacity = values.pop("capacity")
    values["capacity"] = None
    if capacity:
        if not capacity.isdigit() or not 1 <= int(capacity) <= settings.PROGRAM_PLACES_MAX:
            errors.append(f"capacity must be a whole number from 1 to {settings.PROGRAM_PLACES_MAX}")
        else:
            values["capacity"] = int(capacity)
    values["skills"] = _list(values["skills"])
    values["languages"] = _list(values["languages"])
    return ParticipantRow(line, values, errors)


def parse(text: str) -> list[ParticipantRow]:
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None:
        raise DomainError("The file is empty.", field="file")
    reader.fieldnames = [(name or "").strip().lower() for name in reader.fieldnames]
    missing = [name for name in REQUIRED if name not in reader.fieldnames]
    if missing:
        raise DomainError(
            f"The header row has no {', '.join(missing)} column. Expected columns: {', '.join(COLUMNS)}.",
            field="file",
        )
    rows, seen = [], {}
    for raw in reader:
        if not any((v or "").strip() for v in raw.values() if isinstance(v, str)):
            continue
        if len(rows) == MAX_ROWS:
            raise DomainError(f"The file has more than {MAX_ROWS} rows; split it into smaller files.", field="file")
        row = _row(reader.line_num, raw)
        key = (row.values["email"], row.values["role"])
        if row.values["email"] and key in seen:
            row.errors.append(f"the same person and role as line {seen[key]}")
        seen.setdefault(key, row.line)
        rows.append(row)
    if not rows:
        raise DomainError("The file has a header but no participants.", field="file")
    return rows
