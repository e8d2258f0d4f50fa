"""CSV files people upload and download: one reader for every import, one writer for every export.

Reading: a file from Excel, LibreOffice, Numbers or LinkedIn is accepted whatever its encoding (UTF-8 with or
without a byte-order mark, else Windows' cp1252) and line endings (\\n, \\r\\n or the old Mac \\r); a file that
cannot be read gets one message that says why and what to do, never a server error.

Writing: a cell that starts like a formula (= + - @, tab, carriage return) is written with a leading quote, so a
spreadsheet shows the text instead of running it (OWASP "CSV injection"). Imports keep such text as typed; it is
only neutralised on the way out.
"""

import csv
import io
from collections.abc import Iterable, Iterator

from .errors import DomainError

__all__ = ["MAX_BYTES", "MAX_ROWS", "TOO_LARGE", "capped", "decode", "rows", "safe_cell", "write"]

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
TOO_LARGE = "The file is larger than 2 MB; split it into smaller files."
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def decode(raw: bytes, *, max_bytes: int = MAX_BYTES) -> str:
    """The text of an uploaded file. Raises DomainError for a file too large, empty, binary or unreadable."""
    if len(raw) > max_bytes:
        raise DomainError(TOO_LARGE, field="file")
    if not raw.strip():
        raise DomainError("The file is empty.", field="file")
    if b"\x00" in raw:
        raise DomainError(
            "This is not a CSV text file (it looks like a spreadsheet or a UTF-16 file). "
            "Save it as “CSV UTF-8” and upload it again.",
            field="file",
        )
    # Excel on Windows still saves "CSV" as cp1252; LinkedIn and everything else write UTF-8.
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DomainError(
        "We could not read the characters in this file. Save it as “CSV UTF-8” and try again.", field="file"
    )


def rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Each row that has something in it, with the line of the file it ends on. Raises DomainError, while
    iterating, at the first row the csv module cannot read."""
    # newline="" lets the csv module see every line ending, \r alone included, and keep line breaks inside quotes.
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                yield reader.line_num, cells
    except csv.Error as error:
        line = reader.line_num or 1
        if "field larger than field limit" in str(error):
            raise DomainError(
                f"A cell near line {line} is longer than {csv.field_size_limit():,} characters; "
                "a participant or contact never needs that much. Check the file's quotes and columns.",
                field="file",
            ) from None
        raise DomainError(f"The file is not valid CSV near line {line}: {error}.", field="file") from None


def capped(data_rows: Iterable, *, noun: str, max_rows: int = MAX_ROWS) -> Iterator:
    """The rows, refusing the whole file at the first one beyond `max_rows` (counted after any header)."""
    for count, row in enumerate(data_rows):
        if count == max_rows:
            raise DomainError(f"The file has more than {max_rows:,} {noun}; split it into smaller files.", field="file")
        yield row


def safe_cell(value) -> str:
    """The value as spreadsheet text: empty for None, and a leading quote on anything that would be a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write(header: list[str], data_rows: Iterable[Iterable]) -> str:
    """A CSV file whose every cell a spreadsheet shows as the text it is."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe_cell(v) for v in header])
    writer.writerows([safe_cell(v) for v in row] for row in data_rows)
    return out.getvalue()
