"""The plain values every stage passes to the next.

All fact offsets (``start``/``end``) are into ``Document.view``, the text the
extractors read; ``Document.locate`` turns them into positions in the original
file, which is what users and the JSON contract see.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import date
from functools import cached_property
from typing import Any, Literal

from factcheck.lang import Token, analyse_text
from factcheck.lang.chunks import Chunks, capitalized_inside, chunk, of_groups
from factcheck.lang.model import NounGroup, VerbGroup, from_columns, token_columns

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in a derived text back to the text it was made from.

    Stored as sorted runs: ``view_starts[i]`` in the derived text corresponds to
    ``source_starts[i]`` in the source, and offsets inside a run move together.
    An empty map is the identity.
    """

    view_starts: tuple[int, ...] = ()
    source_starts: tuple[int, ...] = ()

    def to_source(self, offset: int) -> int:
        if not self.view_starts:
            return offset
        i = bisect_right(self.view_starts, offset) - 1
        if i < 0:
            return offset
        return self.source_starts[i] + (offset - self.view_starts[i])

    def to_source_end(self, offset: int) -> int:
        """Map an exclusive end offset: the end of the character before it."""
        if offset <= 0:
            return self.to_source(offset)
        return self.to_source(offset - 1) + 1


IDENTITY = OffsetMap()


