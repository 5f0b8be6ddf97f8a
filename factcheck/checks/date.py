"""``date``: the same once-only event placed on dates that cannot both hold."""

from __future__ import annotations

from factcheck.align.claims import anchor_confidence, same_event_anchors
from factcheck.checks import check
from factcheck.describe import file_name
from factcheck.extract.timex import describe, interval
from factcheck.facts import Pair
from factcheck.model import Claim, Finding

ERROR_AT = 0.75


@check("date", over="events")
def date(pair: Pair[Claim]) -> Finding | None:
    """Flag two dates for one event (a collapse, a vote, a hearing) whose day ranges do not overlap.

    Granularity is kept: "in April" and "April 9" overlap, so they agree.
    """
    for x, y, event in same_event_anchors(pair.a.fact.dates, pair.b.fact.dates):
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
        confidence = anchor_confidence(pair)
        return Finding(
            kind="date",
            severity="error" if confidence >= ERROR_AT else "warning",
            confidence=confidence,
            message=message,
            evidence=(
                pair.a.evidence(x.start, x.end, value=x.value),
                pair.b.evidence(y.start, y.end, value=y.value),
            ),
        )
    return None
