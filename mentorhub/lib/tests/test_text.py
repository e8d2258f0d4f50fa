"""Searching and matching find a word whatever its accents, case or compatibility form."""

import pytest

from mentorhub.lib.text import fold


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("sao paulo", "São Paulo"),
        ("ARZTE", "Ärzte"),
        ("strasse", "Straße"),
        ("francois", "FRANÇOIS"),
        ("office", "oﬃce"),  # a ligature pasted from a PDF
        ("h2o", "H₂O"),
    ],
)
def test_folded_text_finds_what_a_person_typed(typed, stored):
    assert fold(typed) in fold(stored)


def test_different_words_stay_different():
    assert fold("Paulo") != fold("Pablo")
    assert fold("日本語") == "日本語"


def test_values_that_are_not_strings_are_folded_as_text():
    assert fold(42) == "42"
