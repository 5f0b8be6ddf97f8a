"""Reading a file's bytes into text, refusing what is not a news article."""

from __future__ import annotations

import os
import sys

from factcheck.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


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
        if not os.path.exists(path):
            raise InputError(f"{path}: no such file")
        if os.path.isdir(path):
            raise InputError(f"{path}: is a directory, not a file")
        try:
            size = os.path.getsize(path)
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
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: is UTF-16 text; save it as UTF-8")
    if b"\0" in data[:8192]:
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
