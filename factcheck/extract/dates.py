"""Temporal expressions tagged and normalized to TIMEX3, anchored to the publication date.

Rule-based: each rule is a regular expression with a handler that turns the
match into a ``type``/``value``/``mod``; one pass over the text finds the words
the rules can begin with, and each rule is tried there alone; overlapping candidates are
settled longest first; a final pass in document order resolves what needs the
document's context (reporting quarters, "four days after the 18th").
Weekdays and bare month-days point back or ahead by the tense of their clause.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import MO, relativedelta, weekday as rd_weekday

from factcheck import lexicon
from factcheck.values import timex
from factcheck.model import TimeMention

# ---- word lists ------------------------------------------------------------

MONTHS = {k: int(v) for k, v in lexicon.mapping("dates_months.txt").items()}
WEEKDAYS = {k: int(v) for k, v in lexicon.mapping("dates_weekdays.txt").items()}
NUMBERS = {k: int(v) for k, v in lexicon.mapping("dates_numbers.txt").items()}
ORDINALS = {k: int(v) for k, v in lexicon.mapping("dates_ordinals.txt").items()}
UNITS = lexicon.mapping("dates_units.txt")
SEASONS = {k: v.upper() for k, v in lexicon.mapping("dates_seasons.txt").items()}
PARTS = {k: v.upper() for k, v in lexicon.mapping("dates_parts.txt").items()}
REFS = lexicon.mapping("dates_refs.txt")
HOLIDAYS = lexicon.mapping("dates_holidays.txt")
TENSE = lexicon.groups("dates_tense.txt")
FUTURE_CUES = frozenset(TENSE.get("future", ()))
PAST_CUES = frozenset(TENSE.get("past", ()))
PAST_SUFFIX = (TENSE.get("past_suffix") or ("ed",))[0]
AMBIGUOUS_FUTURE = frozenset(TENSE.get("future_participle", ()))
TO_FUTURE = frozenset(TENSE.get("before_to", ()))
PERFECT = frozenset(TENSE.get("perfect", ()))
NOT_PAST = frozenset(TENSE.get("not_past", ()))
RIGHT_FUTURE = frozenset(TENSE.get("right_future", ()))
RIGHT_PAST = frozenset(TENSE.get("right_past", ()))
RIGHT_SKIP = frozenset(TENSE.get("right_skip", ()))
RIGHT_STOP = frozenset(TENSE.get("right_stop", ()))
REPORTING = frozenset(TENSE.get("reporting", ()))
DEADLINE_PREPS = frozenset(TENSE.get("deadline", ()))
NEEDS_TO = frozenset(TENSE.get("needs_to", ()))
RIGHT_TO_FUTURE = frozenset(TENSE.get("right_before_to", ()))
DETERMINERS = frozenset(TENSE.get("determiners", ()))
AMBIGUOUS_MONTHS = lexicon.words("dates_ambiguous_months.txt")
WEEKDAY_NAMES_AFTER = lexicon.words("dates_weekday_names.txt")
ORDINAL_BLOCKERS = lexicon.words("dates_ordinal_blockers.txt")
YEAR_BLOCKERS = lexicon.words("dates_year_blockers.txt")
TIME_PREPS = lexicon.words("dates_time_preps.txt")
VAGUE = lexicon.words("dates_vague_numbers.txt")


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, spaces as ``\\s+``, factored into a trie.

    Sharing prefixes lets the engine drop a whole branch on its first character,
    and an optional tail makes the longer phrase win, as longest-first would.
    """
    trie: dict = {}
    for w in set(words):
        node = trie
        for tok in " ".join(w.split()):
            node = node.setdefault(tok, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        head = r"\s+" if ch == " " else re.escape(ch)
        branches.append(head + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


_FULL_MONTHS = [m for m in MONTHS if (len(m) > 3 and m != "sept") or m == "may"]  # "May." ends a sentence
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS or m == "sept"]
MONTH = rf"(?:{_alt(_FULL_MONTHS)}|(?:{_alt(_ABBR_MONTHS)})\.?)(?![\w])"
WEEKDAY = rf"(?:{_alt(WEEKDAYS)})"
SEASON = rf"(?:{_alt(SEASONS)})"
PART = r"(?:morning|afternoon|evening|night)"
_ONES = [w for w, n in NUMBERS.items() if n < 10 and w.isalpha() and len(w) > 2]
_TEENS = [w for w, n in NUMBERS.items() if 10 <= n < 20]
_TENS = [w for w, n in NUMBERS.items() if n >= 20 and n % 10 == 0 and n < 100]
NUMWORD = (
    rf"(?:(?:{_alt(_TENS)})(?:[\s-](?:{_alt(_ONES)}))?|{_alt(_TEENS)}|{_alt(_ONES)}"
    rf"|a\s+couple\s+of|couple\s+of|a\s+dozen|dozen|(?:a|one)\s+hundred|half\s+an?|an?)"
)
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2)?|{NUMWORD})"
VAGUE_NUM = rf"(?:{_alt(VAGUE)})"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?"
    r"|decades?|centur(?:y|ies)|millenni(?:um|a))"
)
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
ORDSUF = r"(?:st|nd|rd|th)"
_WORDYEAR = (
    rf"(?:nineteen|twenty)\s+(?:(?:{_alt(_TENS)})(?:[\s-](?:{_alt(_ONES)}))?|{_alt(_TEENS)}|o\s*(?:{_alt(_ONES)}))"
    rf"|two\s+thousand(?:\s+and)?(?:\s+(?:{_alt(_ONES)}|{_alt(_TEENS)}))?"
)
MODWORDS = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
    "nearly": "EQUAL_OR_LESS", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
}
DURMOD = rf"(?:{_alt(MODWORDS)})"
EDGE = {
    "early": "START", "earlier": "START", "the start of": "START", "the beginning of": "START", "beginning of": "START",
    "start of": "START", "the first half of": "START", "late": "END", "later": "END", "the end of": "END", "end of": "END",
    "the close of": "END", "the last half of": "END", "the second half of": "END", "the latter half of": "END",
    "mid": "MID", "the middle of": "MID", "middle of": "MID", "the mid": "MID",
}
EDGES = rf"(?:{_alt(EDGE)})"
HALVES = {"the first half of": 1, "the second half of": 2, "the last half of": 2, "the latter half of": 2}

FLAGS = re.IGNORECASE


# ---- readings --------------------------------------------------------------

