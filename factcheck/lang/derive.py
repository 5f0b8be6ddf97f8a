"""Derivational relatives: the verbs an event noun is made from ("nomination" -> "nominate").

A verb in one article and its nominalization in another ("was nominated" / "the
nomination") name one event as surely as one lemma does. The suffix rules
(``en/derivation_suffixes.txt``) over-generate on purpose: a candidate matters only when
it is another mention's lemma, so "station" -> "state" never meets a mention of stating.
"""

from __future__ import annotations

from functools import cache

from factcheck.lang import data

SUFFIXES = "derivation_suffixes.txt"
IRREGULAR = "derivation_irregular.txt"
MIN_STEM = 2


@cache
def _suffixes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = []
    for suffix, endings in data.table(SUFFIXES).items():
        rows.append((suffix, tuple("" if e == "-" else e for e in endings)))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _irregular() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in data.entries(IRREGULAR):
        verb, *nouns = line.lower().split()
        for noun in nouns:
            out.setdefault(noun, set()).add(verb)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def verbs_of(noun: str, min_stem: int = MIN_STEM) -> frozenset[str]:
    """The verbs ``noun`` (a lemma) may be derived from, by rules leaving at least ``min_stem``
    letters; empty for a noun that is no nominalization."""
    noun = noun.lower()
    found = set(_irregular().get(noun, ()))
    for suffix, endings in _suffixes():
        if not noun.endswith(suffix) or len(noun) - len(suffix) < min_stem:
            continue
        stem = noun[: -len(suffix)]
        stems = {stem}
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
            stems.add(stem[:-1])  # stoppage -> stop, robbery -> rob
        found |= {s + e for s in stems for e in endings}
    found.discard(noun)
    return frozenset(found)


def related(a: str, b: str) -> bool:
    """Whether two lemmas are one word or a verb and its nominalization ("resign", "resignation")."""
    return a == b or b in verbs_of(a) or a in verbs_of(b)
