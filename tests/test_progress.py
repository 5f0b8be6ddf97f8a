"""The progress bar: drawn on a terminal once a run is slow, never off a terminal."""

from __future__ import annotations

import io

import pytest

from factcheck.report import progress as progress_mod
from factcheck.report.progress import AnalysisProgress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_off_a_terminal_nothing_is_drawn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_mod, "SHOW_AFTER", 0.0)
    stream = io.StringIO()
    with AnalysisProgress(3, stream=stream) as bar:
        for n in range(1, 4):
            bar(n)
    assert stream.getvalue() == ""


def test_a_slow_run_on_a_terminal_draws_and_a_quick_one_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    quick = _Terminal()
    with AnalysisProgress(3, stream=quick) as bar:
        bar(1)
    assert quick.getvalue() == ""  # under SHOW_AFTER seconds
    monkeypatch.setattr(progress_mod, "SHOW_AFTER", 0.0)
    slow = _Terminal()
    with AnalysisProgress(3, stream=slow) as bar:
        for n in range(1, 4):
            bar(n)
    assert "analysing" in slow.getvalue()
    off = _Terminal()
    with AnalysisProgress(3, enabled=False, stream=off) as bar:  # JSON and other machine formats
        bar(3)
    assert off.getvalue() == ""