class _Hit(NamedTuple):
    """A candidate reading; a tuple, because tens of thousands are made per megabyte."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    anchor: str | int | None = None
    rank: int = 0
    after: tuple[int, str] | None = None  # (signed count, unit) for "N days after X"


@dataclass
class _Ctx:
    text: str
    published: date | None
    bounds: list[int] | None = None  # clause boundaries as flat [start, end, start, end, ...], found once

    def direction(self, start: int, end: int) -> int:
        if self.bounds is None:
            self.bounds = [p for m in _BOUNDARY.finditer(self.text) for p in m.span()]
        return _tense(self.text, start, end, self.bounds)


_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_AND_HALF = re.compile(r"(\d+) 1/2")
_LAST_WORD = re.compile(r"([A-Za-z]+)[\s-]*$")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_QUARTER_VALUE = re.compile(r"(?:\d{4}|XXXX)-Q[1-4]$")
_STOP = re.compile(r"[.;!?]\s")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


@lru_cache(maxsize=4096)
def _norm(s: str) -> str:
    return " ".join(s.lower().replace("-", " ").split())


@lru_cache(maxsize=4096)
def _number(s: str) -> float | None:
    """The count a number phrase gives, or None for vague quantities ("several")."""
    s = _norm(s).replace(",", "")
    if s in VAGUE:
        return None
    if _DIGITS.fullmatch(s):
        return float(s)
    if m := _AND_HALF.fullmatch(s):
        return int(m[1]) + 0.5
    if s.startswith("half"):
        return 0.5
    if s in ("a couple of", "couple of"):
        return 2.0
    if s in ("a dozen", "dozen"):
        return 12.0
    if s in ("a hundred", "one hundred"):
        return 100.0
    total = 0
    for w in s.split():
        if w not in NUMBERS:
            return None
        total += NUMBERS[w]
    return float(total)


@lru_cache(maxsize=4096)
def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return UNITS["century"]
    if w.startswith("millenni"):
        return UNITS["millennium"]
    return UNITS[w[:-1] if w.endswith("s") and w[:-1] in UNITS else w]


def _dur(n: float | None, unit: str) -> str:
    """A duration value, splitting halves into the next smaller unit (2 1/2 years = P2Y6M)."""
    if n is None or float(n).is_integer():
        return timex.duration(n, unit)
    whole = int(n)
    smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}
    if unit in smaller:
        sub, k = smaller[unit]
        part = round((n - whole) * k)
        head = timex.duration(whole, unit) if whole else "P"
        tail = timex.duration(part, sub)
        if tail.startswith("PT") and "T" in head:
            return head + tail[2:]
        return head + tail[1:] if whole else tail
    return timex.duration(n, unit)


def _ago_unit(unit: str) -> str:
    """'a decade ago' is the year ten years back (1989 from 1999), not the decade that holds it (the 1980s);
    'a fortnight ago' is the week two weeks back."""
    return unit.lstrip("0123456789") or unit


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# ---- tense -----------------------------------------------------------------

_VERB_NEXT = re.compile(r"[ \t]+[a-z]")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")
# A clause ends at a stop that is not an abbreviation ("a.m.", "Oct.", "Mr."), or at a colon, semicolon or quote.
_BOUNDARY = re.compile(r"(?=[.!?;:\n\"“”'`])(?:(?<!\b[A-Za-z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!Sept)[.]\s|[!?;:\n\"“”]\s|''\s|``)")


def _tense(text: str, start: int, end: int, bounds: list[int] | None = None) -> int:
    """Positive when the clause around a span speaks of the future, negative of the past, 0 when unknown.

    The magnitude is the strength of the cue (2 for a tense word, 1 for a guessed -ed past).
    ``bounds`` holds the clause boundaries of the whole text, so that each call looks them up instead of scanning.
    """
    if bounds is None:
        bounds = [p for m in _BOUNDARY.finditer(text) for p in m.span()]
    lo = max(0, start - 160)
    i = bisect_right(bounds, start)  # bounds[i - 1] <= start
    k = i - 1 if i % 2 == 0 else i - 2  # the last boundary end at or before start
    if k >= 0 and bounds[k] > lo:
        lo = bounds[k]
    left = text[lo:start]
    hi = min(len(text), end + 120)
    j = bisect_left(bounds, end)
    if j % 2 == 1:
        j += 1  # a boundary that began before the span does not end the clause after it
    if j < len(bounds) and bounds[j + 1] <= hi:
        hi = bounds[j]
    right = text[end:hi]
    best = _left_cue(_WORD.findall(left))
    raw_right = _WORD.findall(right)
    if raw_right and _VERB_NEXT.match(right):
        # a verb right after the expression governs it ("on Sunday issued a warning")
        w = raw_right[0].lower()
        d = _cue(w) if w not in RIGHT_SKIP else 0
        if d < 0 and not (d == -1 and raw_right[0][:1].isupper()):
            return d
    rw = [w.lower() for w in raw_right]
    for i, w in enumerate(rw):
        if w in RIGHT_STOP and (i + 1 >= len(rw) or raw_right[i + 1].islower()):
            break  # another clause ("and were planning"), not a name ("Arts and Crafts League")
        d = 2 if w in RIGHT_FUTURE else -2 if w in RIGHT_PAST else 0
        if not d and i < 9 and i + 1 < len(rw) and rw[i + 1] == "to":
            prev = rw[i - 1] if i else ""
            if w in RIGHT_TO_FUTURE and prev not in DETERMINERS and not _cue(prev):
                d = 2  # "the league plans to", not "announced plans to"
            elif w in AMBIGUOUS_FUTURE and prev in PERFECT:
                d = -2  # "was scheduled to"
            elif w in AMBIGUOUS_FUTURE and prev in TO_FUTURE:
                d = 2  # "is expected to"
        if d:
            if w in REPORTING and best is not None and "," in right[:right.lower().find(w)]:
                break  # "..., the captain said" frames the clause; its own tense decides
            if best is None or 1.5 * i + 1 < best[0]:
                best = (1.5 * i + 1, d)
            break
    return best[1] if best else 0


def _left_cue(raw: list[str]) -> tuple[float, int] | None:
    """The nearest tense cue before the expression as (distance in words, direction)."""
    words = [w.lower() for w in raw]
    n = len(words)
    for i in range(n - 1, -1, -1):
        w = words[i]
        before = words[i - 1] if i else ""
        if w == "to" and before in TO_FUTURE:
            # an infinitive looks ahead of its governor, unless that is in the past ("had been due to")
            d = -2 if before in AMBIGUOUS_FUTURE and i > 1 and words[i - 2] in PERFECT else 2
        elif w == "early" and before == "as":
            d = 2
        elif before == "to" and i > 1:
            continue  # "due to expire": the governor of "to" decides
        elif w in NEEDS_TO and (i + 1 >= n or words[i + 1] != "to"):
            continue  # "plans" as a noun
        elif w in AMBIGUOUS_FUTURE and i + 1 < n and words[i + 1] == "for":
            # "was scheduled for Friday" looks ahead; "had been scheduled for Friday" is a plan overtaken
            d = -1 if before == "had" or (before == "been" and i > 1 and words[i - 2] == "had") else 2
        else:
            d = _cue(w, before)
            if d == -1 and i and raw[i][:1].isupper():
                continue  # "United", "Red": names, not verbs
        if d:
            return (n - 1 - i, d)
    return None


def _cue(word: str, before: str = "") -> int:
    """±2 for a listed tense word, ±1 for a simple past guessed from its ending, 0 for none."""
    w = word.lower()
    if w in AMBIGUOUS_FUTURE:
        return -1 if before in PERFECT else 2  # "had been scheduled": the plan is past, the event may not be
    if before in ("be", "being", "is", "are", "am") and w not in FUTURE_CUES:
        return 0  # a participle after a present auxiliary ("when the case is heard")
    if w in FUTURE_CUES:
        return 2
    if w in PAST_CUES:
        return -2
    if w.endswith(PAST_SUFFIX) and len(w) > 4 and w not in NOT_PAST:
        return -1  # a weaker cue: many -ed words are adjectives or passives
    return 0


# ---- resolution helpers ----------------------------------------------------

def _weekday_date(pub: date, wd: int, direction: int, strict: bool = False) -> date:
    cur = pub.isoweekday()
    if wd == cur and not strict:
        return pub
    if direction > 0:
        return pub + timedelta(days=(wd - cur) % 7 or 7)
    return pub - timedelta(days=(cur - wd) % 7 or 7)


def _month_in_year(pub: date, m: int, direction: int) -> int:
    """The year of a bare month: by a clear tense, else the nearest such month."""
    if abs(direction) < 2:
        # News looks back more than ahead: this year's month if it has come or is a season away, else last year's.
        return pub.year if m - pub.month <= 3 else pub.year - 1
    if direction < 0 and m > pub.month:
        return pub.year - 1
    if direction > 0 and m < pub.month:
        return pub.year + 1
    return pub.year


def _month_day(pub: date, m: int, d: int, direction: int) -> date | None:
    cand = _safe(pub.year, m, d)
    if cand is None:
        return None
    if direction < 0 and cand > pub:
        return _safe(pub.year - 1, m, d)
    if direction > 0 and cand < pub:
        return _safe(pub.year + 1, m, d)
    if direction == 0:
        options = [c for c in (_safe(pub.year - 1, m, d), cand, _safe(pub.year + 1, m, d)) if c]
        return min(options, key=lambda c: (abs((c - pub).days), c > pub))
    return cand


def _day_of_month(pub: date, d: int, direction: int) -> date | None:
    """The most recent such day for the past, the next one for the future."""
    step = 1 if direction > 0 else -1
    probe = date(pub.year, pub.month, 1)
    for _ in range(4):
        cand = _safe(probe.year, probe.month, d)
        if cand and ((step < 0 and cand <= pub) or (step > 0 and cand >= pub)):
            return cand
        probe = probe + relativedelta(months=step)
    return None


def _holiday(name: str, year: int) -> date | None:
    rule = HOLIDAYS[name]
    if rule == "easter":
        return easter(year)
    if m := re.fullmatch(r"(\d\d)-(\d\d)", rule):
        return _safe(year, int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d)@(\d\d)/(-?\d+|e)", rule):
        wd, mo = int(m[1]) - 1, int(m[2])
        if m[3] == "e":
            first_monday = date(year, mo, 1) + relativedelta(weekday=MO(1))
            return first_monday + timedelta(days=1)
        n = int(m[3])
        if n > 0:
            return date(year, mo, 1) + relativedelta(weekday=rd_weekday(wd)(n))
        return date(year, mo, 1) + relativedelta(day=31, weekday=rd_weekday(wd)(n))
    return None


def _season_value(year: int, code: str) -> str:
    return f"{year:04d}-{code}"


def _season_index(d: date) -> tuple[int, str]:
    """The season holding ``d`` as (year, code); December belongs to that year's winter."""
    if d.month in (3, 4, 5):
        return d.year, "SP"
    if d.month in (6, 7, 8):
        return d.year, "SU"
    if d.month in (9, 10, 11):
        return d.year, "FA"
    return (d.year if d.month == 12 else d.year - 1), "WI"


