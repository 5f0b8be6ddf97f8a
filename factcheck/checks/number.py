"""The ``number`` check: the same quantity of the same thing, given as intervals that cannot both hold."""

from __future__ import annotations

import os

from factcheck.align.quantities import SAME_NOUN, agreement
from factcheck.checks import check
from factcheck.extract.numbers import format_interval, implicit_tolerance, phrase_end, tally_sides
from factcheck.facts import Located, Pair
from factcheck.model import Finding, Quantity

ERROR_SCORE = 0.6
_Bound = tuple[float, bool]  # value, open


def _bounds(q: Quantity) -> tuple[_Bound, _Bound]:
    """The interval of ``q`` with infinities, widened by rounding slack when the number is unhedged."""
    low = q.low if q.low is not None else float("-inf")
    high = q.high if q.high is not None else float("inf")
    if q.hedge is None:
        rel = implicit_tolerance(q)
        if q.low is not None:
            low -= rel * abs(low)
        if q.high is not None:
            high += rel * abs(high)
    return (low, q.low_open), (high, q.high_open)


def _below(high: _Bound, low: _Bound) -> bool:
    """An interval ending at ``high`` lies wholly below one starting at ``low``."""
    return high[0] < low[0] or (high[0] == low[0] and (high[1] or low[1]))


def gap(a: Quantity, b: Quantity) -> float | None:
    """Relative distance between two disjoint quantities, or None when they can both hold."""
    (la, ha), (lb, hb) = _bounds(a), _bounds(b)
    if _below(ha, lb):
        lo, hi = ha[0], lb[0]
    elif _below(hb, la):
        lo, hi = hb[0], la[0]
    else:
        return None
    return (hi - lo) / max(abs(hi), abs(lo), 1e-9)


def _phrase(item: Located[Quantity]) -> str:
    q = item.fact
    text = item.doc.view[q.start : phrase_end(item.doc.view, q)]
    text = " ".join(text.split())
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


@check("number", over="quantities")
def number(pair: Pair[Quantity]) -> Finding | None:
    """Two sources give different numbers for the same count or measure."""
    a, b = pair.a, pair.b
    agree = agreement(a.fact, b.fact)
    if agree == 0.0:
        return None
    if a.fact.kind == "tally" or b.fact.kind == "tally":
        sa, sb = tally_sides(a.fact), tally_sides(b.fact)
        if sa is None or sb is None or sorted(sa) == sorted(sb):
            return None
        rel = 0.5
    else:
        found = gap(a.fact, b.fact)
        if found is None:
            return None
        rel = found
    strong = agree >= SAME_NOUN and pair.score >= ERROR_SCORE
    confidence = round(min(0.95, 0.25 + 0.5 * pair.score + 0.25 * min(1.0, rel * 4)), 2)
    message = (f"{os.path.basename(a.doc.path)} says {_phrase(a)}; "
               f"{os.path.basename(b.doc.path)} says {_phrase(b)}")
    evidence = (
        a.evidence(a.fact.start, a.fact.end, value=format_interval(a.fact)),
        b.evidence(b.fact.start, b.fact.end, value=format_interval(b.fact)),
    )
    return Finding("number", "error" if strong else "warning", confidence, message, evidence)
