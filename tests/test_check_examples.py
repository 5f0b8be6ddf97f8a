"""One table of examples for every registered check: passages that must fire, near-misses that must not.

Each example is a small set of articles (file name, publication line, text). A check
with no example in both columns fails the registry test, as in proselint's table.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from factcheck import compare, document_from_text
from factcheck.checks import load_all


@dataclass(frozen=True)
class Example:
    kind: str
    articles: tuple[tuple[str, str], ...]
    fires: tuple[str, ...] | None  # the evidence texts expected, or None for a near-miss


def article(name: str, date_line: str, body: str) -> tuple[str, str]:
    return name, f"{date_line}\n\n{body}\n"


TUE = "Published: Tuesday 2 December 2025"
WED = "date 2025-12-03"

EXAMPLES = [
    # polarity: negation, opposed predicates, inside one article, refusals.
    Example("polarity", (
        article("a.txt", TUE, "A meeting between President Samuel Ardan and rebel commander Idris Kahle was "
                              "scheduled for Friday, a government spokesman said."),
        article("b.txt", WED, "A meeting between President Samuel Ardan and rebel commander Idris Kahle has not "
                              "been scheduled, said Miriam Achola, a spokeswoman for the mediators."),
    ), ("was scheduled", "has not been scheduled")),
    Example("polarity", (
        article("a.txt", TUE, "The city's planning commission approved the stadium design last week."),
        article("b.txt", WED, "The city's planning commission rejected the stadium design on November 24."),
    ), ("approved", "rejected")),
    Example("polarity", (
        article("a.txt", TUE, "President Ardan's office said on Tuesday that the two sides agreed to open talks on a "
                              "prisoner exchange. The rebels never confirmed the talks, and their negotiator was "
                              "silent."),
    ), ("agreed", "never confirmed")),
    Example("polarity", (
        article("a.txt", TUE, "The ferry operator has received a rival offer from the Nordvik Line, two people "
                              "familiar with the talks said."),
        article("b.txt", WED, "A spokeswoman for the ferry operator would not say whether the operator had received "
                              "a rival offer."),
    ), ("has received", "would not say whether the operator had received")),
    Example("polarity", (
        article("a.txt", TUE, "All ferry sailings to the islands were called off on Monday as the storm closed in."),
        article("b.txt", WED, "The operator cancelled all ferry sailings to the islands on Monday as the storm "
                              "closed in."),
    ), None),
    Example("polarity", (
        article("a.txt", TUE, "The board rejected the 640 million euro takeover offer on Monday."),
        article("b.txt", WED, "The board turned down the takeover offer within hours on Monday."),
    ), None),
    Example("polarity", (
        article("a.txt", TUE, "The council can approve the project regardless, officials said. The planning "
                              "commission rejected the design."),
    ), None),
    Example("polarity", (
        article("a.txt", TUE, "Junk funds have lost a total of $6 billion this year, the tracking firm said. Fund "
                              "groups haven't lost control of the outgoing money, says Lou Harvey, its president."),
    ), None),
    Example("polarity", (
        article("a.txt", TUE, '"Don\'t shoot him," she says on the recording. "Don\'t shoot him. He has no weapon. '
                              'He has no weapon," a second voice shouts.'),
    ), None),
    # date: the same once-only event on days that cannot both hold; granularity respected.
    Example("date", (
        article("a.txt", "Published: Saturday 10 January 2026",
                "Rescue officials said nine miners died when a tunnel collapsed at the Harnick colliery on Friday "
                "morning."),
        article("b.txt", "date 2026-01-11",
                "Rescue crews said on Sunday that the tunnel collapse at the Harnick colliery late on Thursday "
                "killed at least 11 miners."),
    ), ("Friday morning", "Thursday")),
    Example("date", (
        article("a.txt", TUE, "The accord will be signed in Nairobi next Thursday, mediators said."),
        article("b.txt", WED, "Preparations were under way for the signing of the accord on December 4."),
    ), None),
    Example("date", (
        article("a.txt", TUE, "The strike at the Brannock docks began in April last year."),
        article("b.txt", WED, "The strike at the Brannock docks began on April 9 last year."),
    ), None),
    # place: the same once-only event in two cities; a city and its country agree.
    Example("place", (
        article("a.txt", TUE, "The government and the rebels will sign the accord in Nairobi next Thursday."),
        article("b.txt", WED, "Final preparations were under way for the signing ceremony in Kigali on December 4."),
    ), ("Nairobi", "Kigali")),
    Example("place", (
        article("a.txt", TUE, "The government and the rebels will sign the accord in Nairobi next Thursday."),
        article("b.txt", WED, "The government and the rebels will sign the accord in Kenya on Thursday."),
    ), None),
    Example("place", (
        article("a.txt", TUE, "Evacuees from the flooded valley were taken to a school in Marrow."),
        article("b.txt", WED, "Evacuees from the flooded valley spent the night in a sports hall in Brennock."),
    ), None),
    Example("place", (
        article("a.txt", TUE, "Bombers attacked the embassy in Nairobi on Friday morning, police said. Minutes "
                              "later a second attack hit the consulate in Kigali, officials in Rwanda said."),
    ), None),
    # certainty: firm in one, hedged in the other.
    Example("certainty", (
        article("a.txt", TUE, "Trade Minister Halvard Rusk resigned on Monday after a cabinet row over car duties."),
        article("b.txt", WED, "Trade Minister Halvard Rusk is said to have resigned after a cabinet row over car "
                              "duties."),
    ), ("resigned", "is said to have resigned")),
    Example("certainty", (
        article("a.txt", TUE, "The harbour company said it would study the judgment and consider its options."),
        article("b.txt", WED, "The harbour company said it would study the ruling and consider its options."),
    ), None),
    # number, title and quotes have their own modules; one pair each keeps the table complete.
    Example("number", (
        article("a.txt", TUE, "Rescue officials said nine miners died in the collapse at the Harnick colliery."),
        article("b.txt", WED, "At least 11 miners were killed in the collapse at the Harnick colliery, officials said."),
    ), ("nine miners", "At least 11 miners")),
    Example("number", (
        article("a.txt", TUE, "The airline employs around 1,500 staff at the airport."),
        article("b.txt", WED, "The airline has some 1,500 workers at the airport."),
    ), None),
    Example("title", (
        article("a.txt", TUE, "Chief Constable Ruth Calloway said the roads were closed."),
        article("b.txt", WED, "Assistant Chief Constable Ruth Calloway said the roads would reopen."),
    ), ("Chief Constable", "Assistant Chief Constable")),
    Example("title", (
        article("a.txt", TUE, "Russian Foreign Minister Sergey Lavrov said the talks would go ahead."),
        article("b.txt", WED, "Russia's veteran foreign minister Sergei Lavrov said the talks would go ahead."),
    ), None),
    Example("quote-wording", (
        article("a.txt", TUE, '"The repairs are fully funded and the bridge will reopen before winter," '
                              "Transport Secretary Alma Rudd said."),
        article("b.txt", WED, '"The repairs are not fully funded and the bridge will reopen before winter," '
                              "Transport Secretary Alma Rudd said."),
    ), ("The repairs are fully funded and the bridge will reopen before winter,",
        "The repairs are not fully funded and the bridge will reopen before winter,")),
    Example("quote-wording", (
        article("a.txt", TUE, '"We cannot give up now, not after everything this town has lost," Mayor Ivo Brant said.'),
        article("b.txt", WED, '"We cannot ... give up now," Mayor Ivo Brant said.'),
    ), None),
    Example("quote-speaker", (
        article("a.txt", TUE, '"We have written to the ministry again and again and still have no date," '
                              "council leader Mara Fenn said."),
        article("b.txt", WED, '"We have written to the ministry again and again and still have no date," '
                              "opposition spokeswoman Lena Ort said."),
    ), ("We have written to the ministry again and again and still have no date,",
        "We have written to the ministry again and again and still have no date,")),
    Example("quote-speaker", (
        article("a.txt", TUE, '"We have written to the ministry again and again," council leader Mara Fenn said.'),
        article("b.txt", WED, '"We have written to the ministry again and again," Fenn said.'),
    ), None),
]


def _run(example: Example) -> list[tuple[str, ...]]:
    docs = [document_from_text(name, text) for name, text in example.articles]
    return [tuple(e.text for e in f.evidence) for f in compare(docs) if f.kind == example.kind]


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.fires], ids=lambda e: f"{e.kind}-fires")
def test_check_fires_with_the_expected_passages(example: Example) -> None:
    assert example.fires is not None
    assert sorted(example.fires) in [sorted(found) for found in _run(example)]


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.fires is None], ids=lambda e: f"{e.kind}-quiet")
def test_check_stays_quiet_on_near_misses(example: Example) -> None:
    assert _run(example) == []


def test_every_registered_check_has_examples_that_fire_and_that_must_not() -> None:
    kinds = set(load_all())
    assert kinds == {e.kind for e in EXAMPLES if e.fires} == {e.kind for e in EXAMPLES if e.fires is None}
