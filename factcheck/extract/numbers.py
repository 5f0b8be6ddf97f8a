"""Quantities in news text: numbers in digits and words, with unit, hedge and what they count.

Each quantity is an interval in a canonical unit (``factcheck/data/units.txt``), so
"almost 50,000" and "56 mph" compare with "49,000" and "90 km/h". Hedges
(``hedges.txt``) map to intervals:

    exact digits            [X, X]
    about/around/some/...   [0.9X, 1.1X]
    nearly/almost           [0.9X, X)
    just over               (X, 1.1X]
    at least, or more       [X, inf)
    more than, over         (X, inf)
    up to, at most          [0, X]
    fewer/less than, under  [0, X)

An unhedged number keeps its exact interval here; the rounding a reader allows it
("1,500" for 1,512) is ``implicit_tolerance``, applied where quantities are compared.

``counted`` is the noun a number counts ("nine miners died" -> ``"miner"``), ``event``
what happened to it (``"die"``), ``partitive`` marks a subset ("two of the miners").
A share keeps its whole with modifiers ("18% of Republican statements" ->
``"republican statement"``); a change keeps its direction as the event ("rose 4%" ->
``"rise"``). A rate is its own unit: "11.20 euros a share" is ``EUR/share``, never a
total in euros. Vague plurals are open intervals: "dozens of" [24, inf), "scores of"
[40, inf), "hundreds of" [200, inf), "thousands of" [2000, inf) -- two of the unit
at least, no upper bound, because "dozens" is used for anything short of "hundreds".
Bare "tons" covers the short ton to the long ton (907-1016 kg); "metric tons" and
"tonnes" are 1000 kg; "pounds" is weight where the clause speaks of weight.

Years, dates, times, ordinals, phone numbers and identifiers ("COVID-19", "G7",
"Air Force One", "Patriot 125") are not quantities and are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate
from typing import NamedTuple

from factcheck.lang import data as lang_data
from factcheck.lang.lemma import lemmatize
from factcheck.lexicon import groups, mapping, words
from factcheck.model import Quantity

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?|\S")
_SPLIT = re.compile(f"({_TOKEN.pattern})")  # the text as gap, token, gap, ..., token, gap
_VALID_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_PHONE = re.compile(r"\(?\d+\)?(?:[ .\-]\(?\d+\)?){1,4}")
_FIRST_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SENTENCE_END = frozenset(".!?;")
_DASHES = frozenset({"-", "–", "—"})
_ORDINAL = frozenset({"st", "nd", "rd", "th"})
_DETERMINERS = frozenset({"the", "them", "those", "these", "its", "their", "his", "her", "our", "whom", "all"})
_MAX_UNIT_TOKENS = 4
_LOOKBACK = 5
AUX_REACH = 6  # helpers between a counted noun and its event: "17 people were now known to have died"
_RELATIVE = frozenset({"ago", "earlier", "later", "before", "after"})
RATE_COUNT = "n"  # the base of a plain count per something: "three flights a day" is "n/day"


# ---------------------------------------------------------------- word lists


@dataclass(frozen=True)
class Unit:
    """A unit alias: its dimension, canonical unit and factor; ``spread`` widens an ambiguous one ("tons")."""

    dimension: str
    canonical: str
    factor: float
    spread: float = 1.0


class _Cues(NamedTuple):
    """Phrases of one to three words, and the words they end with: most tokens end none, and need no phrase built."""

    phrases: frozenset[tuple[str, ...]]
    ends: frozenset[str]


def _cues(name: str) -> _Cues:
    phrases = frozenset(tuple(p.split()) for p in words(name))
    return _Cues(phrases, frozenset(p[-1] for p in phrases if p))


class _Lex(NamedTuple):
    numbers: dict[str, float]
    scales: dict[str, float]
    suffixes: dict[str, float]
    fractions: dict[str, float]
    units: dict[str, Unit]
    rates: frozenset[str]
    denominators: _Cues
    changes: dict[str, str]
    vague_plurals: dict[tuple[str, ...], float]
    weight_cues: frozenset[str]
    money_nouns: frozenset[str]
    hedges_before: dict[tuple[str, ...], str]
    hedges_after: dict[tuple[str, ...], str]
    nouns: dict[str, str]
    events: dict[str, str]
    stop: frozenset[str]
    aux: frozenset[str]
    tally_cues: frozenset[str]
    skip_before: frozenset[str]
    skip_after: frozenset[str]
    change: frozenset[str]
    streets: frozenset[str]
    one_idioms: frozenset[str]
    increments: frozenset[str]
    vague: frozenset[str]
    prior: _Cues
    increments_before: _Cues
    remainder_before: _Cues
    age_before: _Cues
    particles: frozenset[str]


def _fraction(text: str) -> float:
    num, _, den = text.partition("/")
    return float(num) / float(den or 1)


def _reverse(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for head, members in groups(name).items():
        out[head] = head
        for m in members:
            out.setdefault(m, head)
    return out


@cache
def _lex() -> _Lex:
    units: dict[str, Unit] = {}
    for alias, spec in mapping("units.txt").items():
        dim, canon, factor = spec.split()
        low, _, high = factor.partition("..")
        spread = float(high) / float(low) if high else 1.0
        units[" ".join(alias.split())] = Unit(dim if dim != "currency" else f"currency:{canon}", canon,
                                              float(low), spread)
    before: dict[tuple[str, ...], str] = {}
    after: dict[tuple[str, ...], str] = {}
    for phrase, kind in mapping("hedges.txt").items():
        if phrase.startswith("after:"):
            after[tuple(phrase[6:].split())] = kind
        else:
            before[tuple(phrase.split())] = kind
    return _Lex(
        numbers={k: float(v) for k, v in mapping("number_words.txt").items()},
        scales={k: float(v) for k, v in mapping("number_scales.txt").items()},
        suffixes={k: float(v) for k, v in mapping("number_suffixes.txt").items()},
        fractions={k: _fraction(v) for k, v in mapping("number_fractions.txt").items()},
        units=units,
        rates=words("number_rates.txt"),
        denominators=_cues("number_denominator_cues.txt"),
        changes=_reverse("number_change_events.txt"),
        vague_plurals={tuple(k.split()): float(v) for k, v in mapping("number_vague_plurals.txt").items()},
        weight_cues=words("number_weight_cues.txt"),
        money_nouns=words("number_money_nouns.txt"),
        hedges_before=before,
        hedges_after=after,
        nouns=_reverse("number_nouns.txt"),
        events=_reverse("number_events.txt"),
        stop=words("number_stopwords.txt"),
        aux=words("number_aux.txt"),
        tally_cues=words("number_tally_cues.txt"),
        skip_before=words("number_skip_before.txt"),
        skip_after=words("number_skip_after.txt"),
        change=words("number_change_words.txt"),
        streets=words("number_street_words.txt"),
        one_idioms=words("number_one_idioms.txt"),
        increments=words("number_increment_words.txt"),
        vague=words("number_vague_nouns.txt"),
        prior=_cues("number_prior_cues.txt"),
        increments_before=_cues("number_increment_before.txt"),
        remainder_before=_cues("number_remainder_before.txt"),
        age_before=_cues("number_age_before.txt"),
        particles=lang_data.words("particles.txt"),
    )


# ---------------------------------------------------------------- helpers for readers


def figure_event(phrase: str) -> str | None:
    """The event a word or phrase names for a count ("carrying" and "on board" → "board"), if any."""
    return _lex().events.get(" ".join(phrase.lower().split()))


def is_change(event: str | None) -> bool:
    """The event is the direction of a change ("rise", "fall"): it says how a figure moved, not what moved."""
    return event is not None and event in _change_heads()


@cache
def _change_heads() -> frozenset[str]:
    return frozenset(_lex().changes.values())


def dimension(unit: str | None) -> str:
    """What a canonical unit measures; plain counts are ``"count"``, rates ``"currency:EUR/share"``."""
    if unit is None or unit == RATE_COUNT:
        return "count"
    if unit == "tally":
        return "tally"
    known = _dimensions().get(unit)
    if known is not None:
        return known
    base, slash, per = unit.rpartition("/")
    if slash and base:
        return f"{dimension(base)}/{per}"
    return unit


@cache
def _dimensions() -> dict[str, str]:
    return {u.canonical: u.dimension for u in _lex().units.values()}


@cache
def _invariant_plurals() -> frozenset[str]:
    """Nouns whose plural is the singular ("staff", "police"): plural all the same."""
    return frozenset(base for base, *plurals in (line.lower().split() for line in lang_data.entries("irregular_nouns.txt"))
                     if base in plurals)


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """Singular lower-case form of a counted noun, from the language layer's one lemmatizer (once per word)."""
    return lemmatize(word, "NOUN").lower()


