"""``certainty``: one source states as fact what another only hedges (always info)."""

from __future__ import annotations

from factcheck.calibration import grade
from factcheck.checks import TUESDAY, WEDNESDAY, Example, Pairs, article, check
from factcheck.describe import two_sides, voice
from factcheck.facts import Pair
from factcheck.model import Claim, Finding

FIRM = frozenset({"fact", "future"})
MIN_SCORE = 0.6


EXAMPLES = (
    Example((
        article("a.txt", TUESDAY, "Trade Minister Halvard Rusk resigned on Monday after a cabinet row over "
                                  "car duties."),
        article("b.txt", WEDNESDAY, "Trade Minister Halvard Rusk is said to have resigned after a cabinet "
                                    "row over car duties."),
    ), fires=("resigned", "is said to have resigned")),
    Example((
        article("a.txt", TUESDAY, "The harbour company said it would study the judgment and consider its "
                                  "options."),
        article("b.txt", WEDNESDAY, "The harbour company said it would study the ruling and consider its "
                                    "options."),
    ), fires=None),
)


@check(
    "certainty", over=Pairs.CLAIMS, rank=80, rule="Certainty", severity="info",
    summary="one states as fact what the other hedges or attributes (always `info`)",
    example=('The yard will close.',
             'The yard may close.'),
    examples=EXAMPLES,
)
def certainty(pair: Pair[Claim]) -> Finding | None:
    """Flag the same claim stated firmly in one passage and hedged ("may", "is said to") in the other."""
    a, b = pair.a, pair.b
    if a.fact.predicate != b.fact.predicate or a.fact.negated != b.fact.negated or pair.score < MIN_SCORE:
        return None
    if {a.fact.mood, b.fact.mood} not in ({"fact", "hedged"}, {"future", "hedged"}):
        return None
    if a.fact.mood == "hedged":
        a, b = b, a
    graded = grade(pair.score, most="info")
    if graded is None:
        return None
    return Finding(
        kind="certainty",
        severity=graded.severity,
        confidence=graded.confidence,
        message=two_sides(a, b)[:-1] + f" — only hedged (\"{b.fact.hedge}\") in the second.",
        evidence=(
            a.evidence(a.fact.pred_start, a.fact.pred_end, value="stated", source=voice(a.fact)),
            b.evidence(b.fact.pred_start, b.fact.pred_end, value=f"hedged: {b.fact.hedge}", source=voice(b.fact)),
        ),
    )
