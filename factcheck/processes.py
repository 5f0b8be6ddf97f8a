"""Work run in a second process that inherits this one's memory: nothing is sent to it, only results back."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any

# Worker processes are the pipeline's own: their cycle collector is off, for analysis makes no
# reference cycles (tests/test_pipeline_memory.py) and its passes over their heaps were pure cost.
WORKER_START = gc.disable

_JOBS: tuple[Callable[[], Any], ...] = ()  # what the forked process runs, read after the fork


def can_fork() -> bool:
    """Whether this platform starts processes by forking (not Windows, where a child must be sent all it reads)."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _run(k: int) -> Any:
    return _JOBS[k]()


@contextmanager
def forked(*jobs: Callable[[], Any]) -> Iterator[list[Future[Any]]]:
    """Run ``jobs`` one after the other in one forked process, with this process's memory as it is
    when the block opens; the futures give their results in order (the first can be read while the
    next runs). Jobs may be closures: only what they return is pickled."""
    global _JOBS
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _JOBS = jobs
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"),
                                 initializer=WORKER_START) as pool:
            futures = [pool.submit(_run, k) for k in range(len(jobs))]  # the first forks the worker
            try:
                yield futures
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
    finally:
        _JOBS = ()
