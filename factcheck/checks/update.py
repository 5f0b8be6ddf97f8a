"""``update``: a count that only grows (deaths, injuries, arrests) is larger in a later report.

A death toll that rises from one day's report to the next is the news moving on, not two
sources disagreeing; it is worth showing (an editor may want the latest figure), never
worth failing a build. A later *smaller* figure, or two figures on one day, stay
``number`` contradictions.
"""

from __future__ import annotations

from factcheck.calibration import grade
from factcheck.checks import TUESDAY, WEDNESDAY, Example, Pairs, article, check
from factcheck.describe import day, earlier_and_later, file_name, quantity_phrase
from factcheck.facts import Pair, QuantityMatch
from factcheck.model import Finding, Quantity
from factcheck.values.quantities import format_interval, format_number

EXAMPLES = (
    Example((
        article("a.txt", TUESDAY, "Forty-one people died when the Halden river burst its banks in Esterbrook, "
                                  "officials said."),
        article("b.txt", WEDNESDAY, "Fifty-seven people have died since the Halden river burst its banks in "
                                    "Esterbrook, officials said."),
    ), fires=("Forty-one people", "Fifty-seven people")),
    Example((
        article("a.txt", TUESDAY, "Fifty-seven people died when the Halden river burst its banks in Esterbrook, "
                                  "officials said."),
        article("b.txt", WEDNESDAY, "Forty-one people died when the Halden river burst its banks in "
                                    "Esterbrook, officials said."),
    ), fires=None),
    # a lower bound the later figure passes is news too; a hedged figure the later one falls within is not
    Example((
        article("a.txt", TUESDAY, "At least 41 people died when the Halden river burst its banks in Esterbrook, "
                                  "officials said."),
        article("b.txt", WEDNESDAY, "Fifty-seven people have died since the Halden river burst its banks in "
                                    "Esterbrook, officials said."),
    ), fires=("At least 41 people", "Fifty-seven people")),
    Example((
        article("a.txt", TUESDAY, "About 40 people died when the Halden river burst its banks in Esterbrook, "
                                  "officials said."),
        article("b.txt", WEDNESDAY, "Forty-one people have died since the Halden river burst its banks in "
                                    "Esterbrook, officials said."),
    ), fires=None),
    Example((
        article("a.txt", TUESDAY, "Rescuers said 14 miners were trapped underground at the Harnick colliery."),
        article("b.txt", WEDNESDAY, "Rescuers said 20 miners were trapped underground at the Harnick colliery."),
    ), fires=None),
)


@check(
    "update", over=Pairs.QUANTITIES, rank=25, rule="CountUpdate", severity="info",
    summary="a count that only grows (deaths, injuries, arrests) is larger in a later report (always `info`)",
    example=("Published: 14 April 2026\nForty-one people died in the flood.",
             "Published: 15 April 2026\nFifty-seven people have died in the flood."),
    examples=EXAMPLES,
)
def update(pair: Pair[Quantity]) -> Finding | None:
    """A later report gives a larger figure for a count that only grows."""
    match: QuantityMatch = pair.detail
    if not match.risen or match.agreement == 0.0:
        return None
    assert match.order is not None
    earlier, later = earlier_and_later(pair.a, pair.b, match.order)
    if match.gap is None and earlier.fact.high is not None:
        return None  # "about 40" then "41": one figure told two ways; "at least nine" then 17 is news
    graded = grade(pair.score, most="info")
    if graded is None:
        return None
    assert later.doc.published is not None and earlier.doc.published is not None
    more = format_number(later.fact.value - earlier.fact.value)
    message = (f"{file_name(later)} ({day(later.doc.published)}) says {quantity_phrase(later)}, {more} more than "
               f"{file_name(earlier)} ({day(earlier.doc.published)}), which says {quantity_phrase(earlier)}: "
               "a later figure, not a contradiction.")
    evidence = (
        earlier.evidence(earlier.fact.start, earlier.fact.end, value=format_interval(earlier.fact)),
        later.evidence(later.fact.start, later.fact.end, value=format_interval(later.fact)),
    )
    return Finding("update", graded.severity, graded.confidence, message, evidence)
