"""Uploaded CSV files are read whatever program saved them, or refused with a message; exports never run formulas."""

import csv
import io

import pytest

from mentorhub.lib.csvfile import capped, decode, rows, safe_cell, write
from mentorhub.lib.errors import DomainError


def test_an_excel_cp1252_file_decodes():
    assert decode("name\nZoë Ødegård \u2013 “Zé”\n".encode("cp1252")) == "name\nZoë Ødegård \u2013 “Zé”\n"


def test_a_utf8_file_with_a_byte_order_mark_loses_the_mark():
    assert decode("\ufeffname\nAnaïs\n".encode()) == "name\nAnaïs\n"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"x" * (2 * 1024 * 1024 + 1), "larger than 2 MB"),
        (b"  \r\n\n", "empty"),
        ("  \n".encode("utf-16"), "empty"),
        ("name\nAna\n".encode("utf-16-le"), "not a CSV text file"),  # no byte-order mark: a binary file
        (b"PK\x03\x04\x14\x00\x06\x00", "not a CSV text file"),  # an .xlsx renamed .csv
    ],
)
def test_files_that_cannot_be_read_are_refused_with_a_message(raw, message):
    with pytest.raises(DomainError, match=message):
        decode(raw)


def test_a_file_of_exactly_the_size_limit_is_read(settings):
    assert len(decode(b"x" * settings.CSV_MAX_BYTES)) == settings.CSV_MAX_BYTES
    settings.CSV_MAX_BYTES = 1024 * 1024
    with pytest.raises(DomainError, match="larger than 1 MB"):
        decode(b"x" * (1024 * 1024 + 1))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_file_with_its_byte_order_mark_decodes(encoding):
    raw = ("\ufeff" if encoding == "utf-16-be" else "") + "name\nZoë “Zé” 日本\n"
    assert decode(raw.encode(encoding)) == "name\nZoë “Zé” 日本\n"


def test_bytes_cp1252_leaves_undefined_are_read_as_latin1():
    assert decode(b"name\nJos\xe9 \x81\n") == "name\nJosé \x81\n"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_rows_are_read_whatever_the_line_endings(newline):
    text = newline.join(["name,notes", "Ana,", "", " , ", 'Bo,"two', 'lines"', "Cy,x"]) + newline
    assert [cells for _, cells in rows(text)] == [
        ["name", "notes"],
        ["Ana", ""],
        ["Bo", f"two{newline}lines" if newline != "\r\n" else "two\r\nlines"],
        ["Cy", "x"],
    ]


def test_a_row_knows_the_line_it_ends_on():
    assert [line for line, _ in rows('name\n\nAna\n"Bo\nBerg"\nCy\n')] == [1, 3, 5, 6]


def test_a_cell_too_long_to_be_real_is_refused_with_its_line():
    text = "name,notes\nAna,short\nBo," + "x" * 200_000 + "\n"
    with pytest.raises(DomainError, match="near line 3 is longer than 131,072 characters"):
        list(rows(text))


def test_row_cap_counts_only_what_follows_the_header(settings):
    settings.CSV_MAX_ROWS = 3
    assert len(list(capped(range(3), noun="contacts"))) == 3
    with pytest.raises(DomainError, match="more than 3 contacts"):
        list(capped(range(4), noun="contacts"))


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'),
        ("+cmd", "'+cmd"),
        ("-cmd", "'-cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Ana = Bo", "Ana = Bo"),
        (None, ""),
        (3, "3"),
    ],
)
def test_a_cell_that_would_be_a_formula_is_exported_as_text(value, written):
    assert safe_cell(value) == written


def test_written_files_read_back_as_the_quoted_text():
    body = write(["name", "=header"], [["=1+1", "plain"], [None, 7]])
    assert list(csv.reader(io.StringIO(body))) == [["name", "'=header"], ["'=1+1", "plain"], ["", "7"]]


def test_the_longest_cell_is_a_setting(settings):
    settings.CSV_MAX_CELL_CHARS = 2000
    with pytest.raises(DomainError, match="near line 2 is longer than 2,000 characters"):
        list(rows("name,notes\nAna," + "x" * 3000 + "\n"))
    settings.CSV_MAX_CELL_CHARS = 4000
    assert len(list(rows("name,notes\nAna," + "x" * 3000 + "\n"))) == 2