@dataclass(frozen=True)
class Position:
    """A span of the original file, in the CONTRACT's terms."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """A sentence of ``Document.view``; ``heading`` marks headlines and crossheads."""

    start: int
    end: int
    text: str
    paragraph: int
    heading: bool = False


_NOUN_FIELDS = tuple(f.name for f in dataclass_fields(NounGroup))  # a group's fields in order, as sent between processes
_VERB_FIELDS = tuple(f.name for f in dataclass_fields(VerbGroup))


def _document(fields: tuple[Any, ...], columns: tuple[tuple[Any, ...], ...] | None,
              groups: tuple[tuple[tuple[Any, ...], ...], tuple[tuple[Any, ...], ...]] | None = None) -> Document:
    doc = Document(*fields)
    if columns is not None:
        doc.__dict__["_sent"] = (columns, groups)  # made into tokens and groups if and when they are read
    return doc


@dataclass(frozen=True)
class Document:
    """One loaded article: the original text, the text analysed, and its metadata."""

    path: str
    text: str
    view: str
    offsets: OffsetMap = IDENTITY
    title: str | None = None
    published: date | None = None
    published_from: str | None = None
    sentences: tuple[Sentence, ...] = ()
    line_starts: tuple[int, ...] = field(default=(0,), repr=False)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Sent between processes with its tokens as columns and its groups as plain tuples: a
        worker's tokens cost a fraction to send this way, and the groups need not be made again
        by the checks that read them."""
        fields = (self.path, self.text, self.view, self.offsets, self.title, self.published, self.published_from,
                  self.sentences, self.line_starts)
        tokens = self.__dict__.get("tokens")
        if tokens is None:
            return _document, (fields, *self.__dict__.get("_sent", (None, None)))
        columns = token_columns(tokens)
        chunks = self.__dict__.get("chunks")
        groups = None if chunks is None else (
            tuple(tuple(getattr(g, f) for f in _NOUN_FIELDS) for g in chunks.noun_groups),
            tuple(tuple(getattr(g, f) for f in _VERB_FIELDS) for g in chunks.verb_groups))
        return _document, (fields, columns, groups)

    @property
    def words(self) -> int:
        return len(self.view.split())

    def position(self, start: int, end: int) -> Position:
        """Locate a view span in the original file (0-based offsets, 1-based lines and columns)."""
        src_start = self.offsets.to_source(start)
        src_end = max(src_start, self.offsets.to_source_end(end))
        line, column = self._line_col(src_start)
        end_line, end_column = self._line_col(src_end)
        return Position(src_start, src_end, line, column, end_line, end_column, self.text[src_start:src_end])

    def _line_col(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1

    @cached_property
    def _sentence_starts(self) -> tuple[int, ...]:
        return tuple(s.start for s in self.sentences)

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """The view's tokens with tags and lemmas, made once; ``Token.sent`` indexes ``sentences``.

        A document sent from a worker process brings its tokens as columns, made into tokens
        only here: most of the documents of a long run are never read token by token again."""
        sent = self.__dict__.get("_sent")
        if sent is not None:
            return from_columns(sent[0])
        return analyse_text(self.view, [(s.start, s.end) for s in self.sentences])

    def adopt_tokens(self, tokens: tuple[Token, ...]) -> None:
        """Take the tokens ``analyse_text`` made elsewhere (a long document tagged in parts, one per
        process), as ``tokens`` would have made them itself; before they are first read."""
        if "tokens" in self.__dict__:
            raise ValueError("the document's tokens are already made")
        self.__dict__["tokens"] = tokens

    @cached_property
    def chunks(self) -> Chunks:
        """The noun and verb groups of ``tokens``, made once for every stage that reads them."""
        sent = self.__dict__.get("_sent")
        if sent is not None and sent[1] is not None:
            nouns, verbs = sent[1]
            return of_groups(self.tokens, tuple(NounGroup(*g) for g in nouns), tuple(VerbGroup(*g) for g in verbs))
        return chunk(self.tokens)

    @cached_property
    def capitalized(self) -> frozenset[str]:
        """The words the text capitalizes other than at a sentence's start, its names: found once for
        the event mentions and the story's names, which both read them."""
        return capitalized_inside(self.tokens)

    @cached_property
    def _token_sents(self) -> tuple[int, ...]:
        return tuple(t.sent for t in self.tokens)

    @cached_property
    def token_starts(self) -> tuple[int, ...]:
        return tuple(t.start for t in self.tokens)

    def tokens_between(self, start: int, end: int) -> int:
        """How many tokens start inside the view span ``[start, end)``."""
        return bisect_left(self.token_starts, end) - bisect_left(self.token_starts, start)

    def sentence_token_range(self, index: int) -> tuple[int, int]:
        """The indices ``[lo, hi)`` in ``tokens`` of sentence ``index``'s tokens."""
        sents = self._token_sents
        return bisect_left(sents, index), bisect_right(sents, index)

    def sentence_tokens(self, index: int) -> tuple[Token, ...]:
        """The tokens of sentence ``index``."""
        lo, hi = self.sentence_token_range(index)
        return self.tokens[lo:hi]

    def sentence_index(self, offset: int) -> int | None:
        """The index of the sentence holding a view offset, found by bisection over starts computed once."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding a view offset."""
        i = self.sentence_index(offset)
        return None if i is None else self.sentences[i]


@dataclass(frozen=True)
class TimeMention:
    """A temporal expression normalized to TIMEX3 (``type``, ``value``, ``mod``)."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchor: str | int | None = None


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, hedge and what it counts, as an interval.

    ``low``/``high`` are in ``unit`` (a canonical unit, so km/h and mph compare);
    ``None`` means unbounded. ``*_open`` says whether the bound itself is excluded.
    ``counted`` is the normalized thing counted ("miner"), ``event`` what happened to
    it ("die"), ``partitive`` marks a subset ("two of the nine").
    """

    start: int
    end: int
    text: str
    value: float
    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False
    unit: str | None = None
    hedge: str | None = None
    counted: str | None = None
    kind: str = "count"
    event: str | None = None
    partitive: bool = False
    phrase_end: int | None = None  # where the phrase ends with the event after it ("nine miners died")


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    text: str
    name: str
    title: str | None = None


@dataclass(frozen=True)
class PlaceMention:
    """A place or organization; ``name`` is canonical, ``country`` where the gazetteer knows it."""

    start: int
    end: int
    text: str
    name: str
    kind: str = "place"
    country: str | None = None


@dataclass(frozen=True)
class Relation:
    """A named value in a slot: whom or where a relation names ("her father, [Lorenz Brück]",
    "will play the cup final at [Riverside Park]").

    ``holder`` and ``relation`` are the slot's keys (the person or thing it belongs to, and
    the role or predicate with its preposition); ``slot`` is the slot as written, for
    messages; ``aliases`` are other names the article gives the value ("known locally as
    the Cauldron").
    """

    start: int
    end: int
    value: str
    holder: str
    relation: str
    slot: str
    slot_start: int
    slot_end: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quote:
    """A direct quotation; ``start``/``end`` cover the words inside the marks.

    ``speaker_by`` says how the speaker was found: "name" (a person named at the cue),
    "pronoun" (resolved, or kept as written), "role" (a phrase such as "a company
    spokeswoman"), "according to", "continuation" (the previous quotation's speaker, or
    the paragraph before's when a quotation runs on), "previous sentence" (the subject who
    reports someone's words in the sentence before),
    "subject" (of a verb of using or calling that takes the words) or "headline".
    """

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    is_term: bool = False
    speaker_by: str | None = None


@dataclass(frozen=True)
class Anchor:
    """A date or place attached to a claim, with the event classes it locates.

    ``value`` is the TIMEX3 value or the canonical place name; ``kind`` and
    ``country`` are the place's, ``mod`` the date's; ``bound`` marks a date that bounds
    the event rather than times it ("by Tuesday night", "until Friday").
    """

    start: int
    end: int
    text: str
    events: frozenset[str]
    value: str
    mod: str | None = None
    kind: str | None = None
    country: str | None = None
    bound: bool = False


@dataclass(frozen=True)
class Claim:
    """What one clause asserts, who asserts it, and how firmly.

    ``predicate`` is the base form of the main verb (None for a clause that only
    names a dated or placed event); ``frames`` are the opposed-predicate frames it
    belongs to with their sign after negation ("never confirmed" → agree, -1).
    ``mood`` is one of fact, future, hedged, irrealis, refusal. ``source`` is None
    when the article itself asserts the clause; ``quoted`` marks words inside a
    direct quotation, which the quote checks compare. ``timed`` marks a verb taken only
    because a date or place follows it ("imposed a curfew on Thursday"): it is compared
    for when and where, not for whether it happened.
    """

    start: int
    end: int
    text: str
    predicate: str | None
    pred_start: int
    pred_end: int
    negated: bool
    frames: tuple[tuple[str, int], ...]
    mood: str
    hedge: str | None
    source: str | None
    source_start: int | None
    source_end: int | None
    actors: frozenset[str]
    collective: bool
    events: frozenset[str]
    inherited: bool
    keywords: frozenset[str]
    dates: tuple[Anchor, ...] = ()
    places: tuple[Anchor, ...] = ()
    quoted: bool = False
    timed: bool = False

    @property
    def polarity(self) -> int:
        return -1 if self.negated else 1


@dataclass(frozen=True)
class Evidence:
    """One passage of a finding, located in its original file."""

    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    sentence: str
    value: str | None = None
    source: str | None = None

    @classmethod
    def of(
        cls,
        doc: Document,
        start: int,
        end: int,
        *,
        value: str | None = None,
        source: str | None = None,
    ) -> Evidence:
        """Evidence for a view span of ``doc``, with the sentence that holds it."""
        pos = doc.position(start, end)
        sent = doc.sentence_at(start)
        sentence = pos.text
        if sent is not None:
            s = doc.position(sent.start, sent.end)
            sentence = s.text
        return cls(
            doc.path, pos.start, pos.end, pos.line, pos.column, pos.end_line, pos.end_column,
            pos.text, sentence, value, source,
        )


def _normalize_for_id(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class Finding:
    kind: str
    severity: Severity
    confidence: float
    message: str
    evidence: tuple[Evidence, ...]

    @property
    def id(self) -> str:
        """A fingerprint of kind and evidence sentences, so baselines survive edits elsewhere."""
        h = hashlib.sha256(self.kind.encode())
        for ev in self.evidence:
            h.update(b"\0" + _normalize_for_id(ev.sentence).encode())
        return h.hexdigest()[:8]

    @property
    def key(self) -> tuple[str, frozenset[tuple[str, int, int]]]:
        """Its kind and the places of its passages: two findings with one key say one thing, and only
        the more confident is kept."""
        return (self.kind, frozenset((e.path, e.start, e.end) for e in self.evidence))

    def sort_key(self) -> tuple[int, float, str, int, str, tuple[tuple[str, int, int], ...]]:
        """Severity, confidence, where the first passage is, then every passage's place: a total
        order, so findings come out the same whatever order they were found in."""
        first = self.evidence[0]
        return (SEVERITY_RANK[self.severity], -self.confidence, first.path, first.start, self.id,
                tuple((e.path, e.start, e.end) for e in self.evidence))
