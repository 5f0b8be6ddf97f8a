"""The title check: one person, two titles that cannot both hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.align.people import people_pairs
from factcheck.checks import load_all
from factcheck.extract.titles import canonical_title
from factcheck.extract.people import extract_people
from factcheck.facts import DocFacts
from factcheck.model import Document, Finding

STORIES = Path(__file__).resolve().parent.parent / "fixtures" / "stories"


def _facts(path: str, text: str) -> DocFacts:
    return DocFacts(Document(path, text, text), people=extract_people(text))


def _run(*facts: DocFacts) -> list[Finding]:
    judge = load_all()["title"].judge
    return [f for f in (judge(p) for p in people_pairs(list(facts))) if f]


def test_rank_clash_is_an_error_with_the_title_words() -> None:
    a = _facts("a.txt", "Assistant Chief Constable Carla Amos said the road would reopen.")
    b = _facts("b.txt", "Chief Constable Carla Amos said the road would reopen.")
    (f,) = _run(a, b)
    assert (f.kind, f.severity) == ("title", "error")
    assert [(e.text, e.start, e.value) for e in f.evidence] == [
        ("Assistant Chief Constable", 0, "Assistant Chief Constable"),
        ("Chief Constable", 0, "Chief Constable"),
    ]
    assert f.message == "a.txt calls Carla Amos 'Assistant Chief Constable'; b.txt calls Amos 'Chief Constable'."
    assert [e.source for e in f.evidence] == ["Carla Amos", "Carla Amos"]


def test_a_different_rank_of_the_same_service_still_clashes() -> None:
    a = _facts("a.txt", "Lieutenant Colonel Maren Voss flew the mission.")
    b = _facts("b.txt", "Captain Maren Voss flew the mission.")
    (f,) = _run(a, b)
    assert [e.text for e in f.evidence] == ["Lieutenant Colonel", "Captain"]
    c = _facts("c.txt", "Colonel Maren Voss flew the mission.")
    assert _run(b, c) != []


def test_congresswoman_against_state_representative() -> None:
    a = _facts("a.txt", "Congresswoman Delia Fenn voted against the stadium.")
    b = _facts("b.txt", "State Representative Delia Fenn voted against the stadium.")
    (f,) = _run(a, b)
    assert [e.text for e in f.evidence] == ["Congresswoman", "State Representative"]


@pytest.mark.parametrize(
    "a,b",
    [
        ("Russian Foreign Minister Sergey Lavrov spoke.", "Russia's veteran foreign minister Sergei Lavrov spoke."),
        ("Chief Constable Mark Dunne spoke.", "Former Chief Constable Mark Dunne spoke."),
        ("Assistant Chief Constable Mark Dunne spoke.", "Mark Dunne, the former chief constable, spoke."),
        ("Miro Bank chairwoman Lise Tan spoke.", "Harbour Trust treasurer Lise Tan spoke."),
        ("Rep. Delia Fenn spoke.", "Congresswoman Delia Fenn spoke."),
        ("Kremlin spokesman Dmitri Peskov spoke.", "Kremlin spokesperson Dmitry Peskov spoke."),
        ("Chief Constable Carla Amos spoke.", "Chief Constable Ruth Amos spoke."),
        ("Army Lieutenant Colonel Maren Voss flew the mission.", "Colonel Voss flew the mission."),
        ("Rear Admiral Tobias Kerr inspected the fleet.", "Admiral Tobias Kerr inspected the fleet."),
    ],
)
def test_near_misses(a: str, b: str) -> None:
    assert _run(_facts("a.txt", a), _facts("b.txt", b)) == []


def test_canonical_titles() -> None:
    assert canonical_title("Russian Foreign Minister") == ("foreign minister", "minister", False)
    assert canonical_title("former Assistant Chief Constable") == ("assistant chief constable", "police", True)
    assert canonical_title("Congresswoman")[0] == canonical_title("Rep.")[0] == "representative"


def test_harbour_story_title_finding() -> None:
    folder = STORIES / "quote-harbour-search"
    facts = [_facts(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    got = sorted((f.severity, tuple((e.path, e.text) for e in f.evidence)) for f in _run(*facts))
    want = sorted(
        (f["severity"], tuple((e["path"], e["text"]) for e in f["evidence"]))
        for f in expected["findings"] if f["kind"] == "title"
    )
    assert got == want


def test_an_interim_office_is_the_acting_one() -> None:
    from factcheck.extract.titles import clash

    assert clash("interim FBI director", "acting FBI director") is None
    assert clash("interim FBI director", "FBI director") == "warning"  # still another rank of the office