def noun_key(phrase: str) -> str:
    """The synonym-group head for a noun phrase ("staff members" -> "worker").

    A coordination keeps both heads ("brothers and sisters" -> "brother and sister"): a
    different group from either alone.
    """
    for conj in (" and ", " or "):
        if conj in phrase:
            left, _, right = phrase.partition(conj)
            return f"{noun_key(left)}{conj}{noun_key(right)}"
    parts = [lemma(p) for p in phrase.lower().split()]
    nouns = _lex().nouns
    for n in (2, 1):
        if len(parts) >= n:
            key = " ".join(parts[-n:])
            if key in nouns:
                return nouns[key]
    return parts[-1] if parts else ""


def implicit_tolerance(q: Quantity) -> float:
    """Relative slack a reader allows an unhedged number: half its last written digit, at most 2%.

    "1,500" covers 1,470-1,530 and "56 mph" covers 55.5-56.5 mph; word numbers get 2%.
    """
    m = _FIRST_DIGITS.search(q.text)
    if m is None:
        return 0.02
    digits = m.group().replace(",", "")
    written = float(digits)
    if written == 0:
        return 0.0
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    else:
        stripped = digits.rstrip("0")
        step = 10.0 ** (len(digits) - len(stripped))
    return min(step / 2 / written, 0.02)


def _phrase_end(t: _Toks, end: int) -> int:
    """Where the phrase of a quantity ending at ``end`` ends once the event after it is included
    ("nine miners" -> "nine miners died"), read from the text's tokens."""
    first = k = bisect_left(t.start, end)
    while k < t.n and k - first < AUX_REACH and t.low[k] in _lex().aux and _event_of(t, k) is None:
        k += 1
    ev = _event_of(t, k) if k < t.n else None
    if ev is None or (k > first and "\n" in t.text[end : t.start[first]]):
        return end
    return t.end[ev[1] - 1]


# ---------------------------------------------------------------- tokens


class _Toks:
    """Tokens of the text with offsets; ``adj(i)`` says token i touches token i+1."""

    def __init__(self, text: str) -> None:
        """Split once, and take the offsets from the lengths of the pieces rather than a match per token."""
        self.text = text
        pieces = _SPLIT.split(text)
        offsets = list(accumulate(map(len, pieces), initial=0))
        self.raw: list[str] = pieces[1::2]
        self.start: list[int] = offsets[1:-1:2]
        self.end: list[int] = offsets[2::2]
        self.low = [t.lower() for t in self.raw]
        self.n = len(self.raw)

    def adj(self, i: int) -> bool:
        return 0 <= i < self.n - 1 and self.end[i] == self.start[i + 1]

    def is_digit(self, i: int) -> bool:
        return 0 <= i < self.n and self.raw[i][0].isdigit()

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.raw[i][0].isalpha()

    def surface(self, i: int, k: int) -> str:
        """Tokens i..i+k-1 as lower-case text with runs of space made single."""
        return " ".join(self.text[self.start[i] : self.end[i + k - 1]].lower().split())

    def line_break(self, i: int) -> bool:
        """A line break lies between token i-1 and token i."""
        return 0 < i < self.n and "\n" in self.text[self.end[i - 1] : self.start[i]]

    def sentence_start(self, i: int) -> bool:
        """Token i opens a sentence (start of text, after . ! ? or a line break)."""
        if i == 0:
            return True
        gap = self.text[self.end[i - 1] : self.start[i]]
        return self.raw[i - 1] in _SENTENCE_END or "\n" in gap or self.raw[i - 1] in "\"“‘'"


@dataclass
class _Num:
    """A parsed number before units: tokens [i, j), its value and whether it is written in words."""

    i: int
    j: int
    value: float
    words: bool
    scaled: bool = False


# ---------------------------------------------------------------- number cores


def _digits_value(tok: str) -> float | None:
    m = _VALID_DIGITS.fullmatch(tok)
    return float(tok.replace(",", "")) if m else None


