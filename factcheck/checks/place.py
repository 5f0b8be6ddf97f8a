"""``place``: the same once-only event placed where both cannot be; a city and its country agree."""

from __future__ import annotations

from factcheck.align.claims import located_anchors
from factcheck.calibration import grade
from factcheck.checks import check
from factcheck.describe import file_name
from factcheck.extract.places import relation
from factcheck.facts import Pair
from factcheck.model import Anchor, Claim, Finding, PlaceMention

def _mention(a: Anchor) -> PlaceMention:
    return PlaceMention(a.start, a.end, a.text, a.value, a.kind or "place", a.country)


@check(
    "place", over="events", rank=40, rule="PlaceMismatch",
    summary="where the same event happens",
    example=("The government and the rebels will sign the accord in Nairobi next Thursday.",
             "Final preparations were under way for the signing ceremony in Kigali on December 4."),
)
def place(pair: Pair[Claim]) -> Finding | None:
    """Flag two places for one event (a signing, a vote) that cannot both hold."""
    for x, y, event in located_anchors(pair, "places"):
        if relation(_mention(x), _mention(y)) != "disjoint":
            continue
        graded = grade(pair.score)
        if graded is None:
            return None
        return Finding(
            kind="place",
            severity=graded.severity,
            confidence=graded.confidence,
            message=f"{file_name(pair.a)} puts the {event} in {x.value}; {file_name(pair.b)} puts it in {y.value}.",
            evidence=(
                pair.a.evidence(x.start, x.end, value=x.value),
                pair.b.evidence(y.start, y.end, value=y.value),
            ),
        )
    return None
