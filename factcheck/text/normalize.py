"""Normalization for matching, with a map back to the original offsets.

Curly quotes become straight, dashes become "-", runs of whitespace one space,
invisible characters (soft hyphen, zero-width space, BOM) go, and NFKC folds
compatibility forms ("ﬁ", full-width digits) and composes accents written as
combining marks. Normalized character ``i`` came from ``text[positions[i]:ends[i]]``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_TRANSLATE = {
    **dict.fromkeys("“”„‟″‶«»〝〞＂", '"'),
    **dict.fromkeys("‘’‚‛′‵‹›`´＇", "'"),
    **dict.fromkeys("‐‑‒–—―−⸺⸻﹘﹣－", "-"),
    "…": "...",
}
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


@dataclass(frozen=True)
class Normalized:
    """Normalized text; ``positions[i]``/``ends[i]`` bound the source of character ``i``."""

    text: str
    positions: tuple[int, ...]
    ends: tuple[int, ...]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of normalized ``[start, end)``."""
        if start >= end:
            if start < len(self.positions):
                return self.positions[start], self.positions[start]
            at = self.ends[-1] if self.ends else 0
            return at, at
        return self.positions[start], self.ends[end - 1]


def _fold_cluster(cluster: str) -> str:
    if cluster.isascii():
        return cluster
    mapped = _TRANSLATE.get(cluster)
    if mapped is not None:
        return mapped
    return "".join(_TRANSLATE.get(c, c) for c in unicodedata.normalize("NFKC", cluster))


def normalize(text: str) -> Normalized:
    """Normalize ``text`` for matching, keeping where each character came from."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _INVISIBLE:
            i += 1
            continue
        if ch.isspace():
            if out and out[-1] == " ":
                ends[-1] = i + 1
            elif out:
                out.append(" ")
                starts.append(i)
                ends.append(i + 1)
            i += 1
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1  # a base letter and its combining accents are folded together
        for piece in _fold_cluster(text[i:j]):
            if piece.isspace():
                piece = " "
            out.append(piece)
            starts.append(i)
            ends.append(j)
        i = j
    if out and out[-1] == " ":
        out.pop()
        starts.pop()
        ends.pop()
    return Normalized("".join(out), tuple(starts), tuple(ends))


def fold(text: str) -> str:
    """Normalized and case-folded: the form two passages are compared in."""
    return normalize(text).text.casefold()
