"""Work run in forked processes that inherit this one's memory: nothing is sent to them, only results back.

A child pickles each result into an in-memory file of its own and sends only where it lies
through a pipe. Through the pipe itself, a result of megabytes would go 64 KB at a time, and
each time the child would wait for this process's interpreter to be free to read the next
part: while this process works, that is one switch interval (5 ms) a part.
"""

from __future__ import annotations

import gc
import os
import pickle
import struct
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

T = TypeVar("T")

# One result's place, as a child sends it: the child, the item, where its pickle starts in the
# child's file, and its length (negative when the item raised and the pickle is the exception).
# Far below the pipe's atomic write size, so children writing at once never interleave.
_PLACE = struct.Struct("<qqqq")


def can_fork() -> bool:
    """Whether this platform starts processes by forking (not Windows, where a child must be sent all it reads)."""
    return hasattr(os, "fork")


# How a child's body hands over one item: ``give(item, work)`` runs ``work`` and sends back its
# result, or its exception and answers False (the child then stops).
Give = Callable[[int, Callable[[], Any]], bool]


class ChildLost(RuntimeError):
    """A forked process ended without giving back every result it took on."""


class _Children:
    """Forked processes, each with its results file, and what they have given back so far."""

    def __init__(self) -> None:
        self._read, self._write = os.pipe()
        self._files: list[int] = []
        self._pids: list[int] = []
        self._places: dict[int, tuple[int, int, int]] = {}  # item -> (child, offset, length)
        self._fresh: list[int] = []  # items given back and not yet told by ``arrived``
        self._closed = False

    def start(self, body: Callable[[Give], None]) -> None:
        """Fork a child that runs ``body(give)``."""
        file = _memory_file()
        self._files.append(file)
        child = len(self._files) - 1
        pid = os.fork()
        if pid:
            self._pids.append(pid)
            return
        code = 0
        try:
            # The children are the pipeline's own: their cycle collector is off, for analysis makes
            # no reference cycles (tests/test_pipeline_memory.py) and its passes were pure cost.
            gc.disable()
            os.close(self._read)
            body(lambda item, work: _give(self._write, file, child, item, work))
        except BaseException:  # interrupted with the whole command; the parent reports it
            code = 1
        finally:
            os._exit(code)  # nothing of this process's exit handlers or buffers is run twice

    def started(self) -> None:
        """Every child is forked: this process keeps no end of the pipe to write, so the pipe
        ends when they all have."""
        os.close(self._write)
        self._closed = True

    def arrived(self) -> list[int]:
        """The items given back since the last call, looked for without waiting."""
        os.set_blocking(self._read, False)
        try:
            self._receive(wait=False)
        finally:
            os.set_blocking(self._read, True)
        fresh, self._fresh = self._fresh, []
        return fresh

    def result(self, item: int) -> Any:
        """The result of ``item``, waited for; its exception raised here if it raised one there."""
        while item not in self._places:
            if not self._receive(wait=True):
                raise ChildLost("a worker process ended before giving back all its work")
        child, offset, length = self._places[item]
        value = pickle.loads(_read_at(self._files[child], abs(length), offset))
        if length < 0:
            raise value
        return value

    def _receive(self, wait: bool) -> bool:
        """Read the places sent; False at the pipe's end (every child gone) with none read."""
        got = False
        while True:
            try:
                data = os.read(self._read, _PLACE.size * 256)
            except BlockingIOError:
                return got
            if not data:
                return got
            while len(data) % _PLACE.size:  # a whole place is written at once; read on to its end
                data += os.read(self._read, _PLACE.size - len(data) % _PLACE.size)
            for child, item, offset, length in _PLACE.iter_unpack(data):
                self._places[item] = (child, offset, length)
                self._fresh.append(item)
            got = True
            if wait:
                return got

    def close(self) -> None:
        """End every child still running (work no longer wanted) and free their files."""
        import signal

        for pid in self._pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(pid, 0)
        for fd in (self._read, *self._files, *(() if self._closed else (self._write,))):
            os.close(fd)


def _memory_file() -> int:
    """A file in memory (a temporary one where the platform has none), gone when closed."""
    if hasattr(os, "memfd_create"):
        return os.memfd_create("factcheck-results", os.MFD_CLOEXEC)
    import tempfile

    return os.dup(tempfile.TemporaryFile().fileno())


def _give(pipe: int, file: int, child: int, item: int, work: Callable[[], Any]) -> bool:
    try:
        value, ok = work(), True
    except Exception as error:  # sent back, raised where the result is read
        value, ok = error, False
    try:
        blob = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    except Exception as error:
        blob, ok = pickle.dumps(RuntimeError(f"a worker's result could not be sent back: {error}")), False
    offset = os.lseek(file, 0, os.SEEK_END)
    view = memoryview(blob)
    while view:
        view = view[os.write(file, view):]
    os.write(pipe, _PLACE.pack(child, item, offset, len(blob) if ok else -len(blob)))
    return ok


def _read_at(file: int, length: int, offset: int) -> bytes:
    parts = []
    while length:
        part = os.pread(file, length, offset)
        if not part:
            raise ChildLost("a worker process's results file ended early")
        parts.append(part)
        length -= len(part)
        offset += len(part)
    return b"".join(parts)


class Outcome(Generic[T]):
    """One job's result, read from its forked process when asked for."""

    def __init__(self, children: _Children, item: int) -> None:
        self._children, self._item = children, item

    def result(self) -> T:
        return self._children.result(self._item)


@contextmanager
def forked(*jobs: Callable[[], Any]) -> Iterator[list[Outcome[Any]]]:
    """Run ``jobs`` one after the other in one forked process, with this process's memory as it is
    when the block opens; the outcomes give their results in order (the first can be read while
    the next runs), and a job's exception is raised where its result is read. Jobs may be
    closures: only what they return is pickled. Leaving the block ends the process."""
    children = _Children()
    try:
        def run(give: Give) -> None:
            for k, job in enumerate(jobs):
                if not give(k, job):
                    return

        children.start(run)
        children.started()
        yield [Outcome(children, k) for k in range(len(jobs))]
    finally:
        children.close()


def shared(work: Callable[[int], T], count: int, processes: int,
           done: Callable[[int], None] | None = None) -> list[T]:
    """``[work(k) for k in range(count)]``, by this process and ``processes - 1`` forked ones.

    The forked ones take items from the front and this one from the back, each the next
    no one has taken, so no process waits while another works and this process's own
    results are never sent; ``done(k)`` is told of each item as it is finished, here or there.
    """
    import multiprocessing

    bounds = multiprocessing.get_context("fork").Array("q", [0, count])  # next from the front, end of the rest

    def take(front: bool) -> int | None:
        with bounds.get_lock():
            first, end = bounds[0], bounds[1]
            if first >= end:
                return None
            if front:
                bounds[0] = first + 1
                return first
            bounds[1] = end - 1
            return end - 1

    def take_front(give: Give) -> None:
        while (k := take(True)) is not None and give(k, lambda k=k: work(k)):
            pass

    children = _Children()
    results: dict[int, T] = {}
    try:
        for _ in range(min(processes, count) - 1):  # no more processes than items
            children.start(take_front)
        children.started()
        while (k := take(False)) is not None:
            results[k] = work(k)
            _tell(done, [k, *children.arrived()])
        for k in range(count):
            if k not in results:
                results[k] = children.result(k)
                _tell(done, children.arrived())
        return [results[k] for k in range(count)]
    finally:
        children.close()


def _tell(done: Callable[[int], None] | None, items: Sequence[int]) -> None:
    if done is not None:
        for item in items:
            done(item)
