"""Word lists shipped in ``factcheck/data/``, loaded once.

Files are UTF-8 text, one entry per line; ``#`` starts a comment and blank
lines are skipped. Knowledge lives there, not in code, so users can read and
extend it.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources

_EXTRA: dict[str, tuple[str, ...]] = {}


def _lines(name: str) -> list[str]:
    raw = resources.files("factcheck.data").joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out + list(_EXTRA.get(name, ()))


def extend(name: str, lines: tuple[str, ...] | list[str]) -> None:
    """Add entries (in the file's own format) to a shipped list, e.g. from a user's configuration.

    Every table cached from the word lists is rebuilt on next use, so the additions
    reach the extractors and checks that read them.
    """
    _EXTRA[name] = (*_EXTRA.get(name, ()), *lines)
    for module_name, module in list(sys.modules.items()):
        if module_name == "factcheck" or module_name.startswith("factcheck."):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


def reset() -> None:
    """Drop every addition made with ``extend``."""
    if _EXTRA:
        names = list(_EXTRA)
        _EXTRA.clear()
        extend(names[0], ())


@cache
def words(name: str) -> frozenset[str]:
    """A set of lower-cased entries, e.g. ``words("negation.txt")``."""
    return frozenset(line.lower() for line in _lines(name))


@cache
def entries(name: str) -> tuple[str, ...]:
    """Entries in file order, case kept."""
    return tuple(_lines(name))


@cache
def mapping(name: str, sep: str = "=") -> dict[str, str]:
    """``key = value`` lines as a dict with lower-cased keys."""
    out: dict[str, str] = {}
    for line in _lines(name):
        key, _, value = line.partition(sep)
        out[key.strip().lower()] = value.strip()
    return out


@cache
def groups(name: str, sep: str = "=") -> dict[str, tuple[str, ...]]:
    """``head = a, b, c`` lines as head -> members (lower-cased)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _lines(name):
        head, _, rest = line.partition(sep)
        out[head.strip().lower()] = tuple(m.strip().lower() for m in rest.split(",") if m.strip())
    return out


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """A list in ``[section]`` parts as section -> entries in file order, case kept ("" before the first)."""
    out: dict[str, list[str]] = {}
    current = ""
    for line in _lines(name):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out.setdefault(current, [])
        else:
            out.setdefault(current, []).append(line)
    return {k: tuple(v) for k, v in out.items()}

