"""What the extractors found in one document, and the pairs that alignment hands to the checks."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from itertools import accumulate
from operator import attrgetter
from typing import Any, Generic, Protocol, TypeVar

from factcheck.events.model import EventMention, Names
from factcheck.model import (Anchor, Claim, Document, Evidence, PersonMention, PlaceMention, Quantity, Quote, Relation,
                             TimeMention)

T = TypeVar("T")


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Spanned)
_SPAN = attrgetter("start", "end")


@dataclass(frozen=True)
class SpanIndex(Generic[S]):
    """Facts sorted by start, so a lookup by span costs a bisection rather than a scan of the document."""

    items: tuple[S, ...]
    starts: tuple[int, ...]
    reach: tuple[int, ...]  # reach[i]: the furthest end among items[: i + 1]

    @classmethod
    def of(cls, facts: Sequence[S]) -> SpanIndex[S]:
        items = tuple(sorted(facts, key=_SPAN))
        return cls(items, tuple(f.start for f in items), tuple(accumulate((f.end for f in items), max)))

    def starting_in(self, start: int, end: int) -> tuple[S, ...]:
        """The facts that start inside [start, end)."""
        return self.items[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def containing(self, start: int, end: int) -> list[S]:
        """The facts whose span covers [start, end), innermost last; walks back only while one could still reach."""
        found: list[S] = []
        i = bisect_right(self.starts, start) - 1
        while i >= 0 and self.reach[i] >= end:
            f = self.items[i]
            if f.end >= end:
                found.append(f)
            i -= 1
        found.reverse()
        return found


@dataclass(frozen=True)
class DocFacts:
    """Everything extracted from one document; the checks read only this."""

    doc: Document
    dates: tuple[TimeMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    people: tuple[PersonMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[EventMention, ...] = ()
    relations: tuple[Relation, ...] = ()
    story: Names | None = None  # who and where its event is (events.stories.names_of); None when built by hand

    @cached_property
    def date_index(self) -> SpanIndex[TimeMention]:
        return SpanIndex.of(self.dates)

    @cached_property
    def quote_index(self) -> SpanIndex[Quote]:
        return SpanIndex.of(self.quotes)

    @cached_property
    def people_index(self) -> SpanIndex[PersonMention]:
        return SpanIndex.of(self.people)

    @cached_property
    def event_index(self) -> SpanIndex[EventMention]:
        return SpanIndex.of(self.events)

    def predicate_event(self, start: int, end: int) -> EventMention | None:
        """The event mention a predicate's span holds: its last verb ("has not been [scheduled]")."""
        inside = [m for m in self.event_index.starting_in(start, end) if m.end <= end]
        verbs = [m for m in inside if m.kind == "verb"]
        return (verbs or inside or [None])[-1]

    @cached_property
    def claims_by_sentence(self) -> dict[int | None, tuple[Claim, ...]]:
        """The claims of each sentence (by its index), so a look at a claim's neighbours is not a scan."""
        found: dict[int | None, list[Claim]] = {}
        for c in self.claims:
            found.setdefault(self.doc.sentence_index(c.pred_start), []).append(c)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def quantity_index(self) -> SpanIndex[Quantity]:
        return SpanIndex.of(self.quantities)

    @cached_property
    def place_index(self) -> SpanIndex[PlaceMention]:
        return SpanIndex.of(self.places)


QUOTE_MIN_SHARE = 0.6  # of the shorter quotation's words, aligned
QUOTE_MIN_CONTENT = 3  # aligned words that are not function words
QUOTE_PARTIAL_SHARE = 0.6


@dataclass(frozen=True)
class Change:
    """One edit between two quotations: the words each side has there, with a little shared context.

    ``lead`` is the shared words just before the change (from the start of the quote
    when it is near), so a message can say what the changed words are about.
    """

    a: tuple[str, ...]
    b: tuple[str, ...]
    a_phrase: str
    b_phrase: str
    flips: bool
    lead: str = ""


