"""A progress bar on standard error for long runs: drawn only on a terminal, only once a run is slow."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.progress import Progress

SHOW_AFTER = 2.0  # seconds: a run quicker than this never draws a bar


class AnalysisProgress:
    """Counts analysed documents; draws a transient bar once ``SHOW_AFTER`` seconds have passed.

    Off a terminal nothing is drawn, so piped output, JSON and CI logs stay clean.
    """

    def __init__(self, total: int, *, enabled: bool = True, stream: IO[str] | None = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = enabled and bool(getattr(self.stream, "isatty", lambda: False)())
        self.started = time.monotonic()
        self._bar: Progress | None = None
        self._task: Any = None

    def __call__(self, done: int) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            if time.monotonic() - self.started < SHOW_AFTER:
                return
            # rich is imported only when a bar is drawn: most runs never draw one
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                 console=Console(file=self.stream), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("analysing", total=self.total)
        self._bar.update(self._task, completed=done)  # type: ignore[arg-type]

    def __enter__(self) -> AnalysisProgress:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
