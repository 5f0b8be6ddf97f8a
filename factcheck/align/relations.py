"""Pairs of named values in one slot, for the ``entity`` check.

Slots are blocked on (holder, relation), so only names given for the same person's
father or the same team's venue meet. A pair is kept only when its two names cannot be
one: not equal once folded, neither inside the other ("Riverside Park" and "Riverside"),
and neither an alias the other article gives ("known locally as the Cauldron").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from factcheck.align.index import DocsApart, candidate_pairs, items_apart
from factcheck.facts import DocFacts, Located, Pair, RelationMatch
from factcheck.model import Relation

_DROP = frozenset({"the", "a", "an"})


def _fold(name: str) -> tuple[str, ...]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return tuple(w for w in "".join(c if c.isalnum() else " " for c in plain).split() if w not in _DROP)


def _inside(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    n = len(a)
    return any(b[i : i + n] == a for i in range(len(b) - n + 1))


def one_name(a: Relation, b: Relation) -> bool:
    """Whether two values can name one person or place: equal, one inside the other, or an alias."""
    names_a = [_fold(a.value), *map(_fold, a.aliases)]
    names_b = [_fold(b.value), *map(_fold, b.aliases)]
    return any(x and y and (_inside(x, y) or _inside(y, x)) for x in names_a for y in names_b)


def relation_pairs(facts: Sequence[DocFacts], *, within: bool = False,
                   apart: DocsApart | None = None) -> list[Pair[Relation]]:
    """Two different names given for one slot, across documents (and inside one if ``within``)."""
    items = [Located(f, r) for f in facts for r in f.relations]
    ids = {id(f): n for n, f in enumerate(facts)}
    out: list[Pair[Relation]] = []
    for a, b, _ in candidate_pairs(items, lambda it: [(it.fact.holder, it.fact.relation)],
                                   group=lambda it: ids[id(it.facts)], same_group=within,
                                   apart=items_apart(apart, lambda it: it.facts)):
        if one_name(a.fact, b.fact):
            continue
        out.append(Pair(a, b, 1.0, RelationMatch(b.fact.slot)))
    return out
