"""factcheck lint: collecting sources, the draft against itself and its sources, suppressions,
baselines, exit statuses and usage errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.errors import InputError
from factcheck.lint import (
    apply_suppressions,
    baseline_payload,
    collect_sources,
    has_sic,
    lint,
    new_findings,
    read_baseline,
    suppressions,
    write_baseline,
)
from factcheck.load import document_from_text, load_document

ROOT = Path(__file__).resolve().parent.parent
DRAFT = "fixtures/lint/draft.md"
SOURCES = "fixtures/lint/sources"
SEED = "fixtures/seeds/003_520133a741b9c9c4.txt"
MINE = "fixtures/stories/mine-collapse"

SELF_CONTRADICTING = """date 2026-01-11

VELL — Rescue officials said nine miners died when a tunnel collapsed at the Harnick Deep colliery on Friday.

Crestmoor Coal said it had suspended all work at the pit.

Rescue crews said on Sunday that at least 11 miners were killed in the collapse at the Harnick Deep colliery.
"""


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def run(*args: str):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(main, ["lint", *args])


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- sources


def test_collect_sources_files_directories_and_globs(tmp_path: Path) -> None:
    for name in ("b/wire.txt", "a/report.html", "a/deep/notes.md", "a/photo.jpg", "a/.hidden.txt",
                 ".git/log.txt", "c/x.txt", "c/y.txt", "c/y.md"):
        write(tmp_path / name, "date 2026-01-01\n\nText.\n")
    t = str(tmp_path)
    assert collect_sources([f"{t}/a"]) == [f"{t}/a/deep/notes.md", f"{t}/a/report.html"]
    assert collect_sources([t]) == sorted(f"{t}/{n}" for n in
                                          ("a/deep/notes.md", "a/report.html", "b/wire.txt", "c/x.txt", "c/y.md",
                                           "c/y.txt"))
    assert collect_sources([f"{t}/c/*.txt", f"{t}/b/wire.txt", f"{t}/c/x.txt"]) == [
        f"{t}/b/wire.txt", f"{t}/c/x.txt", f"{t}/c/y.txt"]
    assert collect_sources([f"{t}/**/*.md"]) == [f"{t}/a/deep/notes.md", f"{t}/c/y.md"]


def test_collect_sources_missing_paths_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        collect_sources([str(tmp_path / "nowhere")])
    with pytest.raises(InputError, match="matches no file"):
        collect_sources([str(tmp_path / "*.txt")])


# ---------------------------------------------------------------- lint()


def test_draft_alone_is_checked_against_itself() -> None:
    draft = document_from_text("draft.txt", SELF_CONTRADICTING)
    (finding,) = lint(draft, [])
    assert finding.kind == "number"
    assert [(e.line, e.text) for e in finding.evidence] == [(3, "nine miners"), (7, "at least 11 miners")]
    assert lint(draft, [], kinds={"quote-wording"}) == []


def test_draft_evidence_comes_first() -> None:
    # wire-a sorts before the draft's name, so the pipeline alone would list the source first.
    draft = load_document(f"{MINE}/wire-b.txt")
    (finding,) = lint(draft, [load_document(f"{MINE}/wire-a.txt")], kinds={"update"})
    assert [e.path for e in finding.evidence] == [f"{MINE}/wire-b.txt", f"{MINE}/wire-a.txt"]
    assert finding.evidence[0].text == "at least 11 miners"


def test_contradictions_among_sources_only_when_asked() -> None:
    draft = load_document(f"{MINE}/wire-c.txt")
    sources = [load_document(f"{MINE}/wire-a.txt"), load_document(f"{MINE}/wire-b.txt")]
    assert lint(draft, sources) == []
    (finding,) = lint(draft, sources, include_sources=True, kinds={"update"})
    assert [e.text for e in finding.evidence] == ["nine miners", "at least 11 miners"]
    result = run(f"{MINE}/wire-c.txt", "--against", f"{MINE}/wire-a.txt", "--against", f"{MINE}/wire-b.txt",
                 "--format", "github")
    assert (result.exit_code, result.stdout) == (0, "")
    result = run(f"{MINE}/wire-c.txt", "--against", MINE, "--include-sources", "--format", "github")
    assert result.exit_code == 1
    assert f"::error file={MINE}/wire-a.txt,line=3,col=114,endLine=3,endColumn=128,title=factcheck date::" \
        in result.stdout
    assert f"::notice file={MINE}/wire-a.txt,line=3,col=30,endLine=3,endColumn=41,title=factcheck update::" \
        in result.stdout


def test_the_draft_is_not_its_own_source() -> None:
    result = run(f"{MINE}/wire-a.txt", "--against", MINE, "--format", "json")
    paths = [s["path"] for s in json.loads(result.stdout)["sources"]]
    assert paths == [f"{MINE}/wire-a.txt", f"{MINE}/wire-b.txt", f"{MINE}/wire-c.txt"]


def test_several_drafts_are_each_linted_on_their_own(tmp_path: Path) -> None:
    second = write(tmp_path / "second.txt", SELF_CONTRADICTING)
    result = run(DRAFT, str(second), "--against", SOURCES, "--format", "github")
    assert result.exit_code == 1
    files = [line.split(",")[0] for line in result.stdout.splitlines()]
    assert sorted(files) == sorted([f"::error file={DRAFT}", f"::error file={DRAFT}", f"::error file={second}"])
    alone = run(str(second), "--format", "github").stdout.splitlines()
    assert alone == [line for line in result.stdout.splitlines() if f"file={second}," in line]


# ---------------------------------------------------------------- suppressions


def test_directives_are_found_with_their_kinds() -> None:
    text = ("Line one.\n<!-- factcheck: ignore -->\nLine three.\n[factcheck: ignore=number, date]\nLine five.\n"
            "[factcheck: ignored]\n<!--factcheck:ignore=title-->\nLine eight.\n")
    found = suppressions(text)
    assert sorted(found) == [3, 5, 8]
    assert found[3].kinds is None and found[3].line == 2
    assert found[5].kinds == frozenset({"number", "date"})
    assert found[8].kinds == frozenset({"title"})


def test_plain_text_directive_silences_the_next_line_only(tmp_path: Path) -> None:
    body = SELF_CONTRADICTING.replace("VELL — Rescue officials", "[factcheck: ignore]\nVELL — Rescue officials")
    draft = write(tmp_path / "draft.txt", body)
    assert run(str(draft), "--format", "github").exit_code == 0
    other = write(tmp_path / "other.txt", body.replace("[factcheck: ignore=date]", "").replace(
        "[factcheck: ignore]", "[factcheck: ignore=date]"))
    result = run(str(other), "--format", "github")
    assert result.exit_code == 1 and "title=factcheck number" in result.stdout
    # a directive two lines above (a blank line between) does not reach the sentence
    spaced = write(tmp_path / "spaced.txt", body.replace("[factcheck: ignore]\n", "[factcheck: ignore]\n\n"))
    assert run(str(spaced), "--format", "github").exit_code == 1


def test_fixture_suppressions_silence_title_and_sic(tmp_path: Path) -> None:
    text = (ROOT / DRAFT).read_text(encoding="utf-8")
    doc = load_document(DRAFT)
    sources = [load_document(f"{SOURCES}/wire-a.txt"), load_document(f"{SOURCES}/wire-b.txt")]
    everything = lint(doc, sources)
    assert sorted(f.kind for f in everything) == ["number", "quote-wording", "quote-wording", "title"]
    kept = apply_suppressions(doc, everything)
    assert sorted((f.kind, f.evidence[0].line) for f in kept) == [("number", 8), ("quote-wording", 17)]
    # without the directive and the [sic], both come back
    bare = write(tmp_path / "draft.md", text.replace("<!-- factcheck: ignore=title -->\n", "").replace(" [sic]", ""))
    result = run(str(bare), "--against", SOURCES, "--format", "github")
    assert [line.split("title=")[1].split("::")[0] for line in result.stdout.splitlines()] == [
        "factcheck number", "factcheck quote-wording", "factcheck title", "factcheck quote-wording"]
    # a directive for another kind silences nothing
    other = write(tmp_path / "other.md", text.replace("ignore=title", "ignore=number,date"))
    assert "factcheck title" in run(str(other), "--against", SOURCES, "--format", "github").stdout


def test_sic_right_after_the_quotation_only() -> None:
    doc = document_from_text("d.txt", 'He said "we was there," [sic] and left. "We was late." Then [sic] later.\n')
    q1 = doc.text.index("we was there")
    q2 = doc.text.index("We was late")
    from factcheck.model import Evidence as Ev
    first = Ev("d.txt", q1, q1 + len("we was there"), 1, 1, 1, 1, "we was there", "")
    second = Ev("d.txt", q2, q2 + len("We was late"), 1, 1, 1, 1, "We was late", "")
    assert has_sic(doc.text, first)
    assert not has_sic(doc.text, second)


# ---------------------------------------------------------------- baselines


def test_baseline_round_trip_ignores_line_numbers(tmp_path: Path) -> None:
    doc = document_from_text("draft.txt", SELF_CONTRADICTING)
    findings = lint(doc, [])
    path = tmp_path / "baseline.json"
    write_baseline(str(path), findings)
    assert read_baseline(str(path)) == frozenset(f.id for f in findings)
    assert baseline_payload(findings)["schema"] == "factcheck/baseline@1"
    moved = document_from_text("draft.txt", SELF_CONTRADICTING.replace("\n\nCrestmoor", "\n\nA new paragraph.\n\nCrestmoor"))
    moved_findings = lint(moved, [])
    assert moved_findings[0].evidence[1].line == 9
    assert new_findings(moved_findings, read_baseline(str(path))) == []


def test_fixture_baseline_and_suppression_only_the_new_finding_fails() -> None:
    result = run(DRAFT, "--against", SOURCES, "--baseline", "fixtures/lint/baseline.json", "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("::error file=fixtures/lint/draft.md,line=8,col=32,endLine=8,endColumn=45,"
                               "title=factcheck number::")
    quiet = run(DRAFT, "--against", SOURCES, "--baseline", "fixtures/lint/baseline.json", "--disable", "number")
    assert quiet.exit_code == 0


def test_write_baseline_then_lint_with_it(tmp_path: Path) -> None:
    path = tmp_path / "known.json"
    written = run(DRAFT, "--against", SOURCES, "--write-baseline", str(path), "--format", "github")
    assert (written.exit_code, written.stdout) == (0, "")
    ids = [e["id"] for e in json.loads(path.read_text(encoding="utf-8"))["findings"]]
    assert len(ids) == 2
    assert run(DRAFT, "--against", SOURCES, "--baseline", str(path)).exit_code == 0


@pytest.mark.parametrize(
    ("content", "needle"),
    [(None, "no such baseline file"), ("{not json", "not JSON"), ('{"findings": []}', "not a factcheck baseline"),
     ('{"schema": "factcheck/baseline@1", "findings": [{"kind": "number"}]}', "needs a string 'id'")],
)
def test_bad_baselines_are_exit_2(tmp_path: Path, content: str | None, needle: str) -> None:
    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run(DRAFT, "--baseline", str(path))
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and needle in result.stderr


# ---------------------------------------------------------------- exit status and options


@pytest.mark.parametrize(
    ("args", "status"),
    [((), 1), (("--fail-on", "error"), 1), (("--fail-on", "never"), 0), (("--disable", "number,quote-wording"), 0),
     (("--enable", "title"), 0), (("--enable", "title", "--fail-on", "warning"), 0),
     (("--min-confidence", "0.89"), 1), (("--min-confidence", "0.96"), 0),
     (("--enable", "quote-wording", "--min-confidence", "0.89"), 0)],
)
def test_exit_status(args: tuple[str, ...], status: int) -> None:
    assert run(DRAFT, "--against", SOURCES, "--format", "json", *args).exit_code == status


def test_fail_on_warning_and_info(tmp_path: Path) -> None:
    # without the directive, the title change (a warning) is the only finding of --enable title
    bare = write(tmp_path / "draft.md", (ROOT / DRAFT).read_text(encoding="utf-8").replace(
        "<!-- factcheck: ignore=title -->\n", ""))
    args = (str(bare), "--against", SOURCES, "--enable", "title", "--format", "github")
    assert run(*args).exit_code == 0
    assert run(*args, "--fail-on", "warning").exit_code == 1
    assert run(*args, "--fail-on", "info").exit_code == 1
    assert run(*args).stdout.startswith("::warning file=")


@pytest.mark.parametrize(
    ("args", "needle"),
    [((), "Missing argument 'DRAFT…'"), ((DRAFT, "--enable", "rumour"), "unknown kind 'rumour'"),
     ((DRAFT, "--against", "fixtures/lint/nowhere"), "no such file or directory"),
     ((DRAFT, "--format", "xml"), "'xml' is not one of"), ((DRAFT, "--min-confidence", "2"), "--min-confidence"),
     (("fixtures/lint/missing.md",), "no such file"), ((DRAFT, "--fail-on", "sometimes"), "--fail-on")],
)
def test_usage_and_input_errors_are_exit_2_in_one_line(args: tuple[str, ...], needle: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and needle in result.stderr


# ---------------------------------------------------------------- the seed article

# Written before the polarity check existed; checked once it landed: the seed's own "agreed"
# (line 3) against "never actually confirmed" (line 5) is one error annotated on the draft.
def test_seed_agreed_against_never_confirmed_is_annotated() -> None:
    result = run(SEED, "--format", "github")
    assert result.exit_code == 1
    polarity = [line for line in result.stdout.splitlines() if "title=factcheck polarity::" in line]
    assert len(polarity) == 1
    line = polarity[0]
    assert line.startswith(f"::error file={SEED},line=3,col=227,endLine=3,endColumn=233,title=factcheck polarity::")
    message = line.split("title=factcheck polarity::", 1)[1]
    assert "\u201cagreed\u201d" in message
    assert message.endswith(f"[{SEED}:5:360 has \u201cnever actually confirmed\u201d]")
