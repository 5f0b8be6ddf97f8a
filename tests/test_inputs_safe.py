"""The tool never writes an input and never blocks on one: -o and --write-baseline are refused
onto any file being read, and FIFOs are refused (named) or skipped (in a folder)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

DRAFT = """Published: Monday 12 January 2026

The harbour authority said on Friday that the new ferry terminal would open in March.
The authority has not yet agreed a budget for the second berth, officials said.
"""
SOURCE = """Published: Tuesday 13 January 2026

The harbour authority said the new ferry terminal would open in April, a month later than planned.
"""


def _cli(*args: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def newsroom(tmp_path: Path) -> Path:
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "wire.txt").write_text(SOURCE, encoding="utf-8")
    os.symlink("sources/wire.txt", tmp_path / "link.txt")
    return tmp_path


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
@pytest.mark.parametrize("target", ["draft.md", "sources/wire.txt", "link.txt", "sources/new-report.json"])
def test_a_write_onto_an_input_is_refused_and_the_input_kept(newsroom: Path, option: str, target: str) -> None:
    before = {p: _digest(p) for p in newsroom.rglob("*") if p.is_file()}
    result = _cli("lint", "draft.md", "--against", "sources", option, target, cwd=newsroom)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("factcheck: error: ")
    assert {p: _digest(p) for p in newsroom.rglob("*") if p.is_file()} == before
    assert not (newsroom / "sources" / "new-report.json").exists()


def test_a_report_and_a_baseline_elsewhere_are_written_whole(newsroom: Path) -> None:
    result = _cli("lint", "draft.md", "--against", "sources", "--format", "json", "-o", "report.json",
                  "--write-baseline", "baseline.json", cwd=newsroom)
    assert result.returncode == 0, result.stderr
    assert (newsroom / "report.json").read_text(encoding="utf-8").startswith("{")
    assert '"factcheck/baseline@1"' in (newsroom / "baseline.json").read_text(encoding="utf-8")
    assert not [p for p in newsroom.iterdir() if p.name.startswith(".factcheck-")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_as_input_is_refused_at_once(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "b.txt").write_text(SOURCE, encoding="utf-8")
    for args in (("compare", "pipe.txt", "b.txt"), ("dates", "pipe.txt"), ("lint", "pipe.txt")):
        result = _cli(*args, cwd=tmp_path, timeout=20)
        assert result.returncode == 2
        assert "pipe.txt: is a named pipe (FIFO), not a regular file" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_folder_holding_a_fifo_is_read_without_it(newsroom: Path) -> None:
    os.mkfifo(newsroom / "sources" / "stuck.txt")
    result = _cli("lint", "draft.md", "--against", "sources", "--format", "json", cwd=newsroom, timeout=20)
    assert result.returncode in (0, 1), result.stderr
    assert "note: skipped sources/stuck.txt: not a regular file" in result.stderr
    assert "sources/wire.txt" in result.stdout


def test_a_symlink_loop_is_named_as_one(tmp_path: Path) -> None:
    os.symlink("b.txt", tmp_path / "a.txt")
    os.symlink("a.txt", tmp_path / "b.txt")
    result = _cli("dates", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert "a.txt: a loop of symbolic links" in result.stderr


@pytest.mark.parametrize(("data", "words"), [
    ("\ufeffhello".encode("utf-32-le"), "UTF-32"),
    ("\ufeffhello".encode("utf-16-le"), "UTF-16"),
    (b"Published: Monday 12 January 2026\n\n" + b"The council met. " * 1000 + b"\0tail", "binary"),
])
def test_encodings_and_late_nul_bytes_are_named(tmp_path: Path, data: bytes, words: str) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    result = _cli("dates", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert words in result.stderr
