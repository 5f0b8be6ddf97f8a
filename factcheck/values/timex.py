"""TIMEX3 value arithmetic: building values, the days a value can denote, and reading them out.

Values follow TimeML: ``2025-10-14``, ``2025-10``, ``2025``, ``2025-W42``,
``2024-SP``, ``1997-Q3``, ``1997-H1``, ``199`` (a decade), ``19`` (a century),
``2025-10-14TNI`` or ``2025-10-14T14:30`` (times), ``P2W`` (durations),
``XXXX-WXX-7`` (sets) and the references ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

MONTH_NAMES = tuple(calendar.month_name)
DAY_NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASON_MONTHS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    # (start month, day), (end month, day); winter runs into the next year.
    "SP": ((3, 1), (5, 31)),
    "SU": ((6, 1), (8, 31)),
    "FA": ((9, 1), (11, 30)),
    "WI": ((12, 1), (2, 28)),
}
SEASON_WORDS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
PART_WORDS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
UNIT_WORDS = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "H": "hour", "S": "second", "E": "decade", "C": "century", "L": "millennium"}

_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T(MO|AF|EV|NI|DT|\d\d(?::\d\d)?(?::\d\d)?))?$")
_MONTH = re.compile(r"(\d{4})-(\d\d)$")
_YEAR = re.compile(r"(\d{4})$")
_WEEK = re.compile(r"(\d{4})-W(\d{1,2})$")
_WEEKEND = re.compile(r"(\d{4})-W(\d{1,2})-WE$")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])$")
_HALF = re.compile(r"(\d{4})-H([12])$")
_DECADE = re.compile(r"(\d{3})$")
_CENTURY = re.compile(r"(\d{2})$")
_PIECE = re.compile(r"(\d+(?:\.\d+)?|X)(DE|CE|[YMWDQEHSLC])")


# ---- building values -------------------------------------------------------

def day(d: date) -> str:
    return d.isoformat()


def month(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter(d: date) -> str:
    return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"


def shift(anchor: date, unit: str, n: int) -> date:
    """``anchor`` moved by ``n`` calendar units (D, W, M, Q, Y, or a multiple such as 2W or 10Y)."""
    digits = len(unit) - len(unit.lstrip("0123456789"))
    if digits and unit[digits:]:
        return shift(anchor, unit[digits:], n * int(unit[:digits]))
    if unit == "D":
        return anchor + timedelta(days=n)
    if unit == "W":
        return anchor + timedelta(weeks=n)
    if unit == "M":
        return anchor + relativedelta(months=n)
    if unit == "Q":
        return anchor + relativedelta(months=3 * n)
    if unit == "Y":
        return anchor + relativedelta(years=n)
    raise ValueError(unit)


def at_granularity(d: date, unit: str) -> str:
    """The value naming the ``unit``-sized period that holds ``d`` (``2025-W42`` for W)."""
    if unit in ("D", "TH", "TM", "TS"):
        return day(d)
    if unit == "W":
        return week(d)
    if unit == "M":
        return month(d)
    if unit == "Q":
        return quarter(d)
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "10Y":
        return f"{d.year // 10:03d}"
    if unit == "100Y":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


def duration(n: int | float | None, unit: str) -> str:
    """``P2W``, ``PT3H``, ``PXD``; multi-unit designators such as ``10Y`` are multiplied out."""
    mult = 1
    if unit[:-1].isdigit():
        mult, unit = int(unit[:-1]), unit[-1]
    if n is None:
        count = "X"
    else:
        total = n * mult
        count = str(int(total)) if float(total).is_integer() else str(total)
    if unit.startswith("T"):
        return f"PT{count}{unit[1:]}"
    return f"P{count}{unit}"


# ---- intervals -------------------------------------------------------------

def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _base_interval(value: str) -> tuple[date, date] | None:
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), _month_end(y, mo)
        if m := _WEEK.match(value):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + timedelta(days=6)
        if m := _WEEKEND.match(value):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 6)
            return start, start + timedelta(days=1)
        if m := _SEASON.match(value):
            y = int(m[1])
            (sm, sd), (em, ed) = SEASON_MONTHS[m[2]]
            if m[2] == "WI":
                return date(y, sm, sd), _month_end(y + 1, em)
            return date(y, sm, sd), date(y, em, ed)
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if m := _YEAR.match(value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return date(max(y, 1), 1, 1), date(y + 9, 12, 31)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


UNIVERSAL = "UNIVERSAL"  # a day given with a GMT/UTC clock time: one local day either side may be meant


def interval(mention_value: str, mod: str | None = None) -> tuple[date, date] | None:
    """The inclusive range of days a DATE value can denote, narrowed by START/MID/END.

    None for durations, sets, references and underspecified values, so a date
    check only calls two dates different when their intervals are disjoint. A day timed
    in GMT or UTC (``UNIVERSAL``) may be the local day before or after.
    """
    span = _base_interval(mention_value)
    if span is None:
        return None
    lo, hi = span
    if mod == UNIVERSAL:
        return lo - timedelta(days=1), hi + timedelta(days=1)
    length = (hi - lo).days + 1
    if length < 3 or mod not in ("START", "MID", "END"):
        return span
    third = max(1, length // 3)
    if mod == "START":
        return lo, lo + timedelta(days=third - 1)
    if mod == "END":
        return hi - timedelta(days=third), hi
    return lo + timedelta(days=third), hi - timedelta(days=third)


# ---- reading values out ----------------------------------------------------

def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _plural(n: str, word: str) -> str:
    if n == "X":
        return f"some {word}s"
    return f"{n} {word}" if n in ("1", "1.0") else f"{n} {word}s"


_MOD_WORDS = {
    "START": "early",
    "MID": "mid",
    "END": "late",
    "APPROX": "about",
    "MORE_THAN": "more than",
    "LESS_THAN": "less than",
    "EQUAL_OR_MORE": "at least",
    "EQUAL_OR_LESS": "at most",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
}


def describe(value: str, mod: str | None = None) -> str:
    """A value in plain English ("Wednesday 22 October 2025", "the week of 20 October 2025")."""
    words = _describe(value)
    if mod in _MOD_WORDS:
        return f"{_MOD_WORDS[mod]} {words}"
    return words


def _describe(value: str) -> str:
    refs = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}
    if value in refs:
        return refs[value]
    if value.startswith("P"):
        day_part, _, time_part = value[1:].partition("T")
        parts = []
        for count, unit in _PIECE.findall(day_part):
            parts.append(_plural(count, UNIT_WORDS.get(unit, unit)))
        for count, unit in _PIECE.findall(time_part):
            parts.append(_plural(count, {"H": "hour", "M": "minute", "S": "second"}.get(unit, unit)))
        return " ".join(parts) or value
    if value.startswith("XXXX-WXX-") and value[9:10].isdigit():
        rest = value[10:]
        part = PART_WORDS.get(rest[1:], "") if rest.startswith("T") else ""
        return f"every {DAY_NAMES[int(value[9])]}{' ' + part if part else ''}"
    if m := re.match(r"XXXX-(\d\d)-(\d\d)$", value):
        return f"{int(m[2])} {MONTH_NAMES[int(m[1])]} (year unknown)"
    if m := re.match(r"XXXX-(\d\d)$", value):
        return f"{MONTH_NAMES[int(m[1])]} (year unknown)"
    if m := _DAY.match(value):
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return value
        text = f"{DAY_NAMES[d.isoweekday()]} {d.day} {MONTH_NAMES[d.month]} {d.year}"
        if m[4]:
            named = {"24:00": "midnight", "12:00": "noon"}.get(m[4])
            text += f", {PART_WORDS[m[4]]}" if m[4] in PART_WORDS else f" at {named or m[4]}"
        return text
    if m := _MONTH.match(value):
        mo = int(m[2])
        return f"{MONTH_NAMES[mo]} {m[1]}" if 1 <= mo <= 12 else value
    if m := _WEEK.match(value):
        try:
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return value
        return f"the week of {start.day} {MONTH_NAMES[start.month]} {start.year}"
    if m := _WEEKEND.match(value):
        try:
            start = date.fromisocalendar(int(m[1]), int(m[2]), 6)
        except ValueError:
            return value
        return f"the weekend of {start.day} {MONTH_NAMES[start.month]} {start.year}"
    if m := _SEASON.match(value):
        return f"{SEASON_WORDS[m[2]]} {m[1]}"
    if m := _QUARTER.match(value):
        return f"the {('first', 'second', 'third', 'fourth')[int(m[2]) - 1]} quarter of {m[1]}"
    if m := _HALF.match(value):
        return f"the {('first', 'second')[int(m[2]) - 1]} half of {m[1]}"
    if _YEAR.match(value):
        return value
    if m := _DECADE.match(value):
        return f"the {m[1]}0s"
    if m := _CENTURY.match(value):
        n = int(m[1]) + 1
        return f"the {n}{_ordinal_suffix(n)} century"
    return value
