"""entity: one slot (a person's father, the venue a team plays at) filled with two different names."""

from __future__ import annotations

from factcheck.calibration import grade
from factcheck.checks import TUESDAY, WEDNESDAY, Example, Pairs, article, check
from factcheck.describe import file_name
from factcheck.facts import Pair, RelationMatch
from factcheck.model import Finding, Relation

EXAMPLES = (
    Example((
        article("a.txt", TUESDAY, "The Harriers will play the cup final against Dunmore at Riverside Park on "
                                  "Saturday, the league said."),
        article("b.txt", WEDNESDAY, "The Harriers will play the cup final against Dunmore at the Northgate "
                                    "Stadium on Saturday, the league said."),
    ), fires=("Riverside Park", "Northgate Stadium")),
    Example((
        article("a.txt", TUESDAY, "The Harriers will play the cup final at the Northgate Stadium, known locally "
                                  "as the Cauldron, on Saturday."),
        article("b.txt", WEDNESDAY, "The Harriers will play the cup final at the Cauldron on Saturday."),
    ), fires=None),
    Example((
        article("a.txt", TUESDAY, "Mara Brück opened the bridge on Monday. Her father, the engineer Anselm "
                                  "Brück, designed it in 1971."),
        article("b.txt", WEDNESDAY, "Mara Brück opened the bridge on Monday. Her father, Lorenz Brück, designed "
                                    "it in 1971."),
    ), fires=("Anselm Brück", "Lorenz Brück")),
    Example((
        article("a.txt", TUESDAY, "Mara Brück opened the bridge on Monday. Her father, the engineer Anselm "
                                  "Brück, designed it in 1971."),
        article("b.txt", WEDNESDAY, "Mara Brück opened the bridge on Monday. Her brother, Lorenz Brück, spoke "
                                    "after her."),
    ), fires=None),
)


@check(
    "entity", over=Pairs.RELATIONS, rank=55, rule="EntityMismatch",
    summary="the person or place named in one slot (a relative, an office, a venue)",
    example=("The final will be played at Riverside Park.",
             "The final will be played at the Northgate Stadium."),
    examples=EXAMPLES,
)
def judge(pair: Pair[Relation]) -> Finding | None:
    """Two names for one slot that cannot be one name (not an alias, not a part of the other)."""
    a, b = pair.a.fact, pair.b.fact
    match: RelationMatch = pair.detail
    graded = grade(pair.score)
    if graded is None:
        return None
    ev_a = pair.a.evidence(a.start, a.end, value=a.value)
    ev_b = pair.b.evidence(b.start, b.end, value=b.value)
    slot = " ".join(match.slot.split())
    if pair.a.doc is pair.b.doc:
        message = (f"{file_name(pair.a)} names {a.value} as {slot} at line {ev_a.line} "
                   f"and {b.value} at line {ev_b.line}.")
    else:
        message = f"{file_name(pair.a)} names {a.value} as {slot}; {file_name(pair.b)} names {b.value}."
    return Finding("entity", graded.severity, graded.confidence, message, (ev_a, ev_b))