# ---- rules -----------------------------------------------------------------

Handler = Callable[[re.Match[str], _Ctx], "_Hit | None"]
RULES: list["_Rule"] = []
_Start = str | int | tuple[str, str]  # a word, a run of digits by its length, or "the" and the word after it


class _Rule(NamedTuple):
    """A pattern for lower-cased text, the words a match can begin with, and what reads the match."""

    pattern: str
    starts: frozenset[str]  # a match begins with one of these words ...
    digits: Container[int]  # ... or with a run of digits of one of these lengths ...
    the: bool  # ... or with "the", followed by a numeral ...
    after_the: frozenset[str]  # ... or by one of these words
    handler: Handler

    def admits(self, start: _Start) -> bool:
        """Whether a match can begin at a word, a run of digits, or "the" before a word ("" for a numeral)."""
        if isinstance(start, int):
            return start in self.digits
        if isinstance(start, tuple):
            return self.the and (not start[1] or start[1] in self.after_the)
        return start in self.starts


_ANY_LENGTH = range(1, sys.maxsize)
_LEAD = re.compile(r"[a-z]+")
# After "the", which every rule follows with a space: the word, or a digit or apostrophe ("the 12th", "the '90s").
_AFTER_THE = re.compile(r"\s+(?:([a-z]+)|[\d'])")


def rule(pattern: str, starts: Iterable[str] = (), digits: Container[int] = ()) -> Callable[[Handler], Handler]:
    """Register a handler for a lower-case pattern; it runs over a lower-cased copy of the text.

    The pattern is tried only where a phrase ``starts`` lists begins (its first word; for "the", the
    first two, since "the" alone begins most sentences), or a run of digits whose length ``digits`` holds,
    so they must cover every way a match can begin. After "the" a numeral is always tried.
    """
    words: set[str] = set()
    the = False
    after_the: set[str] = set()
    for phrase in starts:
        first, _, rest = phrase.partition(" ")
        if first == "the":
            the = True
            if m := _LEAD.match(rest):
                after_the.add(m[0])
        elif m := _LEAD.match(phrase):
            words.add(m[0])

    def register(fn: Handler) -> Handler:
        RULES.append(_Rule(pattern, frozenset(words), digits, the, frozenset(after_the), fn))
        return fn

    return register


@lru_cache(maxsize=None)
def _pattern(k: int) -> re.Pattern[str]:
    """Rule ``k``'s pattern, compiled the first time a text has a word it can begin with."""
    return re.compile(RULES[k].pattern)


@lru_cache(maxsize=None)
def _case_blind(pattern: str) -> re.Pattern[str]:
    """For the rare text whose lower-casing changes its length; most texts never need it."""
    return re.compile(pattern, FLAGS)


@lru_cache(maxsize=None)
def _start_words() -> re.Pattern[str]:
    """Every word a rule can begin with, "the", and every run of digits that begins a word."""
    words = {w for r in RULES for w in r.starts} | {"the"}
    return re.compile(rf"\b(?:(?P<word>{_alt(words)})(?![a-z])|(?P<digits>\d+))")


@lru_cache(maxsize=None)
def _rules_at(start: _Start) -> tuple[int, ...]:
    """The indexes of the rules that can begin at a start, worked out once for each."""
    return tuple(k for k, r in enumerate(RULES) if r.admits(start))


@lru_cache(maxsize=None)
def _words_after_the() -> frozenset[str]:
    return frozenset(w for r in RULES for w in r.after_the)


def _start_at(m: re.Match[str], low: str) -> _Start | None:
    """What begins at a match of ``_start_words``; None for a "the" that no rule reads on from."""
    word = m["word"]
    if word != "the":
        return word or len(m["digits"])
    after = _AFTER_THE.match(low, m.end())
    if after is None or (after[1] and after[1] not in _words_after_the()):
        return None
    return "the", after[1] or ""


def _starts(low: str) -> list[list[int]]:
    """For each rule, in order, the ascending offsets in ``low`` where a match of it can begin.

    The text is read once for all rules; the offsets are gathered per start, and each start is looked up once.
    """
    by_start: dict[_Start, list[int]] = {}
    for m in _start_words().finditer(low):
        if (start := _start_at(m, low)) is not None:
            by_start.setdefault(start, []).append(m.start())
    at: list[list[int]] = [[] for _ in RULES]
    for start, offsets in by_start.items():
        for k in _rules_at(start):
            at[k] += offsets
    return [sorted(offsets) for offsets in at]


