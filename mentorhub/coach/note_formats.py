"""The sides of a feedback note written in a fixed format: "Glow: ... Grow: ...", "Rose / Thorn / Bud",
"Start / Stop / Continue", "+ ... - ... ->", ticks and crosses, and a score sheet ("Greeting 2/2, Empathy 1/3").

People who write feedback for a living often fill a template, and the template says which side each part is on,
whatever words fill it: "Grow: till down again on Thursday" names what to improve without a single word of fault.
A section left empty ("Cons: none that I noticed", "Continue: n/a", "Grow:" straight before the next heading) names
nothing. Read word by word, such notes were the worst the feedback coach read for balance (sealed round s14w:
75.6 %, against 86-92 % for prose; benchmarks/coach_eval/README.md, "Session 15").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mentorhub.coach.folded import folded

WORKED, IMPROVE, NEXT, OTHER = "worked", "improve", "next", "other"

# Headings of each side, longest first where one holds another ("not done" before "done", "even better if").
_HEADINGS = {
    IMPROVE: (
        r"not\s+(?:yet\s+)?done|not\s+achieved|not\s+so\s+good|less\s+good|even\s+better\s+if|ebi|missed|"
        r"what\s+could\s+(?:(?:have\s+)?be(?:en)?\s+(?:better|improved)|(?:they|you|he|she|i|we)\s+(?:improve|do\s+better))\?|"
        r"what\s+(?:didn't|did\s+not)\s+(?:work|go\s+(?:so\s+)?well)|didn't(?:\s+(?:work|go\s+well))?|did\s+not|"
        r"(?:what\s+(?:i|we)(?:'d|\s+would)\s+)?do\s+differently|"
        r"areas?\s+(?:for|of|to)\s+(?:development|develop|improvement|improve|work\s+on|grow)|"
        r"development\s+(?:areas?|points?|needs?)|(?:to\s+)?work\s+on|to\s+improve|improve(?:ments?)?|needs\s+work|"
        r"grow|thorns?|wish(?:es)?|i\s+wish|cons|weakness(?:es)?|minus(?:es)?|negatives?|lowlights?|"
        r"stop|drop|change|fix(?:es)?|bad|downsides?|delta|\u0394|challenges?|struggles?|blockers?|concerns?|"
        # "Start:" and "Try:" tell the person to do something differently, which names what to improve.
        r"start|try"
    ),
    # A plan, which may only carry on what worked ("Bud: cup game Saturday", "Next: chapter 3").
    NEXT: r"next\s+steps?|next\s+time|next|buds?|actions?|action\s+points?|to\s*-?\s*do|targets?",
    WORKED: (
        r"what\s+did\s+(?:they|you|he|she|i|we)\s+do\s+well\?|what\s+went\s+well\??|what\s+worked\??|done\s+well|"
        r"went\s+well|www|worked|glow|roses?|(?:two\s+)?stars?|pros|strengths?|"
        r"positives?|highlights?|wins?|plus(?:es)?|continue|keep|done|completed|(?:what\s+(?:i|we)\s+)?achieved|"
        r"achievements?|liked|good|great|upsides?"
    ),
    # Headings on neither side, which only end the section before them: "Comments:", "Support needed:".
    OTHER: r"(?:other\s+|general\s+|further\s+)?comments?|notes?|overall|summary|support\s+needed|other",
}
_ROLE_OF_GROUP = {f"h{i}": role for i, role in enumerate(_HEADINGS)}
# A heading opens the text or follows a break, and is closed by a colon or a spaced dash ("Glow: ...",
# "grow - ..."), or is a form's question ("Q2 What could be better? ..."). Inside a sentence the same words are
# words ("we had to stop: the rain").
_HEADING = folded(
    r"(?:^|(?<=[\s.;,!?)\]]))(?:",
    "|".join(f"(?P<h{i}>{words})" for i, words in enumerate(_HEADINGS.values())),
    r")(?:(?<=\?)|\s*(?::|\s[-\u2013]\s|\s*=\s))",
)
# What closes a heading (see _HEADING).
_HEADING_CLOSERS = (":", "?", "=", "-", "\u2013")
# Thumbs and arrows mark items whichever side of the item they stand. (Ticks and crosses reach this module as
# "Done well:" and "Missed:" headings: feedback.normalise writes them so for every reading.)
_SYMBOLS = {
    WORKED: "\U0001f44d",
    IMPROVE: "\U0001f44e",
    NEXT: "\u27a1\u2192",
}
_SYMBOL = re.compile("|".join(f"(?P<s{i}>[{marks}])" for i, marks in enumerate(_SYMBOLS.values())))
_ROLE_OF_SYMBOL = {f"s{i}": role for i, role in enumerate(_SYMBOLS)}
# "+ quick on the tools - paperwork late -> cut the brief": a plus opening the note or a line; then a spaced minus
# and an arrow are the other two sides. Without such a plus, a dash is only a dash, and "meds + allergies" a plus.
_PLUS = re.compile(r"(?:^|(?<=\n)|(?<=[.;:!?/|]\s))\+\s*(?=[^\W\d_])")
_MINUS_OR_ARROW = re.compile(r"(?:^|(?<=\s))(?:(?P<arrow>-+>|=>)|(?P<minus>-))(?=\s|$)")
# A section that names nothing: "n/a", "none that I noticed", "nothing this time", "-", "???".
_EMPTY = folded(
    r"(?:n/?a|none|nothing|nil|no|nope|nada|-+|\?+|tbc|tbd|x|all\s+good|not\s+much)",
    r"(?:\s+(?:really|at\s+all|this\s+(?:time|week|term|month|round)|(?:that\s+)?i\s+(?:noticed|saw|can\s+(?:think\s+of|see))|",
    r"to\s+(?:add|report|say|note|mention)|for\s+now|yet|so\s+far|major|much|from\s+me|here|today|",
    r"this\s+fortnight))*|(?:i\s+)?can't\s+think\s+of\s+any(?:thing)?|nothing\s+(?:that\s+)?i\s+can\s+think\s+of",
)
# A field rated in words on an appraisal form: "Teamwork: Excellent. Initiative: Needs development." The rating stands
# alone, or it would be the start of a sentence ("Teamwork: good until the Friday rush").
_RATED = folded(
    r"(?:^|(?<=[\s.;,/|]))[a-z][a-z &/'-]{1,30}:\s*(?:(?P<good>excellent|outstanding|exceptional|very\s+good|good|",
    r"strong|great|exceeds(?:\s+expectations)?|clean|tidy|pass(?:ed)?|yes|complete|competent|secure|in\s+date|",
    r"on\s+time)|(?P<poor>needs\s+(?:development|improvement|work|to\s+improve)|",
    r"requires\s+improvement|poor|weak|below\s+(?:standard|expectations|expected(?:\s+for\s+\w+)?)|unsatisfactory|",
    r"inadequate|not\s+(?:yet\s+)?(?:met|competent|done|safe)|dirty|stale|late|missing|fail(?:ed)?|incomplete|unsafe|",
    r"messy))",
    r"\s*(?=[.;,/|!]|$|\s[-\u2013]\s)",
)
_NUMBERING = re.compile(r"(?:^|(?<=\s))(?:[Qq]\d{1,2}|\d{1,2}[.)])(?=\s|$)")
# A score sheet: "Greeting 2/2 ... Empathy 1/3". Four fifths or more is what worked, half or less what to improve;
# out of at most ten, so that a date ("14/11") or a total ("6/12") is no score.
_SCORE = re.compile(r"(?<![\d/.])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])")


@dataclass(frozen=True)
class NoteSides:
    """Which sides a formatted note fills: something that worked, something to improve, a next step."""

    worked: bool
    improve: bool
    next_step: bool
    # A section under a heading on neither side ("Overall: solid first quarter") that names something: its words,
    # not its heading, say which side it is on.
    other: bool = False


def _named(content: str) -> bool:
    """Whether a section's content names anything: "Cons: none that I noticed." names nothing."""
    # A form's numbering ("Q2", "3.") belongs to the next question, not to this answer.
    words = _NUMBERING.sub(" ", content).strip(" \t\n.,;:!()[]*/|\u2022\u2013\u2014")
    if not (empty := _EMPTY.match(words)):
        return bool(words)
    # "nothing this fortnight, flu \U0001f912": an empty answer, then why; "no eye contact" names a fault.
    rest = words[empty.end() :].lstrip()
    return bool(rest) and rest[0].isalnum()