def _parse_digits(t: _Toks, i: int) -> _Num | None:
    lex = _lex()
    value = _digits_value(t.raw[i])
    if value is None:
        return None
    if i > 0 and t.adj(i - 1):
        before = t.raw[i - 1]
        if before[0].isalpha() or before in "#/.":
            return None  # G7, A320, #3, 9/11
        if before in _DASHES and i > 1 and t.adj(i - 2) and t.raw[i - 2][0].isalpha():
            return None  # COVID-19, F-16
    j = i + 1
    num = _Num(i, j, value, False)
    if t.adj(i):
        nxt = t.low[i + 1]
        if nxt in _ORDINAL:
            return None
        if nxt == "/" and t.is_digit(i + 2):
            return None  # 24/7, 1/2 as a date
        if nxt in lex.suffixes:
            num.value *= lex.suffixes[nxt]
            num.j = i + 2
            num.scaled = True
        elif nxt[0].isalpha() and not _unit_at(t, i + 1) and nxt not in lex.skip_after:
            return None  # 5G, 3D
    if not num.scaled and num.j < t.n and t.low[num.j] in lex.scales:
        num.value *= lex.scales[t.low[num.j]]
        num.j += 1
        num.scaled = True
    return num


def _word_value(t: _Toks, i: int) -> float | None:
    w = t.low[i]
    lex = _lex()
    if w in lex.numbers and w != "dozen":
        return lex.numbers[w]
    return None


def _parse_words(t: _Toks, i: int) -> _Num | None:
    """Cardinal words: "eleven", "sixty-three", "one hundred and twenty", "a dozen", "twenty thousand"."""
    lex = _lex()
    j = i
    total = 0.0
    current = 0.0
    seen = False
    if t.low[i] in ("a", "an") and i + 1 < t.n and (t.low[i + 1] in lex.scales or t.low[i + 1] == "dozen"):
        current, seen, j = 1.0, True, i + 1
    last = ""
    while j < t.n:
        w = t.low[j]
        v = _word_value(t, j)
        if v is not None:
            if last == "unit" or (last == "ten" and v >= 10):
                break
            current += v
            seen = True
            last = "ten" if v >= 20 else "unit"
            j += 1
        elif w == "dozen" and seen:
            current *= 12
            last = "scale"
            j += 1
        elif w == "hundred" and seen:
            current = (current or 1) * 100
            last = "hundred"
            j += 1
        elif w in lex.scales and seen:
            total += (current or 1) * lex.scales[w]
            current = 0.0
            last = "scale"
            j += 1
        elif w in _DASHES and last == "ten" and t.adj(j - 1) and t.adj(j) and _word_value(t, j + 1) is not None:
            j += 1
        elif w == "and" and last in ("hundred", "scale") and j + 1 < t.n and _word_value(t, j + 1) is not None:
            j += 1
        else:
            break
    if not seen:
        return None
    while j > i and (t.low[j - 1] in _DASHES or t.low[j - 1] == "and"):
        j -= 1
    return _Num(i, j, total + current, True, scaled=last in ("scale", "hundred"))


def _numerator(t: _Toks, i: int) -> float | None:
    if t.low[i] in ("a", "an"):
        return 1.0
    v = _word_value(t, i)
    if v is not None and v < 20:
        return v
    return None


class _Frac(NamedTuple):
    num: _Num
    share: bool  # "a fifth of the vote": a share, read as percent


def _parse_fraction(t: _Toks, i: int) -> _Frac | None:
    """"a fifth", "two-thirds", "three quarters", "half a ...", "half of"."""
    lex = _lex()
    if t.low[i] == "half":
        numer, k = 1.0, i
    else:
        numer = _numerator(t, i)
        if numer is None:
            return None
        k = i + 1
        if k < t.n and t.raw[k] in _DASHES and t.adj(i) and t.adj(k):
            k += 1
        if k >= t.n or t.low[k] not in lex.fractions or t.low[k] == "half" and numer != 1:
            return None
    value = numer * lex.fractions[t.low[k]]
    j = k + 1
    nxt = t.low[j] if j < t.n else ""
    if nxt in lex.scales:
        return _Frac(_Num(i, j + 1, value * lex.scales[nxt], True, scaled=True), False)
    if nxt in ("a", "an") and j + 1 < t.n:
        after = t.low[j + 1]
        if after in lex.scales:
            return _Frac(_Num(i, j + 2, value * lex.scales[after], True, scaled=True), False)
        if _unit_at(t, j + 1):
            return _Frac(_Num(i, j + 1, value, True), False)
        return None
    if nxt == "of" or (t.low[i] == "half" and nxt in ("the", "all", "its", "their")):
        return _Frac(_Num(i, j, value * 100, True), True)
    if numer > 1 and t.low[k].endswith("s"):
        return _Frac(_Num(i, j, value * 100, True), True)
    return None


# ---------------------------------------------------------------- around the core


def _unit_at(t: _Toks, i: int) -> tuple[Unit, int] | None:
    """The longest unit starting at token i: (unit, end token)."""
    if i >= t.n or t.low[i] not in _unit_prefixes():
        return None
    units = _lex().units
    for k in range(min(_MAX_UNIT_TOKENS, t.n - i), 0, -1):
        u = units.get(t.surface(i, k))
        if u is not None:
            return u, i + k
    return None


PREFIX_DIMENSIONS = ("currency", "magnitude")  # units written before their number: "$5", "magnitude 6.1"


def _unit_before(t: _Toks, i: int) -> tuple[Unit, int] | None:
    """A currency sign or code ("$", "US$", "£", "EUR"), or a scale ("magnitude"), right before token i."""
    units = _lex().units
    for k in (2, 1):
        s = i - k
        if s < 0 or t.low[s] not in _unit_prefixes():
            continue
        u = units.get(t.surface(s, k))
        if u is not None and u.dimension.startswith(PREFIX_DIMENSIONS) and not t.line_break(i):
            return u, s
    return None


def _hedge_before(t: _Toks, i: int) -> tuple[str, str, int] | None:
    """The longest hedge phrase ending right before token i: (phrase, kind, first token)."""
    hedges = _lex().hedges_before
    for k in range(4, 0, -1):
        s = i - k
        if s < 0:
            continue
        key = tuple(t.low[s:i])
        if key in hedges:
            return " ".join(key), hedges[key], s
    return None


