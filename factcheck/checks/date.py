"""``date``: the same once-only event placed on dates that cannot both hold."""

from __future__ import annotations

from factcheck.calibration import grade
from factcheck.checks import TUESDAY, WEDNESDAY, Example, Pairs, article, check
from factcheck.describe import file_name
from factcheck.facts import EventMatch, Pair
from factcheck.model import Claim, Finding
from factcheck.values.timex import describe, interval


def _other_years(a: str, b: str) -> bool:
    return a[:4].isdigit() and b[:4].isdigit() and a[:4] != b[:4]


EXAMPLES = (
    Example((
        article("a.txt", "Published: Saturday 10 January 2026", "Rescue officials said nine miners died when "
                                                                "a tunnel collapsed at the Harnick colliery "
                                                                "on Friday morning."),
        article("b.txt", "date 2026-01-11", "Rescue crews said on Sunday that the tunnel collapse at the "
                                            "Harnick colliery late on Thursday killed at least 11 miners."),
    ), fires=("Friday morning", "Thursday")),
    Example((
        article("a.txt", TUESDAY, "The accord will be signed in Nairobi next Thursday, mediators said."),
        article("b.txt", WEDNESDAY, "Preparations were under way for the signing of the accord on December 4."),
    ), fires=None),
    Example((
        article("a.txt", TUESDAY, "The strike at the Brannock docks began in April last year."),
        article("b.txt", WEDNESDAY, "The strike at the Brannock docks began on April 9 last year."),
    ), fires=None),
)


@check(
    "date", over=Pairs.EVENTS, rank=30, rule="DateMismatch",
    summary="when the same event happened or will happen, after relative dates are resolved",
    example=('The roof of the mine collapsed on Thursday.',
             "The collapse of the mine's roof on Friday morning trapped 40 men."),
    examples=EXAMPLES,
)
def date(pair: Pair[Claim]) -> Finding | None:
    """Flag two dates for one event (a collapse, a vote, a hearing) whose day ranges do not overlap.

    Granularity is kept: "in April" and "April 9" overlap, so they agree. Dates in two
    different years name two instances of a kind (the 2007 and the 2009 ceremony), and a
    plan against what happened is a change of plan, not a contradiction.
    """
    match: EventMatch = pair.detail
    for found in match.dates:
        x, y, event = found.x, found.y, found.event
        if _other_years(x.value, y.value):
            continue  # "the 2007 ceremony" and "the 2009 ceremony": two ceremonies, not one put on two dates
        pa, pb = found.planned_a, found.planned_b
        if pa is not None and pb is not None and pa != pb:
            continue  # a plan ("a ballot scheduled for Thursday") against what happened is a change of plan
        ix, iy = interval(x.value, x.mod), interval(y.value, y.mod)
        if ix is None or iy is None or not (ix[1] < iy[0] or iy[1] < ix[0]):
            continue
        when_x, when_y = describe(x.value, x.mod), describe(y.value, y.mod)
        if pair.a.facts is pair.b.facts:
            message = (f"The {event} is put on {when_x} (\"{x.text}\") and on {when_y} (\"{y.text}\") "
                       f"in {file_name(pair.a)}.")
        else:
            message = (f"{file_name(pair.a)} puts the {event} on {when_x} (\"{x.text}\"); "
                       f"{file_name(pair.b)} puts it on {when_y} (\"{y.text}\").")
        graded = grade(pair.score)
        if graded is None:
            return None
        return Finding(
            kind="date",
            severity=graded.severity,
            confidence=graded.confidence,
            message=message,
            evidence=(
                pair.a.evidence(x.start, x.end, value=x.value),
                pair.b.evidence(y.start, y.end, value=y.value),
            ),
        )
    return None
