"""Normalization for matching, with a map back to the original offsets.

Curly quotes become straight, dashes become "-", runs of whitespace one space,
and NFKC folds compatibility forms ("ﬁ", full-width digits). ``positions[i]`` is
the offset in the original text of normalized character ``i``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_TRANSLATE = {
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‘’‚‛′`´", "'"),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    "…": "...",
}


@dataclass(frozen=True)
class Normalized:
    text: str
    positions: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of normalized ``[start, end)``."""
        if start >= end:
            at = self.positions[start] if start < len(self.positions) else (self.positions[-1] + 1 if self.positions else 0)
            return at, at
        return self.positions[start], self.positions[end - 1] + 1


def normalize(text: str) -> Normalized:
    out: list[str] = []
    pos: list[int] = []
    space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                pos.append(i)
            space = True
            continue
        space = False
        mapped = _TRANSLATE.get(ch)
        if mapped is None:
            mapped = unicodedata.normalize("NFKC", ch) if ord(ch) > 127 else ch
        for piece in mapped:
            out.append(piece)
            pos.append(i)
    if out and out[-1] == " ":
        out.pop()
        pos.pop()
    return Normalized("".join(out), tuple(pos))


def fold(text: str) -> str:
    """Normalized and lower-cased: the form two passages are compared in."""
    return normalize(text).text.lower()