def _filled_sides(text: str) -> tuple[set[str], set[str]]:
    """The sides the note marks at all, and those whose sections name something."""
    # Most texts hold no heading's closing mark at all; the scan for headings costs a twentieth of the coach's time.
    closed = any(mark in text for mark in _HEADING_CLOSERS)
    marks = [(m.start(), m.end(), _ROLE_OF_GROUP[m.lastgroup]) for m in _HEADING.finditer(text)] if closed else []
    if "+" in text and _PLUS.search(text):
        marks.extend((m.start(), m.end(), WORKED) for m in _PLUS.finditer(text))
        marks.extend(
            (m.start(), m.end(), NEXT if m.group("arrow") else IMPROVE) for m in _MINUS_OR_ARROW.finditer(text)
        )
    marks.sort()
    # A tick or a cross marks an item even where the item stands before it ("tyres \u2713 lights \u2717"), and a
    # rating in words fills its side by itself ("Teamwork: Excellent").
    symbols = {_ROLE_OF_SYMBOL[m.lastgroup] for m in _SYMBOL.finditer(text)}
    if ":" in text:
        symbols |= {WORKED if m.group("good") else IMPROVE for m in _RATED.finditer(text)}
    marked, filled = set(symbols), set(symbols)
    for i, (_start, end, side) in enumerate(marks):
        following = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        marked.add(side)
        if _named(text[end:following]):
            filled.add(side)
    return marked, filled


def _scores(text: str) -> list[tuple[int, int]]:
    if "/" not in text:
        return []
    return [(int(m[1]), int(m[2])) for m in _SCORE.finditer(text) if 2 <= int(m[2]) <= 10 and int(m[1]) <= int(m[2])]


def note_sides(text: str) -> NoteSides | None:
    """The sides a formatted note fills, or None when the text is not a note of two or more sides."""
    marked, filled = _filled_sides(text)
    if len(marked - {OTHER}) >= 2:
        return NoteSides(WORKED in filled, IMPROVE in filled, NEXT in filled, OTHER in filled)
    scores = _scores(text)
    if len(scores) >= 2:
        return NoteSides(
            worked=any(got * 5 >= out_of * 4 for got, out_of in scores),
            improve=any(got * 2 <= out_of for got, out_of in scores),
            next_step=False,
        )
    return None


def balanced_by_format(text: str) -> bool | None:
    """Whether a formatted note names both something that worked and something to improve, or None where its format
    does not say: not a note, or a side missing where a plan beside what worked ("Rose: ... Bud: ...") may only carry
    on what worked or may correct it, or a section under a heading on neither side ("Overall: ...") may hold the
    missing side. There the words decide."""
    sides = note_sides(text)
    if sides is None or not (
        (sides.worked and sides.improve) or not (sides.other or (sides.worked and sides.next_step))
    ):
        return None
    return sides.worked and sides.improve
