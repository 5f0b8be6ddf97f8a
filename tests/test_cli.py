"""The command line: one-line errors with exit status 2, help, version, plain output off a terminal, determinism."""

from __future__ import annotations

import hashlib
import inspect
import io
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import factcheck.load.read as read_module
from factcheck import __version__
from factcheck.cli import main
from factcheck.load import load_document
from factcheck.report.terminal import make_console, render_findings

ROOT = Path(__file__).resolve().parent.parent
SEED_000 = str(ROOT / "fixtures" / "seeds" / "000_8f53e6e599409f6c.txt")
SEED_003 = str(ROOT / "fixtures" / "seeds" / "003_520133a741b9c9c4.txt")
STORY = ROOT / "fixtures" / "stories" / "quote-bridge-funding"
ESCAPE = "\x1b"


def runner() -> CliRunner:
    """Standard error kept apart from standard output, however this click spells it."""
    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    return CliRunner()


def run(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None) -> Result:
    return runner().invoke(main, list(args), input=input, env=env)


def assert_input_error(result: Result, fragment: str) -> None:
    lines = result.stderr.splitlines()
    assert result.exit_code == 2, (result.exit_code, result.stderr, result.output)
    assert len(lines) == 1, lines
    assert lines[0].startswith("factcheck: error: ")
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert result.stdout == ""


# --- every input error: one line, exit 2 ---------------------------------------------------------

def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


ARTICLE = "date 2026-01-12\n\nThe ferry to Halm sailed at dawn on Monday.\n".encode()

CASES: list[tuple[str, Callable[[Path], list[str]], str]] = [
    ("missing file", lambda t: ["compare", str(t / "nowhere.txt"), SEED_000], "nowhere.txt: no such file"),
    ("directory", lambda t: ["compare", str(t), SEED_000], "is a directory"),
    ("binary file", lambda t: ["compare", _write(t, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), SEED_000],
     "looks like a binary file"),
    ("invalid UTF-8", lambda t: ["compare", _write(t, "latin1.txt", "Caf\xe9 owners met.".encode("latin-1")), SEED_000],
     "not valid UTF-8 (byte 3)"),
    ("empty file", lambda t: ["compare", _write(t, "empty.txt", b""), SEED_000], "file is empty"),
    ("blank file", lambda t: ["compare", _write(t, "blank.txt", b" \n\r\n\t\n"), SEED_000], "file is empty"),
    ("over the size limit", lambda t: ["compare", "--max-size", "100", _write(t, "a.txt", ARTICLE * 3), SEED_000],
     "over the 100-byte limit"),
    ("no files", lambda t: ["compare"], "at least two files"),
    ("one file", lambda t: ["compare", SEED_000], "at least two files"),
    ("published not a date", lambda t: ["compare", "--published", "yesterday", SEED_000, SEED_003], "--published"),
    ("published no day", lambda t: ["compare", "--published", "2025-10", SEED_000, SEED_003], "YYYY-MM-DD"),
    ("published impossible day", lambda t: ["compare", "--published", f"{SEED_003}=2025-02-30", SEED_000, SEED_003],
     "YYYY-MM-DD"),
    ("published without a file", lambda t: ["compare", "--published", "=2025-10-21", SEED_000, SEED_003],
     "FILE is missing"),
    ("published for another file", lambda t: ["compare", "--published", "other.txt=2025-10-21", SEED_000, SEED_003],
     "not among the files given"),
    ("unknown format", lambda t: ["compare", "--format", "xml", SEED_000, SEED_003], "'--format'"),
    ("unknown option", lambda t: ["compare", "--colour", SEED_000, SEED_003], "No such option"),
    ("unknown command", lambda t: ["contrast", SEED_000, SEED_003], "No such command"),
    ("standard input twice", lambda t: ["compare", "-", "-"], "read only once"),
    ("max size zero", lambda t: ["compare", "--max-size", "0", SEED_000, SEED_003], "--max-size"),
]


@pytest.mark.parametrize(("name", "args", "fragment"), CASES, ids=[c[0] for c in CASES])
def test_input_errors_are_one_line_with_exit_2(
    tmp_path: Path, name: str, args: Callable[[Path], list[str]], fragment: str
) -> None:
    assert_input_error(run(*args(tmp_path)), fragment)