def _hedge_after(t: _Toks, j: int) -> tuple[str, str, int] | None:
    if j < t.n and t.raw[j] == "+" and t.adj(j - 1):
        return "+", "ge", j + 1
    hedges = _lex().hedges_after
    for k in (2, 1):
        key = tuple(t.low[j : j + k])
        if len(key) == k and key in hedges:
            return " ".join(key), hedges[key], j + k
    return None


def _prefixes(phrases: Iterable[str]) -> frozenset[str]:
    """Every beginning of the phrases: a token that is none of them cannot begin one, so no phrase is built there."""
    return frozenset(p[:n] for p in phrases for n in range(1, len(p) + 1))


@cache
def _unit_prefixes() -> frozenset[str]:
    return _prefixes(_lex().units)


@cache
def _skip_after_prefixes() -> frozenset[str]:
    return _prefixes(_lex().skip_after)


def _interval(value: float, kind: str | None) -> tuple[float | None, float | None, bool, bool]:
    """(low, high, low_open, high_open) of a hedged value."""
    if kind == "approx":
        return 0.9 * value, 1.1 * value, False, False
    if kind == "near":
        return 0.9 * value, value, False, True
    if kind == "above":
        return value, 1.1 * value, True, False
    if kind == "ge":
        return value, None, False, False
    if kind == "gt":
        return value, None, True, False
    if kind == "le":
        return 0.0, value, False, False
    if kind == "lt":
        return 0.0, value, False, True
    return value, value, False, False


def _ratio(t: _Toks, num: _Num) -> _Num | None:
    """ "one in four", "nine out of 10": a numerator and its denominator, read as a share in percent."""
    k = num.j
    if k < t.n and t.low[k] == "in":
        k += 1
    elif k + 1 < t.n and t.low[k] == "out" and t.low[k + 1] == "of":
        k += 2
    else:
        return None
    if k >= t.n:
        return None
    denominator = _parse_digits(t, k) if t.is_digit(k) else _parse_words(t, k) if t.is_word(k) else None
    if denominator is None or denominator.value <= num.value or num.value <= 0:
        return None
    return _Num(num.i, denominator.j, 100 * num.value / denominator.value, num.words)


def _parse_core(t: _Toks, i: int) -> tuple[_Num, bool] | None:
    """A number starting at token i, and whether it is a share ("a fifth of", "one in four")."""
    if t.is_digit(i):
        num = _parse_digits(t, i)
        if num is None:
            return None
        ratio = _ratio(t, num)
        return (ratio, True) if ratio else (num, False)
    if not t.is_word(i):
        return None
    frac = _parse_fraction(t, i)
    if frac is not None:
        return frac.num, frac.share
    num = _parse_words(t, i)
    if num is None:
        return None
    if num.j < t.n - 2 and t.low[num.j] == "and" and t.low[num.j + 1] == "a" and t.low[num.j + 2] in _lex().fractions:
        num.value += _lex().fractions[t.low[num.j + 2]]
        num.j += 3
    ratio = _ratio(t, num)
    return (ratio, True) if ratio else (num, False)


def _skip_reason(t: _Toks, num: _Num) -> bool:
    """Dates, times, identifiers and labels around a number."""
    lex = _lex()
    i, j = num.i, num.j
    prev = t.low[i - 1].rstrip(".") if i > 0 else ""
    if prev in lex.skip_before and t.is_word(i - 1):
        return True
    if i > 0 and t.raw[i - 1] == "." and i > 1 and t.low[i - 2] in lex.skip_before:
        return True  # Oct. 16, No. 10
    for k in (2, 1):
        if j + k <= t.n and t.low[j] in _skip_after_prefixes() and t.surface(j, k) in lex.skip_after:
            return True
    if j < t.n and t.low[j] in ("a", "p") and j + 1 < t.n and t.raw[j + 1] == ".":
        return True  # 6 a.m.
    if num.words:
        if _spoken_year(t, i, j):
            return True
        first = t.raw[i]
        if first[0].isupper() and not t.sentence_start(i):
            return True  # Air Force One, Channel Four
        if t.low[i] == "one" and (prev in ("no", "the", "any", "every", "each", "this", "which", "that")
                                  or (j < t.n and t.low[j] in lex.one_idioms)
                                  or (j + 1 < t.n and t.raw[j] in _DASHES and t.low[j + 1] in lex.one_idioms)):
            return True
    if not num.words and _street_after(t, j):
        return True
    if not num.words and i > 0 and t.is_word(i - 1) and t.raw[i - 1][0].isupper() and "'" not in t.raw[i - 1] \
            and "’" not in t.raw[i - 1] and not t.sentence_start(i - 1) \
            and tuple([t.low[i - 1]]) not in lex.hedges_before:
        return True  # Patriot 125, Boeing 737
    return False


def _spoken_year(t: _Toks, i: int, j: int) -> bool:
    """"nineteen ninety-one": a teen followed by tens words is a year read aloud."""
    def teen(k: int) -> bool:
        v = _word_value(t, k) if 0 <= k < t.n and t.is_word(k) else None
        return v is not None and 10 <= v <= 20

    def tens(k: int) -> bool:
        v = _word_value(t, k) if 0 <= k < t.n and t.is_word(k) else None
        return v is not None and v >= 20 and v % 10 == 0

    return (j == i + 1 and teen(i) and tens(j)) or (teen(i - 1) and tens(i))


def _street_after(t: _Toks, j: int) -> bool:
    """"10 Downing Street": capitalized words then a street word; "the 3400 block of Thorpe Street"."""
    if j + 2 < t.n and t.low[j] in words("number_address_words.txt") and t.low[j + 1] == "of":
        j += 2
    k = j
    while k < t.n and k - j < 3 and t.is_word(k) and t.raw[k][0].isupper():
        if k > j and t.low[k] in _lex().streets:
            return True
        k += 1
    return False


def _phone_at(t: _Toks, i: int) -> int | None:
    """End token of a phone number starting at token i, or None."""
    m = _PHONE.match(t.text, t.start[i] - (1 if i > 0 and t.raw[i - 1] == "(" and t.adj(i - 1) else 0))
    if not m:
        return None
    digits = sum(c.isdigit() for c in m.group())
    groups_ = len(re.findall(r"\d+", m.group()))
    if digits < 7 or groups_ < 2 or "," in m.group():
        return None
    if groups_ == 2 and re.fullmatch(r"(?:1[89]|2[01])\d\d-\d{2,4}", m.group()):
        return None  # a span of years is left to the year rule
    return bisect_left(t.start, m.end(), i)


