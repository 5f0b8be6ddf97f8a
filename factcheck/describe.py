"""Plain words for findings: which file, which source inside it, what the clause says."""

from __future__ import annotations

import os
import re

from factcheck.facts import Located
from datetime import date

from factcheck.model import Claim, Quantity

CLAUSE_WORDS = 16
_LEAD = re.compile(r"^[A-Z][A-Z .'-]+\s+[—–-]\s+")


def file_name(item: Located[object]) -> str:
    return os.path.basename(item.doc.path) or item.doc.path


def quantity_phrase(item: Located[Quantity]) -> str:
    """A figure with the event after it, as written ("nine miners died"), lower-cased at the start."""
    q = item.fact
    text = " ".join(item.doc.view[q.start : q.phrase_end or q.end].split())
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


def earlier_and_later(a: Located[Quantity], b: Located[Quantity], order: int) -> tuple[Located[Quantity], Located[Quantity]]:
    """The two sides in publication order (``order`` 1: ``b`` is later, -1: ``a`` is)."""
    return (a, b) if order > 0 else (b, a)


def day(d: date) -> str:
    """A publication day as a reader writes it: "15 April 2026"."""
    return f"{d.day} {d:%B %Y}"


def voice(claim: Claim) -> str:
    """Who asserts the claim: a named source or the article itself."""
    return claim.source if claim.source else "the article"


def clause(item: Located[Claim]) -> str:
    """The clause around the predicate, without a wire dateline, clipped to a readable length."""
    c = item.fact
    text = _LEAD.sub("", " ".join(c.text.split())).strip(" ,.;:—–")
    words = text.split()
    if len(words) <= CLAUSE_WORDS:
        return text
    pred = item.doc.view[c.pred_start:c.pred_end].split()
    head = pred[0] if pred else ""
    at = next((i for i, w in enumerate(words) if head and head in w), 0)
    lo = max(0, min(at - CLAUSE_WORDS // 3, len(words) - CLAUSE_WORDS))
    lo = _phrase_start(words, lo, at)
    hi = _phrase_end(words, at, min(len(words), lo + CLAUSE_WORDS))
    piece = " ".join(words[lo:hi]).strip(" ,;:—–")
    return ("…" if lo else "") + piece + ("…" if hi < len(words) else "")


def _phrase_start(words: list[str], lo: int, at: int) -> int:
    """Start the excerpt after the last phrase boundary before the predicate (a comma, "that"),
    so it never opens in the middle of a name or a phrase; else at ``lo``."""
    for i in range(at - 1, max(lo, at - CLAUSE_WORDS + 4) - 2, -1):
        if i < 0:
            break
        if words[i].endswith((",", ";", ":")) or words[i].lower() in _OPENERS:
            return i + 1
    return lo


def _phrase_end(words: list[str], at: int, hi: int) -> int:
    """End the excerpt at the last phrase boundary inside it, when one falls after the predicate."""
    for i in range(hi - 1, at, -1):
        if words[i].endswith((",", ";", ":")):
            return i + 1
    return hi


_OPENERS = frozenset({"that", "whether", "because", "while", "after", "before", "when"})


def says(item: Located[Claim]) -> str:
    """"in wire-a.txt, Oskar Dalle says …" or "wire-b.txt says …"."""
    c = item.fact
    if c.source:
        return f"in {file_name(item)}, {c.source} says {clause(item)}"
    return f"{file_name(item)} says {clause(item)}"


def two_sides(a: Located[Claim], b: Located[Claim]) -> str:
    """One sentence with both passages: who says what, in which file."""
    if a.facts is b.facts:
        text = f"in {file_name(a)}, {voice(a.fact)} says {clause(a)}; {voice(b.fact)} says {clause(b)}"
    else:
        text = f"{says(a)}; {says(b)}"
    return (text[0].upper() + text[1:] if text.startswith("in ") else text) + "."
