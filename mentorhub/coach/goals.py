"""SMART goal coach: rule-based checks for whether a goal is specific, measurable and time-bound.

Pure standard library and deterministic, so it can run inside a request and in tests with an injected
``today``. The rules follow the label definitions in shared/coach-examples/README.md: vocabularies of
vague verbs, quantities, deliverables and time expressions, not a memorised list of goals.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

MAX_CHARS = 500


def _words(text: str) -> list[str]:
    """Vocabularies are written as plain word lists; '_' joins a multi-word phrase."""
    return [w.replace("_", " ") for w in text.split()]


@dataclass
class GoalAssessment:
    specific: bool = False
    measurable: bool = False
    time_bound: bool = False
    deadline: str | None = None
    hints: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    confident: bool = True

    def to_dict(self) -> dict:
        return asdict(self)


# --- dates -------------------------------------------------------------------------------------------

MONTHS = {name: n for n, name in enumerate(_words("jan feb mar apr may jun jul aug sep oct nov dec"), 1)}
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_YEAR = r"(?:19|20|21)\d\d"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_UNITS = {
    name: number
    for number, name in enumerate(
        _words(
            """
            zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
            sixteen seventeen eighteen nineteen
            """
        )
    )
}
_TENS = {name: 10 * n for n, name in enumerate(_words("twenty thirty forty fifty sixty seventy eighty"), 2)}
_TENS["ninety"] = 90
_NUM = r"(?:\d+|a\s+couple\s+of|a\s+dozen|a|an|(?:{tens})(?:[\s-](?:{units}))?|{units})".format(
    tens="|".join(_TENS), units="|".join(sorted(_UNITS, key=len, reverse=True))
)
_DURATION_UNIT = r"(?P<unit>day|week|fortnight|month|quarter|year)s?"


def _parse_num(text: str) -> int:
    text = re.sub(r"\s+", " ", text.lower())
    if text.isdigit():
        return int(text)
    if text in ("a", "an"):
        return 1
    if text == "a couple of":
        return 2
    if text == "a dozen":
        return 12
    total = 0
    for part in re.split(r"[\s-]", text):
        total += _TENS.get(part, 0) + _UNITS.get(part, 0)
    return total


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _quarter_end(year: int, quarter: int) -> date:
    return _month_end(year, quarter * 3)


def _month_of(name: str) -> int:
    return MONTHS[name.lower()[:3]]


def _next_month_end(month: int, today: date) -> date:
    end = _month_end(today.year, month)
    return end if end >= today else _month_end(today.year + 1, month)


def _within_month(year: int, month: int, qualifier: str | None) -> date:
    qualifier = (qualifier or "").lower()
    if "start" in qualifier or "beginning" in qualifier:
        return date(year, month, 1)
    if "early" in qualifier:
        return date(year, month, 10)
    if "mid" in qualifier:
        return date(year, month, 15)
    return _month_end(year, month)


def _year_part(year: int, qualifier: str | None) -> date:
    qualifier = (qualifier or "").lower()
    if "start" in qualifier or "beginning" in qualifier:
        return date(year, 1, 1)
    if "early" in qualifier:
        return date(year, 3, 31)
    if "mid" in qualifier or "first half" in qualifier:
        return date(year, 6, 30)
    return date(year, 12, 31)


def _period_end(unit: str, offset: int, today: date) -> date:
    unit = unit.lower()
    if unit in ("week", "weekend"):
        return today + timedelta(days=6 - today.weekday() + 7 * offset)
    if unit == "month":
        first = _add_months(today.replace(day=1), offset)
        return _month_end(first.year, first.month)
    if unit == "quarter":
        index = (today.month - 1) // 3 + offset
        return _quarter_end(today.year + index // 4, index % 4 + 1)
    return date(today.year + offset, 12, 31)


def _add_duration(today: date, count: int, unit: str) -> date:
    unit = unit.lower()
    if unit == "day":
        return today + timedelta(days=count)
    if unit == "week":
        return today + timedelta(weeks=count)
    if unit == "fortnight":
        return today + timedelta(weeks=2 * count)
    if unit == "quarter":
        return _add_months(today, 3 * count)
    if unit == "month":
        return _add_months(today, count)
    return _add_months(today, 12 * count)


_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(name: str, year: int) -> tuple[date, date]:
    start = date(year, _SEASON_START[name.lower()], 1)
    end = _add_months(start, 2)
    return start, _month_end(end.year, end.month)


# Handlers return a date, None for a real but undated limit ("this semester"), or _SKIP to reject the match.
_SKIP = object()
Handler = Callable[[re.Match, date], object]


def _h_iso(m: re.Match, today: date) -> object:
    return _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))


def _h_numeric(m: re.Match, today: date) -> object:
    first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
    # Ambiguous dd/mm vs mm/dd: only a part above 12 settles it; otherwise read day-first (outside the US).
    if second > 12 >= first:
        return _safe_date(year, first, second)
    return _safe_date(year, second, first)


def _safe_date(year: int, month: int, day: int) -> object:
    try:
        return date(year, month, day)
    except ValueError:
        return _SKIP


def _h_day_month(m: re.Match, today: date) -> object:
    month, day = _month_of(m["m"]), int(m["d"])
    if m["y"]:
        return _safe_date(int(m["y"]), month, day)
    found = _safe_date(today.year, month, day)
    if found is _SKIP or found >= today:
        return found
    return _safe_date(today.year + 1, month, day)


def _h_month_year(m: re.Match, today: date) -> object:
    return _within_month(int(m["y"]), _month_of(m["m"]), m["q"])


def _h_month(m: re.Match, today: date) -> object:
    # Lower-case "may" after "this"/"next" is the modal verb ("this may help"), not the month.
    if m["m"] == "may" and (m["ctx"] or "").lower() in ("this", "next"):
        return _SKIP
    month = _month_of(m["m"])
    qualifier = m["q"] or m["q2"] or m["q3"]
    end = _next_month_end(month, today)
    if (m["ctx"] or "").lower() == "next" and end.year == today.year and month == today.month:
        end = _month_end(today.year + 1, month)
    return _within_month(end.year, month, qualifier)


def _h_year(m: re.Match, today: date) -> object:
    groups = m.groupdict()
    return _year_part(int(groups["y"]), groups.get("q") or groups.get("q2"))


def _h_quarter(m: re.Match, today: date) -> object:
    number = m["n"] or m["n2"]
    quarter = int(number) if number else ("first", "second", "third", "fourth").index(m["w"].lower()) + 1
    if m["y"]:
        year = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"][-2:])
        return _quarter_end(year, quarter)
    end = _quarter_end(today.year, quarter)
    return end if end >= today else _quarter_end(today.year + 1, quarter)


def _h_half(m: re.Match, today: date) -> object:
    half = 1 if (m["n"] == "1" or (m["w"] or "").lower() == "first") else 2
    return _month_end(int(m["y"]), 6 * half)


def _h_this_period(m: re.Match, today: date) -> object:
    return _period_end(m["unit"], 0, today)


def _h_next_period(m: re.Match, today: date) -> object:
    return _period_end(m["unit"], 1, today)


def _h_relative(m: re.Match, today: date) -> object:
    count = _parse_num(m["num"]) if m["num"] else 1
    return _add_duration(today, count, m["unit"]) if count else _SKIP


def _h_next_span(m: re.Match, today: date) -> object:
    # "over the coming months" has no length; "over the coming month" and "the next 6 weeks" do.
    if not m["num"] and m[0].lower().endswith("s"):
        return _SKIP
    return _h_relative(m, today)


def _h_season(m: re.Match, today: date) -> object:
    name, lead = m["s"], (m["lead"] or "").lower()
    by_start = lead in ("by", "before", "until", "till") and not m["endof"]
    if m["y"]:
        start, end = _season(name, int(m["y"]))
        return start if by_start else end
    year = today.year - 1 if name.lower() == "winter" and today.month <= 2 else today.year
    start, end = _season(name, year)
    if (m["rel"] or "").lower() == "next" or lead == "next":
        while start <= today:
            year += 1
            start, end = _season(name, year)
    while (start if by_start else end) < today:
        year += 1
        start, end = _season(name, year)
    return start if by_start else end


def _h_weekday(m: re.Match, today: date) -> object:
    days = (_WEEKDAYS.index(m["wd"].lower()) - today.weekday()) % 7
    return today + timedelta(days=days + (7 if (m["rel"] or m["rel2"] or "").lower() == "next" else 0))


def _h_day_word(m: re.Match, today: date) -> object:
    return today + timedelta(days=1) if m[0].lower().endswith("tomorrow") else today


def _h_holiday(m: re.Match, today: date) -> object:
    name = m["h"].lower()
    # Only the fixed-date holidays get a date; moveable feasts are still a real limit, just undated.
    if name in ("christmas", "xmas"):
        day = date(today.year, 12, 25)
    elif name.startswith("new"):
        day = date(today.year, 12, 31)
    else:
        return None
    return day if day >= today else day.replace(year=day.year + 1)


def _h_undated(m: re.Match, today: date) -> object:
    return None


_I = re.IGNORECASE
_EVENT = (
    r"(?:review|appraisal|evaluation|graduation|wedding|birthday|deadline|launch|exam|exams|interview|conference|"
    r"recital|audition|trial|hearing|board\s+meeting|release|retirement|check-in|renewal|cycle|viva|defen[cs]e|"
    r"leave|relocation|probation|probationary\s+period|contract\s+ends?|move|residency|rotation|placement|"
    r"internship|tournament|competition|concert|season|showcase|summit|meeting|offsite|kick-off|kickoff)"
)
_TIME_PATTERNS: list[tuple[re.Pattern, Handler]] = [
    (re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b"), _h_iso),
    (re.compile(rf"\b(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<y>{_YEAR})\b"), _h_numeric),
    (
        re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\b\.?(?:,?\s+(?P<y>{_YEAR})\b)?",
            _I,
        ),
        _h_day_month,
    ),
    (
        re.compile(
            rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))"
            rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
            _I,
        ),
        _h_day_month,
    ),
    (
        re.compile(
            rf"\b(?:(?P<q>early|mid|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of)[\s-]*)?"
            rf"(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b",
            _I,
        ),
        _h_month_year,
    ),
    (
        re.compile(
            r"\b(?:(?P<n>[1-4])(?:st|nd|rd|th)?\s+quarter|Q(?P<n2>[1-4])|(?P<w>first|second|third|fourth)\s+quarter)"
            rf"(?:\s+(?:of\s+)?(?:FY\s*)?(?P<y>{_YEAR}|'\d\d))?\b",
            _I,
        ),
        _h_quarter,
    ),
    (
        re.compile(rf"\b(?:H(?P<n>[12])|(?P<w>first|second)\s+half\s+of)\s+(?P<y>{_YEAR})\b", _I),
        _h_half,
    ),
    # "within/over/for the next quarter" is a span starting today; bare "next quarter" is the calendar one.
    (
        re.compile(
            rf"\b(?:within|in|inside|over|during|for|throughout)\s+(?:the\s+)?(?:next|coming|following)\s+"
            rf"(?:(?P<num>{_NUM})\s+)?{_DURATION_UNIT}\b",
            _I,
        ),
        _h_next_span,
    ),
    (
        re.compile(
            rf"\b(?:within|in|inside|over|during|for)\s+(?:the\s+(?:first\s+|next\s+)?)?(?P<num>{_NUM})\s+"
            rf"{_DURATION_UNIT}(?:'|\s+time\b)?(?!\s+(?:a|an|per|each|every)\b)(?![\w-])",
            _I,
        ),
        _h_relative,
    ),
    (
        re.compile(
            rf"\b(?:(?:the\s+)?(?:next|coming)\s+)?(?P<num>{_NUM})\s+{_DURATION_UNIT}\s+from\s+(?:now|today)\b",
            _I,
        ),
        _h_relative,
    ),
    (
        re.compile(rf"\b(?:the\s+)?(?:next|coming)\s+(?P<num>\d+|{_NUM})\s+{_DURATION_UNIT}\b", _I),
        _h_relative,
    ),
    (
        re.compile(
            r"\b(?:(?:this|next|the|my|our|current|coming|end\s+of)\s+)(?:(?:academic|school|fiscal|financial)"
            r"\s+year|semester|trimester|term|school\s+term|sprint|season|fy(?:\s*'?\d\d(?:\d\d)?)?)\b"
            r"(?![\s-]+(?:paper|project|report|essay|assignment|sheet|backlog|goal|review|planning)s?\b)",
            _I,
        ),
        _h_undated,
    ),
    (re.compile(r"\bFY\s*'?\d\d(?:\d\d)?\b", _I), _h_undated),
    (
        re.compile(
            r"\b(?:next|the\s+coming|the\s+following)\s+(?:calendar\s+)?(?P<unit>weekend|week|month|quarter|year)\b",
            _I,
        ),
        _h_next_period,
    ),
    (
        re.compile(
            r"\b(?:this|the\s+current|current|later\s+this)\s+(?:calendar\s+)?(?P<unit>weekend|week|month|quarter|year)\b",
            _I,
        ),
        _h_this_period,
    ),
    (
        re.compile(
            r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?|(?:within|during|for\s+the\s+rest\s+of|throughout)\s+the\s+)"
            r"(?P<unit>week|month|quarter|year)\b",
            _I,
        ),
        _h_this_period,
    ),
    (
        re.compile(r"\b(?P<unit>year|quarter|month|week)[\s-]end\b|\bEO(?P<u2>[YQMW])\b", _I),
        lambda m, today: _period_end(
            m["unit"] or {"Y": "year", "Q": "quarter", "M": "month", "W": "week"}[m["u2"].upper()], 0, today
        ),
    ),
    (
        re.compile(
            rf"\b(?:(?P<q>early|mid|late|(?:the\s+)?(?:end|start|beginning|middle|first\s+half|second\s+half)\s+of)"
            rf"[\s-]*|(?:in|by|before|until|till|through|throughout|during|for|within)\s+"
            rf"(?:(?P<q2>early|mid|late|(?:the\s+)?(?:end|start|beginning|middle|first\s+half|second\s+half)\s+of)"
            rf"[\s-]*)?)(?P<y>{_YEAR})\b",
            _I,
        ),
        _h_year,
    ),
    (
        re.compile(
            rf"\b(?:(?:the\s+)?(?P<q>end|start|beginning|middle)\s+of\s+|(?P<ctx>by|in|before|until|till|through"
            rf"|during|this|next)\s+(?:(?P<q2>early|mid|late)[\s-]*)?|(?P<q3>early|mid|late)[\s-]*)"
            rf"(?P<m>{_MONTH})\b(?!\s*\d)",
            _I,
        ),
        _h_month,
    ),
    (
        re.compile(
            r"\b(?:(?P<lead>by|before|until|till|in|during|over|through|throughout|this|next|end\s+of|start\s+of)"
            r"\s+)(?:the\s+)?(?:(?P<rel>next|this|coming)\s+)?(?P<endof>end\s+of\s+(?:the\s+)?)?"
            rf"(?P<s>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<y>{_YEAR})\b)?",
            _I,
        ),
        _h_season,
    ),
    (
        re.compile(
            rf"\b(?:(?P<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<y>{_YEAR})"
            rf"|(?P<y2>{_YEAR})\s+(?P<s2>spring|summer|autumn|fall|winter))\b",
            _I,
        ),
        lambda m, today: _season(m["s"] or m["s2"], int(m["y"] or m["y2"]))[1],
    ),
    (
        re.compile(
            r"\b(?:by|before|until|till|for|at|over|this|next)\s+(?:(?:next|this)\s+)?"
            r"(?P<h>christmas|xmas|new\s+year'?s?(?:\s+eve)?|easter|thanksgiving|diwali|eid|hanukkah|passover|"
            r"lunar\s+new\s+year|ramadan)\b",
            _I,
        ),
        _h_holiday,
    ),
    (
        re.compile(
            r"\b(?:(?:by|before|until|till|on)\s+(?:(?P<rel>next|this)\s+)?|(?P<rel2>next|this)\s+)(?P<wd>"
            + "|".join(_WEEKDAYS)
            + r")\b",
            _I,
        ),
        _h_weekday,
    ),
    (
        re.compile(
            r"\b(?:(?:by|before|until)\s+(?:today|tonight|tomorrow)|(?:the\s+)?end\s+of\s+(?:the\s+)?day|tomorrow|EOD)\b",
            _I,
        ),
        _h_day_word,
    ),
    (
        re.compile(
            rf"\b(?:by|before|until|ahead\s+of|in\s+time\s+for)\s+(?:my|our|the|his|her|their)\s+"
            rf"(?:[\w-]+\s+){{0,2}}{_EVENT}\b",
            _I,
        ),
        _h_undated,
    ),
    # "for the spring recital", "at my next review": only a scheduled occurrence makes these a deadline.
    (
        re.compile(
            r"\b(?:at|for|in)\s+(?:my|our|the)\s+(?:next|upcoming|spring|summer|autumn|fall|winter|annual|"
            rf"end-of-year|year-end|mid-year|christmas|holiday)\s+(?:[\w-]+\s+)?{_EVENT}\b",
            _I,
        ),
        _h_undated,
    ),
    # A year attached to a named event or edition: "PyCon US 2027", "the 2027 season".
    (re.compile(rf"(?<=[a-z,;] )(?:[A-Z][\w&'-]*\s+){{1,3}}(?P<y>{_YEAR})\b"), _h_year),
    (re.compile(rf"\bthe\s+(?P<y>{_YEAR})\b", _I), _h_year),
    (
        re.compile(
            r"\b(?:by|before)\s+(?:the\s+)?(?:age\s+(?:of\s+)?\d{2}|(?:i|i'm|i\s+am)\s+(?:turn\s+)?\d{2}"
            r"|my\s+\d{2}(?:st|nd|rd|th)\s+birthday)\b",
            _I,
        ),
        _h_undated,
    ),
]


_VAGUE_TIME = re.compile(
    r"\b(?:soon|soonish|someday|some\s+day|one\s+day|eventually|sometime|some\s+time|at\s+some\s+(?:point|stage)"
    r"|in\s+(?:the\s+)?(?:near\s+|distant\s+)?future|in\s+due\s+course|over\s+time|in\s+the\s+long\s+(?:run|term)"
    r"|asap|as\s+soon\s+as\s+(?:possible|i\s+can)|before\s+long|when(?:ever)?\s+i\s+(?:can|have\s+time)|later"
    r"|(?:in|within|over)\s+(?:the\s+)?(?:next\s+)?(?:few|several|coming)\s+(?:days|weeks|months|years)"
    r"|(?:a|the)\s+few\s+(?:days|weeks|months|years)|one\s+of\s+these\s+days|down\s+the\s+(?:road|line))\b",
    _I,
)


def _find_time(text: str, today: date) -> tuple[list[tuple[int, int]], list[date | None]]:
    """Claim time expressions, most specific pattern first, so each span is read once."""
    spans: list[tuple[int, int]] = []
    found: list[date | None] = []
    for pattern, handler in _TIME_PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in spans):
                continue
            try:
                result = handler(m, today)
            except (ValueError, OverflowError):
                continue
            if result is _SKIP:
                continue
            spans.append((start, end))
            found.append(result)
    return spans, found


# --- vocabularies --------------------------------------------------------------------------------------


def _forms(text: str, extra: str = "") -> str:
    """Regex alternation of common inflections, so vocabularies can be listed as base verbs."""
    words: set[str] = set(_words(extra))
    for base in _words(text):
        words.add(base)
        if " " in base:
            continue
        stem = base[:-1] if base.endswith("e") else base
        words.update({base + "s", base + "es", stem + "ed", stem + "ing"})
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base):
            words.update({base + base[-1] + "ed", base + base[-1] + "ing"})
        if base.endswith("y"):
            words.update({base[:-1] + "ies", base[:-1] + "ied"})
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


# Verbs whose object is either done or not: finishing it is the checkable deliverable.
_COMPLETION_VERBS = _forms(
    """
    pass earn obtain complete finish publish launch ship release submit deploy file sign win graduate defend
    implement migrate automate deliver present close certify qualify achieve attain clear ace sit self-publish
    premiere roll_out open-source upload post patent digitise digitize finalise finalize tidy declutter fix
    repair update
    """,
    "won sat",
)
# Verbs that yield a deliverable only with a countable object ("write a novel", not "write better").
_CREATION_VERBS = _forms(
    """
    write build create record compose produce design draft develop make open start set_up found organise
    organize host run lead attend apply_for apply_to enrol_in enroll_in register_for join find land secure get
    take translate establish introduce adopt plan prepare paint perform give teach shadow buy hire recruit
    onboard train conduct chair facilitate sing read have redesign rewrite refactor replace install audit
    co-author author interview visit book schedule arrange volunteer_for sign_up_for do hold coordinate
    mentor coach edit compile curate illustrate knit sew cook bake climb hike swim cycle tour restore renovate
    document negotiate settle argue play_in play_at perform_at speak_at present_at exhibit_at compete_in
    sing_in
    """,
    "wrote built took gave made found ran led sang held got did",
)
# Verbs that on their own state a wish or a direction, not an action: fine only with a number or deliverable.
_VAGUE_VERBS = _forms(
    """
    improve enhance grow learn understand know become feel explore try focus_on work_on network master gain
    deepen broaden expand strengthen boost increase decrease reduce lower raise cut minimise minimize maximise
    maximize optimise optimize save keep stay maintain help support contribute participate engage spend
    exercise eat sleep relax think_about look_into lose advance progress refine polish sharpen hone brush_up
    level_up upskill reskill switch transition pivot break_into get_into move_into excel thrive succeed
    accelerate speed_up streamline develop take_care work connect invest care_about prioritise prioritize
    deal_with cope_with embrace discover figure_out communicate collaborate nurture elevate empower inspire
    enjoy continue build_up practise practice read_up_on read_up_about be
    """,
    "been am is are was were",
)
_VAGUE_GET = re.compile(
    r"^(?:get|getting)\s+(?:better|good|great|more|less|fitter|healthier|stronger|faster|into|involved|fit|"
    r"healthy|organi[sz]ed|promoted|ahead|comfortable|confident|serious|back\s+into|on\s+top|published|"
    r"noticed|recogni[sz]ed|rich|famous|paid\s+more|there|over|past|through)\b",
    re.IGNORECASE,
)

_COMPARATIVE = re.compile(
    r"\b(?:more|better|less|fewer|stronger|healthier|happier|faster|bigger|higher|greater|smarter|easier|"
    r"deeper|broader|wider|clearer|calmer|fitter|cleaner|simpler|quicker|smoother|sharper|tighter|safer|nicer|"
    r"wiser|leaner|bolder|louder|kinder|closer|tidier|richer|longer|shorter|larger|smaller|"
    r"improved|enhanced|increased|reduced|as\s+much\s+as|a\s+lot|"
    r"lots|somehow|generally|things|stuff|whatever|somewhat|a\s+bit)\b",
    re.IGNORECASE,
)
_ABSTRACT = frozenset(
    _words(
        """
        skill skills skillset skillsets knowledge understanding confidence habit habits mindset career
        careers relationship relationships network networking presence reputation brand expertise ability
        abilities leadership communication balance life health fitness wellbeing well-being happiness
        productivity performance efficiency quality culture experience experiences awareness sense potential
        passion passions voice style craft game work time self myself yourself future growth progress impact
        visibility influence value values vision foundation foundations competence proficiency fluency mind
        stress focus discipline motivation energy attitude self-esteem morale engagement team teams people
        staff others department promotion difference lot things stuff everything something anything weight
        shape satisfaction resilience creativity comfort zone way ways approach approaches mastery boundaries
        priorities purpose goals goal dreams dream results outcomes feedback changes improvements ideas
        practices gap gaps respect ladder journey space connections contacts opportunities opportunity
        posture mindfulness gratitude patience empathy kindness self-care
        """
    )
)
_EVALUATIVE = frozenset(
    _words(
        """
        good great best excellent amazing solid strong nice decent proper real successful
        impactful meaningful important interesting valuable useful high-quality effective
        """
    )
)
_STOPWORDS = frozenset(
    _words(
        """
        a an the my our your his her their its this that these those to of in on at for with by from about
        into and or but as so than then up out over under more less some any all each every own new i we me
        us it is be am are was were been being would can could should must may might shall do does did
        have has had just also really very much many not no only first one next how what which who when where
        why
        """
    )
)
_ARTICLES = frozenset(_words("up out the a an"))
_BREAK_WORDS = frozenset(_words("to for with on at by from in into and so that about of through during"))
_DETERMINER = r"(?:a|an|one|the|my|our|his|her|their|my\s+first|our\s+first|a\s+new|my\s+own|our\s+own)"
_AFTER_DETERMINER = re.compile(r"\b(?:a|an|the|my|our|your|his|her|their|its|this|that)\s+$", re.IGNORECASE)
_LEADING_DETERMINER = re.compile(rf"^{_DETERMINER}\s+", re.IGNORECASE)
_COMPLETION_RE = re.compile(rf"\b(?:{_COMPLETION_VERBS})\s+(?P<rest>[^.;:!?]*)", re.IGNORECASE)
_CREATION_RE = re.compile(
    rf"\b(?:{_CREATION_VERBS})\s+(?:(?:up|out|in|on|at)\s+)?{_DETERMINER}\s+(?P<rest>[^.;:!?]*)",
    re.IGNORECASE,
)
_CREDENTIAL = re.compile(
    r"\b(?:certified|licensed|accredited|chartered|registered|qualified|board-certified|certification|"
    r"certificate|licen[cs]e|degree|diploma|qualification|exam|examination|test|bar|boards|nclex|thesis|"
    r"dissertation|black\s+belt)\b",
    re.IGNORECASE,
)
_CREDENTIAL_VERB = re.compile(
    r"\b(?:pass|passes|passed|passing|earn|earns|earned|earning|obtain|obtained|obtaining|get|gets|got|getting|"
    r"gain|gained|achieve|achieved|receive|received|sit|take|taking|complete|completed|completing|finish|"
    r"become|becoming|clear|ace|secure|attain|awarded)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w.])(?<![A-Za-z]-)\d+(?:[.,]\d+)*")
# "Python 3", "Section 230", "Article 17": a number right after a capitalised name is part of the name.
_NAME_BEFORE = re.compile(r"(?<=[^\s.!?:;])\s+[A-Z][\w]*\s+$")
_NUMBER_WORD = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"million|billion|dozen|zero|twice|thrice|half|halve|double|triple|quadruple)\b"
    r"|(?<!\bno\s)one\b(?!\s+(?:of|another|more|day|thing)\b)(?!-on-))",
    re.IGNORECASE,
)
_ONE_ON_ONE = re.compile(r"\b(?:one|1)[\s-]*(?:on|to|:)[\s-]*(?:one|1)s?\b", re.IGNORECASE)
_UNIT_MEASURE = re.compile(r"[%$€£¥]|\b(?:percent|per\s+cent|percentage|pp)\b", re.IGNORECASE)
_FREQUENCY = re.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|nightly|biweekly|bi-weekly|"
    r"(?:every|each|per)\s+(?:single\s+)?(?:day|week|weekday|weekend|month|morning|evening|night|shift|sprint|"
    r"quarter|year|session|lesson|semester|term|other|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|once\s+(?:a|per|every|each)|(?:after|before|at)\s+(?:each|every)|each\s+time)\b",
    re.IGNORECASE,
)
_PREAMBLE = re.compile(
    r"^(?:[^\w]+|(?:i|we)\b\s*(?:'d|would|'ll|will|shall|must|should|can|'m|am|are|'re)?\s*(?:really\s+|also\s+)?"
    r"(?:want|like|love|wish|hope|plan|aim|intend|need|have|going|expect|commit|promise|try|trying|mean|"
    r"would\s+like)?\s*(?:to\b)?\s*|(?:my|our|the|this|one)\s+(?:main\s+|big\s+|first\s+|personal\s+|"
    r"professional\s+)?(?:goal|aim|objective|plan|target|intention|resolution|focus)\s*(?:for\s+[^:]*?)?"
    r"\s*(?:is|will\s+be|:)\s*(?:to\b)?\s*|(?:goal|objective|target|aim)\s*:\s*|to\s+|try\s+to\s+|"
    r"attempt\s+to\s+|finally\s+|really\s+|actually\s+|also\s+|just\s+|be\s+able\s+to\s+|start\s+to\s+|"
    r"begin\s+to\s+|continue\s+to\s+|able\s+to\s+)",
    re.IGNORECASE,
)
_VAGUE_HEAD = re.compile(rf"^(?:{_VAGUE_VERBS})\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")

# --- language screening -------------------------------------------------------------------------------

_FOREIGN_WORDS = frozenset(
    _words(
        """
        le la les des du une et est je mon ma mes pour avec dans sur d'ici être avoir veux voudrais nous vous
        notre votre qui que pas améliorer apprendre mois année semaines el los las del y es quiero para con
        una por mi mis como más mejorar aprender antes año meses semanas ich und der das ein eine nicht mit
        bis ist zu möchte werde meine mein verbessern lernen jahr monaten wochen di che voglio della entro
        migliorare imparare anno mesi em um uma não eu meu minha quero melhorar até ano het een ik wil mijn
        verbeteren lorem ipsum dolor amet consectetur adipiscing
        """
    )
)
_ENGLISH_VERB = re.compile(rf"(?:{_VAGUE_VERBS}|{_CREATION_VERBS}|{_COMPLETION_VERBS})", re.IGNORECASE)
_ENGLISH_WORDS = (
    _STOPWORDS
    | _ABSTRACT
    | frozenset(_words("goal goals better year month week day months weeks days years before until end"))
)
_KEYBOARD_MASH = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}|(.)\1{3,}", re.IGNORECASE)
_NOT_ENGLISH = "The goal does not look like English; the coach can only read goals written in English."


def _language_problem(text: str) -> str | None:
    letters = [c for c in text if c.isalpha()]
    non_latin = sum(1 for c in letters if not unicodedata.name(c, "").startswith("LATIN"))
    if non_latin > 0.3 * len(letters):
        return _NOT_ENGLISH
    words = [w.lower() for w in _WORD.findall(text)]
    foreign = sum(w in _FOREIGN_WORDS for w in words)
    english = sum(w in _ENGLISH_WORDS or _ENGLISH_VERB.fullmatch(w) is not None for w in words)
    if (foreign >= 2 and foreign > english) or (foreign and not english):
        return _NOT_ENGLISH
    if not english and (_KEYBOARD_MASH.search(text) or not any(re.search(r"[aeiouy]", w) for w in words)):
        return "The goal could not be read: it does not seem to contain English words."
    return None


# --- assessment ----------------------------------------------------------------------------------------


def _concrete_object(rest: str, skip_particles: bool = False) -> bool:
    """True when the words after a verb name a thing rather than an abstraction or a comparison."""
    words = [w.lower() for w in _WORD.findall(rest)[:8]]
    while skip_particles and words and (words[0] in _BREAK_WORDS or words[0] in _ARTICLES):
        words.pop(0)
    head: list[str] = []
    for word in words:
        if word in _BREAK_WORDS:
            break
        head.append(word)
    content = [w for w in head if w not in _STOPWORDS]
    if not content or _COMPARATIVE.search(" ".join(head)) or any(w in _EVALUATIVE for w in head):
        return False
    return content[-1] not in _ABSTRACT


def _used_as_verb(text: str, m: re.Match) -> bool:
    """'my closing rate', 'the finished product': a verb form after a determiner is a modifier."""
    return _AFTER_DETERMINER.search(text, 0, m.start()) is None


def _has_deliverable(text: str) -> bool:
    for m in _COMPLETION_RE.finditer(text):
        if _used_as_verb(text, m) and _concrete_object(_LEADING_DETERMINER.sub("", m["rest"])):
            return True
    for m in _CREATION_RE.finditer(text):
        if _used_as_verb(text, m) and _concrete_object(m["rest"]):
            return True
    for m in _CREDENTIAL.finditer(text):
        window = text[max(0, m.start() - 60) : m.start()]
        verbs = list(_CREDENTIAL_VERB.finditer(window))
        if verbs and not _COMPARATIVE.search(window[verbs[-1].start() :]):
            return True
    return False


def _has_quantity(text: str) -> bool:
    text = _ONE_ON_ONE.sub(" ", text)
    if any(_NAME_BEFORE.search(text, 0, m.start()) is None for m in _NUMBER.finditer(text)):
        return True
    if _NUMBER_WORD.search(text) or _UNIT_MEASURE.search(text):
        return True
    # A routine is countable, but "learn more things every day" repeats a wish, not a checkable action.
    return bool(_FREQUENCY.search(text)) and not _COMPARATIVE.search(text)


def _main_clause(text: str) -> str:
    previous = None
    while previous != text:
        previous = text
        text = _PREAMBLE.sub("", text, count=1).lstrip()
    return text


def _vague_phrase(clause: str) -> str | None:
    """The opening words that make the goal a wish rather than an action, if any."""
    if (
        _VAGUE_GET.match(clause)
        or _VAGUE_HEAD.match(clause)
        or _COMPARATIVE.search(clause)
        or re.match(r"(?:more|better|less|a|an|some|my|our)\b", clause, re.IGNORECASE)
    ):
        return " ".join(_WORD.findall(clause)[:4])
    return None


def _is_specific(clause: str) -> bool:
    if _vague_phrase(clause) is not None:
        return False
    words = clause.split(None, 1)
    return len(words) == 2 and _concrete_object(words[1], skip_particles=True)


def _format_day(day: date) -> str:
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def _example_deadline(today: date) -> str:
    target = _add_months(today, 6)
    return _format_day(_month_end(target.year, target.month))


def _input_problem(text: str) -> tuple[str, str] | None:
    if not text.strip():
        return (
            "The goal is empty.",
            "Write your goal as one sentence: what you will do, how much, and by when.",
        )
    if len(text) > MAX_CHARS:
        return (
            f"The goal is too long ({len(text)} characters; the limit is {MAX_CHARS}).",
            "Shorten it to a single goal of one or two sentences.",
        )
    if not any(c.isalpha() for c in text):
        return (
            "The goal contains no words, only punctuation, digits or symbols.",
            "Write your goal in words: what you will do, how much, and by when.",
        )
    language = _language_problem(text)
    if language:
        return language, "Rewrite the goal as a plain English sentence so it can be checked."
    return None


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_MEASURE_HINT = "Add a number: how many, how much, or what result shows it is done (e.g. 'pass the exam')."


def assess_goal(text: str, today: date | None = None) -> GoalAssessment:
    today = today or date.today()
    text = unicodedata.normalize("NFKC", text or "").replace("\u2019", "'")
    problem = _input_problem(text)
    if problem:
        return GoalAssessment(hints=[problem[1]], problems=[problem[0]], confident=False)

    spans, dates = _find_time(text, today)
    # Dates and durations are blanked out so "by 30 June 2027" is not mistaken for a quantity.
    masked = _blank(text, spans)
    vague_time = _VAGUE_TIME.search(masked)
    masked = _blank(masked, [m.span() for m in _VAGUE_TIME.finditer(masked)])

    measurable = _has_quantity(masked) or _has_deliverable(masked)
    clause = _main_clause(masked.strip())
    specific = measurable or _is_specific(clause)
    dated = [d for d in dates if d is not None]
    deadline = max(dated) if dated else None

    hints: list[str] = []
    if not specific:
        vague = _vague_phrase(clause)
        if vague:
            hints.append(
                f"'{vague}' is vague: name the concrete action or result, for example "
                "'publish two articles' rather than 'get better at writing'."
            )
        else:
            hints.append("Say exactly what you will do or produce: which skill, project, exam or result.")
    if not measurable:
        hints.append(_MEASURE_HINT)
    if not spans:
        example = _example_deadline(today)
        if vague_time:
            hints.append(f"'{vague_time[0].strip()}' is not a deadline: add one such as 'by {example}'.")
        else:
            hints.append(f"Add a deadline such as 'by {example}'.")
    elif deadline is not None and deadline < today:
        hints.append(f"The deadline {_format_day(deadline)} is in the past: pick a date after today.")

    return GoalAssessment(
        specific=specific,
        measurable=measurable,
        time_bound=bool(spans),
        deadline=deadline.isoformat() if deadline else None,
        hints=hints,
    )
