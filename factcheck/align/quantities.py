"""Pairs of quantities that count or measure the same thing, for the ``number`` check.

Quantities are blocked on (counted noun, dimension) and (event, dimension), so only
numbers of the same thing in comparable units meet; each candidate is then scored
with rapidfuzz on the sentences around the two numbers. Work grows with the number
of quantities, not with its square.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from factcheck.align.index import candidate_pairs
from factcheck.extract.numbers import dimension, split_counted
from factcheck.facts import DocFacts, Located, Pair
from factcheck.model import Quantity

_WINDOW = 120
SAME_NOUN = 1.0
SAME_EVENT_ONLY = 0.7


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


def context(item: Located[Quantity]) -> str:
    """The sentence holding the quantity, or a window of text around it."""
    q = item.fact
    sent = item.doc.sentence_at(q.start)
    if sent is not None:
        return sent.text
    view = item.doc.view
    return view[max(0, q.start - _WINDOW) : q.end + _WINDOW]


def _same_sentence(a: Located[Quantity], b: Located[Quantity]) -> bool:
    if a.facts is not b.facts:
        return False
    sa, sb = a.doc.sentence_at(a.fact.start), b.doc.sentence_at(b.fact.start)
    if sa is not None and sb is not None:
        return sa == sb
    lo, hi = sorted((a.fact, b.fact), key=lambda q: q.start)
    return "." not in a.doc.view[lo.end : hi.start]


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
        out.append(Pair(a, b, round(agree * (0.6 + 0.4 * sim), 3)))
    return out