def _is_year(num: _Num, t: _Toks) -> bool:
    tok = t.raw[num.i]
    return not num.words and not num.scaled and len(tok) == 4 and tok.isdigit() and 1800 <= int(tok) <= 2199


def _clause_window(t: _Toks, i: int, j: int, radius: int) -> range:
    lo = i
    while lo > 0 and i - lo < radius and t.raw[lo - 1] not in _SENTENCE_END:
        lo -= 1
    hi = j
    while hi < t.n and hi - j < radius and t.raw[hi] not in _SENTENCE_END:
        hi += 1
    return range(lo, hi)


# ---------------------------------------------------------------- what is counted


def _collectable(t: _Toks, k: int) -> bool:
    lex = _lex()
    if not t.is_word(k) or len(t.raw[k]) < 2:
        return False
    w = t.low[k]
    return w not in lex.stop and w not in lex.aux and w not in lex.numbers and (w,) not in lex.hedges_before


def _event_of(t: _Toks, k: int) -> tuple[str, int] | None:
    """An event phrase (1-3 words) at token k: (event head, end token).

    A single word with a particle after it is another verb ("carried out an operation"
    is no carrying) unless the phrase itself is listed ("pulled out").
    """
    if k >= t.n or t.low[k] not in _event_firsts():
        return None
    lex = _lex()
    for n in (3, 2, 1):
        if k + n <= t.n:
            key = " ".join(t.low[k : k + n])
            if key in lex.events and all(t.is_word(x) for x in range(k, k + n)):
                if n == 1 and k + 1 < t.n and t.low[k + 1] in lex.particles:
                    return None
                return lex.events[key], k + n
    return None


@cache
def _event_firsts() -> frozenset[str]:
    """The first words of the event phrases."""
    return frozenset(phrase.split(" ")[0] for phrase in _lex().events)


class _After(NamedTuple):
    noun: str | None
    noun_end: int | None
    event: str | None
    stop: int = 0  # the token after the noun phrase


def _noun_after(t: _Toks, j: int) -> _After:
    """The noun phrase after a number and the event it takes ("coal miners were killed")."""
    lex = _lex()
    k = j
    collected: list[int] = []
    event: str | None = None
    if k < t.n and t.low[k] in lex.increments:
        return _After(None, None, None)  # "two more miners": an increment, not a total
    while k < t.n and len(collected) < 4 and not t.line_break(k):
        if t.raw[k] in _DASHES and t.adj(k - 1) and t.adj(k):
            k += 1
            continue
        if not _collectable(t, k):
            break
        ev = _event_of(t, k)
        if ev is not None:
            nxt = ev[1]
            if nxt < t.n and _collectable(t, nxt) and _event_of(t, nxt) is None:
                event = event or ev[0]  # "nine trapped miners"
                k = nxt
                continue
            break
        w = t.low[k]
        if w.endswith(("ed", "ly")) and not _collectable(t, k + 1):
            break  # "a 20 percent stake dropped", "six months ended", "8% yearly"
        collected.append(k)
        k += 1
        if _is_plural(w) or w in lex.nouns or lemma(w) in lex.nouns:
            break
    while collected and (t.raw[collected[-1]][0].isupper() and not _is_plural(t.low[collected[-1]])
                         or t.low[collected[-1]].endswith("ed")):
        collected.pop()  # "ninety-one Charles Keating": a name, not what is counted
        k = collected[-1] + 1 if collected else j
    noun = " ".join([t.low[x] for x in collected]) or None
    if collected and _is_plural(t.low[collected[-1]]) and k + 1 < t.n and t.low[k] in ("and", "or") \
            and _collectable(t, k + 1) and _is_plural(t.low[k + 1]) and _event_of(t, k + 1) is None:
        noun = f"{noun} {t.low[k]} {t.low[k + 1]}"  # "nine brothers and sisters": one group, not brothers
        collected.append(k + 1)
        k += 2
    end = t.end[collected[-1]] if collected else None
    stop = collected[-1] + 1 if collected else j
    # the event after the noun phrase, past auxiliaries: "were later confirmed dead"
    steps = 0
    while k < t.n and steps < AUX_REACH and not t.line_break(k) and t.low[k] in lex.aux and _event_of(t, k) is None:
        k += 1
        steps += 1
    if k < t.n and not t.line_break(k):
        ev = _event_of(t, k)
        if ev is not None:
            event = ev[0]
    return _After(noun, end, event, stop)


def _is_plural(word: str) -> bool:
    return lemma(word) != word or word in _invariant_plurals()


def _noun_before(t: _Toks, s: int) -> tuple[str | None, str | None]:
    """A noun or event named shortly before token s ("a duty of 15%", "the death toll rose to 11")."""
    lex = _lex()
    noun: str | None = None
    event: str | None = None
    if s >= 2 and t.low[s - 1] == "of" and _collectable(t, s - 2):
        w = lemma(t.low[s - 2])
        if w in lex.events:
            event = lex.events[w] if t.low[s - 2] not in lex.events else lex.events[t.low[s - 2]]
        else:
            noun = t.low[s - 2]
    k = s - 1
    steps = 0
    while k >= 0 and steps < _LOOKBACK and noun is None:
        if t.raw[k] in _SENTENCE_END or t.raw[k] == "," or t.is_digit(k) or t.low[k] in lex.numbers \
                or t.line_break(k + 1):
            break
        w = t.low[k]
        if (w in lex.nouns or lemma(w) in lex.nouns) and (k < s - 1 or w.endswith("ed")):
            noun = w
        elif event is None and w in lex.events:
            event = lex.events[w]
        k -= 1
        steps += 1
    return noun, event


def _event_before(t: _Toks, s: int) -> str | None:
    """A verb right before the number phrase ("killing at least 11", "rescued nine")."""
    k = s - 1
    steps = 0
    while k >= 0 and steps < 3:
        if not t.is_word(k):
            return None
        ev = _event_of(t, k)
        if ev is not None:
            return ev[0]
        if t.low[k] not in ("a", "an", "the", "some", "another", "all"):
            return None
        k -= 1
        steps += 1
    return None


