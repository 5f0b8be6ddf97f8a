"""Every fixture story produces exactly the findings written beside it, and none of its near-misses."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factcheck import compare, load_document
from factcheck.model import Finding

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
STORIES = FIXTURES / "stories"
# Story folders the golden test runs: the checks' own stories, and the number, attribution, mixed
# and held-out number stories written apart from the rules (their expected.json lists as known_misses what is
# not found yet).
GOLDEN = (STORIES, FIXTURES / "numbers", FIXTURES / "attribution", FIXTURES / "heldout-mixed",
          FIXTURES / "heldout-numbers")
SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def _story_dirs() -> list[Path]:
    return sorted(p for root in GOLDEN for p in root.iterdir() if (p / "expected.json").is_file())


def _run(story: Path) -> list[Finding]:
    files = sorted(p for p in story.iterdir() if p.is_file() and p.name != "expected.json")
    return compare([load_document(str(p)) for p in files])


def _key(kind: str, severity: str, evidence: list[tuple[str, str]]) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    return kind, severity, tuple(sorted(evidence))


@pytest.mark.parametrize("story", _story_dirs(), ids=lambda p: p.name)
def test_story_produces_exactly_its_expected_findings(story: Path) -> None:
    expected = json.loads((story / "expected.json").read_text(encoding="utf-8"))
    produced = _run(story)
    want = sorted(
        _key(f["kind"], f["severity"], [(e["path"], e["text"]) for e in f["evidence"]]) for f in expected["findings"]
    )
    got = sorted(
        _key(f.kind, f.severity, [(os.path.basename(e.path), e.text) for e in f.evidence]) for f in produced
    )
    assert got == want


@pytest.mark.parametrize("story", _story_dirs(), ids=lambda p: p.name)
def test_story_near_misses_do_not_fire(story: Path) -> None:
    expected = json.loads((story / "expected.json").read_text(encoding="utf-8"))
    produced = _run(story)
    want = {_key(f["kind"], f["severity"], [(e["path"], e["text"]) for e in f["evidence"]]) for f in expected["findings"]}
    for miss in expected["must_not"]:
        for f in produced:
            if f.kind != miss["kind"] or _key(f.kind, f.severity, [(os.path.basename(e.path), e.text)
                                                                   for e in f.evidence]) in want:
                continue  # an expected finding whose sentences also hold a near-miss's words
            sentences = [e.sentence for e in f.evidence]
            hit = all(any(frag in s for s in sentences) for frag in miss["sentences"])
            assert not hit, f"{miss['kind']} fired on a near-miss: {miss['why']}"


def test_every_finding_points_at_real_text_with_one_sentence_and_a_confidence() -> None:
    for story in _story_dirs():
        for f in _run(story):
            assert 0.0 < f.confidence <= 1.0
            assert f.message and "\n" not in f.message and f.message.endswith(".")
            for e in f.evidence:
                text = Path(e.path).read_text(encoding="utf-8")
                assert text[e.start : e.end] == e.text
                assert e.text in e.sentence


def test_stories_together_produce_no_error_or_warning_beyond_the_expected() -> None:
    extra = []
    for story in _story_dirs():
        expected = json.loads((story / "expected.json").read_text(encoding="utf-8"))
        want = {(f["kind"], tuple(sorted(e["text"] for e in f["evidence"]))) for f in expected["findings"]}
        for f in _run(story):
            if f.severity in ("error", "warning") and (f.kind, tuple(sorted(e.text for e in f.evidence))) not in want:
                extra.append((story.name, f.kind, f.message))
    assert extra == []
