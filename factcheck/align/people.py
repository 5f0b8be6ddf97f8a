"""Pairs of titled mentions of one person in different documents (or one, for lint)."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.align.index import DocsApart, candidate_pairs, items_apart
from factcheck.extract.people import name_key, same_person
from factcheck.extract.titles import canonical_title, clash, past_office, title_span
from factcheck.facts import DocFacts, Located, Pair, TitleMatch
from factcheck.model import PersonMention


def people_pairs(facts: Sequence[DocFacts], *, within: bool = False,
                 apart: DocsApart | None = None) -> list[Pair[PersonMention]]:
    """The same person, both mentions carrying a title; one pair per document pair and title pair."""
    items: list[tuple[int, Located[PersonMention]]] = []
    seen_in_doc: set[tuple[int, str, str]] = set()
    for d, f in enumerate(facts):
        for p in f.people:
            if not p.title:
                continue
            key = (d, p.name, " ".join(p.title.lower().split()))
            if key in seen_in_doc:
                continue  # the first mention of each title per document stands for the rest
            seen_in_doc.add(key)
            items.append((d, Located(f, p)))
    out: list[Pair[PersonMention]] = []
    for x, y, _ in candidate_pairs(items, lambda it: (name_key(it[1].fact.name),), group=lambda it: it[0],
                                   same_group=within, apart=items_apart(apart, lambda it: it[1].facts)):
        a, b = x[1].fact, y[1].fact
        if x[0] == y[0] and a.name != b.name:
            continue
        if not same_person(a.name, b.name):
            continue
        score = 1.0 if len(a.name.split()) > 1 and len(b.name.split()) > 1 else 0.8
        out.append(Pair(x[1], y[1], score, _titles(x[1], y[1])))
    return out


def _titles(x: Located[PersonMention], y: Located[PersonMention]) -> TitleMatch:
    a, b = x.fact, y.fact
    assert a.title and b.title
    oa, ob = canonical_title(a.title)[0], canonical_title(b.title)[0]
    past = past_office(x.facts.people, a.name, ob) or past_office(y.facts.people, b.name, oa)
    return TitleMatch(clash(a.title, b.title), past, title_span(x.doc.view, a), title_span(y.doc.view, b))
