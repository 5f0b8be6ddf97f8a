"""Same event or not: a scored decision for two mentions, and the grouping of mentions into events.

Two mentions can be one event only when their triggers agree (one lemma, or a shared
synonym hint: "quake" and "earthquake") and nothing says they are two: a cue that one
is another instance ("another attack", "a previous strike", "the second round"), years
that differ, or verbs whose subjects name different people ("DiLeo coached for ten
seasons", "Cheeks coached for eleven"). ``link`` also keeps ids within a story when
told the documents' stories (``stories.stories``). Dates and places that differ by day
or city are *not* evidence of two events: that is what the date and place checks report
as a contradiction once identity holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from factcheck.events.model import Event, EventMention
from factcheck.lang.derive import related, verbs_of

SAME_LEMMA = 1.0
SAME_CLASS = 0.8
MIN_SAME = 0.45


def trigger_match(a: EventMention, b: EventMention) -> float:
    """1 for one lemma or a verb and its nominalization ("resign", "resignation"), 0.8 for a shared synonym hint, else 0."""
    if related(a.lemma, b.lemma):
        return SAME_LEMMA
    if a.classes & b.classes:
        return SAME_CLASS
    return 0.0


def two_instances(a: EventMention, b: EventMention) -> bool:
    """Explicit evidence that two mentions of a kind are two events of that kind."""
    if (a.instance == "other") != (b.instance == "other"):
        return True  # the story's event against "another attack", "a previous strike"
    if a.instance and b.instance and a.instance != b.instance:
        return True  # "the first round" against "the second round"
    if a.instance == b.instance == "other" and a.where and b.where and a.where != b.where:
        return True  # two earlier attacks, at Millbrook and near Ashcombe: neither is the story, nor each other
    if a.year and b.year and a.year != b.year:
        return True
    return bool(a.agents and b.agents and not a.agents & b.agents)


def same_event(a: EventMention, b: EventMention) -> float:
    """How surely two mentions are one event (0 = two events, or no evidence they are one)."""
    t = trigger_match(a, b)
    if not t or two_instances(a, b):
        return 0.0
    shared = bool(a.participants & b.participants)
    place = a.where is not None and a.where == b.where
    return round(t * (0.6 + 0.25 * shared + 0.15 * place), 3)


@dataclass
class _Event:
    """What an event's mentions say together, enough to test a new mention against all of them."""

    ident: int
    first: EventMention
    people: set[str] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    instances: set[str | None] = field(default_factory=set)

    def admits(self, m: EventMention) -> bool:
        if m.agents and self.people and not m.agents & self.people:
            return False
        if m.year and self.years and m.year not in self.years:
            return False
        return not self.instances or m.instance in self.instances

    def add(self, m: EventMention) -> None:
        self.people |= m.agents
        if m.year:
            self.years.add(m.year)
        self.instances.add(m.instance)


def _keys(m: EventMention) -> list[Hashable]:
    """The index keys a mention is found by: its lemma, the verbs it may be derived from, its classes."""
    return [("lemma", m.lemma), *(("lemma", v) for v in sorted(verbs_of(m.lemma))),
            *(("class", c) for c in sorted(m.classes))]


def link(mentions: Sequence[Sequence[EventMention]], story: Sequence[int] | None = None) -> list[list[int]]:
    """An event id for every mention of every document; ids are shared across documents of one story.

    Mentions are taken in document and text order and join the first event of their
    story whose trigger agrees and whose mentions all admit them; ``story[d]`` is
    document ``d``'s story (all one story when None).
    """
    events: list[_Event] = []
    by_key: dict[tuple[int, Hashable], list[int]] = defaultdict(list)
    out: list[list[int]] = []
    for d, ms in enumerate(mentions):
        s = story[d] if story is not None else 0
        ids: list[int] = []
        for m in ms:
            chosen = None
            for key in _keys(m):
                for e in by_key.get((s, key), ()):
                    ev = events[e]
                    if ev.admits(m) and same_event(ev.first, m) >= MIN_SAME:
                        chosen = e
                        break
                if chosen is not None:
                    break
            if chosen is None:
                chosen = len(events)
                events.append(_Event(chosen, m))
            for key in _keys(m):
                found = by_key[(s, key)]
                if chosen not in found:
                    found.append(chosen)
            events[chosen].add(m)
            ids.append(chosen)
        out.append(ids)
    return out


LEAD_SENTENCES = 3  # the title and first sentences say what a story is about


def events(mentions: Sequence[Sequence[EventMention]], skip_main: frozenset[str] = frozenset(),
           story: Sequence[int] | None = None) -> list[Event]:
    """The events of several documents, the story's main event first, then by first appearance.

    The main event is the one the leads talk about most: the number of documents whose
    first sentences mention it, then how many of those mentions are verbs or hinted event
    nouns ("resigned", "the vote") rather than other nouns, then all mentions; verbs of
    saying (``skip_main``) are never the main event.
    """
    ids = link(mentions, story)
    members: dict[int, list[tuple[int, EventMention]]] = defaultdict(list)
    for d, (ms, row) in enumerate(zip(mentions, ids)):
        for m, e in zip(ms, row):
            members[e].append((d, m))
    order = sorted(members, key=lambda e: (members[e][0][0], members[e][0][1].start))

    def weight(e: int) -> tuple[int, int, int]:
        lead = [(d, m) for d, m in members[e] if m.sent < LEAD_SENTENCES]
        happenings = sum(1 for _, m in lead if m.kind != "noun" or m.classes)
        return (len({d for d, _ in lead}), happenings, len(members[e]))

    candidates = [e for e in order if members[e][0][1].lemma not in skip_main]
    main = max(candidates, key=lambda e: (weight(e), -order.index(e))) if candidates else None
    if main is not None:
        order.remove(main)
        order.insert(0, main)
    return [Event(f"e{n + 1}", members[e][0][1].lemma, e == main, tuple(members[e])) for n, e in enumerate(order)]