def test_the_size_limit_defaults_to_2_mb(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(2 * 1024 * 1024 + 1)  # sparse: larger than the limit without writing it
    assert_input_error(run("compare", str(big), SEED_000), "over the 2,097,152-byte limit")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read a file whatever its mode")
def test_unreadable_file_by_mode(tmp_path: Path) -> None:
    path = Path(_write(tmp_path, "locked.txt", ARTICLE))
    path.chmod(0)
    try:
        assert_input_error(run("compare", str(path), SEED_000), "permission denied")
    finally:
        path.chmod(0o644)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = _write(tmp_path, "locked.txt", ARTICLE)
    real_open = open

    def refusing_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(read_module, "open", refusing_open, raising=False)
    assert_input_error(run("compare", locked, SEED_000), "locked.txt: permission denied")


def test_other_read_failures_are_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "flaky.txt", ARTICLE)

    def failing_open(file: object, *args: object, **kwargs: object) -> object:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(read_module, "open", failing_open, raising=False)
    assert_input_error(run("compare", path, SEED_000), "flaky.txt: cannot read (Input/output error)")


def test_empty_standard_input_is_an_error() -> None:
    assert_input_error(run("compare", "-", SEED_000, input=b""), "standard input: file is empty")


def test_standard_input_as_dash_is_read() -> None:
    result = run("compare", "-", SEED_000, "--format", "json", input=Path(SEED_003).read_bytes())
    assert result.exit_code == 0, result.stderr
    assert '"path": "-"' in result.stdout and '"published": "2025-10-21"' in result.stdout


# --- help and version ------------------------------------------------------------------------------

def test_version() -> None:
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"factcheck, version {__version__}\n")


def test_help_lists_each_command_on_one_line() -> None:
    result = run("--help")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    listed = lines[lines.index("Commands:") + 1:]
    names = sorted(main.commands)
    assert "compare" in names and "dates" in names and "quotes" in names
    assert [line.split()[0] for line in listed] == names
    for line, name in zip(listed, names):
        short = main.commands[name].get_short_help_str(limit=1000)
        assert line.split(None, 1)[1] == short
        assert not short.endswith("...")


def test_no_arguments_shows_the_help() -> None:
    result = run()
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: factcheck") and "Commands:" in result.stdout


def test_command_help() -> None:
    result = run("compare", "--help")
    assert result.exit_code == 0
    for option in ("--format", "--published", "--max-size", "--fail-on"):
        assert option in result.stdout


# --- text output -------------------------------------------------------------------------------------

def test_text_report_off_a_terminal_has_no_escape_codes() -> None:
    result = run("compare", *sorted(str(p) for p in STORY.glob("*.txt")))
    assert result.exit_code == 0
    assert ESCAPE not in result.stdout
    out = result.stdout
    assert "Sources" in out and "2026-01-13" in out and "date line" in out
    assert "ERROR · quote-wording" in out and "[The repairs are fully funded" in out
    assert re.search(r"wire-a\.txt:\d+:\d+", out)
    assert "3 findings (3 errors)" in out


