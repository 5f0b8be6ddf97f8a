"""Pairs of quantities that count or measure the same thing, for the ``number`` check.

Quantities are blocked on (counted noun, dimension) and (event, dimension), so only
numbers of the same thing in comparable units meet; each candidate is then scored
with rapidfuzz on the sentences around the two numbers. Work grows with the number
of quantities, not with its square.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from factcheck.align.index import candidate_pairs
from factcheck.extract.numbers import dimension, split_counted
from factcheck.facts import DocFacts, Located, Pair
from factcheck.model import Quantity

_WINDOW = 300
_DIGITS = re.compile(r"\d[\d,.]*")
_STOPS = re.compile(r"[.!?]\s")
SAME_NOUN = 1.0
SAME_EVENT_ONLY = 0.7
MIN_SIMILARITY = 0.45  # sentences about the same thing across sources
MIN_SIMILARITY_WITHIN = 0.6  # one article names many amounts of one noun; restatements read alike


def _keys(item: Located[Quantity]) -> list[Hashable]:
    c = split_counted(item.fact.counted)
    if c.part:
        return []  # a subset ("two of the miners") is never the whole count
    dim = dimension(item.fact.unit)
    keys: list[Hashable] = []
    if c.noun:
        keys.append(("noun", c.noun, dim))
    if c.event:
        keys.append(("event", c.event, dim))
    return keys


def agreement(a: Quantity, b: Quantity) -> float:
    """How surely two quantities count the same thing, from noun and event alone (0 = not at all).

    Different nouns or events, or an event on one side only ("11 miners were rescued"
    against "the mine's 300 miners"), mean different counts.
    """
    ca, cb = split_counted(a.counted), split_counted(b.counted)
    if ca.part or cb.part or dimension(a.unit) != dimension(b.unit):
        return 0.0
    if ca.noun and cb.noun and ca.noun != cb.noun:
        return 0.0
    if (ca.event is None) != (cb.event is None) or ca.event != cb.event:
        return 0.0
    if ca.noun and cb.noun:
        return SAME_NOUN
    return SAME_EVENT_ONLY if ca.event else 0.0


def context_span(item: Located[Quantity]) -> tuple[int, int]:
    """The sentence holding the quantity, or failing that the text between the stops around it."""
    q = item.fact
    sent = item.doc.sentence_at(q.start)
    if sent is not None:
        return sent.start, sent.end
    view = item.doc.view
    lo = max(0, q.start - _WINDOW)
    before = [m.end() for m in _STOPS.finditer(view, lo, q.start)]
    after = _STOPS.search(view, q.end, min(len(view), q.end + _WINDOW))
    return (before[-1] if before else lo), (after.start() + 1 if after else min(len(view), q.end + _WINDOW))


def context(item: Located[Quantity]) -> str:
    """The sentence around the quantity with its figures blanked, for scoring."""
    start, end = context_span(item)
    return _DIGITS.sub(" ", item.doc.view[start:end])


def _same_sentence(a: Located[Quantity], b: Located[Quantity]) -> bool:
    return a.facts is b.facts and context_span(a) == context_span(b)


def quantity_pairs(facts: Sequence[DocFacts], *, within: bool = False) -> list[Pair[Quantity]]:
    """Candidate pairs of quantities about the same thing, across documents (and inside one if ``within``)."""
    items = [Located(f, q) for f in facts for q in f.quantities]
    ids = {id(f): n for n, f in enumerate(facts)}
    out: list[Pair[Quantity]] = []
    contexts: dict[int, str] = {}
    for a, b, _shared in candidate_pairs(items, _keys, group=lambda x: ids[id(x.facts)], same_group=within):
        agree = agreement(a.fact, b.fact)
        if agree == 0.0 or _same_sentence(a, b):
            continue
        ta = contexts.setdefault(id(a), context(a))
        tb = contexts.setdefault(id(b), context(b))
        sim = fuzz.token_set_ratio(ta, tb, processor=default_process) / 100.0
        if sim < (MIN_SIMILARITY_WITHIN if a.facts is b.facts else MIN_SIMILARITY):
            continue
        out.append(Pair(a, b, round(agree * sim, 3)))
    return out
