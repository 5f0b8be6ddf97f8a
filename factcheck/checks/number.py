"""The ``number`` check: the same quantity of the same thing, given as intervals that cannot both hold."""

from __future__ import annotations


from factcheck.align.quantities import SAME_NOUN, agreement, disagreement
from factcheck.checks import check
from factcheck.describe import file_name
from factcheck.extract.numbers import format_interval, phrase_end
from factcheck.facts import Located, Pair
from factcheck.model import Finding, Quantity

ERROR_SCORE = 0.6


def _vague(q: Quantity) -> bool:
    """"dozens of", "hundreds of": the bound is a reading convention, so a clash is a warning."""
    return q.high is None and q.hedge is not None and q.hedge.endswith(("s", "of"))


def _phrase(item: Located[Quantity]) -> str:
    q = item.fact
    text = item.doc.view[q.start : phrase_end(item.doc.view, q)]
    text = " ".join(text.split())
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


@check(
    "number", over="quantities", rank=20, rule="NumberMismatch",
    summary="a quantity of the same thing, after units, word numbers and hedges",
    example=('Nine miners died in the collapse.',
             'At least 11 miners were killed in the collapse.'),
)
def number(pair: Pair[Quantity]) -> Finding | None:
    """Two sources give different numbers for the same count or measure."""
    a, b = pair.a, pair.b
    agree = agreement(a.fact, b.fact)
    if agree == 0.0:
        return None
    rel = disagreement(a.fact, b.fact)
    if rel is None:
        return None
    strong = agree >= SAME_NOUN and pair.score >= ERROR_SCORE and not (_vague(a.fact) or _vague(b.fact))
    confidence = round(min(0.95, 0.25 + 0.5 * pair.score + 0.25 * min(1.0, rel * 4)), 2)
    message = (f"{file_name(a)} says {_phrase(a)}; "
               f"{file_name(b)} says {_phrase(b)}.")
    evidence = (
        a.evidence(a.fact.start, a.fact.end, value=format_interval(a.fact)),
        b.evidence(b.fact.start, b.fact.end, value=format_interval(b.fact)),
    )
    return Finding("number", "error" if strong else "warning", confidence, message, evidence)