def test_no_findings_is_said_plainly(tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", b"date 2026-01-12\n\nThe ferry to Halm sailed at dawn on Monday.\n")
    b = _write(tmp_path, "b.txt", b"date 2026-01-12\n\nA choir sang in the town hall on Sunday evening.\n")
    result = run("compare", a, b)
    assert result.exit_code == 0
    assert "No contradictions found between the 2 sources." in result.stdout
    assert "0 findings" in result.stdout


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _report(env_no_color: str | None, monkeypatch: pytest.MonkeyPatch) -> str:
    if env_no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", env_no_color)
    out = _Tty()
    render_findings(make_console(out), [load_document(SEED_000), load_document(SEED_003)], [])
    return out.getvalue()


def test_a_terminal_gets_colour_and_no_color_turns_every_escape_off(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ESCAPE in _report(None, monkeypatch)
    plain = _report("1", monkeypatch)
    assert ESCAPE not in plain and "No contradictions found" in plain


def test_no_color_through_the_command(tmp_path: Path) -> None:
    result = run("compare", SEED_000, SEED_003, env={"NO_COLOR": "1"})
    assert result.exit_code == 0 and ESCAPE not in result.stdout


# --- determinism and input files untouched ---------------------------------------------------------

def _digest(paths: list[Path]) -> dict[str, tuple[str, int]]:
    return {str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths}


def test_json_is_byte_identical_across_runs_and_inputs_are_not_written(tmp_path: Path) -> None:
    files = []
    for p in sorted(STORY.glob("*.txt")) + [Path(SEED_000), Path(SEED_003)]:
        copy = tmp_path / p.name
        copy.write_bytes(p.read_bytes())
        files.append(copy)
    before = _digest(files)
    first = run("compare", *map(str, files), "--format", "json")
    second = run("compare", *map(str, files), "--format", "json")
    text = run("compare", *map(str, files))
    assert first.exit_code == second.exit_code == text.exit_code == 0
    assert first.stdout_bytes == second.stdout_bytes
    assert first.stderr == ""
    assert _digest(files) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in files)


def test_fail_on_sets_exit_status_1() -> None:
    files = sorted(str(p) for p in STORY.glob("*.txt"))
    assert run("compare", *files, "--format", "json").exit_code == 0
    assert run("compare", *files, "--format", "json", "--fail-on", "error").exit_code == 1


def test_the_readme_sample_is_what_the_tool_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's sample report is the real output on the seeds, so it cannot drift."""
    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- sample: factcheck ([^>]*) -->\n```\n(.*?)```\n", readme, re.DOTALL)
    assert m is not None
    result = run(*m.group(1).split())
    printed = "\n".join(line.rstrip() for line in result.output.splitlines()) + "\n"
    assert printed == m.group(2), "regenerate the README sample: python benchmarks/readme_sample.py"


def test_lint_says_what_it_read_drafts_apart_from_sources() -> None:
    alone = run("lint", SEED_003).output.splitlines()
    assert alone[0].startswith("factcheck lint · 1 draft checked against itself · ")
    assert "0 sources" not in alone[0] and "Files read" in alone[2]
    both = run("lint", SEED_003, "--against", SEED_000).output
    assert both.splitlines()[0].startswith("factcheck lint · 1 draft · 1 source · ")
    assert re.search(r"│ A │ draft  │", both) and re.search(r"│ B │ source │", both)


def test_past_the_panel_limit_each_finding_takes_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """A report of thousands of findings stays fast: past the limit each finding takes one line, none dropped."""
    import factcheck.report.terminal as terminal
    from factcheck.pipeline import analyse, run_checks

    docs = [load_document(SEED_000), load_document(SEED_003)]
    findings = run_checks([analyse(d) for d in docs])
    assert findings
    monkeypatch.setattr(terminal, "PANELS", 0)
    out = io.StringIO()
    render_findings(make_console(out), docs, findings)
    text = out.getvalue()
    assert "╭─" not in text
    noun = "finding" if len(findings) == 1 else "findings"
    rest = text.split(f"The other {len(findings)} {noun}, one line each", 1)[1].splitlines()[1:]
    lines = [line for line in rest if line.startswith(("ERROR", "WARNING", "INFO"))]
    assert len(lines) == len(findings)
    first = terminal.contract_order(findings)[0]
    for ev in first.evidence:
        assert f"{ev.path}:{ev.line}:{ev.column}" in lines[0]
    assert lines[0].startswith(first.severity.upper()) and first.kind in lines[0] and first.message in lines[0]


def test_jobs_2_and_jobs_1_give_byte_identical_json_over_the_fixture_stories() -> None:
    import subprocess
    import sys
    from pathlib import Path

    from factcheck.pipeline import PARALLEL_FROM

    root = Path(__file__).resolve().parent.parent / "fixtures" / "stories"
    files = sorted(str(p) for p in root.glob("*/wire-*.txt"))
    assert len(files) >= PARALLEL_FROM  # enough files that --jobs 2 really runs two processes

    def run(jobs: str) -> bytes:
        done = subprocess.run([sys.executable, "-m", "factcheck", "compare", *files, "--format", "json",
                               "--jobs", jobs], capture_output=True, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout

    one = run("1")
    assert one == run("2")
    assert b'"findings"' in one


def test_the_program_leaves_with_its_output_whole_and_its_exit_status() -> None:
    """``factcheck.cli.run`` ends the process without tearing down its heap: the streams must be
    flushed first, and the exit status must be the command's."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    seeds = sorted(str(p) for p in (Path(__file__).resolve().parent.parent / "fixtures" / "seeds").glob("*.txt"))

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, check=False)

    done = run("compare", *seeds, "--format", "json")
    assert done.returncode == 0 and json.loads(done.stdout)["findings"]
    assert run("compare", *seeds, "--fail-on", "error").returncode == 1
    missing = run("compare", seeds[0], "no-such-article.txt")
    assert missing.returncode == 2 and missing.stderr.decode().startswith("factcheck: error: ")
    reader_gone = subprocess.run(f"{sys.executable} -m factcheck compare {' '.join(seeds)} | head -c 10",
                                 shell=True, capture_output=True, check=False)
    assert b"Traceback" not in reader_gone.stderr


def test_documents_shared_between_this_process_and_workers_give_the_facts_of_one_process() -> None:
    from pathlib import Path

    from factcheck import load_document, pipeline

    root = Path(__file__).resolve().parent.parent / "fixtures" / "stories"
    paths = sorted(root.glob("*/*.txt"))[: pipeline.BATCH * 3 + 1]  # batches for the workers and for this process
    alone = pipeline.analyse_all([load_document(str(p)) for p in paths], jobs=1)
    for jobs in (2, 3):
        shared = pipeline.analyse_all([load_document(str(p)) for p in paths], jobs=jobs)
        assert [f.doc.path for f in shared] == [str(p) for p in paths]
        assert shared == alone


@pytest.mark.parametrize("paragraphs", [True, False])
def test_a_long_document_analysed_half_in_a_forked_process_gives_the_same_facts(monkeypatch, paragraphs) -> None:
    from pathlib import Path

    from factcheck import document_from_text, pipeline

    root = Path(__file__).resolve().parent.parent / "fixtures" / "stories"
    texts = [p.read_text() for p in sorted(root.glob("mine-collapse/wire-*.txt"))]
    if not paragraphs:  # one paragraph: only the tagging is split, the claims and events are not
        texts[0] = texts[0].replace("\n\n", "\n")

    def docs():
        return [document_from_text(f"wire-{k}.txt", t) for k, t in enumerate(texts)]

    first = docs()[0]
    assert (pipeline._middle_paragraph(first) > 0) == paragraphs
    monkeypatch.setattr(pipeline, "LONG_DOCUMENT", len(first.view))  # the first is "long", the others not
    split = pipeline.analyse_all(docs(), jobs=2)
    alone = pipeline.analyse_all(docs(), jobs=1)
    assert split == alone and split[0].claims and split[0].events
    assert split[0].doc.tokens == alone[0].doc.tokens and split[0].doc.chunks == alone[0].doc.chunks


def test_checks_split_over_a_forked_process_give_the_same_findings(monkeypatch) -> None:
    from pathlib import Path

    from factcheck import load_document, pipeline

    root = Path(__file__).resolve().parent.parent / "fixtures" / "stories"
    facts = pipeline.analyse_all([load_document(str(p)) for p in sorted(root.glob("*/wire-*.txt"))])
    judged = pipeline._judged
    calls: list[tuple[list[str], object]] = []

    def judging(facts, checks, within, focus, share=pipeline.EVERY):
        calls.append((sorted(c.kind for c in checks), share))
        return judged(facts, checks, within, focus, share)

    monkeypatch.setattr(pipeline, "PARALLEL_CHECKS_FROM", 1)
    monkeypatch.setattr(pipeline, "_judged", judging)
    split = pipeline.run_checks(facts, jobs=2)
    # this process judged half the pairs of claims and every kind but figures: the forked one the rest
    assert len(calls) == 1 and calls[0][1] == pipeline.OWN_SHARE
    assert "polarity" in calls[0][0] and "quote-wording" in calls[0][0] and "number" not in calls[0][0]
    assert any(f.kind == "polarity" for f in split)
    assert split and split == pipeline.run_checks(facts, jobs=1)



_PARENT = os.getpid()


def _interrupted_here_slow_there(docs):
    """This process is interrupted at its first batch; the workers (forked copies) take 0.2 s a batch."""
    import time

    from factcheck.pipeline import analyse

    if os.getpid() == _PARENT:
        raise KeyboardInterrupt
    time.sleep(0.2)
    return [analyse(d) for d in docs]


def test_an_interrupted_shared_run_does_not_wait_for_every_batch(monkeypatch) -> None:
    import time

    from factcheck import document_from_text, pipeline

    monkeypatch.setattr(pipeline, "_analyse_batch", _interrupted_here_slow_there)
    docs = [document_from_text(f"d{k}.txt", "Published: Tuesday 2 December 2025\n\nThe council met on Monday.\n")
            for k in range(pipeline.BATCH * 20)]
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        pipeline.analyse_all(docs, jobs=2)
    assert time.monotonic() - started < 2.0  # 20 batches at 0.2 s would be 4 s: the pending ones were cancelled


def test_findings_tied_on_everything_but_their_later_passages_come_out_in_passage_order() -> None:
    """A story filed twice in one file gives two findings with the same first passage and the same
    sentences: their order is that of the other passage, whatever order the checks found them in."""
    from factcheck.model import Evidence, Finding

    def passage(start: int) -> Evidence:
        return Evidence("wire.txt", start, start + 8, 1, 1, 1, 9, "will make", "The group will make an offer.")

    first, later = (Finding("certainty", "info", 0.6, "stated against hedged", (passage(100), passage(at)))
                    for at in (2_000, 9_000))
    assert first.id == later.id
    in_order = sorted([first, later], key=Finding.sort_key)
    assert sorted([later, first], key=Finding.sort_key) == in_order == [first, later]
