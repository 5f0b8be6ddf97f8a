"""Which documents report one story: grouped by the names and figures they share.

Two reports of one event name the same people, places and organisations and repeat its
figures; two events of one kind (two earthquakes, two arrests) name others, or the same
people doing something else (a coach hired, then fired), which the lead's verbs and
nouns tell apart. Each document is a bag of its proper names, its numbers and the
lemmas of its first sentences, weighted by how few documents share each (tf-idf), and
documents are grouped by average link above ``MIN_SIMILARITY``. A
document with too few names to judge is never split from the rest.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from functools import cache

from factcheck.events.model import Names
from factcheck.lang import features, tagger
from factcheck.lexicon import mapping, words
from factcheck.model import Document

MIN_SIMILARITY = 0.05  # chosen on the ECB+ train topics: 91% of same-event pairs together, 94% of others apart
MIN_TERMS = 5
LEAD = 3  # the title and first sentences say what happened: their verbs and nouns count too
LEAD_TAGS = frozenset(("VERB", "NOUN"))


def _bag(doc: Document) -> Counter[str]:
    bag: Counter[str] = Counter()
    for t in doc.tokens:
        if t.upos == "PROPN" and len(t.norm) > 2:
            bag["name:" + t.norm] += 1
        elif t.upos == "NUM":
            bag["figure:" + t.norm] += 1
        elif t.sent < LEAD and t.upos in LEAD_TAGS and len(t.norm) > 2:
            bag["lead:" + t.lemma] += 1
    return bag


def _cosine(a: Counter[str], b: Counter[str], idf: dict[str, float]) -> float:
    dot = sum(v * b[k] * idf[k] ** 2 for k, v in a.items() if k in b)
    na = math.sqrt(sum((v * idf[k]) ** 2 for k, v in a.items()))
    nb = math.sqrt(sum((v * idf[k]) ** 2 for k, v in b.items()))
    return dot / (na * nb) if na and nb else 0.0


def stories(docs: Sequence[Document]) -> list[int]:
    """A story number for each document, in order of first appearance."""
    bags = [_bag(d) for d in docs]
    n = len(docs)
    df = Counter(k for b in bags for k in set(b))
    idf = {k: math.log((n + 1) / (v + 0.5)) for k, v in df.items()}
    groups = [[i] for i in range(n) if sum(bags[i].values()) >= MIN_TERMS]
    loose = [i for i in range(n) if sum(bags[i].values()) < MIN_TERMS]
    # Average link over a matrix of summed similarities between groups: O(n³) for n documents.
    total = [[_cosine(bags[ga[0]], bags[gb[0]], idf) for gb in groups] for ga in groups]
    alive = list(range(len(groups)))
    while len(alive) > 1:
        best = max(((total[a][b] / (len(groups[a]) * len(groups[b])), a, b)
                    for x, a in enumerate(alive) for b in alive[x + 1:]))
        if best[0] < MIN_SIMILARITY:
            break
        _, a, b = best
        groups[a] = sorted(groups[a] + groups[b])
        for c in alive:
            total[a][c] += total[b][c]
            total[c][a] = total[a][c]
        alive.remove(b)
    groups = [groups[a] for a in alive]
    if loose:
        if groups:
            groups[0] = sorted(groups[0] + loose)
        else:
            groups = [loose]
    label = {i: k for k, g in enumerate(sorted(groups)) for i in g}
    order: dict[int, int] = {}
    return [order.setdefault(label[i], len(order)) for i in range(n)]


CENTRAL_NAMES = 5  # a report's most-named people, places and organisations
OWN_NAMES = 4  # of them, how many the other report must never name
FEWEST_NAMES = 3  # a report naming fewer is never told apart; one naming fewer than CENTRAL_NAMES, by all of them


@cache
def _generic_names() -> frozenset[str]:
    """Capitalized words that name no one: company designators, months, weekdays."""
    return words("events_generic_names.txt") | frozenset(mapping("dates_months.txt")) | frozenset(
        mapping("dates_weekdays.txt"))


def _common_word(norm: str) -> bool:
    """A word the treebank knows as something other than a name too ("revenue", "officials")."""
    seen = tagger.load().classes.get(features.fold(norm))
    return seen is not None and seen != "PROPN"


def _central_candidates(doc: Document) -> Counter[str]:
    """The names a report repeats: proper nouns, generic ones aside ("Corp.", "Nov."), and not a
    common word capitalized only where it opens a sentence ("Revenue rose 21%")."""
    tokens, inside = doc.tokens, doc.capitalized
    generic = _generic_names()
    return Counter(t.norm for t in tokens if t.upos == "PROPN" and len(t.norm) > 2 and t.text[:1].isupper()
                   and t.norm.rstrip(".") not in generic and (t.norm in inside or not _common_word(t.norm)))


def names_of(doc: Document) -> Names:
    """Who and where a report's event is, as the article itself weighs them, made once per document."""
    counts = _central_candidates(doc)
    every = frozenset(t.norm for t in doc.tokens if t.upos == "PROPN")
    typed = _instance_names(doc)
    most: dict[str, str] = {}
    for (kind, name), _ in sorted(typed.items(), key=lambda kv: (-kv[1], kv[0])):
        most.setdefault(kind, name)
    instance, instances = tuple(sorted(most.items())), frozenset(typed)
    if len(counts) < FEWEST_NAMES:
        return Names(None, every, instance, instances)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return Names(frozenset(name for name, _ in ranked[:CENTRAL_NAMES]), every, instance, instances)


def _instance_names(doc: Document) -> Counter[tuple[str, str]]:
    """How often each instance-identifying name is given: a capitalised kind word before a name or
    number ("INS Sukanya", "Hurricane Katrina", "Flight 17")."""
    kinds = words("events_instance_names.txt")
    toks = doc.tokens
    found: Counter[tuple[str, str]] = Counter()
    for t, u in zip(toks, toks[1:]):
        if t.norm in kinds and t.text[:1].isupper() and u.sent == t.sent and (
                u.upos == "PROPN" and u.text[:1].isupper() or u.upos == "NUM" and u.text[:1].isdigit()):
            found[(t.norm, u.norm)] += 1
    return found


def _other_instances(a: Names, b: Names) -> bool:
    """Two reports whose most-named ship, storm or flight of one kind differs, neither naming the
    other's and the two sharing no such name ("INS Mysore" and "MV Gibe" against "INS Sukanya")."""
    if a.instances & b.instances:
        return False
    mine, theirs = dict(a.instance), dict(b.instance)
    return any(mine[k] != theirs[k] and mine[k] not in b.every and theirs[k] not in a.every
               for k in mine.keys() & theirs.keys())


def other_stories(a: Names, b: Names) -> bool:
    """Whether two reports are of two different events: almost none of either's central names
    (``OWN_NAMES`` of ``CENTRAL_NAMES``, or all of a short report's three or four) appears anywhere in
    the other. Two reports of one event name its people and places (on ECB+, 2–3% of the pairs
    about one event are split this way and none of them had a finding); two events of one kind,
    each with its own people and places, often are (more than half of those pairs)."""
    if _other_instances(a, b):
        return True
    if a.central is None or b.central is None:
        return False
    return (len(a.central - b.every) >= min(OWN_NAMES, len(a.central))
            and len(b.central - a.every) >= min(OWN_NAMES, len(b.central)))
