"""Word lists under ``factcheck/lang/en/``: one concept per file, one entry per line, ``#`` comments."""

from __future__ import annotations

from functools import cache
from importlib import resources

PACKAGE = "factcheck.lang.en"


def read_bytes(name: str) -> bytes:
    """A shipped file's raw bytes (the tagger's model, for one)."""
    return resources.files(PACKAGE).joinpath(name).read_bytes()


@cache
def entries(name: str) -> tuple[str, ...]:
    """Non-blank lines with comments removed, in file order."""
    raw = resources.files(PACKAGE).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """The entries as a lower-cased set."""
    return frozenset(e.lower() for e in entries(name))


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """``key = value ...`` lines as key -> the value's space-separated fields (key lower-cased)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in entries(name):
        key, _, value = line.partition("=")
        out[key.strip().lower()] = tuple(value.split())
    return out
