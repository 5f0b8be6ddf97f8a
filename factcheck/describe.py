"""Plain words for findings: which file, which source inside it, what the clause says."""

from __future__ import annotations

import os
import re

from factcheck.facts import Located
from factcheck.model import Claim

CLAUSE_WORDS = 16
_LEAD = re.compile(r"^[A-Z][A-Z .'-]+\s+[—–-]\s+")


def file_name(item: Located[object]) -> str:
    return os.path.basename(item.doc.path) or item.doc.path


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
    piece = " ".join(words[lo : lo + CLAUSE_WORDS])
    return ("…" if lo else "") + piece + ("…" if lo + CLAUSE_WORDS < len(words) else "")


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