def _counted(noun: str | None) -> str | None:
    """The counted key of a noun phrase; nouns that say how rather than what count as nothing."""
    key = noun_key(noun) if noun else ""
    if key in _lex().vague:
        return None  # "43,000 shares": how it is counted, not what
    return key or None


def whole_key(phrase: str) -> str:
    """The whole a share is of, modifiers kept unless a synonym group names it.

    "18% of Republican statements" and "24% of Democratic statements" are shares of
    different wholes; "54% of the vote" is a share of the vote.
    """
    key = noun_key(phrase)
    parts = [lemma(p) for p in phrase.lower().split() if p not in ("and", "or")]
    if key in _lex().nouns and key != (parts[-1] if parts else ""):
        return key
    if " and " in key or " or " in key:
        return key
    return " ".join(parts)


# ---------------------------------------------------------------- the scanner


@dataclass
class _Side:
    num: _Num
    unit: Unit | None
    end: int  # token after number and unit
    currency_start: int | None


def _side(t: _Toks, i: int) -> tuple[_Side, bool] | None:
    core = _parse_core(t, i)
    if core is None:
        return None
    num, share = core
    cur = _unit_before(t, i)
    unit: Unit | None = cur[0] if cur else None
    end = num.j
    if share:
        unit = _lex().units["percent"]
    elif unit is None:
        k = end
        if k < t.n and t.raw[k] in _DASHES and t.adj(k - 1) and t.adj(k):
            k += 1  # three-year
        found = _unit_at(t, k) if k < t.n else None
        if found is not None:
            unit, end = found
            if unit.canonical == "GBP" and _pounds_weigh(t, i, k, end):
                unit = _lex().units["lb"]
    return _Side(num, unit, end, cur[1] if cur else None), share


def _pounds_weigh(t: _Toks, i: int, k: int, end: int) -> bool:
    """Pounds written as a word are weight when the clause speaks of weight or "N-pound" qualifies a non-money noun."""
    lex = _lex()
    if k > i and t.raw[k - 1] in _DASHES and t.low[k] == "pound":
        if end < t.n and t.is_word(end) and t.low[end] not in lex.stop:
            return t.low[end] not in lex.money_nouns  # "a 300-pound bear", not "a 50-pound fine"
    return any(t.low[x] in lex.weight_cues for x in _clause_window(t, i, end, 8))


def _rate_at(t: _Toks, k: int) -> tuple[str, int] | None:
    """What a rate is per, right at token k: "a share", "per capita", "each" -> (denominator, end token)."""
    if k >= t.n or t.line_break(k):
        return None
    w = t.low[k]
    if w == "each" and not (k + 1 < t.n and _collectable(t, k + 1)):
        return "each", k + 1
    if k + 1 < t.n and t.is_word(k + 1):
        nxt = lemma(t.low[k + 1])
        if k + 2 < t.n and t.low[k + 2] in _RELATIVE:
            return None  # "$2 million a year ago": a time, not a rate
        if w in ("a", "an") and nxt in _lex().rates:
            return nxt, k + 2
        if w == "per" and t.low[k + 1] not in _lex().stop:
            return nxt, k + 2
    elif w == "per" and k + 1 < t.n:
        return "amount", k  # "$308 per $1,000 of debt": the amount after is skipped as a denominator
    return None


def _phrase_before(t: _Toks, s: int, cues: _Cues) -> bool:
    """One of ``cues`` ends right before token ``s``."""
    if s < 1 or t.low[s - 1] not in cues.ends:
        return False
    for k in (1, 2, 3):
        if s - k >= 0 and tuple(t.low[s - k : s]) in cues.phrases:
            return True
    return False


def _denominator_before(t: _Toks, s: int) -> bool:
    """The number is what a rate or ratio is per ("per $1,000", "of every $5", "out of 10")."""
    return _phrase_before(t, s, _lex().denominators)


def _change_before(t: _Toks, s: int) -> str | None:
    """The direction of a change the number measures ("rose 4 percent", "fell by 1.2%"), or None for a level."""
    k = s - 1
    if k >= 0 and t.low[k] == "by":
        k -= 1
    if k < 0 or not t.is_word(k):
        return None
    return _lex().changes.get(t.low[k])


def _is_tally_context(t: _Toks, i: int, j: int) -> bool:
    cues = _lex().tally_cues
    return any(t.low[k] in cues for k in _clause_window(t, i, j, 8))


@cache
def _starters() -> frozenset[str]:
    """Words that can open a number phrase; every other word is passed over at once."""
    return frozenset(_lex().numbers) | {"a", "an", "half"} | _vague_firsts()


def _openings(t: _Toks) -> list[int]:
    """The tokens that can open a number phrase: digits and ``_starters``."""
    starters = _starters()
    return [i for i, (raw, low) in enumerate(zip(t.raw, t.low)) if low in starters or raw[0].isdigit()]


def extract_quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity in ``text``, with offsets into it, in order of position."""
    t = _Toks(text)
    out: list[Quantity] = []
    i = 0
    for k in _openings(t):
        if k < i:
            continue  # inside the phrase just read
        i = k
        if t.is_digit(i):
            phone_end = _phone_at(t, i)
            if phone_end is not None:
                i = phone_end
                continue
        vague = _vague(t, i) if t.is_word(i) else None
        if vague is not None:
            out.append(vague[0])
            i = vague[1]
            continue
        parsed = _side(t, i)
        if parsed is None:
            i += 1
            continue
        q, nxt = _build(t, *parsed)
        if q is not None:
            out.append(q)
        i = max(nxt, i + 1)
    return tuple(_measured_before(t, q) for q in _join_conversions(t, out))


_CONVERSION_OPEN = ("(", "/")


def _join_conversions(t: _Toks, qs: list[Quantity]) -> list[Quantity]:
    """ "31 miles (50 km) of forest", "41 °F / 5 °C": the bracketed figure is the same measure in
    another unit, so it joins the first, and what follows the bracket is what both measure."""
    out: list[Quantity] = []
    k = 0
    while k < len(qs):
        q = qs[k]
        nxt = qs[k + 1] if k + 1 < len(qs) else None
        between = t.text[q.end : nxt.start].strip() if nxt is not None else ""
        if (nxt is None or between not in _CONVERSION_OPEN or q.unit is None or nxt.unit is None
                or dimension(q.unit) != dimension(nxt.unit) or dimension(q.unit) == "count"):
            out.append(q)
            k += 1
            continue
        end = nxt.end
        close = t.text.find(")", end, end + 3) if between == "(" else -1
        if close >= 0:
            end = close + 1
        counted, event = q.counted or nxt.counted, q.event or nxt.event
        i = bisect_left(t.start, end)
        if counted is None and i < t.n and t.low[i] == "of":
            i += 1
            if i < t.n and t.low[i] in _DETERMINERS:
                i += 1
            after = _noun_after(t, i)
            counted, event = _counted(after.noun), event or after.event
        out.append(replace(q, end=end, text=t.text[q.start : end], counted=counted, event=event,
                           phrase_end=_phrase_end(t, end)))
        k += 2
    return out


def _measured_before(t: _Toks, q: Quantity) -> Quantity:
    """A length between a noun and the dimension it gives measures that noun: "a stretch of [coast]
    25 miles (40 km) long" counts the coast, as "25 miles of coast" would."""
    if q.counted is not None or dimension(q.unit) != "length":
        return q
    i = bisect_left(t.start, q.end)
    k = bisect_left(t.start, q.start) - 1
    if i >= t.n or t.low[i] not in words("number_dimension_words.txt") or k < 0 or not _collectable(t, k):
        return q
    return replace(q, counted=_counted(t.low[k]))