@dataclass(frozen=True)
class QuoteAlignment:
    """How two quotations line up: matched words, wording changes, and whether they are one quote.

    ``content`` counts matched words that are not function words: two statements that
    share "between Russia and Ukraine" share a phrase, not a quote.
    """

    matched: int
    longest_run: int
    shorter: int
    changes: tuple[Change, ...]
    content: int = 0
    longer: int = 0

    @property
    def changed(self) -> int:
        return sum(max(len(c.a), len(c.b)) for c in self.changes)

    @property
    def same_quote(self) -> bool:
        return (
            self.longest_run >= 3
            and self.matched >= min(4, self.shorter)
            and self.matched >= QUOTE_MIN_SHARE * self.shorter
            and self.content >= QUOTE_MIN_CONTENT
            and self.changed <= max(3, 0.34 * self.matched)
        )

    @property
    def partial(self) -> bool:
        """One side quotes only part of the other: the shorter covers well under the longer."""
        return self.shorter < QUOTE_PARTIAL_SHARE * self.longer

    @property
    def score(self) -> float:
        return self.matched / max(1, self.matched + self.changed)


@dataclass(frozen=True)
class QuoteMatch:
    """Two quotations as alignment compared them: their normalized texts and the word alignment."""

    a: str
    b: str
    alignment: QuoteAlignment
    same_speaker: bool = False  # both speakers named, and named as one person ("Mara Fenn", "Fenn")
    # one speaker a proxy's role ("a spokeswoman for the company"), the other named and holding,
    # in its own article, an office that is no such role (the chief executive): two people
    proxy_clash: bool = False


@dataclass(frozen=True)
class AnchorMatch:
    """A date or place of each of two claims that locate one event, as alignment found them.

    ``event`` names it (a hinted class, or the shared verb); ``planned_a``/``planned_b``
    say whether each side times a plan rather than a deed (None when nothing says);
    ``relation`` is how place ``x`` sits to place ``y`` ("disjoint", "inside", …; None for dates).
    """

    x: Anchor
    y: Anchor
    event: str
    planned_a: bool | None = None
    planned_b: bool | None = None
    relation: str | None = None


@dataclass(frozen=True)
class EventMatch:
    """Two claims that date or place one event: the dates and the places that locate it on both sides."""

    dates: tuple[AnchorMatch, ...] = ()
    places: tuple[AnchorMatch, ...] = ()


@dataclass(frozen=True)
class ClaimMatch:
    """Two claims alignment paired: how alike their content words are (0..1)."""

    wording: float


@dataclass(frozen=True)
class QuantityMatch:
    """Two quantities alignment paired: how surely they count one thing, and how far apart they are."""

    agreement: float  # 1 for the same counted noun, less for the same event only
    same_thing: bool  # the same counted noun, not only the same event
    gap: float | None  # relative distance of the intervals (0..1), None when both can hold
    cumulative: bool = False  # a count that only grows as the story goes on (deaths, arrests, cases)
    order: int | None = 0  # 1 when b was published later, -1 when a was, 0 on one day, None when unknown
    transient: bool = False  # a count of a state that changes either way (the missing, the trapped)
    risen: bool = False  # a cumulative count larger in the later report: an update, not a contradiction


@dataclass(frozen=True)
class RelationMatch:
    """Two names in one slot that are not one name: neither is the other's alias or part of it."""

    slot: str  # the slot as the later-listed passage words it ("the venue", "her father")


@dataclass(frozen=True)
class TitleMatch:
    """Two titled mentions of one person: whether the titles clash, and where each is written.

    ``clash`` is "error" for two offices of one family (finance and transport minister),
    "warning" for two ranks of one office, None when both can hold; ``past_elsewhere``
    says a document also gives one of the offices as a past one ("former minister").
    """

    clash: str | None
    past_elsewhere: bool
    span_a: tuple[int, int]
    span_b: tuple[int, int]


@dataclass(frozen=True)
class TimelineRow:
    """One dated event of one article, as the timeline lists it; ``conflict`` when a date finding points at it."""

    day: date
    value: str
    path: str
    line: int
    event: str
    text: str
    clause: str
    conflict: bool


@dataclass(frozen=True)
class LedgerEntry:
    """One distinct quotation across documents: its words, who said it, and every place it appears."""

    text: str
    speakers: tuple[str, ...]
    places: tuple[tuple[Document, Quote], ...]


@dataclass(frozen=True)
class Located(Generic[T]):
    """A fact together with the document it came from."""

    facts: DocFacts
    fact: T

    @property
    def doc(self) -> Document:
        return self.facts.doc

    def evidence(self, start: int, end: int, value: str | None = None, source: str | None = None) -> Evidence:
        return Evidence.of(self.facts.doc, start, end, value=value, source=source)


@dataclass(frozen=True)
class Pair(Generic[T]):
    """Two facts that alignment judged to be about the same thing, with how sure it is (0..1)."""

    a: Located[T]
    b: Located[T]
    score: float
    detail: Any = None  # what alignment found that the check reads (a QuoteMatch for quotations)