def _matches(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer`` would give, trying only the offsets in ``starts`` (ascending)."""
    end = 0
    for pos in starts:
        if pos >= end and (m := pattern.match(text, pos)):
            end = m.end()
            yield m


def _hit(m: re.Match[str], type_: str, value: str, mod: str | None = None, anchor: str | int | None = None,
         group: int | str = 0, rank: int = 0) -> _Hit:
    return _Hit(m.start(group), m.end(group), type_, value, mod, anchor, rank)


def _orig(m: re.Match[str], ctx: _Ctx, group: str) -> str:
    """A group as the article spells it (rules match a lower-cased copy)."""
    return ctx.text[m.start(group):m.end(group)]


def _capitalized(s: str) -> bool:
    return s[:1].isupper()


def _prev_word(text: str, pos: int) -> str:
    m = _LAST_WORD.search(text[max(0, pos - 20):pos])
    return m[1].lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD.match(text, pos, pos + 30)
    return m[1] if m else ""


@rule(r"\b(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::\d\d)?)?(?![\d-])", digits=(4,))
def _iso(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    d = _safe(int(m[1]), int(m[2]), int(m[3]))
    if d is None:
        return None
    if m[4]:
        return _hit(m, "TIME", f"{d.isoformat()}T{m[4]}:{m[5]}")
    return _hit(m, "DATE", d.isoformat())


_EDGE_PRE = rf"(?:(?P<edge>{EDGES})(?:[\s-]+on)?[\s-]+)?"
_DURATION_ADJ = ("past", "last", "next", "first", "coming", "previous", "final", "latest", "following", "additional",
                 "remaining", "initial", "prior", "ensuing")


@rule(
    rf"\b{_EDGE_PRE}(?:(?P<rel>last|next|this(?:\s+(?:past|coming))?|(?:the\s+)?(?:previous|following))\s+)?"
    rf"(?:(?P<wd>{WEEKDAY})\s*,?\s+)?"
    rf"(?:(?:the\s+)?(?P<d1>\d{{1,2}}){ORDSUF}?(?:\s+of)?\s+(?P<m1>{MONTH})"
    rf"|(?P<m2>{MONTH})\s+(?:the\s+)?(?P<d2>\d{{1,2}})(?:{ORDSUF})?(?!\d|:\d|/)"
    rf"|(?P<m3>{MONTH}))"
    rf"(?:(?:\s*,\s*|\s+)(?:of\s+)?(?P<y>{YEAR})(?![\d,.]\d)|\s+(?P<wy>{_WORDYEAR})|(?P<ty>\s+(?:this|last|next)\s+year))?",
    starts=[*EDGE, "last", "next", "this", "previous", "following", "the previous", "the following", "the", *WEEKDAYS,
            *MONTHS],
    digits=(1, 2),
)
def _calendar(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    mon_text = m["m1"] or m["m2"] or m["m3"]
    key = mon_text.lower().rstrip(".")
    mo = MONTHS[key]
    day_s = m["d1"] or m["d2"]
    has_year = bool(m["y"] or m["wy"] or m["ty"])
    if not _capitalized(_orig(m, ctx, "m1" if m["m1"] else "m2" if m["m2"] else "m3")):
        return None
    if key in AMBIGUOUS_MONTHS and not day_s and not has_year:
        before = _prev_word(ctx.text, m.start("m3"))
        if before not in TIME_PREPS and not m["edge"] and not m["rel"]:
            return None
    if len(key) <= 4 and key not in ("june", "july", "may") and not mon_text.endswith(".") and not day_s and not has_year:
        return None  # "Jan", "Dec" alone are too often names
    day_n = int(day_s) if day_s else None
    if day_n is not None and not 1 <= day_n <= 31:
        return None
    pub = ctx.published
    anchor: str | None = None
    if m["y"]:
        year: int | None = int(m["y"])
    elif m["wy"]:
        year = _word_year(m["wy"])
    elif m["ty"] and pub:
        year = pub.year + {"this": 0, "last": -1, "next": 1}[m["ty"].split()[0].lower()]
        anchor = "published"
    elif pub is None:
        year = None
    else:
        anchor = "published"
        rel = (m["rel"] or "").lower()
        if rel == "last" or rel.endswith("past") or rel.endswith("previous"):
            year = pub.year if mo < pub.month or (day_n and (mo, day_n) < (pub.month, pub.day)) else pub.year - 1
        elif rel in ("next",) or rel.endswith("coming") or rel.endswith("following"):
            year = pub.year if mo > pub.month or (day_n and (mo, day_n) > (pub.month, pub.day)) else pub.year + 1
        elif rel == "this":
            year = pub.year
        else:
            if day_n:
                # A month-day is at most months away: unless the tense is plain, the nearest one.
                d = _month_day(pub, mo, day_n, 0)
                direction = ctx.direction(m.start(), m.end())
                if d and abs(direction) > 1 and abs((d - pub).days) > 60 and (d > pub) == (direction < 0):
                    d = _month_day(pub, mo, day_n, direction)
                year = d.year if d else pub.year
            else:
                direction = ctx.direction(m.start(), m.end())
                if direction > -2 and _prev_word(ctx.text, m.start()) in DEADLINE_PREPS:
                    direction = 2  # "pay the loan by February", "loans extended through January"
                year = _month_in_year(pub, mo, direction)
    mod = EDGE.get(_norm(m["edge"] or "")) if m["edge"] else None
    ystr = f"{year:04d}" if year else "XXXX"
    if day_n:
        if year and _safe(year, mo, day_n) is None:
            return None
        value = f"{ystr}-{mo:02d}-{day_n:02d}"
    else:
        value = f"{ystr}-{mo:02d}"
    return _hit(m, "DATE", value, mod, anchor)


def _word_year(s: str) -> int | None:
    words = _norm(s).replace(" and", "").split()
    if words[:2] == ["two", "thousand"]:
        rest = _number(" ".join(words[2:])) if words[2:] else 0
        return 2000 + int(rest or 0)
    head = NUMBERS.get(words[0])
    tail_words = [w for w in words[1:] if w != "o"]
    tail = _number(" ".join(tail_words)) if tail_words else 0
    if head is None or tail is None:
        return None
    return head * 100 + int(tail)


@rule(
    rf"\b{_EDGE_PRE}(?:(?P<rel>last|next|this(?:\s+(?:past|coming))?|past|coming|(?:the\s+)?(?:previous|following))\s+)?"
    rf"(?P<wd>{WEEKDAY})(?P<pl>s)?(?P<pos>'s)?(?:\s+(?P<part>{PART})(?P<ppl>s)?)?\b",
    starts=[*EDGE, "last", "next", "this", "past", "coming", "previous", "following", "the previous", "the following",
            *WEEKDAYS, *(w + "s" for w in WEEKDAYS)],
)
def _weekday(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    if not _capitalized(_orig(m, ctx, "wd")):
        return None
    nxt = _next_word(ctx.text, m.end())
    if nxt and _capitalized(nxt) and nxt.lower() in WEEKDAY_NAMES_AFTER:
        return None
    if not m["part"] and nxt and _norm(nxt + " " + _next_word(ctx.text, m.end() + len(nxt) + 1)) in WEEKDAY_NAMES_AFTER:
        return None
    wd = WEEKDAYS[m["wd"].lower()]
    part = PARTS.get((m["part"] or "").lower())
    if m["pl"] or m["ppl"]:
        before = _prev_word(ctx.text, m.start())
        if m["pl"] or m["ppl"] or before in ("on", "every", "each"):
            suffix = f"T{part}" if part and not part[0].isdigit() else ""
            return _hit(m, "SET", f"XXXX-WXX-{wd}{suffix}")
    pub = ctx.published
    rel = (m["rel"] or "").lower()
    if pub is None:
        value = f"XXXX-WXX-{wd}"
        return _hit(m, "DATE", value)
    if rel == "last" or rel.endswith("previous") or rel.endswith("past") or rel == "past":
        d = _weekday_date(pub, wd, -1, strict=True)
    elif rel == "next" or rel.endswith("coming") or rel.endswith("following"):
        d = _weekday_date(pub, wd, +1, strict=True)
    elif rel == "this":
        d = _weekday_date(pub, wd, ctx.direction(m.start(), m.end()) or 1)
    else:
        direction = ctx.direction(m.start(), m.end())
        if m["pos"]:
            # "Wednesday's ruling": the clause's tense is that of its verb, not of the event named;
            # the nearest such day, and the one gone by when both are days away
            back, ahead = _weekday_date(pub, wd, -1), _weekday_date(pub, wd, +1)
            near = back if (pub - back).days <= 2 else ahead if (ahead - pub).days <= 1 else None
            direction = -1 if near is None and direction < 2 else direction
            d = near or _weekday_date(pub, wd, direction)
        else:
            d = _weekday_date(pub, wd, direction)
    value = d.isoformat()
    type_ = "DATE"
    if part:
        value += f"T{part}"
        type_ = "TIME"
    mod = EDGE.get(_norm(m["edge"])) if m["edge"] else None
    return _hit(m, type_, value, mod, "published")


@rule(
    rf"\b{_EDGE_PRE}(?P<rel>yesterday|today|tomorrow|tonight|overnight)(?:'s)?"
    rf"(?:\s+(?P<part>{PART}))?\b"
    rf"|\b(?P<rel2>this|last|tomorrow|yesterday)\s+(?P<part2>{PART})\b",
    starts=[*EDGE, "yesterday", "today", "tomorrow", "tonight", "overnight", "this", "last"],
)
def _deictic(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    rel = (m["rel"] or m["rel2"]).lower()
    part_word = (m["part"] or m["part2"] or "").lower()
    pub = ctx.published
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "this": 0, "overnight": 0, "last": -1}[rel]
    if rel == "last" and part_word != "night":
        return None
    part = PARTS.get(part_word) or {"tonight": "NI", "overnight": "NI"}.get(rel)
    mod = EDGE.get(_norm(m["edge"])) if m["edge"] else None
    if pub is None:
        value = "PRESENT_REF" if offset == 0 else ("PAST_REF" if offset < 0 else "FUTURE_REF")
        return _hit(m, "DATE", value, mod)
    if rel == "overnight" and ctx.direction(m.start(), m.end()) < 0:
        offset = -1  # "searched overnight" in a morning report: the night that has just ended
    d = pub + timedelta(days=offset)
    if part and (part_word or rel in ("tonight", "overnight")) and rel != "tonight":
        return _hit(m, "TIME", f"{d.isoformat()}T{part}", mod, "published")
    return _hit(m, "DATE", d.isoformat(), mod, "published")


_DET = r"(?:last|next|this(?:\s+(?:past|coming))?|the\s+(?:past|last|coming|current|previous|following|latest|same)|the|past|coming|current|previous|following)"


@rule(
    rf"\b(?:(?P<edge>{EDGES}|by\s+the\s+end\s+of)[\s-]+)?(?P<det>{_DET})\s+"
    rf"(?P<fiscal>(?:full|fiscal|financial|calendar)\s+)?(?P<unit>week(?:end)?|month|year|decade|century|(?P<season>{SEASON}))\b",
    starts=[*EDGE, "by", "last", "next", "this", "past", "coming", "current", "previous", "following",
            *(f"the {w}" for w in ("past", "last", "coming", "current", "previous", "following", "latest", "same", "full",
                                   "fiscal", "financial", "calendar", "week", "weekend", "month", "year", "decade",
                                   "century", *SEASONS))],
)
def _relative_period(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    det = _norm(m["det"])
    unit = m["unit"].lower()
    if m["fiscal"] and unit != "year":
        return None
    if m["fiscal"] and det == "the" and "full" in m["fiscal"] and not m["edge"]:
        det = "the current"  # "the full year" is the year being reported
    edge = _norm(m["edge"] or "")
    mod = EDGE.get(edge.replace("by the end of", "the end of")) if edge else None
    pub = ctx.published
    if det in ("the", "the same"):
        if det == "the" and mod and unit in ("year", "month") and pub is not None and not m["fiscal"]:
            # "by the end of the year": the current one
            return _hit(m, "DATE", pub.strftime("%Y") if unit == "year" else timex.month(pub), mod, "published")
        if unit in ("year", "month", "week") and (mod or det == "the same"):
            return None
        if m["season"]:
            if unit == "fall" and not _season_fall(ctx, m):
                return None
            if pub is None:
                return _hit(m, "DATE", f"XXXX-{SEASONS[unit]}", mod)
            code = SEASONS[unit]
            y = _season_year(pub, code, ctx.direction(m.start(), m.end()))
            return _hit(m, "DATE", _season_value(y, code), mod, "published")
        if unit == "weekend":
            return _weekend(m, ctx, 0 if ctx.direction(m.start(), m.end()) >= 0 else -1, mod)
        return None
    step = {"last": -1, "next": 1, "this": 0, "this past": 0, "this coming": 0, "the past": -1, "the last": -1,
            "the coming": 1, "the current": 0, "the previous": -1, "the following": 1, "the latest": 0,
            "past": -1, "coming": 1, "current": 0, "previous": -1, "following": 1}.get(det, 0)
    if det in ("the past", "the last", "past") and unit in ("week", "month", "year", "decade", "century") and not mod:
        # "over the past week" is the seven days up to now, not the calendar week before this one
        return _hit(m, "DURATION", timex.duration(1, _unit(unit)))
    if det in ("the coming", "coming", "the following", "following", "the previous", "previous") and unit in ("week", "month", "year"):
        # "the coming year" is the next one; "the following year" needs a reference date.
        if det in ("the following", "following", "the previous", "previous"):
            return None
    if unit == "weekend":
        return _weekend(m, ctx, step, mod)
    if pub is None:
        return _hit(m, "DATE", {1: "FUTURE_REF", -1: "PAST_REF", 0: "PRESENT_REF"}[step], mod)
    if m["season"]:
        y, code = pub.year + step, SEASONS[unit]
        if det == "this past":
            cy, ccode = _season_index(pub)
            y = cy if (code, cy) != (ccode, cy) else cy - 1
            y = pub.year if code != "WI" else pub.year - 1
        return _hit(m, "DATE", _season_value(y, code), mod, "published")
    code = {"week": "W", "month": "M", "year": "Y", "decade": "10Y", "century": "100Y"}[unit]
    d = timex.shift(pub, code, step)
    return _hit(m, "DATE", timex.at_granularity(d, code), mod, "published")


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_year(pub: date, code: str, direction: int) -> int:
    """'the spring' said in December is next year's when the clause looks ahead, else this year's."""
    y = pub.year
    begun = pub.month >= _SEASON_START[code]
    if direction > 1 and begun and code != _season_index(pub)[1]:
        return y + 1
    return y


def _season_fall(ctx: _Ctx, m: re.Match[str]) -> bool:
    """'in the fall' is a season; 'behind the fall', 'the fall of the city', 'the fall in prices' are not."""
    before = _prev_word(ctx.text, m.start("det"))
    after = _next_word(ctx.text, m.end()).lower()
    return (bool(m["edge"]) or before in TIME_PREPS) and after not in ("of", "in", "from", "to")


def _weekend(m: re.Match[str], ctx: _Ctx, step: int, mod: str | None) -> _Hit:
    pub = ctx.published
    if pub is None:
        return _hit(m, "DATE", "XXXX-WXX-WE", mod)
    base = pub + timedelta(weeks=step)
    if step == 0 and pub.isoweekday() < 6 and ctx.direction(m.start(), m.end()) <= 0:
        base = pub - timedelta(weeks=1)  # on a weekday, "the weekend" without a future is the one just gone
    y, w, _ = base.isocalendar()
    return _hit(m, "DATE", f"{y:04d}-W{w:02d}-WE", mod, "published")


@rule(
    rf"\b(?:(?P<edge>{EDGES}|the\s+(?:spring|summer|fall|autumn|winter)\s+of|(?P<season>{SEASON}))[\s-]+)?"
    rf"(?P<fiscal>fiscal(?:\s+year)?\s+|fy\s*|the\s+year\s+)?(?P<year>{YEAR})(?P<dec>'?s)?(?![\w$%]|[.,]\d|-\d)"
    rf"|\b(?:(?P<edge2>{EDGES})[\s-]+)?the\s+'(?P<yy>\d)0s\b"
    rf"|\b(?:the\s+year\s+)(?P<wy>{_WORDYEAR})\b"
    rf"|\bthe\s+(?P<ws>spring|summer|fall|autumn|winter)\s+of\s+(?P<wy3>{_WORDYEAR})\b"
    rf"|\b(?P<wy2>nineteen\s+(?:(?:{_alt(_TENS)})(?:[\s-](?:{_alt(_ONES)}))?|{_alt(_TEENS)}))\b",
    starts=[*EDGE, *SEASONS, *(f"the {w}" for w in SEASONS), "the year", "the", "fiscal", "fy", "nineteen"],
    digits=(4,),
)
def _year(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    edge = _norm(m["edge"] or m["edge2"] or "")
    mod = EDGE.get(edge) if edge else None
    if m["yy"]:
        return _hit(m, "DATE", f"19{m['yy']}", mod)
    if m["wy3"]:
        y = _word_year(m["wy3"])
        return _hit(m, "DATE", _season_value(y, SEASONS[m["ws"].lower()])) if y else None
    if m["wy"] or m["wy2"]:
        y = _word_year(m["wy"] or m["wy2"])
        return _hit(m, "DATE", f"{y:04d}") if y else None
    year = int(m["year"])
    if m["dec"]:
        if year % 10:
            return None
        start = m.start()
        if ctx.text[max(0, start - 4):start].lower() == "the ":
            start -= 4
        return _Hit(start, m.end(), "DATE", f"{year // 10:03d}", mod)
    if not m["fiscal"] and not edge:
        before = ctx.text[max(0, m.start() - 1):m.start()]
        if before in ("$", "#", "£", "€", "/", "+", ".", ":"):
            return None
        nxt = _next_word(ctx.text, m.end("year"))
        if nxt.lower() in YEAR_BLOCKERS:
            return None
    if edge in HALVES:
        return _hit(m, "DATE", f"{year:04d}-H{HALVES[edge]}")
    season_word = edge.split()[1] if edge.startswith("the ") and edge.endswith(" of") and not mod else (m["season"] or "")
    if season_word and season_word.lower() in SEASONS:
        return _hit(m, "DATE", _season_value(year, SEASONS[season_word.lower()]))
    return _hit(m, "DATE", f"{year:04d}", mod)


@rule(rf"\b(?:the\s+)?(?P<n>\d{{1,2}}){ORDSUF}\s+centur(?:y|ies)\b|\bthe\s+(?P<edge>early|late|mid)?[\s-]*(?P<w>nineteen|twenty|eighteen)[\s-]?(?:hundreds|hundred\s+and)?\b(?=\s)",
      starts=["the", "the early", "the late", "the mid", "the nineteen", "the twenty", "the eighteen"], digits=(1, 2))
def _century(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    if not m["n"]:
        return None
    return _hit(m, "DATE", f"{int(m['n']) - 1:02d}")


_DECADES = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")


@rule(r"\b(?:the\s+)?(?:(?P<edge>early|late|mid)[\s-]+)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
      starts=[w for word in ("early", "late", "mid", *_DECADES) for w in (word, f"the {word}")])
def _decade_words(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    if not m.group(0).lower().startswith("the"):
        return None
    n = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}[m["w"].lower()]
    return _hit(m, "DATE", f"19{n}", EDGE.get((m["edge"] or "").lower()))


_QDET = (
    r"(?:the\s+)?(?:(?P<qrel>this\s+year's|last\s+year's|next\s+year's|year-(?:ago|earlier)|comparable(?:\s+year-(?:ago|earlier))?"
    r"|current|latest|same|its|their|a\s+flat)\s+)?"
)


@rule(
    rf"\b{_QDET}(?:(?P<qy>{YEAR})\s+)?(?:fiscal[\s-]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+"
    rf"(?:fiscal[\s-]+)?(?P<kind>quarter|half|period)(?P<pl>s)?(?:\s+of\s+(?:fiscal\s+)?(?P<qy2>{YEAR}|this\s+year|last\s+year|next\s+year))?\b",
    starts=[w for word in ("this", "last", "next", "year", "comparable", "current", "latest", "same", "its", "their", "a",
                           "fiscal", *ORDINALS) for w in (word, f"the {word}")] + ["the"],
    digits=(1, 4),
)
def _quarter(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    n = ORDINALS[m["ord"].lower()]
    kind = m["kind"].lower()
    if kind == "period":
        return None
    if kind == "half" and n > 2:
        return None
    letter = "Q" if kind == "quarter" else "H"
    pub = ctx.published
    qrel = _norm(m["qrel"] or "")
    year_s = m["qy"] or m["qy2"]
    anchor: str | None = None
    if year_s and year_s[0].isdigit():
        year: int | None = int(year_s)
    elif pub is None:
        year = None
    else:
        anchor = "published"
        shift = -1 if ("last" in qrel or "ago" in qrel or "earlier" in qrel or (year_s or "").startswith("last")) else 0
        if "next" in qrel or (year_s or "").startswith("next"):
            shift = 1
        begins = 1 + (n - 1) * (3 if letter == "Q" else 6)
        if not shift and not qrel and not year_s and begins > pub.month and ctx.direction(m.start(), m.end()) < 0:
            shift = -1  # "profit fell in the fourth quarter", said in January: the one just reported
        year = pub.year + shift
    if m["pl"] and not year_s:
        return _hit(m, "SET", f"XXXX-{letter}{n}")
    value = f"{year:04d}-{letter}{n}" if year else f"XXXX-{letter}{n}"
    return _Hit(m.start(), m.end(), "DATE", value, None, anchor, 0, (0, "Q" if letter == "Q" else "H"))


@rule(
    r"\b(?:the\s+)?(?P<rel>latest|current|this|year-ago|year-earlier|comparable(?:\s+year-(?:ago|earlier))?|same|last\s+year's|(?P<y>(?:19|20)\d\d))[\s-]+"
    r"(?P<kind>quarter|period)\b(?:\s+a\s+year\s+(?:ago|earlier))?"
    r"|\bthe\s+(?P<bare>quarter)\b(?:\s+a\s+year\s+(?:ago|earlier))?",
    starts=[w for word in ("latest", "current", "this", "year", "comparable", "same", "last") for w in (word, f"the {word}")]
    + ["the", "the quarter"],
    digits=(4,),
)
def _quarter_ref(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    """'the latest quarter', 'the year-ago period': the reporting quarter of the article, resolved later."""
    rel = _norm(m["rel"] or "")
    text = m.group(0).lower()
    back = any(k in rel for k in ("ago", "earlier", "last year", "comparable")) or text.endswith(("ago", "earlier"))
    if m["y"]:
        pub_year = ctx.published.year if ctx.published else None
        back_years = (pub_year - int(m["y"])) if pub_year else 0
        return _Hit(m.start(), m.end(), "DATE", f"@Q-{back_years}", None, "published", 0)
    if m["kind"] == "period" and not rel:
        return None
    if rel == "current" and ctx.published:
        return _Hit(m.start(), m.end(), "DATE", timex.quarter(ctx.published), None, "published", 0)
    return _Hit(m.start(), m.end(), "DATE", "@Q-1" if back else "@Q-0", None, "published", 0)


@rule(
    r"\b(?P<det>a\s+year|two\s+years|a\s+year-)(?:\s*|-)(?P<dir>earlier|ago)\b"
    r"|\b(?P<adj>year-(?:earlier|ago))\b",
    starts=["a", "two", "year"],
)
def _year_ago(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    n = 2 if m["det"] and m["det"].lower().startswith("two") else 1
    return _Hit(m.start(), m.end(), "DATE", f"@Y-{n}", None, "published", 0)


@rule(
    rf"\b(?:(?P<mod>{DURMOD})\s+)?(?:(?P<det>the|each\s+of\s+the)\s+)?"
    rf"(?:(?P<adj>{_alt(_DURATION_ADJ)})\s+)?"
    rf"(?:(?P<num>{NUM})|(?P<vague>{VAGUE_NUM}))(?:[\s-](?P<qual>more|additional|straight|consecutive|full|trading|business|working|calendar))?[\s-]+"
    rf"(?P<unit>{UNIT})(?![\w-])"
    rf"(?:\s+(?P<and>and\s+a\s+half))?"
    rf"(?:\s+(?P<dir>(?:or\s+so\s+)?ago|earlier|later|before|after|from\s+now|hence|or\s+so|old|long))?"
    rf"|\b(?P<hnum>{NUM})-(?P<hunit>second|minute|hour|day|week|month|quarter|year|decade|century)(?P<old>-old)?(?:-long)?\b",
    starts=[*MODWORDS, *VAGUE, *NUMBERS, "each", "couple", "half", *_DURATION_ADJ, "the",
            *(f"the {w}" for w in [*_DURATION_ADJ, *VAGUE, *NUMBERS, "couple", "half"])],
    digits=_ANY_LENGTH,
)
def _duration(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    if m["hnum"]:
        if m["old"]:
            return None
        n = _number(m["hnum"])
        if n is None or n == 0:
            return None
        return _hit(m, "DURATION", _dur(n, _unit(m["hunit"])))
    unit_word = m["unit"].lower()
    unit = _unit(unit_word)
    numtxt = m["num"] or m["vague"]
    n = _number(numtxt) if m["num"] else None
    if m["num"] and n is None:
        return None
    if n is not None and m["and"]:
        n += 0.5
    plural = unit_word.endswith("s") or unit_word.endswith("ies") or unit_word.endswith("ia")
    if n is not None and m["num"] and _norm(numtxt) in ("a", "an") and plural:
        return None
    if m["num"] and _norm(numtxt) in ("a", "an") and m["adj"] and m["adj"].lower() == "first":
        return None
    if n is not None and n != 1 and not plural and not m["dir"] and "-" not in m.group(0)[len(numtxt):len(numtxt) + 2]:
        # "five year" (spoken compounds) is still a duration; "1 years" is not checked.
        pass
    if m["num"] and _DIGITS.fullmatch(numtxt.replace(",", "")):
        before = ctx.text[max(0, m.start("num") - 1):m.start("num")]
        if before in ("$", "-", "/", ":", "."):
            return None
        if unit in ("Y",) and n and n > 300 and not m["mod"]:
            return None
    mod = MODWORDS.get(_norm(m["mod"] or "")) if m["mod"] else None
    if m["mod"] and m["mod"].lower() == "over" and m["det"]:
        body = _duration_body(m, ctx, None, n, unit)
        return body._replace(start=m.start("det")) if body else None
    return _duration_body(m, ctx, mod, n, unit)


def _duration_body(m: re.Match[str], ctx: _Ctx, mod: str | None, n: float | None, unit: str) -> _Hit | None:
    direction = _norm(m["dir"]) if m["dir"] else ""
    adj = (m["adj"] or "").lower()
    pub = ctx.published
    if direction.startswith("or so"):
        mod = "APPROX"
        direction = direction[6:]
    if direction == "old":
        return None
    if direction == "long":
        direction = ""
    if direction in ("ago", "from now", "hence"):
        sign = -1 if direction == "ago" else 1
        if n is None:
            return _hit(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, "published" if pub else None)
        if pub is None or unit.startswith("T") or not float(n).is_integer():
            return _hit(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
        d = timex.shift(pub, unit, sign * int(n))
        return _hit(m, "DATE", timex.at_granularity(d, _ago_unit(unit)), mod, "published")
    if direction in ("after", "before", "later", "earlier"):
        hit = _hit(m, "DURATION", _dur(n, unit), mod)
        counted = (m["qual"] or "").lower() in ("trading", "business", "working")  # not calendar days
        if direction in ("after", "before") and n is not None and float(n).is_integer() and not unit.startswith("T") and not counted:
            return hit._replace(after=((1 if direction == "after" else -1) * int(n), unit))
        return hit
    if n is not None and adj in ("past", "last") and unit == "TH" and n == 24:
        return _hit(m, "DURATION", "P1D", mod)
    return _hit(m, "DURATION", _dur(n, unit), mod)


@rule(
    r"\b(?:(?P<mod>for|over|in|within)\s+)?(?P<vague>(?:recent|coming|the\s+coming|the\s+next\s+few|the\s+past\s+few|the\s+last\s+few|the\s+next\s+several|the\s+past\s+several|the\s+weeks|the\s+months))\s+"
    r"(?P<unit>days|weeks|months|years|quarters|ahead)\b",
    starts=["for", "over", "in", "within", "recent", "coming", "the coming", "the next", "the past", "the last",
            "the weeks", "the months"],
)
def _vague_period(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    v = _norm(m["vague"])
    unit = m["unit"].lower()
    if unit == "ahead":
        unit = v.split()[-1]
        if unit not in ("weeks", "months"):
            return None
    start = m.start("vague")
    code = UNITS[unit[:-1]]
    if v == "recent" and unit in ("days", "years"):
        return _Hit(start, m.end(), "DATE", "PAST_REF")
    if v in ("coming", "the coming") and unit in ("months", "quarters", "years") and unit != "years":
        return _Hit(start, m.end(), "DATE", "FUTURE_REF")
    return _Hit(start, m.end(), "DURATION", timex.duration(None, code))


@rule(r"\b(?P<unit>days|weeks|months|years|decades|hours|minutes)(?:\s+(?P<dir>ago|later|earlier))?\b",
      starts=["days", "weeks", "months", "years", "decades", "hours", "minutes"])
def _bare_plural(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    unit = _unit(m["unit"])
    if m["dir"] and m["dir"].lower() == "ago":
        return _hit(m, "DATE", "PAST_REF", None, "published" if ctx.published else None)
    return _hit(m, "DURATION", timex.duration(None, unit), rank=-1)


@rule(r"\b(?:a|one|the)\s+(?:full\s+)?(?P<unit>day|week|month|year|decade|century)\b(?:\s+(?P<dir>(?:or\s+so\s+)?ago|earlier|later|before|after))?",
      starts=["a", "one", *(f"the {w}" for w in ("full", "day", "week", "month", "year", "decade", "century"))])
def _a_unit(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    """'a week' is a duration, 'a week ago' a date; 'the year' alone is left to its context."""
    det = m.group(0).split()[0].lower()
    unit = _unit(m["unit"])
    d = _norm(m["dir"] or "")
    mod = "APPROX" if d.startswith("or so") else None
    d = d.removeprefix("or so ")
    if det == "the" and not d:
        return None
    if d == "ago" and ctx.published:
        dt = timex.shift(ctx.published, unit, -1)
        return _hit(m, "DATE", timex.at_granularity(dt, _ago_unit(unit)), mod, "published")
    if d == "ago":
        return _hit(m, "DATE", "PAST_REF")
    if det == "the":
        return None
    hit = _hit(m, "DURATION", timex.duration(1, unit))
    if d in ("after", "before"):
        return hit._replace(after=((1 if d == "after" else -1), unit))
    return hit


@rule(
    r"\b(?P<det>that|the\s+(?:following|next|previous|same))\s+(?P<unit>year|month)\b(?![\s-]+(?:ago|earlier|later|before|after|old)\b)"
    r"|\b(?P<end>the\s+(?:(?:fiscal|financial)\s+)?year)\s+(?=end(?:ed|ing)\b)"
    r"|\b(?P<prep>for|of|in|during)\s+(?P<cur>the\s+(?:(?:fiscal|financial|calendar)\s+)?year)\b(?![\s-]+(?:end|earlier|ago|before|after|of|\d))",
    starts=["that", "for", "of", "in", "during",
            *(f"the {w}" for w in ("following", "next", "previous", "same", "fiscal", "financial", "year"))],
)
def _narrative_year(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    """'that year' and 'the following month' count from the last year the text named; 'the year ended' is a span."""
    if m["end"]:
        return _hit(m, "DURATION", "P1Y", group="end")
    if m["cur"]:
        if m["prep"].lower() == "of" and _prev_word(ctx.text, m.start()) not in _PART_OF_YEAR:
            return None  # "player of the year"
        if ctx.published is None:
            return None
        return _hit(m, "DATE", f"{ctx.published.year:04d}", None, "published", group="cur")
    det = _norm(m["det"])
    step = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1}[det]
    unit = "Y" if m["unit"].lower() == "year" else "M"
    return _hit(m, "DATE", f"@A{unit}{step:+d}")


_PART_OF_YEAR = frozenset(("months", "weeks", "days", "half", "quarter", "part", "end", "start", "beginning", "rest",
                           "remainder", "balance", "middle", "course", "quarters"))


@rule(rf"\b(?P<q>every|each)\s+(?:(?P<wd>{WEEKDAY})|(?P<unit>day|week|month|year|quarter|hour|morning|afternoon|evening|night|weekend|(?P<mon>{MONTH})|(?P<season>{SEASON})))\b"
      r"|\b(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly)\b",
      starts=["every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "quarterly"],
)
def _set(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    if m["adv"]:
        adv = m["adv"].lower()
        code = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                "hourly": "PT1H", "nightly": "P1D"}.get(adv)
        if code is None:
            return None
        return _hit(m, "SET", code)
    if m["wd"]:
        return _hit(m, "SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}")
    if m["mon"]:
        return _hit(m, "SET", f"XXXX-{MONTHS[m['mon'].lower().rstrip('.')]:02d}")
    if m["season"]:
        return _hit(m, "SET", f"XXXX-{SEASONS[m['season'].lower()]}")
    unit = m["unit"].lower()
    if unit in ("morning", "afternoon", "evening", "night"):
        return _hit(m, "SET", f"XXXX-XX-XXT{PARTS[unit]}")
    if unit == "weekend":
        return _hit(m, "SET", "XXXX-WXX-WE")
    return _hit(m, "SET", timex.duration(1, _unit(unit)))


@rule(
    r"\b(?:(?P<mod>about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    r"(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ap>a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock)"
    r"(?:\s+(?P<tz>[ecmp][sd]t|gmt|utc|bst|cet|local\s+time))?"
    rf"|\b(?P<named>noon|midnight|midday)\b",
    starts=["about", "around", "approximately", "shortly", "just", "noon", "midnight", "midday"],
    digits=(1, 2),
)
def _clock(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    if m["named"]:
        hhmm = PARTS[m["named"].lower()]
        return _Hit(m.start(), m.end(), "TIME", f"T{hhmm}", None, None, 0)
    h = int(m["h"])
    mi = int(m["mi"] or 0)
    ap = m["ap"].lower().replace(".", "").replace(" ", "")
    if h > 12 or h == 0 or mi > 59:
        return None
    if ap == "pm" and h != 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    mod = "APPROX" if m["mod"] and m["mod"].lower() in ("about", "around", "approximately") else None
    return _Hit(m.start(), m.end(), "TIME", f"T{h:02d}:{mi:02d}", mod, None, 0)


_REF_PHRASES = {k: v for k, v in REFS.items()}


@rule(rf"\b(?:{_alt(_REF_PHRASES)})\b", starts=_REF_PHRASES)
def _refs(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    key = _norm(m.group(0))
    value = _REF_PHRASES.get(key)
    if value is None:
        return None
    if key in ("current", "recent"):
        nxt = _next_word(ctx.text, m.end()).lower()
        if nxt in ("account", "accounts", "affairs", "events", "flows", "flow", "density", "sea", "river", "water", "waters"):
            return None
    if key == "the past" and _next_word(ctx.text, m.end()).lower() in ("tense", "participle"):
        return None
    if key == "now" and ctx.text[m.end():m.end() + 1] == "-":
        return None
    return _hit(m, "DATE", value, rank=-1)


_HOLIDAY_RE = _alt(HOLIDAYS)


@rule(rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<name>{_HOLIDAY_RE})\b(?:\s+(?P<y>{YEAR}))?",
      starts=["last", "next", "this", *HOLIDAYS])
def _holiday_rule(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    name = _norm(m["name"]).replace(" ", " ")
    key = next((k for k in HOLIDAYS if _norm(k) == name), None)
    if key is None or not _capitalized(_orig(m, ctx, "name")):
        return None
    pub = ctx.published
    if m["y"]:
        d = _holiday(key, int(m["y"]))
        return _hit(m, "DATE", d.isoformat()) if d else None
    if pub is None:
        return None
    rel = (m["rel"] or "").lower()
    direction = {"last": -1, "next": 1}.get(rel) or ctx.direction(m.start(), m.end())
    d = _holiday(key, pub.year)
    if d is None:
        return None
    if direction < 0 and d > pub:
        d = _holiday(key, pub.year - 1) or d
    elif direction > 0 and d < pub:
        d = _holiday(key, pub.year + 1) or d
    return _hit(m, "DATE", d.isoformat(), None, "published")


@rule(
    r"\b(?:(?P<prep>on|by|since|until|till|from|to|through|before|after|of|and|or|between|as\s+of)\s+)?the\s+"
    r"(?P<d>[1-9]|[12]\d|3[01])(?P<suf>st|nd|rd|th)\b",
    starts=["on", "by", "since", "until", "till", "from", "to", "through", "before", "after", "of", "and", "or", "between",
            "as", "the"],
)
def _ordinal_day(m: re.Match[str], ctx: _Ctx) -> _Hit | None:
    d = int(m["d"])
    suf = m["suf"].lower()
    if suf != {1: "st", 2: "nd", 3: "rd"}.get(d % 10 if d not in (11, 12, 13) else 0, "th"):
        return None
    nxt = _next_word(ctx.text, m.end())
    if nxt.lower() in ORDINAL_BLOCKERS:
        return None
    if nxt and _capitalized(nxt) and not m["prep"]:
        return None
    rest = ctx.text[m.end():m.end() + 2]
    if rest[:1] == "-":
        return None
    pub = ctx.published
    start = m.start("prep") if m["prep"] and m["prep"].lower() == "on" else m.start() + (len(m.group(0)) - len(m.group(0).lstrip()) if not m["prep"] else m.start("prep") - m.start())
    start = m.start() if not m["prep"] else m.start("prep")
    if m["prep"] and m["prep"].lower() != "on":
        start = m.start("prep") + len(m["prep"]) + (m.group(0)[len(m["prep"]):].index("the"))
    if pub is None:
        return _Hit(start, m.end(), "DATE", f"XXXX-XX-{d:02d}")
    direction = ctx.direction(m.start(), m.end())
    day_ = _day_of_month(pub, d, direction if direction else -1)
    if day_ is None:
        return None
    return _Hit(start, m.end(), "DATE", day_.isoformat(), None, "published")


# ---- assembling ------------------------------------------------------------

def _candidates(ctx: _Ctx) -> list[_Hit]:
    """Every rule's readings, rule by rule in order, each in document order."""
    low = ctx.text.lower()
    if len(low) == len(ctx.text):  # lower-casing kept every offset
        found = [_matches(_pattern(k), low, at) if at else () for k, at in enumerate(_starts(low))]
    else:
        found = [_case_blind(r.pattern).finditer(ctx.text) for r in RULES]
    out: list[_Hit] = []
    for r, matches in zip(RULES, found):
        handler = r.handler
        for m in matches:
            if m.end() > m.start() and (hit := handler(m, ctx)) is not None and hit.end > hit.start:
                out.append(hit)
    return out


def _select(hits: list[_Hit], size: int) -> list[_Hit]:
    """Longest first, then the higher rank; a span once taken is not shared."""
    taken = bytearray(size + 1)
    chosen: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), -h.rank, h.start)):
        if any(taken[h.start:h.end]):
            continue
        taken[h.start:h.end] = b"\x01" * (h.end - h.start)
        chosen.append(h)
    chosen.sort(key=lambda h: h.start)
    return chosen


