"""``place``: the same once-only event placed where both cannot be; a city and its country agree."""

from __future__ import annotations

from itertools import product

from factcheck.checks import check
from factcheck.describe import file_name
from factcheck.extract.lexis import once_events
from factcheck.extract.places import relation
from factcheck.facts import Pair
from factcheck.model import Claim, Finding, PlaceMention


ERROR_AT = 0.75


@check("place", over="events")
def place(pair: Pair[Claim]) -> Finding | None:
    """Flag two places for one event (a signing, a vote) that cannot both hold."""
    once = once_events()
    for x, y in product(pair.a.fact.places, pair.b.fact.places):
        shared = sorted(x.events & y.events & once)
        if not shared:
            continue
        px = PlaceMention(x.start, x.end, x.text, x.value, x.kind or "place", x.country)
        py = PlaceMention(y.start, y.end, y.text, y.value, y.kind or "place", y.country)
        if relation(px, py) != "disjoint":
            continue
        event = shared[0]
        confidence = round(min(0.95, 0.5 + pair.score / 2), 2)
        return Finding(
            kind="place",
            severity="error" if confidence >= ERROR_AT else "warning",
            confidence=confidence,
            message=f"{file_name(pair.a)} puts the {event} in {x.value}; {file_name(pair.b)} puts it in {y.value}.",
            evidence=(
                pair.a.evidence(x.start, x.end, value=x.value),
                pair.b.evidence(y.start, y.end, value=y.value),
            ),
        )
    return None
