"""Publication dates written at the top of an article, and date strings from metadata."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime

from dateutil import parser as dateparser

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
# The date itself, in the forms news pages print: ISO, "6 November 2025", "April 2, 2026".
_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH},?[ \t]+\d{{4}}"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}})"
)
# A time that may follow the date: "14:00", "at 9.30 a.m. GMT", "| 08:15 (CET)", ", 01:19 hrs".
_ZONE = r"(?:[ \t]*\(?(?-i:[A-Z]{2,5})\)?(?![A-Za-z]))"
_TIME = (
    r"(?:[ \t]*(?:,|at|@|-|–|—|\||T)?[ \t]*\d{1,2}[:.]\d{2}(?::\d{2})?"
    rf"(?:[ \t]*[ap]\.?m\.?|[ \t]*hrs?\b)?{_ZONE}?)?"
)
# Clock times a labelled line may give before its date: "POSTED: 1052 GMT (1852 HKT), April 10, 2007".
_CLOCKS_BEFORE = rf"(?:\(?\d{{1,2}}[:.]?\d{{2}}(?:[ \t]*[ap]\.?m\.?)?{_ZONE}?\)?[ \t]*,?[ \t]*)*"
HEADER_RE = re.compile(
    r"[ \t]*(?P<lead>(?:date|published|posted|updated|last[ \t]+updated|dated)(?:[ \t]+on)?[ \t]*:?[ \t]*"
    rf"{_CLOCKS_BEFORE})?"
    rf"(?P<weekday>{_WEEKDAY}[ \t]*,?[ \t]*)?"
    rf"(?P<date>{_DATE}){_TIME}",
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]*\n?")
_REST_BLANK = re.compile(r"[ \t\r|]*(?:\n|\Z)")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*[ \t\r]*\n?\Z")
_SPACES = re.compile(r"\s+")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
HEAD_LINES = 4
MIN_YEAR = 1900


def parse_date(text: str) -> date | None:
    """A complete calendar date (year, month and day) from a metadata or header string, else None."""
    text = text.strip()
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    text = _SPACES.sub(" ", text)
    try:
        # Parsed twice with different defaults: a part missing from the text shows as a difference.
        one = dateparser.parse(text, default=datetime(1, 1, 1), fuzzy=False).date()
        two = dateparser.parse(text, default=datetime(2, 2, 2), fuzzy=False).date()
    except (ValueError, OverflowError, TypeError):
        return None
    return one if one == two else None


def _line_date(text: str, start: int, *, alone: bool) -> tuple[date, int, int] | None:
    m = HEADER_RE.match(text, start)
    if not m:
        return None
    labelled = m["lead"] is not None or m["weekday"] is not None
    if (alone or not labelled) and not _REST_BLANK.match(text, m.end()):
        return None  # a bare date that runs on into text is content: "5 May 2026 is the day of the vote."
    value = parse_date(m["date"])
    if value is None or value.year < MIN_YEAR:
        return None
    return value, m.start(), m.end()


def header_date(text: str) -> tuple[date, int, int] | None:
    """The date line at the top of a plain-text article: (date, start, end) of the match.

    The first non-blank line may carry the date followed by text when it is labelled
    ("date 2025-10-21 Donald ..."); a later line among the first few counts only when it
    is the date alone and the lines before it read as a title or byline, not as prose.
    """
    for seen, (start, line) in enumerate(_head_lines(text)):
        found = _line_date(text, start, alone=seen > 0)
        if found is not None:
            return found
        if _SENTENCE_END.search(line):
            return None
    return None


def _head_lines(text: str) -> Iterator[tuple[int, str]]:
    """The first ``HEAD_LINES`` non-blank lines, with where each starts."""
    seen = 0
    for m in _LINE.finditer(text):
        line = m.group()
        if not line or seen >= HEAD_LINES:
            return
        if line.strip():
            seen += 1
            yield m.start(), line


# A wire dateline opening the first paragraph: "CAIRO, March 3 (Reuters) -", "KYIV, Ukraine,
# Oct. 4, 2026 (AP) —". Its date is when the article was filed, never an event's.
DATELINE_RE = re.compile(
    r"[ \t]*(?-i:[A-Z][A-Z .'’-]+)(?:,[ \t]+[A-Z][A-Za-z .]+?)?,[ \t]+"
    rf"(?P<date>{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,[ \t]+(?P<year>\d{{4}}))?)"
    r"[ \t]*(?:\((?-i:[A-Z][A-Za-z. ]+)\))?[ \t]*[-—–]+",
    re.IGNORECASE,
)


def dateline_date(text: str) -> tuple[date | None, int, int] | None:
    """The wire dateline at the start of one of the first lines: (its date if it names a year, and the
    span of the date); None when there is no dateline."""
    for start, _line in _head_lines(text):
        found = DATELINE_RE.match(text, start)
        if found is not None:
            value = parse_date(found["date"]) if found["year"] else None
            return value, found.start("date"), found.end("date")
    return None
