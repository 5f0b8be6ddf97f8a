"""Pairs of claims about the same thing, across documents and between sources inside one.

Claims are blocked on their predicate and its opposed-predicate frames (for polarity
and certainty), or on the once-only events their dates and places locate (for the
date and place checks); a pair is kept only when the events, the actors and the
wording agree enough. Two claims of one document pair only when different sources
assert them: the article against a source it reports, or two reported sources.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from functools import cache, lru_cache

from rapidfuzz import fuzz

from factcheck.align.index import EVERY, DocsApart, Share, candidate_pairs, items_apart
from factcheck.events.attach import apart, governing, named_event
from factcheck.events.model import EventMention
from factcheck.extract.claims import VERSION
from factcheck.extract.places import relation
from factcheck.lang.chunks import complement_nouns
from factcheck.lang.modality import planning
from factcheck.extract.lexis import once_events
from factcheck.facts import AnchorMatch, ClaimMatch, DocFacts, EventMatch, Located, Pair
from factcheck.lexicon import words
from factcheck.model import Anchor, Claim, PlaceMention

MIN_SCORE = 0.5
MIN_EVENT_WORDING = 0.3  # a shared once-only event still needs some shared words to be the same one
# Inside one article, two mentions of a kind of event are often two events (the embassy
# bombings in Nairobi and in Dar es Salaam): it takes much more shared wording there.
MIN_SAME_ARTICLE_WORDING = 0.6


def _facts_of(item: Located[Claim]) -> DocFacts:
    return item.facts


def _located(facts: Sequence[DocFacts]) -> list[Located[Claim]]:
    return [Located(f, c) for f in facts for c in f.claims]


def _pairs(
    items: list[Located[Claim]],
    keys: Callable[[Located[Claim]], Iterable[Hashable]],
    same_document: bool,
    apart: DocsApart | None,
    share: Share = EVERY,
) -> list[Pair[Claim]]:
    out = []
    events = _Events()
    for a, b in _candidates(items, keys, same_document, apart, share):
        s = score(a.fact, b.fact, a.facts is b.facts)
        if s >= MIN_SCORE and not events.two(a, b) and not events.other_doers(a, b):
            out.append(Pair(a, b, s, ClaimMatch(wording(a.fact, b.fact))))
    return out


class _Events:
    """The event mention each claim's predicate holds, looked up once per claim."""

    def __init__(self) -> None:
        self._seen: dict[int, EventMention | None] = {}
        self._complements: dict[int, frozenset[str]] = {}

    def of(self, item: Located[Claim]) -> EventMention | None:
        key = id(item.fact)
        if key not in self._seen:
            self._seen[key] = item.facts.predicate_event(item.fact.pred_start, item.fact.pred_end)
        return self._seen[key]

    def two(self, a: Located[Claim], b: Located[Claim], complements: bool = True) -> bool:
        """Whether the claims' predicates are, by explicit evidence, about two events of a kind, or done to
        two different things ("the name would be released" and "would not release any details");
        ``complements`` counts what a "to", "for" or "with" phrase names as a thing done to."""
        ma, mb = self.of(a), self.of(b)
        oa, ob = self.objects(a, ma, complements), self.objects(b, mb, complements)
        if oa and ob and not oa & ob:
            return True  # "rejected a media request" and "agreed with Ivana Trump"; "open to cars" and
            # "not open to heavy lorries": done to, or said of, two things
        return apart(ma, mb)

    def objects(self, item: Located[Claim], m: EventMention | None, complements: bool) -> frozenset[str]:
        """What a predicate acts on or holds towards: its object's nouns and names, and (with
        ``complements``) the nouns of a "to", "for" or "with" phrase right after it."""
        theme = frozenset(m.theme.split()) if m is not None and m.theme else frozenset()
        return (theme | self.complement(item)) if complements else theme

    def complement(self, item: Located[Claim]) -> frozenset[str]:
        """The nouns of what a predicate holds towards ("open to [cars, buses]", "closed to [lorries]")."""
        key = id(item.fact)
        if key not in self._complements:
            doc = item.facts.doc
            self._complements[key] = complement_nouns(doc.chunks, bisect_left(doc.token_starts, item.fact.pred_end))
        return self._complements[key]

    def other_doers(self, a: Located[Claim], b: Located[Claim]) -> bool:
        """Deeds done to something by two kinds of actor ("the nurses accepted the offer", "the porters
        rejected a plan"): two deeds. A verb with no object ("a section of tunnel collapsed", "the roof
        collapsed") may name one thing two ways, so it is not told apart by its subject."""
        ma, mb = self.of(a), self.of(b)
        if ma is None or mb is None or not (ma.theme or mb.theme):
            return False
        if named_actors(a.fact) & named_actors(b.fact) or ma.agents & mb.agents:
            return False  # "Rosa Feld and two other members", "she and her two allies": one named actor
        generic = _generic_actors()
        return bool(ma.doer and mb.doer and ma.doer != mb.doer and not {ma.doer, mb.doer} & generic)


