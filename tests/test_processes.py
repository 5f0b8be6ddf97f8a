"""Forked processes give back results in order, raise what their work raised, and never hang."""

from __future__ import annotations

import os
import signal
import time

import pytest

from factcheck.processes import ChildLost, can_fork, forked, shared

pytestmark = pytest.mark.skipif(not can_fork(), reason="the platform cannot fork")


def test_forked_jobs_see_this_process_memory_and_give_back_large_results_in_order() -> None:
    words = [f"word{k}" for k in range(200_000)]  # several megabytes pickled: more than a pipe holds
    with forked(lambda: words[::-1], lambda: os.getpid()) as (reversed_words, pid):
        assert pid.result() != os.getpid()
        assert reversed_words.result() == words[::-1]


def test_a_forked_job_that_raises_raises_where_its_result_is_read() -> None:
    def fails() -> int:
        raise ValueError("no such sentence")

    with forked(fails, lambda: 1) as (failed, _):
        with pytest.raises(ValueError, match="no such sentence"):
            failed.result()


def test_a_forked_process_killed_midway_is_reported_not_waited_for() -> None:
    def dies() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    started = time.monotonic()
    with forked(dies) as (lost,):
        with pytest.raises(ChildLost):
            lost.result()
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("processes", [1, 2, 3])
def test_shared_work_comes_back_in_order_and_each_item_is_told_once(processes: int) -> None:
    told: list[int] = []

    def work(k: int) -> tuple[int, int]:
        time.sleep(0.005)  # long enough that no process takes every item before the others start
        return k, os.getpid()

    out = shared(work, 40, processes, told.append)
    assert [k for k, _ in out] == list(range(40))
    assert sorted(told) == list(range(40))
    here = [k for k, pid in out if pid == os.getpid()]
    assert here and here == list(range(40 - len(here), 40))  # this process took its share from the back
    assert len({pid for _, pid in out}) <= processes


def test_shared_work_that_raises_in_a_forked_process_raises_here() -> None:
    parent = os.getpid()

    def work(k: int) -> int:
        if os.getpid() != parent and k == 0:
            raise KeyError("item 0")
        time.sleep(0.01)
        return k

    with pytest.raises(KeyError, match="item 0"):
        shared(work, 10, 2)