@cache
def _vague_phrases() -> tuple[tuple[tuple[str, ...], float], ...]:
    """Vague plurals, longest first so "hundreds of thousands" wins over "hundreds"."""
    return tuple(sorted(_lex().vague_plurals.items(), key=lambda kv: -len(kv[0])))


@cache
def _vague_firsts() -> frozenset[str]:
    return frozenset(p[0] for p in _lex().vague_plurals)


def _vague(t: _Toks, i: int) -> tuple[Quantity, int] | None:
    """"dozens of miners", "tens of thousands of people": an open interval from the lower bound.

    Single words need "of" or an event after them ("hundreds were evacuated"), so "scores"
    and "thousands" used otherwise are not counts.
    """
    if t.low[i] not in _vague_firsts():
        return None
    if i > 0 and (t.low[i - 1] in _DETERMINERS or t.low[i - 1] in ("a", "an") or t.is_digit(i - 1)):
        return None  # "the scores of the tests"
    for phrase, bound in _vague_phrases():
        n = len(phrase)
        if tuple(t.low[i : i + n]) != phrase:
            continue
        k = i + n
        if k < t.n and t.low[k] == "of":
            k += 1
        elif _noun_after(t, k).event is None:
            return None  # "thousands is a lot": no "of" and nothing happened to them
        hedge = t.surface(i, k - i)
        found = _unit_at(t, k) if k < t.n else None
        unit = found[0] if found and found[0].dimension.startswith("currency") else None
        if unit is not None and found is not None:
            after = _After(None, t.end[found[1] - 1], None, found[1])
        else:
            after = _noun_after(t, k)
        event = after.event or _event_before(t, i)
        end = after.noun_end if after.noun_end is not None else t.end[k - 1]
        value = bound * (unit.factor if unit else 1.0)
        s = t.start[i]
        q = Quantity(s, end, t.text[s:end], value, value, None, unit=unit.canonical if unit else None,
                     hedge=hedge, counted=_counted(after.noun), kind="money" if unit else "count", event=event,
                     phrase_end=_phrase_end(t, end))
        return q, max(after.stop, k)
    return None


