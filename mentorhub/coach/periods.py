"""Named periods people write as deadlines: holidays, seasons, school terms and years, financial years.

Convention (docs/coaches.md): a period used as a deadline ends on its last day, so "by summer" is 31 August and
"this financial year" is 31 March; a holiday of one day is that day ("before Christmas" is 25 December). Seasons
are meteorological (northern hemisphere), school dates follow England's calendar (school year to 31 July, terms to
20 December, 31 March and 20 July, half-terms to 20 February, 31 May and 31 October), semesters end on 20 December,
31 May and 15 August (semester or term 1 is the autumn one, 2 the spring one, 3 the summer one), and the financial
year ends on 31 March (the UK tax year on 5 April). Days with a fixed date (Valentine's Day, Halloween, Bonfire
Night, St Patrick's Day, Burns Night, Hogmanay, Midsummer, the Fourth of July) are that day; Mother's Day is the UK's
Mothering Sunday (Easter Sunday minus 21 days) and Father's Day the third Sunday of June.
The festive period is the Christmas holidays (to 3 January); "the holidays" are whichever of the Christmas, Easter
and summer holidays end next. "In the new year" is its first month (31 January) and "the new term" the term after
the current one.

Every function takes the person's today and returns the first end on or after it, so "by Easter" in May means
next year's Easter.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# Moveable feasts of lunar or lunisolar calendars: the first day, per year (civil dates as published for the UK).
_FIRST_DAYS = {
    "ramadan": ("2025-03-01 2026-02-18 2027-02-08 2028-01-28 2029-01-16 2030-01-06 2030-12-26 2031-12-15 2032-12-04"),
    "eid": ("2025-03-30 2026-03-20 2027-03-10 2028-02-27 2029-02-15 2030-02-05 2031-01-25 2032-01-14 2033-01-02"),
    "eid al-adha": "2025-06-06 2026-05-27 2027-05-16 2028-05-05 2029-04-24 2030-04-13 2031-04-02 2032-03-22",
    "diwali": "2025-10-20 2026-11-08 2027-10-29 2028-10-17 2029-11-05 2030-10-26 2031-11-14 2032-11-02",
    "hanukkah": "2025-12-15 2026-12-05 2027-12-25 2028-12-13 2029-12-02 2030-12-21 2031-12-10 2032-11-28",
    "passover": "2025-04-13 2026-04-02 2027-04-22 2028-04-11 2029-03-31 2030-04-18 2031-04-08 2032-03-27",
    "lunar new year": "2025-01-29 2026-02-17 2027-02-06 2028-01-26 2029-02-13 2030-02-03 2031-01-23 2032-02-11",
}
# How many days each lasts after its first day, so "during Ramadan" ends on its last day.
_LENGTH = {"ramadan": 29, "hanukkah": 7, "passover": 7}
_ALIASES = {"eid al-fitr": "eid", "eid al adha": "eid al-adha", "chinese new year": "lunar new year"}
_MOVEABLE = {name: [date.fromisoformat(day) for day in days.split()] for name, days in _FIRST_DAYS.items()}


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the computus's own letter
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def _yearly(today: date, day_in: callable) -> date:
    """The first day_in(year) on or after today."""
    for year in (today.year, today.year + 1, today.year + 2):
        day = day_in(year)
        if day >= today:
            return day
    return day_in(today.year + 2)


# Days with a fixed date, under the names people write them.
_FIXED_DAYS = {
    **dict.fromkeys(("valentines", "valentines day"), (2, 14)),
    **dict.fromkeys(("halloween",), (10, 31)),
    **dict.fromkeys(("bonfire night", "guy fawkes", "guy fawkes night"), (11, 5)),
    **dict.fromkeys(("st patricks", "st patricks day", "paddys day"), (3, 17)),
    **dict.fromkeys(("burns night",), (1, 25)),
    **dict.fromkeys(("hogmanay",), (12, 31)),
    **dict.fromkeys(("midsummer",), (6, 24)),
    **dict.fromkeys(("fourth of july", "july 4th", "independence day"), (7, 4)),
}


def holiday_end(name: str, today: date) -> date | None:
    """The end of a named holiday, or None for one this module does not know."""
    name = " ".join(name.lower().replace("'", "").split())
    if name in ("christmas", "xmas", "christmas day"):
        return _yearly(today, lambda y: date(y, 12, 25))
    if name == "christmas eve":
        return _yearly(today, lambda y: date(y, 12, 24))
    if name in (
        "christmas holidays", "christmas break", "christmas holiday", "winter break", "xmas holidays",
        "festive period", "festive season", "festive break",
    ):  # fmt: skip
        return _yearly(today, lambda y: date(y + 1, 1, 3))
    if name in ("new years day", "new year day"):
        return _yearly(today, lambda y: date(y, 1, 1))
    if name.startswith("new year"):
        return _yearly(today, lambda y: date(y, 12, 31))
    if name in ("easter", "easter sunday"):
        return _yearly(today, easter)
    if name in ("easter holidays", "easter break", "easter holiday", "spring break"):
        return _yearly(today, lambda y: easter(y) + timedelta(days=8))
    if name in ("whitsun", "whit sunday", "pentecost"):
        return _yearly(today, lambda y: easter(y) + timedelta(days=49))
    if name == "whit monday":
        return _yearly(today, lambda y: easter(y) + timedelta(days=50))
    # Mother's Day is the UK's Mothering Sunday (three weeks before Easter); Father's Day the third Sunday of June.
    if name in ("mothers day", "mothering sunday"):
        return _yearly(today, lambda y: easter(y) - timedelta(days=21))
    if name == "fathers day":
        return _yearly(today, lambda y: date(y, 6, 15) + timedelta(days=(6 - date(y, 6, 15).weekday()) % 7))
    if name == "good friday":
        return _yearly(today, lambda y: easter(y) - timedelta(days=2))
    if name == "lent":
        return _yearly(today, lambda y: easter(y) - timedelta(days=1))
    if name == "advent":
        return _yearly(today, lambda y: date(y, 12, 24))
    if name in ("movember",):
        return _yearly(today, lambda y: date(y, 11, 30))
    if name in ("dry january", "veganuary"):
        return _yearly(today, lambda y: date(y, 1, 31))
    if name == "sober october":
        return _yearly(today, lambda y: date(y, 10, 31))
    if name == "thanksgiving":
        return _yearly(today, _thanksgiving)
    if name == "holidays":
        # "Over the holidays": whichever school holidays come next.
        return min(holiday_end(other, today) for other in ("christmas holidays", "easter holidays", "summer holidays"))
    if name in ("summer holidays", "summer holiday", "summer break", "summer vacation"):
        return _yearly(today, lambda y: date(y, 8, 31))
    fixed = _FIXED_DAYS.get(name.removeprefix("the ").replace(".", ""))
    if fixed:
        return _yearly(today, lambda y: date(y, *fixed))
    # Memorial Day is the last Monday of May, Labor Day the first Monday of September (US).
    if name == "memorial day":
        return _yearly(today, lambda y: date(y, 5, 31) - timedelta(days=date(y, 5, 31).weekday()))
    if name in ("labor day", "labour day"):
        return _yearly(today, lambda y: date(y, 9, 1) + timedelta(days=(7 - date(y, 9, 1).weekday()) % 7))
    if name == "black friday":
        return _yearly(today, lambda y: _thanksgiving(y) + timedelta(days=1))
    key = _ALIASES.get(name, name)
    if key in _MOVEABLE:
        length = _LENGTH.get(key, 0)
        for first in _MOVEABLE[key]:
            if first + timedelta(days=length) >= today:
                return first + timedelta(days=length)
    return None


_HALF_TERMS = {"february": (2, 20), "feb": (2, 20), "may": (5, 31), "october": (10, 31), "oct": (10, 31)}


def half_term_end(which: str | None, today: date) -> date:
    if which and which.lower() in _HALF_TERMS:
        month, day = _HALF_TERMS[which.lower()]
        return _yearly(today, lambda y: date(y, month, day))
    return min(_yearly(today, lambda y, md=md: date(y, *md)) for md in _HALF_TERMS.values())


_TERM_ENDS = {"autumn": (12, 20), "fall": (12, 20), "christmas": (12, 20), "spring": (3, 31), "summer": (7, 20)}
_SEMESTER_ENDS = {"fall": (12, 20), "autumn": (12, 20), "spring": (5, 31), "summer": (8, 15)}


def term_end(which: str | None, today: date, semester: bool = False) -> date:
    """The end of the named term (or semester), or of the current one when unnamed."""
    ends = _SEMESTER_ENDS if semester else _TERM_ENDS
    if which and which.lower() in ends:
        month, day = ends[which.lower()]
        return _yearly(today, lambda y: date(y, month, day))
    return min(_yearly(today, lambda y, md=md: date(y, *md)) for md in set(ends.values()))


_NUMBERED = {"1": "autumn", "first": "autumn", "1st": "autumn", "2": "spring", "second": "spring", "2nd": "spring",
             "3": "summer", "third": "summer", "3rd": "summer"}  # fmt: skip


def numbered_term_end(number: str, kind: str, today: date) -> date:
    """Semester 1 or term 1 is the autumn one, 2 the spring one, 3 the summer one."""
    return term_end(_NUMBERED[number.lower()], today, semester=kind.lower() == "semester")


def school_year_end(today: date, offset: int = 0) -> date:
    end = _yearly(today, lambda y: date(y, 7, 31))
    return end.replace(year=end.year + offset)


def financial_year_end(today: date, offset: int = 0, tax: bool = False) -> date:
    end = _yearly(today, lambda y: date(y, 4, 5) if tax else date(y, 3, 31))
    return end.replace(year=end.year + offset)


def named_financial_year_end(year: int, tax: bool = False) -> date:
    """FY27 and 2026/27 both end in 2027."""
    return date(year, 4, 5) if tax else date(year, 3, 31)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
