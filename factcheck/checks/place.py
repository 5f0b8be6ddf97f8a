"""``place``: the same once-only event placed where both cannot be; a city and its country agree."""

from __future__ import annotations

from factcheck.calibration import grade
from factcheck.checks import TUESDAY, WEDNESDAY, Example, Pairs, article, check
from factcheck.describe import file_name
from factcheck.facts import EventMatch, Pair
from factcheck.model import Claim, Finding


EXAMPLES = (
    Example((
        article("a.txt", TUESDAY, "The government and the rebels will sign the accord in Nairobi next "
                                  "Thursday."),
        article("b.txt", WEDNESDAY, "Final preparations were under way for the signing ceremony in Kigali on "
                                    "December 4."),
    ), fires=("Nairobi", "Kigali")),
    Example((
        article("a.txt", TUESDAY, "The government and the rebels will sign the accord in Nairobi next "
                                  "Thursday."),
        article("b.txt", WEDNESDAY, "The government and the rebels will sign the accord in Kenya on Thursday."),
    ), fires=None),
    Example((
        article("a.txt", TUESDAY, "Evacuees from the flooded valley were taken to a school in Marrow."),
        article("b.txt", WEDNESDAY, "Evacuees from the flooded valley spent the night in a sports hall in "
                                    "Brennock."),
    ), fires=None),
    Example((
        article("a.txt", TUESDAY, "The president condemned the bomb attacks at U.S. embassies in Kenya and "
                                  "Tanzania on Friday."),
        article("b.txt", WEDNESDAY, "The bomb attack at the embassy in Kampala on Friday killed dozens, officials "
                                    "said."),
    ), fires=("Kenya", "Kampala")),  # whose embassies ("U.S.") is not where the attacks were
    Example((
        article("a.txt", TUESDAY, "The president condemned the bomb attacks at U.S. embassies in Kenya and "
                                  "Tanzania on Friday."),
        article("b.txt", WEDNESDAY, "The bomb attack at the embassy in Nairobi on Friday killed dozens, officials "
                                    "said."),
    ), fires=None),
    Example((
        article("a.txt", TUESDAY, "Bombers attacked the embassy in Nairobi on Friday morning, police said. "
                                  "Minutes later a second attack hit the consulate in Kigali, officials in "
                                  "Rwanda said."),
    ), fires=None),
)


@check(
    "place", over=Pairs.EVENTS, rank=40, rule="PlaceMismatch",
    summary="where the same event happens",
    example=("The government and the rebels will sign the accord in Nairobi next Thursday.",
             "Final preparations were under way for the signing ceremony in Kigali on December 4."),
    examples=EXAMPLES,
)
def place(pair: Pair[Claim]) -> Finding | None:
    """Flag two places for one event (a signing, a vote) that cannot both hold."""
    match: EventMatch = pair.detail
    for found in match.places:
        x, y, event = found.x, found.y, found.event
        if found.relation != "disjoint":
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
