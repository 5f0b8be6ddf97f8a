"""Publication dates written at the top of an article, and date strings from metadata."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateparser

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
# The date itself, in the forms news pages print: ISO, "6 November 2025", "April 2, 2026".
_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}"
    rf"|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})"
)
HEADER_RE = re.compile(
    r"[ \t]*(?:(?:date|published|posted|updated|dated)[ \t]*:?[ \t]*)?"
    rf"(?:{_WEEKDAY}[ \t]*,?[ \t]*)?"
    rf"(?P<date>{_DATE})",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")


def parse_date(text: str) -> date | None:
    """A calendar date from a metadata or header string, or None when it is not one."""
    text = text.strip()
    if not text:
        return None
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    try:
        return dateparser.parse(_SPACES.sub(" ", text), default=datetime(1, 1, 1), fuzzy=False).date()
    except (ValueError, OverflowError):
        return None


def header_date(text: str) -> tuple[date, int, int] | None:
    """The date line at the very top of a plain-text article: (date, start, end) of the match.

    Only the start of the first non-blank line counts: a date elsewhere is content.
    """
    stripped = len(text) - len(text.lstrip())
    m = HEADER_RE.match(text, stripped)
    if not m:
        return None
    value = parse_date(m["date"])
    if value is None or value.year < 1900:
        return None
    return value, m.start(), m.end()
