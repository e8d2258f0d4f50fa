"""Case-insensitive word lists matched on lowercased text, about twice as fast as re.IGNORECASE.

The coaches' largest patterns are alternations of hundreds of words ("good|great|clear|..."). Python's regex
engine skips a failing alternative after one comparison when it starts with a plain letter, but a letter compiled
under IGNORECASE is compared case-folded, which it does not shortcut; at every word of the text it then walks the
whole list. Compiled without the flag and searched in the lowercased text, the same pattern finds the same matches
in about half the CPU time (benchmarks/bench_coaches.py, BENCHMARKS.md "Session 11").
"""

from __future__ import annotations

import re

# The openings factor_openings gathers: a word boundary, and the start of the text.
_OPENINGS = (r"\b", "^")

# Escapes such as \S, \W, \B keep their meaning when the text is lowercased; any other capital letter in the
# pattern would only ever have matched case-insensitively, and would stop matching at all.
_ESCAPE = re.compile(r"\\.")


class FoldedPattern:
    """A pattern that matches like re.compile(source, re.IGNORECASE) but only offers the read-only methods: a
    match's text is the lowercased text, so substitutions, which hand text back, must use an ordinary pattern."""

    __slots__ = ("_factored", "_folded", "_ignorecase", "pattern")

    def __init__(self, source: str) -> None:
        if not can_fold(source):
            raise ValueError(f"a folded pattern must be written in lower case: {source[:60]!r}")
        self.pattern = source
        self._factored = factor_openings(source)
        self._folded = re.compile(self._factored)
        # Compiled on first use: few texts need it, and compiling every pattern twice cost a process 0.3 s to start.
        self._ignorecase: re.Pattern | None = None

    def _choose(self, text: str) -> tuple[re.Pattern, str]:
        lowered = text.lower()
        # A few letters grow when lowercased ("İ" becomes two characters); positions would shift, so those texts
        # take the slower road.
        if len(lowered) != len(text):
            if self._ignorecase is None:
                # Two threads may both compile it; either result is the same pattern.
                self._ignorecase = re.compile(self._factored, re.IGNORECASE)
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


_BACKREFERENCE = re.compile(r"(?<!\\)(?:\\\\)*\\[1-9]|\(\?P=")

# A pattern's pieces as the branch splitter sees them: an escape, a character class (whose "]" straight after "[" or
# "[^" is a literal), a bracket or bar, or a run of anything else.
_PIECE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]|[^\\\[()|]+", re.DOTALL)


def top_level_branches(source: str) -> list[str]:
    """The alternatives of a pattern's outermost "|", as written."""
    branches, start, depth = [], 0, 0
    for piece in _PIECE.finditer(source):
        text = piece.group()
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif text == "|" and depth == 0:
            branches.append(source[start : piece.start()])
            start = piece.end()
    branches.append(source[start:])
    return branches


def factor_openings(source: str) -> str:
    """The same pattern with each run of neighbouring alternatives that open alike written once: "\\bA|\\bB|^C|^D"
    becomes "\\b(?:A|B)|^(?:C|D)".

    The regex engine tries every alternative at every position of the text. Forty alternatives that each open with
    "\\b" cost forty steps inside a word; gathered under one "\\b", one. Python's parser does this itself only when
    every alternative shares the opening, which the coaches' long lists rarely do. Only neighbours are gathered,
    so the alternatives are tried in the same order and every match is the one the pattern as written finds, at
    the same place, with the same groups. With it the feedback coach runs about a sixth fewer instructions per text
    (BENCHMARKS.md, "Session 14")."""
    branches = top_level_branches(source)
    runs: list[tuple[str | None, list[str]]] = []
    for branch in branches:
        opening = next((o for o in _OPENINGS if branch.startswith(o)), None)
        if opening is not None and runs and runs[-1][0] == opening:
            runs[-1][1].append(branch[len(opening) :])
        else:
            runs.append((opening, [branch[len(opening) :] if opening else branch]))
    return "|".join(
        opening + "(?:" + "|".join(rest) + ")" if opening is not None and len(rest) > 1 else (opening or "") + rest[0]
        for opening, rest in runs
    )


def any_of(sources: list[str]) -> list[FoldedPattern | re.Pattern]:
    """Patterns that answer "does any of these sources match?" (case-insensitively), the foldable ones joined in one.

    Searched one by one, forty patterns read the text forty times (a tenth of the feedback coach's time); joined,
    with every branch that opens with "\\b" gathered under one (factor_openings), the text is read once and most
    positions cost one step. The branches are reordered, so which match is found may differ: for a yes or no only."""
    if any(_BACKREFERENCE.search(source) for source in sources):
        raise ValueError("a back-reference would point at another pattern's group once joined")
    branches = [branch for source in sources if can_fold(source) for branch in top_level_branches(source)]
    # Stable: the branches that open at a word boundary first, each group in its written order.
    branches.sort(key=lambda branch: not branch.startswith(r"\b"))
    joined = [FoldedPattern("|".join(branches))] if branches else []
    return joined + [folded(source) for source in sources if not can_fold(source)]


def can_fold(source: str) -> bool:
    bare = _ESCAPE.sub("", source)
    return bare == bare.lower() and "(?-i" not in source


def folded(*parts: str) -> FoldedPattern | re.Pattern:
    """The pattern folded when it is written in lower case; one that tells capitals apart ("(?-i:[A-Z])", a name)
    is compiled with re.IGNORECASE as usual."""
    source = "".join(parts)
    return FoldedPattern(source) if can_fold(source) else re.compile(factor_openings(source), re.IGNORECASE)


def source(*parts: str) -> str:
    """A pattern's source from its parts, kept uncompiled for any_of to join."""
    return "".join(parts)


def rewrite(*parts: str) -> re.Pattern:
    """A case-insensitive pattern for .sub(), which must hand back the text as written."""
    return re.compile(factor_openings("".join(parts)), re.IGNORECASE)
