"""Case-insensitive word lists matched on lowercased text, about twice as fast as re.IGNORECASE.

The coaches' largest patterns are alternations of hundreds of words ("good|great|clear|..."). Python's regex
engine skips a failing alternative after one comparison when it starts with a plain letter, but a letter compiled
under IGNORECASE is compared case-folded, which it does not shortcut; at every word of the text it then walks the
whole list. Compiled without the flag and searched in the lowercased text, the same pattern finds the same matches
in about half the CPU time (benchmarks/bench_coaches.py, BENCHMARKS.md "Session 11").
"""

from __future__ import annotations

import re

# Escapes such as \S, \W, \B keep their meaning when the text is lowercased; any other capital letter in the
# pattern would only ever have matched case-insensitively, and would stop matching at all.
_ESCAPE = re.compile(r"\\.")


class FoldedPattern:
    """A pattern that matches like re.compile(source, re.IGNORECASE) but only offers the read-only methods: a
    match's text is the lowercased text, so substitutions, which hand text back, must use an ordinary pattern."""

    __slots__ = ("_folded", "_ignorecase", "pattern")

    def __init__(self, source: str) -> None:
        if not can_fold(source):
            raise ValueError(f"a folded pattern must be written in lower case: {source[:60]!r}")
        self.pattern = source
        self._folded = re.compile(source)
        self._ignorecase = re.compile(source, re.IGNORECASE)

    def _choose(self, text: str) -> tuple[re.Pattern, str]:
        lowered = text.lower()
        # A few letters grow when lowercased ("İ" becomes two characters); positions would shift, so those texts
        # take the slower road.
        if len(lowered) != len(text):
            return self._ignorecase, text
        return self._folded, lowered

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        pattern, text = self._choose(text)
        return pattern.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        pattern, text = self._choose(text)
        return pattern.match(text, pos)

    def fullmatch(self, text: str, pos: int = 0) -> re.Match | None:
        pattern, text = self._choose(text)
        return pattern.fullmatch(text, pos)

    def finditer(self, text: str, pos: int = 0):
        pattern, text = self._choose(text)
        return pattern.finditer(text, pos)


def can_fold(source: str) -> bool:
    bare = _ESCAPE.sub("", source)
    return bare == bare.lower() and "(?-i" not in source


def folded(*parts: str) -> FoldedPattern | re.Pattern:
    """The pattern folded when it is written in lower case; one that tells capitals apart ("(?-i:[A-Z])", a name)
    is compiled with re.IGNORECASE as usual."""
    source = "".join(parts)
    return FoldedPattern(source) if can_fold(source) else re.compile(source, re.IGNORECASE)


def rewrite(*parts: str) -> re.Pattern:
    """A case-insensitive pattern for .sub(), which must hand back the text as written."""
    return re.compile("".join(parts), re.IGNORECASE)