def _build(t: _Toks, side: _Side, share: bool) -> tuple[Quantity | None, int]:
    """Turn a parsed number into a Quantity (or None for years, dates, identifiers); the next token to scan."""
    lex = _lex()
    num = side.num
    first = side.currency_start if side.currency_start is not None else num.i
    if _skip_reason(t, num):
        return None, side.end
    hedge = _hedge_before(t, first)
    start_tok = hedge[2] if hedge else first
    if _denominator_before(t, start_tok):
        return None, side.end  # "per $1,000", "four of every $5": what a rate is per
    # ranges, tallies and changes: "20-30", "5-4", "between 20 and 30", "from 9 to 11"
    j = side.end
    second: _Side | None = None
    kind_hint = ""
    if j + 1 < t.n and not share:
        link = t.low[j]
        before = t.low[start_tok - 1] if first > 0 else ""
        hyphen = link in _DASHES and t.adj(j - 1) and t.adj(j)
        if hyphen or link == "to" or (link == "and" and before == "between"):
            nxt = _side(t, j + 1)
            if nxt is not None and not nxt[1] and not _is_year(nxt[0].num, t):
                second = nxt[0]
                a, b = num.value, second.num.value
                if _is_year(num, t):
                    return None, second.end
                if hyphen and side.unit is None and second.unit is None and a.is_integer() and b.is_integer() \
                        and a <= 100 and b <= 100 and _is_tally_context(t, num.i, second.end):
                    kind_hint = "tally"
                elif link == "to" and before in lex.change:
                    return None, j  # "rose from 9 to 11": the second number stands alone
                elif b > a or (second.num.scaled and not num.scaled):
                    kind_hint = "range"
                elif hyphen:
                    return None, second.end  # a score or a date, not a range
                else:
                    second = None
    if second is None and _is_year(num, t) and side.unit is None and hedge is None:
        return None, side.end
    unit = side.unit or (second.unit if second else None)
    factor = unit.factor if unit else 1.0
    if kind_hint == "tally":
        assert second is not None
        end_tok = second.end
        after = _noun_after(t, end_tok)
        noun = after.noun
        if noun is None:
            noun = _noun_before(t, first)[0]
        counted = noun_key(noun) if noun else None
        e = after.noun_end if after.noun_end is not None else t.end[end_tok - 1]
        s = t.start[first]
        return Quantity(s, e, t.text[s:e], num.value, num.value, num.value, unit="tally",
                        counted=counted, kind="tally", phrase_end=_phrase_end(t, e)), end_tok
    if second is not None and first > 0 and t.low[first - 1] in ("between", "from"):
        start_tok = first - 1
    end_tok = second.end if second else side.end
    post = _hedge_after(t, end_tok) if second is None else None
    hedge_kind = hedge[1] if hedge else (post[1] if post else None)
    hedge_text = hedge[0] if hedge else (post[0] if post else None)
    if post:
        end_tok = post[2]
    if second is not None:
        low_v = num.value
        if second.num.scaled and not num.scaled and num.value < 1000:
            low_v = num.value * (second.num.value / _unscaled(t, second.num))
        low, high = low_v * factor, second.num.value * factor
        value = (low + high) / 2
        lo_open = hi_open = False
        if hedge_kind:
            hedge_kind = hedge_text = None
    else:
        value = num.value * factor
        low, high, lo_open, hi_open = _interval(value, hedge_kind)
    if unit is not None and unit.spread != 1.0 and high is not None:
        high *= unit.spread  # "10 tons": short or long tons, both readings kept
    # what is counted
    whole = start_tok >= 2 and t.low[start_tok - 1] in _DETERMINERS and t.low[start_tok - 2] in ("of", "among") \
        and _partitive_head(t, start_tok - 3)
    part = _subset_clause(t, start_tok)  # "Of those killed, 11 were in Tanzania"
    noun: str | None = None
    event: str | None = None
    counted: str | None = None
    span_end = t.end[end_tok - 1]
    rate = _rate_at(t, end_tok)
    if rate is not None:
        span_end = t.end[rate[1] - 1]
        end_tok = rate[1]
    if unit is not None and unit.dimension == "share" and end_tok < t.n and t.low[end_tok] == "of":
        k = end_tok + 1
        if k < t.n and t.low[k] in _DETERMINERS:
            k += 1
        after = _noun_after(t, k)
        counted = whole_key(after.noun) if after.noun else None
    elif unit is None and end_tok < t.n and t.low[end_tok] == "of":
        k = end_tok + 1
        if k < t.n and t.low[k] in _DETERMINERS:
            k += 1
        whole_core = _parse_core(t, k) if k < t.n else None
        if whole_core is not None:
            k = whole_core[0].j  # "two of the nine miners": the subset counts miners too
        after = _noun_after(t, k)
        part = True
        noun, event = after.noun, after.event
    elif unit is not None and rate is None and end_tok < t.n and t.low[end_tok] == "of":
        k = end_tok + 1
        if k < t.n and t.low[k] in _DETERMINERS:
            k += 1
        after = _noun_after(t, k)  # "10,000 tonnes of grain", "$8 million of charges": what is measured
        noun, event = after.noun, after.event
    else:
        # after a rate ("11.20 euros a share") the words that follow are not what is counted
        after = _noun_after(t, end_tok) if rate is None else _After(None, None, None, end_tok)
        noun, event = after.noun, after.event
        if after.noun_end is not None:
            span_end = after.noun_end
            if rate is None:
                rate = _rate_at(t, after.stop)  # "three flights a day"
        if _is_age(t, end_tok, unit):
            noun, event = None, None
            span_end = t.end[end_tok + 1]
    if noun is None and counted is None and not part:
        back_noun, back_event = _noun_before(t, start_tok)
        noun = back_noun
        event = event or back_event
    if event is None and not part:
        event = _event_before(t, start_tok)
    change = _change_before(t, start_tok)
    if change is not None and not part:
        event = change  # "rose 4 percent": a change, only ever compared with changes the same way
    if whole:
        event = None
    if counted is None:
        counted = _counted(noun)
    if second is None and _phrase_before(t, start_tok, _lex().prior):
        counted, event = None, None  # "from $94.8 million": an earlier figure, not the one reported
    if _phrase_before(t, start_tok, _lex().increments_before):
        counted, event = None, None  # "another 56 bodies": what was added, never a total
    if _phrase_before(t, start_tok, _lex().remainder_before):
        part = True  # "the other three": the rest of a group, never its whole
    if unit is not None and unit.dimension == "years" and _is_age(t, side.end, unit):
        counted, event = None, None
    if unit is None and noun is None and _phrase_before(t, start_tok, _lex().age_before):
        counted, event = "age", None  # "dies at 75": one person's age, not a count of anything
    if unit is not None and unit.dimension == "magnitude":
        # a magnitude measures its quake, whatever word follows ("a 6.1-magnitude quake struck")
        counted, event = "earthquake", None
        span_end = t.end[side.end - 1]
        if side.end < t.n and t.low[side.end] in words("number_magnitude_nouns.txt"):
            span_end = t.end[side.end]
    canonical = unit.canonical if unit else None
    if rate is not None:
        canonical = f"{canonical or RATE_COUNT}/{rate[0]}"
    kind = _kind(unit, second is not None)
    s = t.start[start_tok]
    return Quantity(s, span_end, t.text[s:span_end], value, low, high, lo_open, hi_open,
                    canonical, hedge_text, counted, kind, event, part, _phrase_end(t, span_end)), end_tok


def _partitive_head(t: _Toks, k: int) -> bool:
    """Whether the word before "of the" takes a part of what follows: a number or a quantifier
    ("two of the nine", "most of the 300"), or nothing at all ("Of the 300 staff, …")."""
    if k < 0 or t.sentence_start(k + 1):
        return True
    low = t.low[k]
    return low.replace(",", "").replace(".", "").isdigit() or low in _lex().numbers \
        or low in words("number_partitive_heads.txt")


def _subset_clause(t: _Toks, s: int) -> bool:
    """A clause opening "Of those killed," or "Among the injured," makes the number after it a subset."""
    if s < 3 or t.raw[s - 1] != ",":
        return False
    k = s - 2
    while k > 0 and s - k < 8 and not t.sentence_start(k) and t.raw[k] != ",":
        k -= 1
    return t.sentence_start(k) and t.low[k] in ("of", "among") and k + 1 < s and t.low[k + 1] in _DETERMINERS




def _unscaled(t: _Toks, num: _Num) -> float:
    v = _digits_value(t.raw[num.i]) if t.is_digit(num.i) else None
    return v if v else 1.0


def _is_age(t: _Toks, j: int, unit: Unit | None) -> bool:
    """"a 45-year-old man": an age, never compared."""
    if unit is None or unit.canonical != "year":
        return False
    return j + 1 < t.n and t.raw[j] in _DASHES and t.low[j + 1] == "old"


def _kind(unit: Unit | None, is_range: bool) -> str:
    if is_range:
        return "range"
    if unit is None:
        return "count"
    if unit.dimension.startswith("currency"):
        return "money"
    if unit.dimension == "share":
        return "percent"
    if unit.dimension == "points":
        return "points"
    return "measure"
