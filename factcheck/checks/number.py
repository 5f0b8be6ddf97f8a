"""The ``number`` check: the same quantity of the same thing, given as intervals that cannot both hold."""

from __future__ import annotations

from factcheck.calibration import grade
from factcheck.checks import TUESDAY, WEDNESDAY, Example, Pairs, article, check
from factcheck.describe import day, earlier_and_later, file_name, quantity_phrase
from factcheck.facts import Pair, QuantityMatch
from factcheck.model import Finding, Quantity
from factcheck.values.quantities import format_interval

# How plainly two figures disagree: any gap is a clash, a wide one (a fifth of the larger) a plain one.
PLAIN_STRENGTH = 0.8
GAP_WEIGHT = 1.0


def _vague(q: Quantity) -> bool:
    """"dozens of", "hundreds of": the bound is a reading convention, so a clash is a warning."""
    return q.high is None and q.hedge is not None and q.hedge.endswith(("s", "of"))


EXAMPLES = (
    Example((
        article("a.txt", TUESDAY, "Rescue officials said nine miners died in the collapse at the Harnick "
                                  "colliery."),
        article("b.txt", TUESDAY, "At least 11 miners were killed in the collapse at the Harnick colliery, "
                                  "officials said."),
    ), fires=("nine miners", "At least 11 miners")),
    Example((
        article("a.txt", TUESDAY, "The airline employs around 1,500 staff at the airport."),
        article("b.txt", WEDNESDAY, "The airline has some 1,500 workers at the airport."),
    ), fires=None),
    Example((
        article("a.txt", TUESDAY, "Fifty-seven people died when the Halden river burst its banks in Esterbrook."),
        article("b.txt", WEDNESDAY, "Forty-one people died when the Halden river burst its banks in Esterbrook."),
    ), fires=("Fifty-seven people", "Forty-one people")),
    Example((
        article("a.txt", TUESDAY, "Forty-one people died when the Halden river burst its banks in Esterbrook."),
        article("b.txt", WEDNESDAY, "Fifty-seven people have died since the Halden river burst its banks in "
                                    "Esterbrook."),
    ), fires=None),
    # what two attacks did together, against what one of them did: a part of the whole
    Example((
        article("a.txt", TUESDAY, "The twin attacks on the ministries in Harlow and Brennock killed 61 people, "
                                  "officials said."),
        article("b.txt", TUESDAY, "Nineteen people were killed in the attack on the ministry in Brennock, "
                                  "officials said."),
    ), fires=None),
    Example((
        article("a.txt", TUESDAY, "The twin attacks on the ministries in Harlow and Brennock killed 61 people, "
                                  "officials said."),
        article("b.txt", TUESDAY, "The attack on the ministry in Harlow killed 74 people, officials said."),
    ), fires=("61 people", "74 people")),  # a part larger than its whole
)


@check(
    "number", over=Pairs.QUANTITIES, rank=20, rule="NumberMismatch",
    summary="a quantity of the same thing, after units, word numbers and hedges",
    example=('Nine miners died in the collapse.',
             'At least 11 miners were killed in the collapse.'),
    examples=EXAMPLES,
)
def number(pair: Pair[Quantity]) -> Finding | None:
    """Two sources give different numbers for the same count or measure."""
    a, b = pair.a, pair.b
    match: QuantityMatch = pair.detail
    rel = match.gap
    if match.agreement == 0.0 or rel is None:
        return None
    if match.risen:
        return None  # a toll that rose by the later report: the update check's to report
    if match.transient and match.order:
        return None  # the missing on Monday and fewer on Tuesday: people were found, nothing to flag
    plain = match.same_thing and not (_vague(a.fact) or _vague(b.fact))
    graded = grade(pair.score, strength=min(1.0, PLAIN_STRENGTH + rel * GAP_WEIGHT), most="error" if plain else "warning")
    if graded is None:
        return None
    note = ""
    if match.cumulative and match.order:
        later = earlier_and_later(a, b, match.order)[1]
        assert later.doc.published is not None
        note = f" The later report ({day(later.doc.published)}) gives fewer, so it is no update."
    elif match.cumulative and match.order is None:
        unknown = [file_name(x) for x in (a, b) if x.doc.published is None]
        note = (f" {' and '.join(unknown)} {'has' if len(unknown) == 1 else 'have'} no publication date, "
                "so a larger figure may be a later update.")
    message = (f"{file_name(a)} says {quantity_phrase(a)}; "
               f"{file_name(b)} says {quantity_phrase(b)}.{note}")
    evidence = (
        a.evidence(a.fact.start, a.fact.end, value=format_interval(a.fact)),
        b.evidence(b.fact.start, b.fact.end, value=format_interval(b.fact)),
    )
    return Finding("number", graded.severity, graded.confidence, message, evidence)