_JOIN_TIME_FIRST = re.compile(r"[\s,]*(?:on\s+)?$", FLAGS)
_JOIN_DAY_FIRST = re.compile(r"\s*,?\s*(?:at\s+)?$", FLAGS)


def _merge_clock(hits: list[_Hit], text: str) -> list[_Hit]:
    """'10 p.m. Wednesday', 'Oct. 23 at 6 a.m.': a clock time takes the day next to it."""
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        h = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if h.value.startswith("T") and nxt and _is_day(nxt.value) and _JOIN_TIME_FIRST.match(text[h.end:nxt.start]):
            out.append(_Hit(h.start, nxt.end, "TIME", nxt.value[:10] + h.value, h.mod, nxt.anchor))
            i += 2
            continue
        if _is_day(h.value) and nxt and nxt.value.startswith("T") and _JOIN_DAY_FIRST.match(text[h.end:nxt.start]):
            out.append(_Hit(h.start, nxt.end, "TIME", h.value[:10] + nxt.value, nxt.mod, h.anchor))
            i += 2
            continue
        out.append(h)
        i += 1
    return out


_DAYVAL = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d(?:T[A-Z]{2})?$")


def _is_day(value: str) -> bool:
    return bool(_DAYVAL.match(value))


def _finish(hits: list[_Hit], ctx: _Ctx) -> list[TimeMention]:
    """Resolve the values that depend on the document: reporting quarters and 'N days after X'."""
    pub = ctx.published
    default_q = None
    if pub is not None:
        prev = pub - relativedelta(months=3)
        default_q = timex.quarter(prev)
    report_q = default_q
    finance = any(h.value.startswith(("@Q",)) or _QUARTER_VALUE.match(h.value) for h in hits)
    out: list[TimeMention] = []
    for i, h in enumerate(hits):
        value, anchor, type_ = h.value, h.anchor, h.type
        if "-Q" in value and value[:1].isdigit() and _QUARTER_VALUE.match(value) and type_ == "DATE" and (pub is None or value < timex.quarter(pub)):
            report_q = value
        if value.startswith("@Q-"):
            back = int(value[3:])
            q = report_q
            if q is None:
                value, anchor = ("PAST_REF" if back else "PRESENT_REF"), None
            elif back and "quarter" not in ctx.text[h.start:h.end].lower() and _reported_period(ctx.text, h.start) == "Y":
                value = f"{int(q[:4]) - back:04d}"  # "the 1988 period" after "the first nine months"
            else:
                value = f"{int(q[:4]) - back:04d}{q[4:]}"
        elif value.startswith("@Y-"):
            back = int(value[3:])
            if pub is None:
                value, anchor = "PAST_REF", None
            elif finance and report_q and _reported_period(ctx.text, h.start) != "Y":
                value = f"{int(report_q[:4]) - back:04d}{report_q[4:]}"
            else:
                value = f"{pub.year - back:04d}"
        elif value.startswith("@A"):
            value, anchor = _from_antecedent(out, value, ctx.text)
        elif h.after and h.after[1] not in ("Q", "H"):
            target = _anchor_for(hits, i, ctx.text)
            if target is not None:
                base = date.fromisoformat(target.value[:10])
                n, unit = h.after
                d = timex.shift(base, unit, n)
                value, type_, anchor = timex.at_granularity(d, unit), "DATE", target.start
        out.append(TimeMention(h.start, h.end, ctx.text[h.start:h.end], type_, value, h.mod, anchor))
    return out


