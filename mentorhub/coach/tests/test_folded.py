"""The fast case-insensitive patterns find exactly what re.IGNORECASE finds, at the same places in the text."""

import re

import pytest

from mentorhub.coach.folded import FoldedPattern, any_of, factor_openings, folded, top_level_branches

SOURCE = r"\b(?:well\s+done|great|clear(?:ly)?)\b|^thanks\b"


@pytest.mark.parametrize(
    "text",
    [
        "Well Done on the handover",
        "GREAT catch on the dosage",
        "Thanks for the draft. It was CLEARLY laid out",
        "Nothing here to praise",
        # "İ" lowercases to two characters: the positions must still be those of the text as written.
        "İstanbul trip: Great work on the visa forms",
    ],
)
def test_a_folded_pattern_finds_what_ignorecase_finds_at_the_same_places(text):
    plain = re.compile(SOURCE, re.IGNORECASE)
    fast = folded(SOURCE)
    assert isinstance(fast, FoldedPattern)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert bool(fast.search(text)) == bool(plain.search(text))
    assert bool(fast.match(text)) == bool(plain.match(text))


def test_a_pattern_that_tells_capitals_apart_keeps_ignorecase_semantics():
    # "(?-i:[A-Z])" needs the text's own capitals, so it cannot be matched in the lowercased text.
    pattern = folded(r"\bthe\s+(?-i:[A-Z])\w+")
    assert not isinstance(pattern, FoldedPattern)
    assert pattern.search("THE Lisbon summit")
    assert not pattern.search("the lisbon summit")
    with pytest.raises(ValueError):
        FoldedPattern(r"\bGreat\b")


def test_neighbouring_alternatives_that_open_alike_are_gathered_under_one_opening():
    source = r"\bgood\b|\bgreat\b|^thanks|^cheers|(?:^|, )but\b|\bfine"
    assert factor_openings(source) == r"\b(?:good\b|great\b)|^(?:thanks|cheers)|(?:^|, )but\b|\bfine"


def test_a_bar_inside_a_group_a_class_or_an_escape_is_no_alternative():
    assert top_level_branches(r"\b(?:a|b)[|\]]x\|y|[]|]z") == [r"\b(?:a|b)[|\]]x\|y", "[]|]z"]


@pytest.mark.parametrize(
    "text",
    [
        "Good catch, but the dosage was late",
        "thanks for the draft: great, fine work",
        "cheers! goodness, the greatness",
        "Nothing to see",
    ],
)
def test_gathering_keeps_every_match_its_place_and_its_groups(text):
    source = r"\bgood(ness)?\b|\b(great)(ness)?|^thanks|^cheers|(?:^|, )(but)\b|\bfine\s+(\w+)|\bgood\s+catch"
    plain = re.compile(source, re.IGNORECASE)
    gathered = re.compile(factor_openings(source), re.IGNORECASE)
    assert [(m.span(), m.groups()) for m in gathered.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    ["You're such a natural", "Top lad.", "THE Lisbon summit went well", "the lisbon summit", "İstanbul: Good lad"],
)
def test_patterns_joined_for_a_yes_or_no_answer_as_the_list_does(text):
    sources = [r"^top\s+lad\b", r"\byou're\s+(?:such\s+)?a\s+natural\b", r"\bthe\s+(?-i:[A-Z])\w+", r"\bgood\s+lad\b"]
    joined = any_of(sources)
    # The three written in lower case are read in one pass; the one that tells capitals apart keeps its own.
    assert len(joined) == 2
    assert any(p.search(text) for p in joined) == any(re.search(s, text, re.IGNORECASE) for s in sources)


def test_patterns_with_back_references_are_not_joined():
    with pytest.raises(ValueError):
        any_of([r"\b(\w+)\s+\1\b", r"\bgood\s+lad\b"])