def _candidates(items: list[Located[Claim]], keys: Callable[[Located[Claim]], Iterable[Hashable]],
                same_document: bool, apart: DocsApart | None,
                share: Share = EVERY) -> Iterator[tuple[Located[Claim], Located[Claim]]]:
    """Claims sharing a key, of two documents or (with ``same_document``) of two sources of one:
    the article against a source it reports, or two reported sources, never one clause twice."""
    def group(x: Located[Claim]) -> Hashable:
        return (id(x.facts), (x.fact.source or "").lower()) if same_document else id(x.facts)

    for a, b, _ in candidate_pairs(items, keys, group=group, apart=items_apart(apart, _facts_of), share=share):
        if a.facts is not b.facts or a.fact.start != b.fact.start:
            yield a, b


@cache
def _generic_actors() -> frozenset[str]:
    """Actor nouns that may stand for any more particular one ("members", "officials"), as their
    forms in a claim's actors and as the lemmas of an event's doer."""
    return frozenset(f for w in words("claims_generic_actors.txt") for f in (w, w + "s"))


def actors_compatible(a: Claim, b: Claim, same_doc: bool) -> float:
    """1 when the same actors are named, 0 when they differ; "members" or "officials" may be anyone.

    A group subject ("the two leaders") includes the other actor only within one
    article, where both belong to the same account; across articles it says nothing.
    """
    (others_a, xs, va), (others_b, ys, vb) = _actor_parts(a.actors), _actor_parts(b.actors)
    if others_a != others_b:
        return 0.0  # "no one else was injured" speaks of the others, not of "one bomb technician"
    if va and vb and not va & vb:
        return 0.0  # "Internet Explorer 8 is affected", "Internet Explorer 10 is not": two products
    if xs and ys:
        if xs & ys:
            return 1.0
        if a.collective or b.collective:
            return 0.8 if same_doc else 0.5
        return 0.0
    return 0.5


@lru_cache(maxsize=65536)
def _actor_parts(actors: frozenset[str]) -> tuple[bool, frozenset[str], frozenset[str]]:
    """Whether the actors speak of "the others", the actors no generic one stands for, and the
    numbered products among them: read once per set of actors, not once per pair of claims."""
    particular = actors - _generic_actors()
    return (bool(actors & words("claims_exclusive.txt")), particular,
            frozenset(x for x in particular if x.startswith(VERSION)))


def events_compatible(a: Claim, b: Claim, same_doc: bool) -> float:
    """1 when both clauses name a shared event, 0 when they name different ones.

    An event taken from the sentences before a clause counts (0.8) only within one
    article; across articles it is no evidence of what the clause is about.
    """
    if a.events and b.events:
        if not a.events & b.events:
            return 0.0
        if a.inherited or b.inherited:
            return 0.8 if same_doc else 0.3
        return 1.0
    return 0.3


def wording(a: Claim, b: Claim) -> float:
    """How alike the two clauses' content words are (0..1), order ignored."""
    return fuzz.token_set_ratio(_keyword_text(a.keywords), _keyword_text(b.keywords)) / 100


@lru_cache(maxsize=65536)
def _keyword_text(keywords: frozenset[str]) -> str:
    """A clause's content words in one string, in order, made once per set of words."""
    return " ".join(sorted(keywords))


