"""``compare --format json`` checked field by field against the contract (docs/contract.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.model import SEVERITY_RANK

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
STORIES = ROOT / "fixtures" / "stories"
SEED_000 = str(SEEDS / "000_8f53e6e599409f6c.txt")
SEED_003 = str(SEEDS / "003_520133a741b9c9c4.txt")

# The kinds the contract's table documents (tests/test_registry.py keeps the table equal to the registry).
KINDS = set(re.findall(r"^  \| `([a-z-]+)` \|", (ROOT / "docs" / "contract.md").read_text(encoding="utf-8"), re.MULTILINE))
ORIGINS = {"header", "html-meta", "front-matter", "option", None}
SOURCE_KEYS = {"path", "title", "published", "published_from"}
FINDING_KEYS = {"id", "kind", "severity", "confidence", "message", "evidence"}
EVIDENCE_KEYS = {"path", "start", "end", "line", "column", "end_line", "end_column", "text", "sentence", "value",
                 "source"}


def compare_json(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["compare", *args, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.endswith("}\n")
    payload: dict[str, Any] = json.loads(result.stdout)
    return payload


def file_text(path: str) -> str:
    text = Path(path).read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``, counted on the text with its line endings as they are."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def story_files(story: str) -> list[str]:
    return sorted(str(p) for p in (STORIES / story).iterdir() if p.suffix in (".txt", ".md", ".html"))


def check_contract(payload: dict[str, Any], paths: list[str]) -> None:
    assert set(payload) == {"schema", "sources", "findings"}
    assert payload["schema"] == "factcheck/findings@1"
    assert [s["path"] for s in payload["sources"]] == paths
    for source in payload["sources"]:
        assert set(source) == SOURCE_KEYS
        assert source["title"] is None or (isinstance(source["title"], str) and source["title"])
        assert source["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", source["published"])
        assert source["published_from"] in ORIGINS
        assert (source["published"] is None) == (source["published_from"] is None)
    texts = {p: file_text(p) for p in paths}
    for finding in payload["findings"]:
        assert set(finding) == FINDING_KEYS
        assert re.fullmatch(r"[0-9a-f]{8}", finding["id"])
        assert finding["kind"] in KINDS
        assert finding["severity"] in SEVERITY_RANK
        assert isinstance(finding["confidence"], float) and 0 <= finding["confidence"] <= 1
        assert isinstance(finding["message"], str) and finding["message"].strip()
        assert "\n" not in finding["message"]
        assert isinstance(finding["evidence"], list) and len(finding["evidence"]) >= 2
        if finding["kind"] == "certainty":
            assert finding["severity"] == "info"
        for ev in finding["evidence"]:
            assert set(ev) == EVIDENCE_KEYS
            text = texts[ev["path"]]
            for key in ("start", "end", "line", "column", "end_line", "end_column"):
                assert isinstance(ev[key], int) and not isinstance(ev[key], bool)
            assert 0 <= ev["start"] < ev["end"] <= len(text)
            assert ev["text"] == text[ev["start"]:ev["end"]]
            assert (ev["line"], ev["column"]) == line_column(text, ev["start"])
            assert (ev["end_line"], ev["end_column"]) == line_column(text, ev["end"])
            assert isinstance(ev["sentence"], str) and ev["text"] in ev["sentence"]
            at = text.find(ev["sentence"], max(0, ev["start"] - len(ev["sentence"])))
            assert 0 <= at <= ev["start"] and ev["end"] <= at + len(ev["sentence"])
            assert ev["value"] is None or isinstance(ev["value"], str)
            assert ev["source"] is None or (isinstance(ev["source"], str) and ev["source"])
    keys = [(SEVERITY_RANK[f["severity"]], -f["confidence"], f["evidence"][0]["path"], f["evidence"][0]["start"])
            for f in payload["findings"]]
    assert keys == sorted(keys), "findings are ordered by severity, confidence (highest first), then position"
    assert len({f["id"] for f in payload["findings"]}) == len(payload["findings"])


def test_the_seeds() -> None:
    payload = compare_json(SEED_000, SEED_003)
    check_contract(payload, [SEED_000, SEED_003])
    assert payload["sources"] == [
        {"path": SEED_000, "title": "Did Trump’s Russia-Ukraine Peace Plan Quickly Stall?",
         "published": "2025-11-06", "published_from": "header"},
        {"path": SEED_003, "title": None, "published": "2025-10-21", "published_from": "header"},
    ]
    seed_000 = file_text(SEED_000)
    cut = seed_000.index("Leave a comment")
    for finding in payload["findings"]:
        for ev in finding["evidence"]:
            assert ev["path"] != SEED_000 or ev["end"] <= cut


def test_published_option_is_reported_with_its_origin() -> None:
    payload = compare_json(SEED_000, SEED_003, "--published", f"{SEED_003}=2025-10-20")
    assert [(s["published"], s["published_from"]) for s in payload["sources"]] == [
        ("2025-11-06", "header"), ("2025-10-20", "option"),
    ]
    payload = compare_json(SEED_000, SEED_003, "--published", "2025-10-19")
    assert {(s["published"], s["published_from"]) for s in payload["sources"]} == {("2025-10-19", "option")}


@pytest.mark.parametrize("story", sorted(p.name for p in STORIES.iterdir() if p.is_dir()))
def test_each_story(story: str) -> None:
    paths = story_files(story)
    payload = compare_json(*paths)
    check_contract(payload, paths)
    assert payload["findings"], "every story has at least one contradiction"


def test_a_story_pinned_field_by_field() -> None:
    paths = story_files("quote-bridge-funding")
    payload = compare_json(*paths)
    wording = [f for f in payload["findings"] if f["kind"] == "quote-wording"]
    assert len(wording) == 1
    a, b = wording[0]["evidence"]
    assert (a["path"], a["text"], a["line"], a["column"]) == (
        paths[0], "The repairs are fully funded and the bridge will reopen before the first winter storms,", 7, 2,
    )
    assert (b["path"], b["text"], b["line"]) == (
        paths[1], "The repairs are not fully funded and the bridge will reopen before the first winter storms.", 7,
    )
    assert wording[0]["severity"] == "error"


def test_html_evidence_points_into_the_page_itself() -> None:
    paths = story_files("ferry-takeover")
    payload = compare_json(*paths)
    page = [ev for f in payload["findings"] for ev in f["evidence"] if ev["path"].endswith(".html")]
    assert page, "the HTML report takes part in a finding"
    html = file_text(paths[0])
    for ev in page:
        assert html[ev["start"]:ev["end"]] == ev["text"] and "<" not in ev["text"]


def test_ids_survive_an_unrelated_line_inserted_above(tmp_path: Path) -> None:
    originals = story_files("quote-bridge-funding")
    copies = []
    for p in originals:
        copy = tmp_path / Path(p).name
        copy.write_bytes(Path(p).read_bytes())
        copies.append(str(copy))
    before = compare_json(*copies)
    first = Path(copies[0])
    lines = first.read_text(encoding="utf-8").split("\n")
    lines[1:1] = ["", "Weather: light rain in the afternoon, clearing by evening."]
    first.write_text("\n".join(lines), encoding="utf-8")
    after = compare_json(*copies)
    check_contract(after, copies)
    assert [f["id"] for f in after["findings"]] == [f["id"] for f in before["findings"]]
    moved = [(ev["line"] - old["line"], ev["start"] - old["start"])
             for f_old, f_new in zip(before["findings"], after["findings"])
             for old, ev in zip(f_old["evidence"], f_new["evidence"]) if ev["path"] == copies[0]]
    assert moved and set(moved) == {(2, 60)}


def test_findings_that_show_the_same_confidence_are_ordered_by_position() -> None:
    from factcheck.model import Evidence, Finding
    from factcheck.report.json import findings_payload

    def finding(confidence: float, start: int, severity: str = "warning") -> Finding:
        ev = [Evidence(p, start, start + 4, 1, start + 1, 1, start + 5, "pier", "pier") for p in ("a.txt", "b.txt")]
        return Finding("place", severity, confidence, "a.txt and b.txt disagree", tuple(ev))  # type: ignore[arg-type]

    later_but_surer = finding(0.814, 40)
    earlier = finding(0.806, 10)
    payload = findings_payload([], [later_but_surer, finding(0.5, 0, "error"), earlier, finding(0.9, 99)])
    assert [(f["severity"], f["confidence"], f["evidence"][0]["start"]) for f in payload["findings"]] == [
        ("error", 0.5, 0), ("warning", 0.9, 99), ("warning", 0.81, 10), ("warning", 0.81, 40),
    ]
