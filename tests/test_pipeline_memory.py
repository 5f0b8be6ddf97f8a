"""The analysis makes no reference cycles: what it leaves the cycle collector does not grow with the input.

The command and the pipeline's worker processes rely on this to run with the collector off
(``cli._collector_off``); a stage that made a cycle per token or per fact would grow a run's
memory with it.
"""

from __future__ import annotations

import gc
from pathlib import Path

from factcheck import load_document
from factcheck.pipeline import analyse_all, run_checks

STORIES = Path(__file__).resolve().parent.parent / "fixtures" / "stories"


def _garbage_after(paths: list[Path]) -> int:
    """Objects only the cycle collector could free after analysing and checking ``paths`` (kept off
    until counted, so that no automatic pass frees them first)."""
    gc.collect()
    gc.disable()
    try:
        docs = [load_document(str(p)) for p in paths]
        run_checks(analyse_all(docs), within=True)
        del docs
        return gc.collect()
    finally:
        gc.enable()


def test_what_a_run_leaves_the_collector_does_not_grow_with_its_input() -> None:
    paths = sorted(STORIES.glob("*/*.txt"))
    assert len(paths) >= 20
    _garbage_after(paths[:4])  # first use: caches and lazily built tables
    few = _garbage_after(paths[:4])
    many = _garbage_after(paths * 3)
    assert many <= few + 50, (few, many)


def test_the_library_leaves_the_collector_as_its_caller_set_it() -> None:
    assert gc.isenabled()
    docs = [load_document(str(p)) for p in sorted(STORIES.glob("*/*.txt"))[:2]]
    run_checks(analyse_all(docs))
    assert gc.isenabled()