def score(a: Claim, b: Claim, same_doc: bool = False) -> float:
    """How sure we are that two claims are about the same thing."""
    act, ev = actors_compatible(a, b, same_doc), events_compatible(a, b, same_doc)
    if act == 0.0 or ev == 0.0:
        return 0.0
    return 0.4 * ev + 0.3 * act + 0.3 * wording(a, b)


def _topics(c: Claim) -> list[tuple[str, str]]:
    """What a claim is about, for blocking: its events, named actors and content words."""
    named = [("actor", a) for a in sorted(named_actors(c))]
    return [("event", e) for e in c.events] + named + [("word", k) for k in c.keywords]


def _predicate_keys(item: Located[Claim]) -> Iterable[Hashable]:
    """Predicate or frame, together with a topic: blocks stay small in a corpus of many stories."""
    c = item.fact
    if c.predicate is None or c.timed:
        return ()  # a verb taken for its date or place is not weighed for whether it happened
    heads = [("pred", c.predicate), *(("frame", f) for f, _ in c.frames)]
    return [(*h, *t) for h in heads for t in _topics(c)]


def claim_pairs(facts: Sequence[DocFacts], *, within: bool = True, apart: DocsApart | None = None,
                share: Share = EVERY) -> list[Pair[Claim]]:
    """Claims with the same predicate or opposed predicates of one frame, about the same thing
    (``share``: one process's share of them, as ``candidate_pairs`` splits them)."""
    return _pairs(_located(facts), _predicate_keys, within, apart, share)


def _once_events(c: Claim) -> frozenset[str]:
    once = once_events()
    return frozenset(e for anchor in (*c.dates, *c.places) for e in anchor.events if e in once)


def _event_keys(item: Located[Claim]) -> Iterable[Hashable]:
    """A once-only event together with a content word (two reports of it share some words),
    or one deed: one predicate with one named actor or one object ("Rusk resigned", "imposed a curfew")."""
    c = item.fact
    keys: set[Hashable] = {(e, k) for e in _once_events(c) for k in c.keywords}
    if c.predicate and (c.dates or c.places):
        keys |= {("deed", c.predicate, a) for a in _doers(item)}
    return keys


def named_actors(c: Claim) -> frozenset[str]:
    """The people and places a claim names as its actors."""
    return frozenset(a for a in c.actors if a.startswith(("person:", "place:")))


def _theme(item: Located[Claim]) -> str | None:
    """The object the claim's verb takes ("curfew" in "imposed a curfew"), unless too general to tell deeds apart."""
    m = item.facts.predicate_event(item.fact.pred_start, item.fact.pred_end)
    return m.theme if m is not None and m.theme and m.theme not in _vague_themes() else None


def _doers(item: Located[Claim]) -> frozenset[str]:
    """What makes a deed one deed: its named actors, and the object its verb takes ("theme:curfew")."""
    theme = _theme(item)
    return named_actors(item.fact) | ({f"theme:{theme}"} if theme else set())


@cache
def _vague_themes() -> frozenset[str]:
    return words("events_vague_themes.txt")


def one_deed(a: Located[Claim], b: Located[Claim]) -> str | None:
    """The name of the single deed two claims report, when they do: one predicate, asserted as fact,
    of one named actor or on one object ("Rusk resigned on 3 May" / "on 13 May", "the province
    imposed a curfew on Thursday" / "on Friday"); None otherwise."""
    x, y = a.fact, b.fact
    if not x.predicate or x.predicate != y.predicate or x.mood != "fact" or y.mood != "fact":
        return None
    if x.negated or y.negated or not _doers(a) & _doers(b):
        return None
    ta, tb = _theme(a), _theme(b)
    if ta and tb and ta != tb:
        return None  # "met the operators" and "met residents": two meetings
    shared = sorted(x.events & y.events)
    return shared[0] if shared else f"“{x.predicate}”"


