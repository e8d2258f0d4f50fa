"""CSV files people upload and download: one reader for every import, one writer for every export.

Reading: a file from Excel, LibreOffice, Numbers or LinkedIn is accepted whatever its encoding (UTF-8 with or
without a byte-order mark, UTF-16 with one, else Windows' cp1252, else Latin-1) and line endings (\\n, \\r\\n or the
old Mac \\r). The file's size, its rows and each cell are bounded (`CSV_MAX_BYTES`, `CSV_MAX_ROWS`,
`CSV_MAX_CELL_CHARS`); a file that cannot be read gets one message that says why and what to do, never a server
error, and each import returns its rows with their own errors.

Writing: a cell that starts like a formula (= + - @, tab, carriage return) is written with a leading quote, so a
spreadsheet shows the text instead of running it (OWASP "CSV injection"). Imports keep such text as typed; it is
only neutralised on the way out.
"""

import codecs
import csv
import io
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.template.defaultfilters import floatformat
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .errors import DomainError

__all__ = ["capped", "decode", "read_upload", "rows", "safe_cell", "too_large", "write"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# One whole sentence per kind of row (`capped`'s noun), so that a translation can inflect the noun.
TOO_MANY_ROWS = {
    "contacts": gettext_lazy("The file has more than {count} contacts; split it into smaller files."),
    "participants": gettext_lazy("The file has more than {count} participants; split it into smaller files."),
}


def too_large() -> str:
    size = floatformat(settings.CSV_MAX_BYTES / 1024 / 1024, -1)
    return _("The file is larger than {size} MB; split it into smaller files.").format(size=size)


def read_upload(upload) -> str:
    """The text of an uploaded file, read no further than one byte past the limit. Raises DomainError."""
    return decode(upload.read(settings.CSV_MAX_BYTES + 1))


def decode(raw: bytes) -> str:
    """The text of an uploaded file. Raises DomainError for a file too large, empty or binary."""
    if len(raw) > settings.CSV_MAX_BYTES:
        raise DomainError(too_large(), field="file")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" and some Windows tools write UTF-16, always with its byte-order mark.
        text = raw.decode("utf-16", errors="replace")
    elif b"\x00" in raw:
        raise DomainError(
            _("This is not a CSV text file (it looks like a spreadsheet). Save it as “CSV UTF-8” and upload it again."),
            field="file",
        )
    else:
        text = decode_8bit(raw)
    if not text.strip():
        raise DomainError(_("The file is empty."), field="file")
    return text


def decode_8bit(raw: bytes) -> str:
    # LinkedIn and most tools write UTF-8; Excel on Windows still saves "CSV" as cp1252; Latin-1 reads any byte, so
    # an odd file still shows its rows (and their errors) instead of being refused whole.
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Each row that has something in it, with the line of the file it ends on. Raises DomainError, while
    iterating, at the first row the csv module cannot read."""
    # The limit is the csv module's, for the whole process; this is the only reader, so it is ours to set.
    csv.field_size_limit(settings.CSV_MAX_CELL_CHARS)
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
                _(
                    "A cell near line {line} is longer than {limit} characters; a participant or contact never needs "
                    "that much. Check the file's quotes and columns."
                ).format(line=line, limit=number_format(csv.field_size_limit(), force_grouping=True)),
                field="file",
            ) from None
        raise DomainError(
            _("The file is not valid CSV near line {line}: {error}.").format(line=line, error=error), field="file"
        ) from None


def capped(data_rows: Iterable, *, noun: str) -> Iterator:
    """The rows, refusing the whole file at the first one beyond `CSV_MAX_ROWS` (counted after any header)."""
    max_rows = settings.CSV_MAX_ROWS
    for count, row in enumerate(data_rows):
        if count == max_rows:
            count = number_format(max_rows, force_grouping=True)
            raise DomainError(TOO_MANY_ROWS[noun].format(count=count), field="file")
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
