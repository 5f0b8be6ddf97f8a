"""Writing reports and baselines: never onto an input, and never half a file.

Every path the tool writes goes through ``guard`` (refused when it is, or lies inside,
something being read) and ``write_atomic`` (a temporary file beside the target, renamed
into place), so an interrupted run leaves the old file or the whole new one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable

from factcheck.errors import InputError


def _real(path: str) -> str:
    return os.path.realpath(os.path.abspath(path))


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # different drives
        return False


def guard(target: str, inputs: Iterable[str], folders: Iterable[str] = (), *, option: str) -> None:
    """Refuse ``target`` when it resolves to an input file or lies inside a folder being read."""
    real = _real(target)
    for path in inputs:
        if path == "-":
            continue
        same = _real(path) == real
        if not same and os.path.exists(target) and os.path.exists(path):
            try:
                same = os.path.samefile(target, path)
            except OSError:
                same = False
        if same:
            raise InputError(f"{option} {target}: that is an input file ({path}); it is never overwritten")
    for folder in folders:
        if _inside(real, _real(folder)):
            raise InputError(f"{option} {target}: that lies inside {folder}, a folder being read as sources")


def write_atomic(path: str, text: str, *, what: str = "the report") -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder, renamed into place."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".factcheck-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write {what} ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise InputError(f"{path}: cannot write {what} ({exc.strerror or exc})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