_PERIOD_CUE = re.compile(
    r"\b(?:(?P<y>(?:six|nine|twelve|6|9|12)[\s-]+months?\b|(?:first|second)\s+half|(?:the|fiscal|full|calendar)\s+year\b(?!-)|year\s+ended)"
    r"|(?P<q>quarter|(?:\w+|\d+)[\s-]+weeks?\b))",
    FLAGS,
)
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?]\s+(?=[A-Z\"'`(])")


def _reported_period(text: str, pos: int) -> str | None:
    """'Y' or 'Q': the period a comparison ("a year earlier") reports, from the nearest in its sentence or the one before.

    "For the nine months, profit rose from a year earlier" compares years; "in the quarter" compares quarters.
    """
    window = text[max(0, pos - 400):pos]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    for lo in (ends[-1] if ends else 0, ends[-2] if len(ends) > 1 else 0):
        last = None
        for last in _PERIOD_CUE.finditer(window, lo):
            pass
        if last is not None:
            return "Y" if last["y"] else "Q"
        if not ends:
            break
    return None


_YEAR_MONTH = re.compile(r"(\d{4})(?:-(\d\d))?")


def _from_antecedent(before: list[TimeMention], value: str, text: str) -> tuple[str, str | int | None]:
    """'that year', 'the following month': the last calendar year (or month) named before, shifted."""
    unit, step = value[2], int(value[3:])
    for prev in reversed(before[-8:]):
        m = _YEAR_MONTH.match(prev.value)
        if m is None or (unit == "M" and not m[2]):
            continue
        if unit == "Y":
            return f"{int(m[1]) + step:04d}", prev.start
        d = date(int(m[1]), int(m[2]), 1) + relativedelta(months=step)
        return timex.month(d), prev.start
    return ("PAST_REF" if step <= 0 else "FUTURE_REF"), None


_ON_BEFORE = re.compile(r"\b[Oo]n\s+$")


def _anchor_for(hits: list[_Hit], i: int, text: str) -> _Hit | None:
    """The day-valued mention that 'N days after' counts from: the next one within the sentence."""
    h = hits[i]
    for nxt in hits[i + 1:i + 3]:
        gap = text[h.end:nxt.start]
        if len(gap) > 80 or _STOP.search(gap):
            break
        if _DAY_VALUE.match(nxt.value):
            return nxt
    return None


def extract_dates(text: str, published: date | None) -> tuple[TimeMention, ...]:
    """Every temporal expression in ``text`` with its TIMEX3 reading, sorted by start."""
    if isinstance(published, str):
        published = date.fromisoformat(published[:10])
    ctx = _Ctx(text, published)
    hits = _merge_clock(_select(_candidates(ctx), len(text)), text)
    hits = _clock_days([_with_on(h, text) for h in hits], text, published)
    return tuple(_finish(hits, ctx))


def _clock_days(hits: list[_Hit], text: str, published: date | None) -> list[_Hit]:
    """A bare clock time is on the day the story last named ("on Friday ... just before midnight"), else the publication day."""
    out: list[_Hit] = []
    last_day: _Hit | None = None
    for h in hits:
        if h.value.startswith("T"):
            if last_day is not None and h.start - last_day.end < 1000:
                h = h._replace(value=last_day.value[:10] + h.value, anchor=last_day.start)
            elif published is not None:
                h = h._replace(value=published.isoformat() + h.value, anchor="published")
            else:
                h = h._replace(value="XXXX-XX-XX" + h.value, anchor=None)
        elif _DAY_VALUE.match(h.value):
            last_day = h
        out.append(h)
    return out


def _with_on(h: _Hit, text: str) -> _Hit:
    """'on Tuesday', as the contract spells a relative day."""
    if h.anchor == "published" and _is_day(h.value):
        on = _ON_BEFORE.search(text, max(0, h.start - 4), h.start)
        if on:
            return h._replace(start=on.start())
    return h
