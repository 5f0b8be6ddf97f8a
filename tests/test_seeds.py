"""The two seed articles: every finding `compare` reports on them, each with the reason an editor would accept it."""

from __future__ import annotations

from pathlib import Path

from factcheck import compare, load_document

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
A = str(SEEDS / "000_8f53e6e599409f6c.txt")
B = str(SEEDS / "003_520133a741b9c9c4.txt")

# (kind, severity, evidence texts in order, sources, why an editor accepts it)
EXPECTED = [
    (
        "polarity", "error", ("agreed", "never actually confirmed"), ("Donald Trump", "the article"),
        "Trump's Truth Social post says the two leaders agreed to a preparatory meeting, while the reporter writes "
        "that Russia never confirmed any dates: two sources in one article disagree on whether it was agreed.",
    ),
]


def test_compare_on_the_seeds_reports_exactly_the_findings_an_editor_accepts() -> None:
    findings = compare([load_document(A), load_document(B)])
    got = [(f.kind, f.severity, tuple(e.text for e in f.evidence), tuple(e.source for e in f.evidence))
           for f in findings]
    assert got == [(kind, sev, texts, sources) for kind, sev, texts, sources, _why in EXPECTED]


def test_the_agreed_versus_never_confirmed_passages_are_located_exactly() -> None:
    (finding,) = [f for f in compare([load_document(A), load_document(B)]) if f.kind == "polarity"]
    text = Path(B).read_text(encoding="utf-8")
    first, second = finding.evidence
    assert (first.path, first.line) == (B, 3) and text[first.start:first.end] == "agreed"
    assert (second.path, second.line) == (B, 5) and text[second.start:second.end] == "never actually confirmed"
    assert "Trump" in finding.message and "the article" in finding.message


def test_the_terminal_report_shows_the_timeline_and_marks_the_clashing_dates(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from factcheck.cli import main

    story = Path(__file__).resolve().parent.parent / "fixtures" / "stories" / "mine-collapse"
    files = sorted(str(p) for p in story.glob("*.txt"))
    out = CliRunner().invoke(main, ["compare", *files]).output
    assert "Timeline" in out
    clashing = [line for line in out.splitlines() if "✖" in line and "collapse" in line]
    assert len(clashing) == 2 and any("Friday morning" in line for line in clashing)
