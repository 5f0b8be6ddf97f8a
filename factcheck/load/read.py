"""Reading a file's bytes into text, refusing what is not a news article."""

from __future__ import annotations

import errno
import os
import stat
import sys

from factcheck.errors import InputError

# Far beyond any article (a long feature is 50 KB), and what the whole pipeline finishes in
# well under a minute on a two-core machine (about 7 s per MB of real news; see bench_hostile.py).
DEFAULT_MAX_BYTES = 2 * 1024 * 1024


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def read_text(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Return the decoded text of ``path`` (``-`` for standard input), BOM removed.

    Every refusal is an InputError with a one-line reason, so the CLI can print it
    and exit 2 instead of showing a traceback.
    """
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "standard input"
    else:
        name = path
        try:
            info = os.stat(path)
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise InputError(f"{path}: a loop of symbolic links") from None
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path}: is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or device would block the read, possibly for ever.
            raise InputError(f"{path}: is {_special_kind(info.st_mode)}, not a regular file")
        try:
            size = info.st_size
            if size > max_bytes:
                raise InputError(f"{path}: file is {size:,} bytes, over the {max_bytes:,}-byte limit")
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: input is over the {max_bytes:,}-byte limit")
    if data.startswith((b"\xff\xfe\0\0", b"\0\0\xfe\xff")):
        raise InputError(f"{name}: is UTF-32 text; save it as UTF-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: is UTF-16 text; save it as UTF-8")
    if b"\0" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{name}: file is empty")
    return text
