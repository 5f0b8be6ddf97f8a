"""The quote-wording and quote-speaker checks over aligned quotations, and the quote stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import analyse, document_from_text
from factcheck.align.quotes import align_quotes, quote_pairs
from factcheck.checks import load_all
from factcheck.extract.people import extract_people
from factcheck.extract.quotes import extract_quotes, normalize_quote
from factcheck.facts import DocFacts
from factcheck.model import Document, Finding

STORIES = Path(__file__).resolve().parent.parent / "fixtures" / "stories"
KINDS = ("quote-wording", "quote-speaker")


def _facts(path: str, text: str) -> DocFacts:
    people = extract_people(text)
    return DocFacts(Document(path, text, text), quotes=extract_quotes(text, people), people=people)


def _run(facts: list[DocFacts], within: bool = False) -> list[Finding]:
    checks = load_all()
    out = []
    for pair in quote_pairs(facts, within=within):
        for kind in KINDS:
            found = checks[kind].judge(pair)
            if found:
                out.append(found)
    return out


def test_inserted_not_is_an_error_naming_the_words() -> None:
    a = _facts("wire-a.txt", '"The plan is fully funded and ready to start," Senator Alma Rudd said.')
    b = _facts("wire-b.txt", '"The plan is not fully funded and ready to start," Senator Alma Rudd said.')
    (f,) = _run([a, b])
    assert (f.kind, f.severity) == ("quote-wording", "error")
    assert f.message == "wire-a.txt quotes Alma Rudd saying the plan is 'fully funded'; wire-b.txt has 'not fully funded'."
    assert [e.text for e in f.evidence] == [
        "The plan is fully funded and ready to start,",
        "The plan is not fully funded and ready to start,",
    ]
    assert f.evidence[0].value == "the plan is fully funded and ready to start"
    assert [e.source for e in f.evidence] == ["Alma Rudd", "Alma Rudd"]


def test_messages_name_files_by_base_name() -> None:
    a = _facts("/tmp/desk/wire-a.txt", "“The Corran bridge will reopen in March,” Alma Rudd said.")
    b = _facts("/tmp/desk/wire-b.txt", "“The Corran bridge will reopen in May,” Alma Rudd said.")
    (f,) = _run([a, b])
    assert f.message == "wire-a.txt quotes Alma Rudd saying the Corran bridge will reopen 'in March'; wire-b.txt has 'in May'."
    assert [e.path for e in f.evidence] == ["/tmp/desk/wire-a.txt", "/tmp/desk/wire-b.txt"]


def test_changed_number_is_an_error_and_other_words_a_warning() -> None:
    a = _facts("a.txt", "“We asked the ministry three times for a date,” Tomas Brandt said.")
    b = _facts("b.txt", "“We asked the ministry two times for a date,” Tomas Brandt said.")
    c = _facts("c.txt", "“We begged the ministry three times for a date,” Tomas Brandt said.")
    found = {(f.evidence[0].path, f.evidence[1].path): f for f in _run([a, b, c])}
    assert found[("a.txt", "b.txt")].severity == "error"
    assert "'three times'; b.txt has 'two times'" in found[("a.txt", "b.txt")].message
    assert found[("a.txt", "c.txt")].severity == "warning"
    assert "'asked the'" in found[("a.txt", "c.txt")].message


@pytest.mark.parametrize(
    "other",
    [
        "“We asked the ministry … for a date,” Tomas Brandt said.",  # elided
        "Brandt said they had asked “the ministry three times for a date”.",  # partial
        "“We asked the Ministry three times - for a date!” Tomas Brandt said.",  # punctuation and case
        "“We asked [the transport] ministry three times for a date,” Tomas Brandt said.",  # bracketed insertion
    ],
)
def test_near_misses_do_not_fire(other: str) -> None:
    a = _facts("a.txt", "“We asked the ministry three times for a date,” Tomas Brandt said.")
    assert _run([a, _facts("b.txt", other)]) == []


def test_speaker_change_is_an_error_but_a_surname_is_not() -> None:
    quote = "“The quay will stay shut until the divers are finished,”"
    a = _facts("a.txt", f"{quote} said Assistant Chief Constable Carla Amos.")
    b = _facts("b.txt", f"{quote} harbour master Ruth Kale said.")
    c = _facts("c.txt", f"Amos spoke on the quay. {quote} Amos said.")
    found = _run([a, b, c])
    kinds = sorted((f.kind, f.evidence[0].path, f.evidence[1].path) for f in found)
    assert kinds == [("quote-speaker", "a.txt", "b.txt"), ("quote-speaker", "b.txt", "c.txt")]
    ab = next(f for f in found if f.evidence[1].path == "b.txt")
    assert (ab.evidence[0].value, ab.evidence[1].value) == ("Carla Amos", "Ruth Kale")
    assert (ab.evidence[0].source, ab.evidence[1].source) == ("Carla Amos", "Ruth Kale")
    assert ab.message == (
        "a.txt quotes Carla Amos saying 'The quay will stay shut until the divers …'; "
        "b.txt gives the same words to Ruth Kale."
    )


def test_described_speakers_are_not_compared() -> None:
    quote = "“The quay will stay shut until the divers are finished,”"
    a = _facts("a.txt", f"{quote} said Carla Amos.")
    b = _facts("b.txt", f"{quote} a police spokesman said.")
    assert _run([a, b]) == []


def test_within_one_document_for_lint() -> None:
    text = (
        "“The repairs are fully funded and will start in March,” Alma Rudd said on Monday.\n\n"
        "Later she repeated it: “The repairs are not fully funded and will start in March.”"
    )
    d = analyse(document_from_text("draft.txt", text))
    assert _run([d]) == []
    (f,) = _run([d], within=True)
    assert f.kind == "quote-wording" and f.severity == "error"
    assert f.message == (
        "draft.txt quotes Alma Rudd saying the repairs are 'fully funded' at line 1 "
        "and 'not fully funded' at line 3."
    )


def test_two_statements_sharing_a_phrase_are_not_one_quote() -> None:
    text = (
        "The senator said she wanted “peace between the two valleys” before the vote.\n\n"
        "Later she wrote that “this ruinous feud, between the two valleys” had to end."
    )
    assert _run([_facts("draft.txt", text)], within=True) == []


def test_a_short_partial_quote_changes_only_inside_the_aligned_words() -> None:
    long = "“We will reopen the north quay before the autumn storms arrive,” Alma Rudd said."
    # the words before the shared stretch differ, but the short quote starts there: not a change
    edge = "Rudd promised to “rebuild the north quay before the autumn storms”."
    assert _run([_facts("a.txt", long), _facts("b.txt", edge)]) == []
    # a differing word with shared words on both sides of it is a change
    inner = "Rudd promised to “reopen the south quay before the autumn storms”."
    (f,) = _run([_facts("a.txt", long), _facts("b.txt", inner)])
    assert "'north quay'" in f.message and "'south quay'" in f.message


def test_a_same_place_change_at_the_edge_of_two_whole_quotes_counts() -> None:
    a = _facts("a.txt", "“Three crews will work through the night on the quay,” Carla Amos said.")
    b = _facts("b.txt", "“Two crews will work through the night on the quay,” Carla Amos said.")
    (f,) = _run([a, b])
    assert f.message == "a.txt quotes Carla Amos saying 'three crews'; b.txt has 'two crews'."
    assert f.severity == "error"


def test_function_words_alone_do_not_make_a_quote() -> None:
    al = align_quotes(normalize_quote("peace is what we want for all of them"), normalize_quote("war is what we want for all of them"))
    assert al.matched == 8 and al.content == 1 and not al.same_quote


def test_an_echoed_phrase_is_not_a_misattribution() -> None:
    said = "“The council has let the harbour rot for ten years while the town looked the other way,”"
    a = _facts("a.txt", f"{said} Tomas Brandt said.")
    b = _facts("b.txt", "Nina Keller said the council had “let the harbour rot for ten years”, as she put it.")
    assert [f.kind for f in _run([a, b])] == []
    # the same words, most of the quote, given to someone else: that is misattribution
    c = _facts("c.txt", "“The council has let the harbour rot for ten years while the town looked on,” Nina Keller said.")
    assert [f.kind for f in _run([a, c])] == ["quote-speaker"]


def test_alignment_is_ordered_not_a_bag_of_words() -> None:
    a = normalize_quote("the plan is fully funded")
    b = normalize_quote("the plan is not fully funded")
    al = align_quotes(a, b)
    assert al.same_quote and [(c.a_phrase, c.b_phrase) for c in al.changes] == [("fully funded", "not fully funded")]


def test_pairs_come_from_shared_bigrams_only() -> None:
    a = _facts("a.txt", "“The bridge will reopen before the winter,” Alma Rudd said.")
    b = _facts("b.txt", "“Nobody in this town believes a single word,” Tomas Brandt said.")
    assert quote_pairs([a, b]) == []


def _story(name: str) -> tuple[list[Finding], dict]:
    folder = STORIES / name
    facts = [_facts(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return _run(facts), expected


@pytest.mark.parametrize("story", ["quote-bridge-funding", "quote-harbour-search"])
def test_quote_stories(story: str) -> None:
    found, expected = _story(story)
    got = sorted(
        (f.kind, f.severity, tuple(sorted((e.path, e.text) for e in f.evidence))) for f in found
    )
    want = sorted(
        (f["kind"], f["severity"], tuple(sorted((e["path"], e["text"]) for e in f["evidence"])))
        for f in expected["findings"]
        if f["kind"] in KINDS
    )
    assert got == want
    for rule in expected["must_not"]:
        for f in found:
            if f.kind != rule["kind"]:
                continue
            joined = " ".join(e.sentence for e in f.evidence)
            assert not all(frag in joined for frag in rule["sentences"]), rule["why"]


def test_british_and_american_spellings_are_one_quotation() -> None:
    uk = normalize_quote("Police locked down the neighbourhood and organised a search of every house,")
    us = normalize_quote("Police locked down the neighborhood and organized a search of every house,")
    assert align_quotes(uk, us).changes == ()
    car = normalize_quote("Police locked down the neighborhood and organized a search of every car,")
    (change,) = align_quotes(uk, car).changes
    assert (change.a, change.b) == (("house",), ("car",))
    hour = normalize_quote("We were there within the hour, and we stayed all night,")
    four = normalize_quote("We were there within the four, and we stayed all night,")
    assert align_quotes(hour, four).changes  # only a listed swap is a spelling: "hour" is not "four"


def test_a_speaker_among_joint_speakers_is_the_same_speaker() -> None:
    from factcheck import compare

    published = "Published: Tuesday 14 April 2026\n\n"
    words = "\"We are thrilled to have Ellen Marsh host the ceremony this year,\" "
    joint = document_from_text("a.txt", published + words + "producers Craig Zadan and Neil Meron said.\n")
    one = document_from_text("b.txt", published + words + "said Craig Zadan.\n")
    other = document_from_text("c.txt", published + words + "said Ruth Kale.\n")
    assert [f.kind for f in compare([joint, one])] == []
    assert [f.kind for f in compare([joint, other])] == ["quote-speaker"]
