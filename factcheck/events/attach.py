"""Which event a fact belongs to, and whether two facts' events are two instances of a kind.

A number, a date or a claim is a fact about an event: the verb nearest it in its
sentence (or, with none near, the nearest event noun). Two facts can contradict each
other only when nothing says their events are two: ``apart`` is that test, read by the
alignment of quantities and claims.
"""

from __future__ import annotations

from factcheck.events.identity import two_instances
from factcheck.events.model import EventMention
from factcheck.facts import DocFacts

REACH = 80  # characters around a fact searched for its event


def governing(facts: DocFacts, start: int, end: int) -> EventMention | None:
    """The event mention a fact at ``[start, end)`` belongs to: a verb of its sentence first, nearest first."""
    near = facts.event_index.starting_in(max(0, start - REACH), end + REACH)
    sentence = facts.doc.sentence_at(start)
    if sentence is None:
        return None
    best: tuple[int, int, EventMention] | None = None
    for m in near:
        if not (sentence.start <= m.start < sentence.end) or (start <= m.start < end):
            continue
        gap = start - m.end if m.end <= start else m.start - end
        rank = (0 if m.kind == "verb" else 1, gap)
        if best is None or rank < best[:2]:
            best = (*rank, m)
    return best[2] if best else None


def within(facts: DocFacts, start: int, end: int) -> EventMention | None:
    """The event mention a predicate's span holds: its last verb ("has not been [scheduled]")."""
    inside = [m for m in facts.event_index.starting_in(start, end) if m.end <= end]
    verbs = [m for m in inside if m.kind == "verb"]
    return (verbs or inside or [None])[-1]


def apart(a: EventMention | None, b: EventMention | None) -> bool:
    """Whether two facts' events are, by explicit evidence, two events (False when either is unknown)."""
    return a is not None and b is not None and two_instances(a, b)