def event_pairs(facts: Sequence[DocFacts], *, within: bool = True, apart: DocsApart | None = None) -> list[Pair[Claim]]:
    """Claims that date or place the same once-only event (a signing, a vote, a collapse), or one deed."""
    items = [x for x in _located(facts) if x.fact.dates or x.fact.places]
    out = []
    events = _Events()
    for a, b in _candidates(items, _event_keys, within, apart):
        deed = one_deed(a, b) is not None
        if not deed and not _once_events(a.fact) & _once_events(b.fact):
            continue  # met through a deed key, but not one deed of one actor
        w = wording(a.fact, b.fact)
        # One deed already shares its actor or object; a passive's subject ("a curfew was imposed")
        # is what was done, not who did it, so the actors are not compared again.
        act = 1.0 if deed else actors_compatible(a.fact, b.fact, a.facts is b.facts)
        if w < (MIN_SAME_ARTICLE_WORDING if a.facts is b.facts else MIN_EVENT_WORDING) or act == 0.0:
            continue
        if events.two(a, b, complements=deed):
            continue  # a dated event noun ("the May 11 vote") is not what its clause's verb is done to
        found = EventMatch(tuple(_dates(a, b)), tuple(_places(a, b)))
        if found.dates or found.places:
            out.append(Pair(a, b, 0.4 + 0.3 * w + 0.3 * act, found))
    return out


def same_event_anchors(xs: Sequence[Anchor], ys: Sequence[Anchor], deed: str | None = None
                       ) -> Iterator[tuple[Anchor, Anchor, str]]:
    """Pairs of dates (or places) from two claims that locate the same once-only event, with its name;
    with ``deed`` (see ``one_deed``) the first anchors of both claims locate that deed. A date that
    only bounds its event ("by Tuesday night") locates nothing."""
    once = once_events()
    xs, ys = [x for x in xs if not x.bound], [y for y in ys if not y.bound]
    for x in xs:
        for y in ys:
            shared = sorted(x.events & y.events & once)
            if shared:
                yield x, y, shared[0]
    if deed is not None and xs and ys:
        yield xs[0], ys[0], deed


def located_anchors(a: Located[Claim], b: Located[Claim], field: str) -> Iterator[tuple[Anchor, Anchor, str]]:
    """The dates (``field="dates"``) or places of a pair that locate one event, with its name: as
    ``same_event_anchors``, less those whose mentions say they are two instances ("a previous attack
    on 17 January" against the attack this week)."""
    for x, y, event in same_event_anchors(getattr(a.fact, field), getattr(b.fact, field), one_deed(a, b)):
        ma = named_event(a.facts, x.start, x.end, event)
        mb = named_event(b.facts, y.start, y.end, event)
        if not apart(ma, mb):
            yield x, y, event


def planned(item: Located[Claim], anchor: Anchor) -> bool | None:
    """Whether a date times a plan rather than a deed (None when nothing says).

    The claim's verb decides (not asserted as fact, or a verb of planning: "scheduled
    for Thursday"); a claim with no verb asks the verb that takes the date, if any.
    """
    c = item.fact
    if c.predicate:
        return c.mood != "fact" or planning(c.predicate.split(" ")[0])
    m = governing(item.facts, anchor.start, anchor.end)
    return None if m is None or m.kind == "noun" else m.modality != "fact"  # a noun says nothing of plans


def _dates(a: Located[Claim], b: Located[Claim]) -> Iterator[AnchorMatch]:
    for x, y, event in located_anchors(a, b, "dates"):
        yield AnchorMatch(x, y, event, planned(a, x), planned(b, y))


def _place(a: Anchor) -> PlaceMention:
    return PlaceMention(a.start, a.end, a.text, a.value, a.kind or "place", a.country)


def _places(a: Located[Claim], b: Located[Claim]) -> Iterator[AnchorMatch]:
    for x, y, event in located_anchors(a, b, "places"):
        how = relation(_place(x), _place(y))
        if how == "disjoint" and (_names(a.fact, y) or _names(b.fact, x)):
            how = "listed"  # "in Nairobi and Dar es Salaam" against "in Dar es Salaam": one of the places named
        yield AnchorMatch(x, y, event, relation=how)


def _names(c: Claim, place: Anchor) -> bool:
    """Whether the claim itself names ``place`` (or a place inside or around it) among its places."""
    return any(relation(_place(p), _place(place)) != "disjoint" for p in c.places)
