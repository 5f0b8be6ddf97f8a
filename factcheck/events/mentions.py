"""Event mentions of one document, open-world: every verb group, event noun and state adjective.

The closed list of event classes (``claims_events.txt``) only adds synonym hints; a
trigger need not be on it. What a sentence says of the event comes from the language
layer and the other extractors: negation and modality from the verb group, the date
nearest the trigger in its clause, the place after a locative preposition, the people
and organisations of the clause, and cues that it is another instance of its kind.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck import lexicon
from factcheck.events.background import mark_background
from factcheck.events.model import EventMention
from factcheck.extract import lexis
from factcheck.extract.people import name_key
from factcheck.lang import Token
from factcheck.lang import data as lang_data
from factcheck.lang import features, tagger
from factcheck.lang.chunks import modifies_noun, subject_of
from factcheck.lang.derive import verbs_of
from factcheck.lang.lemma import lemmatize
from factcheck.lang.modality import modality_of
from factcheck.lang.model import NounGroup
from factcheck.facts import SpanIndex
from factcheck.model import Document, PersonMention, PlaceMention, TimeMention

NOMINAL_STEM = 4  # letters a noun keeps before its suffix for the rules to be trusted ("arrival", not "station")
PLACE_KINDS = frozenset({"city", "country", "region", "venue", "place"})
DATE_TYPES = frozenset({"DATE", "TIME"})
CLAUSE_REACH = 60  # tokens either side of a trigger that its clause may span: a run-on stays linear
BACKGROUND_AFTER = 6  # tokens after a verb group searched for "once before", "previously"
CUE_BEFORE = 4  # tokens before an event noun searched for "another", "the first", a year
_MODIFIERS = frozenset({"DET", "ADJ", "NUM", "PART", "ADV", "PROPN"})
_STRENGTH = ("possibility", "hypothetical", "plan")  # when a group has several, the first listed wins


@cache
def _event_nouns() -> frozenset[str]:
    """Listed event nouns, and the one-word triggers of the event hints."""
    return lang_data.words("event_words.txt") | {k[0] for k in lexis.events() if len(k) == 1}


@cache
def _states() -> frozenset[str]:
    return lang_data.words("event_states.txt")


@cache
def _instance_cues() -> dict[str, str]:
    """Words before an event noun that make it another instance ("another", "previous", "second")."""
    return {k: v for k, v in lexicon.mapping("events_other_instance.txt").items() if v != "after"}


@cache
def _background_after() -> tuple[tuple[str, ...], ...]:
    """Phrases in or after a verb group that make its event an earlier one ("once before", "previously")."""
    return tuple(tuple(k.split()) for k, v in lexicon.mapping("events_other_instance.txt").items() if v == "after")


def _earlier(tokens: Sequence[Token], first: int, last: int, end: int) -> bool:
    """Whether a background phrase stands just before the verb group ("previously rejected"), in it,
    or within a few tokens after it ("rejected a merger once before"), before ``end`` (the sentence's)."""
    sent = tokens[first].sent
    lo = first
    while lo > max(0, first - 2) and tokens[lo - 1].sent == sent:
        lo -= 1
    norms = [t.norm for t in tokens[lo : min(end, last + 1 + BACKGROUND_AFTER)]]
    if not _background_firsts().intersection(norms):
        return False
    return any(tuple(norms[k : k + len(p)]) == p for p in _background_after() for k in range(len(norms)))


@cache
def _background_firsts() -> frozenset[str]:
    return frozenset(p[0] for p in _background_after())


@lru_cache(maxsize=65536)
def _seen_as_verb(word: str) -> bool:
    """Whether the treebank uses this form as a verb too ("attack", "arrest", "vote")."""
    tags = tagger.load().classes.get(features.fold(word))
    return bool(tags) and "VERB" in tags.split("|")


@lru_cache(maxsize=65536)
def _known_verb(base: str) -> bool:
    """Whether ``base`` is a verb: the treebank uses one of its forms as a verb, or it is a listed event."""
    return base in _event_nouns() or any(_seen_as_verb(base + ending) for ending in ("", "s", "d", "ed", "ing"))


@lru_cache(maxsize=65536)
def _nominalization(noun: str) -> bool:
    """A noun made from a verb the treebank knows: "resignation" (resign), "evacuation" (evacuate)."""
    return any(_known_verb(v) for v in verbs_of(noun, NOMINAL_STEM))


_EVENTIVE_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})  # the tags of words that may be mentions of their own
_NO_ONE: frozenset[str] = frozenset()  # the agents of a noun's mention, shared by all of them


def _eventive(tok: Token) -> str | None:
    """The mention kind of a token that is not a verb group's head: "noun", "state" or None."""
    if tok.upos not in _EVENTIVE_TAGS:
        return None
    return _eventive_word(tok.lemma, tok.upos, tok.norm, tok.text[:1].isupper())


@lru_cache(maxsize=65536)
def _eventive_word(lemma: str, upos: str, norm: str, capital: bool) -> str | None:
    """``_eventive`` of a word, by what it reads of the token: once a word, not once a token."""
    low = lemma.lower()
    if upos == "NOUN" or (upos == "PROPN" and capital and low in _event_nouns()):
        if low in _event_nouns() or _seen_as_verb(norm) or _nominalization(low):
            return "noun"
        if norm.endswith("ing") and len(norm) > 5 and _known_verb(lexis.topic_key_of(lemma, upos, norm)):
            return "noun"  # "the shooting", "the signing"
        return None
    if upos == "ADJ" and (low in _states() or (norm.endswith("ed") and _seen_as_verb(norm))):
        return "state"
    return None


def _cue_phrase(tokens: Sequence[Token], i: int) -> bool:
    """A verb form that only introduces a source: "according to"."""
    return tokens[i].norm == "according" and i + 1 < len(tokens) and tokens[i + 1].norm == "to"


def _modality(tokens: Sequence[Token], modals: tuple[str, ...], catenatives: tuple[str, ...], head: int) -> str:
    found = {modality_of(w) for w in (*modals, *catenatives)}
    for kind in _STRENGTH:
        if kind in found:
            return kind
    if head > 0 and tokens[head - 1].norm == "to":
        return "plan"  # "agreed to meet": the meeting is planned, not held
    return "fact"


class _Spans:
    """Character spans (who is quoted or reported), asked whether a span overlaps one of them."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.spans[i][1] > start:
            return True
        return i + 1 < len(self.spans) and self.spans[i + 1][0] < end


def _other_frame(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A sentence opening on another instance of something ("In a separate dispute, …", "In a similar
    case, …"): what its verbs say happened in that other one."""
    if hi - lo < 5 or tokens[lo].norm not in ("in", "during", "after"):
        return False
    k = lo + 1
    if tokens[k].upos == "DET":
        k += 1
    if _instance_cues().get(tokens[k].norm) != "other":
        return False
    j = k + 1
    while j < min(hi, k + 4) and tokens[j].upos in ("NOUN", "ADJ"):
        j += 1
    return j > k + 1 and j < hi and tokens[j].norm == ","


def _other_thing(tokens: Sequence[Token], group: NounGroup | None) -> bool:
    """An object marked as another one of its kind ("rejected an earlier offer", "a separate plan"):
    the deed done to it is another deed than the story's."""
    return group is not None and any(
        _instance_cues().get(tokens[k].norm) == "other" for k in range(group.first, group.head))


def _theme(tokens: Sequence[Token], group: NounGroup | None) -> str | None:
    """What a verb acts on, as its noun group's nouns and names ("ishros bridge repair", "curfew"):
    two groups with one head but other names ("the Ishros bridge", "the Lopel bridge") are two things."""
    if group is None or tokens[group.head].upos not in ("NOUN", "PROPN"):
        return None
    if tokens[group.head].upos == "PROPN":
        return tokens[group.head].lemma.lower()  # a name: "Marta Ivanova", "opera singer Marta Ivanova"
    words = [tokens[k].lemma.lower() for k in range(group.first, group.head + 1) if tokens[k].upos in ("NOUN", "PROPN")]
    return " ".join(words) or None


def _agents(tokens: Sequence[Token], subject: NounGroup | None, lookup: _Clauses) -> frozenset[str]:
    """The people a verb's subject names; a subject of proper names the people finder missed counts by its last name."""
    if subject is None:
        return frozenset()
    s, e = subject.span
    places = lookup.places.starting_in(s, e)  # "Tarnbeck Quarry said": a place, whoever else reads a person there
    bodies = [(p.start, p.end) for p in places if p.kind in ("organization", "venue")]
    people = frozenset(f"person:{name_key(p.name)}" for p in lookup.people.starting_in(s, e)
                       if not any(a <= p.start and p.end <= b for a, b in bodies))
    if people or places:
        return people
    head = tokens[subject.head]
    if head.upos == "PROPN" and all(tokens[k].upos in ("PROPN", "PUNCT") for k in range(subject.first, subject.last + 1)):
        if not _capital_only_by_position(tokens, subject, lookup.names):
            return frozenset({f"person:{name_key(head.text)}"})
    return frozenset()


def _capital_only_by_position(tokens: Sequence[Token], group: NounGroup, names: frozenset[str]) -> bool:
    """A one-word "proper noun" opening its sentence that the people finder did not take and the
    document never capitalizes elsewhere (``names``): its capital is only the sentence's ("Nurses
    rejected …"), unlike a name's ("Saltmere has received …", "… the bid for Saltmere")."""
    first = group.first
    opens = first == 0 or tokens[first - 1].sent != tokens[first].sent
    return group.first == group.last and opens and tokens[first].norm not in names


def _doer(tokens: Sequence[Token], subject: NounGroup | None, names: frozenset[str]) -> str | None:
    """A common-noun subject's head, as a lemma ("nurses accepted" -> nurse), a sentence's capital aside."""
    if subject is None:
        return None
    head = tokens[subject.head]
    if head.upos == "NOUN":
        return head.lemma.lower()
    if head.upos == "PROPN" and _capital_only_by_position(tokens, subject, names):
        return lemmatize(head.norm, "NOUN")
    return None


@dataclass(frozen=True)
class _Clauses:
    """The document's people, places and dates, looked up by the character range of a clause, the
    words it capitalizes inside sentences (its names) and where its words of time relation are."""

    people: SpanIndex[PersonMention]
    places: SpanIndex[PlaceMention]
    dates: SpanIndex[TimeMention]
    names: frozenset[str] = frozenset()
    relations: tuple[int, ...] = ()  # where words of time relation start (``_relation_starts``)


def _clause_cuts(tokens: Sequence[Token], sent_start: int, sent_end: int) -> list[int]:
    """The tokens of a sentence that open a clause: after semicolons, dashes and ", but"-style joins."""
    boundaries = lang_data.words("clause_boundaries.txt")
    return [k for k in range(sent_start + 1, sent_end)
            if tokens[k - 1].text in (";", "—", "–") or (tokens[k - 1].text == "," and tokens[k].norm in boundaries)]


def _clause_bounds(cuts: Sequence[int], sent_start: int, sent_end: int, i: int) -> tuple[int, int]:
    """Token range of the clause around token ``i`` (``cuts`` from ``_clause_cuts``), at most
    ``CLAUSE_REACH`` tokens either side."""
    at = bisect_right(cuts, i)
    a = max(sent_start, i - CLAUSE_REACH, cuts[at - 1] if at else sent_start)
    b = min(sent_end, i + CLAUSE_REACH, cuts[at] if at < len(cuts) else sent_end)
    return a, b


def _relation_starts(tokens: Sequence[Token]) -> tuple[int, ...]:
    """Where the document's words of time relation start, in order, for ``_relation_between``."""
    relations = lexicon.words("events_time_relations.txt")
    return tuple(t.start for t in tokens if t.norm in relations)


def _relation_between(lookup: _Clauses, d: TimeMention, tok: Token) -> bool:
    """Whether a word of time relation stands between a date and a trigger ("on Wednesday, hours after
    the end of a two-day strike"): the date is a point of reference, not the event's time."""
    lo, hi = (d.end, tok.start) if d.end <= tok.start else (tok.end, d.start)
    starts = lookup.relations
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _times_saying(doc: Document, d: TimeMention) -> bool:
    """Whether the date follows a verb of saying and so times the saying, not what was said
    ("crews said on Sunday that 11 miners were killed")."""
    k = bisect_left(doc.token_starts, d.start) - 1
    if k >= 0 and doc.tokens[k].norm in ("on", "late", "early"):
        k -= 1
    return k >= 0 and doc.tokens[k].lemma in lang_data.words("reporting_verbs.txt")


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _instance(tokens: Sequence[Token], first: int, sent_start: int) -> tuple[str | None, int | None]:
    """An other-instance cue or a year inside an event noun's phrase: ("other"/"second", year).

    Only the words that modify the noun count ("another deadly attack", "the 2019
    flood", "last year's election" gives its year through the date): a walk left over
    determiners, adjectives, numbers and possessives, stopping at anything else.
    """
    cue, year = None, None
    k = first - 1
    while k >= max(sent_start, first - CUE_BEFORE) and tokens[k].upos in _MODIFIERS:
        t = tokens[k]
        kind = _instance_cues().get(t.norm)
        if kind is not None:
            cue = "other" if kind == "other" else t.norm
        elif t.upos == "NUM" and len(t.norm) == 4 and t.norm.isdigit() and t.norm[:2] in ("19", "20"):
            year = int(t.norm)
        k -= 1
    return cue, year


def event_mentions(
    doc: Document,
    people: Sequence[PersonMention] = (),
    places: Sequence[PlaceMention] = (),
    dates: Sequence[TimeMention] = (),
    speakers: Sequence[tuple[int, int]] = (),
) -> tuple[EventMention, ...]:
    """Every event mention of the document, in text order.

    ``speakers`` are the spans of who is quoted or reported: the people there say what
    happened, they are not its participants ("Farrant said the roof fell on Monday").
    """
    return mark_background(mentions_in(doc, people, places, dates, speakers))


def mentions_in(
    doc: Document,
    people: Sequence[PersonMention] = (),
    places: Sequence[PlaceMention] = (),
    dates: Sequence[TimeMention] = (),
    speakers: Sequence[tuple[int, int]] = (),
    sentences: range | None = None,
) -> list[EventMention]:
    """The event mentions of ``sentences`` (all by default), before ``mark_background`` reads the
    whole document's lead: each sentence's mentions read only its own words and the document's
    names, so the mentions of a range are those the whole document has there."""
    tokens = doc.tokens
    if not tokens:
        return []
    chunks = doc.chunks
    sentences = range(len(doc.sentences)) if sentences is None else sentences
    groups = [g for g in chunks.verb_groups if g.sent in sentences]
    subjects = {g.head: subject_of(chunks, g) for g in groups if tokens[g.head].upos == "VERB"}
    reporters = [ng.span for head, ng in subjects.items()
                 if ng is not None and tokens[head].lemma in lang_data.words("reporting_verbs.txt")]
    said = _Spans([*speakers, *reporters])
    lookup = _Clauses(SpanIndex.of([p for p in people if not said.overlaps(p.start, p.end)]), SpanIndex.of(places),
                      SpanIndex.of([d for d in dates if d.type in DATE_TYPES and not _times_saying(doc, d)]),
                      doc.capitalized, _relation_starts(tokens))
    heads: dict[int, tuple[bool, str, frozenset[str], str | None, str | None]] = {}
    seen: dict[frozenset[str], frozenset[str]] = {_NO_ONE: _NO_ONE}
    doers: dict[int, str] = {}
    framed: dict[int, bool] = {}
    for g in groups:
        if tokens[g.head].upos == "VERB" and not _cue_phrase(tokens, g.head):
            lo, hi = doc.sentence_token_range(g.sent)
            agents = _agents(tokens, subjects[g.head], lookup)
            agents = seen.setdefault(agents, agents)  # one object for equal sets: less to keep and to send
            subject = subjects[g.head]
            if (doer := _doer(tokens, subject, lookup.names)) is not None:
                doers[g.head] = doer  # "nurses accepted", "porters rejected"
            obj = subjects[g.head] if g.passive else chunks.noun_at.get(g.last + 1)  # "a curfew was imposed"
            theme = _theme(tokens, obj)
            if lo not in framed:
                framed[lo] = _other_frame(tokens, lo, hi)  # once a sentence, not once a verb
            earlier = _earlier(tokens, g.first, g.last, hi) or _other_thing(tokens, obj) or framed[lo]
            heads[g.head] = (g.negated, _modality(tokens, g.modals, g.catenatives, g.first), agents, theme,
                             "other" if earlier else None)
            for k in range(g.first, g.head):  # "decided to", "fell short of": an event of its own
                if tokens[k].upos == "VERB" and k not in g.auxiliaries:
                    heads[k] = (False, "fact", agents, None, None)
    out: list[EventMention] = []
    for index in sentences:
        lo, hi = doc.sentence_token_range(index)
        cuts = _clause_cuts(tokens, lo, hi)
        clauses: dict[tuple[int, int], _ClauseFacts] = {}
        for i in range(lo, hi):
            if i in heads:
                kind = "verb"
                negated, modality, agents, theme, background = heads[i]
            else:
                if tokens[i].upos not in _EVENTIVE_TAGS:
                    continue  # most words: no mention, and no call to say so
                found = _eventive(tokens[i])
                if found is None:
                    continue
                kind, negated, modality, agents, theme = found, False, "fact", _NO_ONE, None
                background = "other" if kind == "state" and _earlier(tokens, i, i, hi) else None
            bounds = _clause_bounds(cuts, lo, hi, i)
            clause = clauses.get(bounds)
            if clause is None:
                clause = clauses[bounds] = _clause_facts(doc, tokens, lookup, tokens[bounds[0]].start,
                                                         tokens[bounds[1] - 1].end)
            out.append(_mention(tokens, i, kind, negated, modality, agents, theme, background, lookup, clause,
                                lo, doers.get(i)))
    return out


@lru_cache(maxsize=65536)
def _classes(topic: str, key: str, upos: str) -> frozenset[str]:
    """The event classes a trigger names by its topic key or its own (``lexis``), with hints: once a
    word, and one object for every mention of it."""
    return lexis.event_classes((topic,), upos, hints=True) | lexis.event_classes((key,), upos, hints=True)


@dataclass(frozen=True)
class _ClauseFacts:
    """What a clause gives each event mention in it: its dates, the place it locates, who takes part."""

    dates: tuple[TimeMention, ...]
    where: str | None
    participants: frozenset[str]


def _clause_facts(doc: Document, tokens: Sequence[Token], lookup: _Clauses, start: int, end: int) -> _ClauseFacts:
    """``_ClauseFacts`` of the clause [start, end), found once for all the mentions it holds."""
    where = None
    places = lookup.places.starting_in(start, end)
    for p in places:
        if p.kind == "country" and modifies_noun(tokens, bisect_left(doc.token_starts, p.end) - 1):
            continue  # "at U.S. embassies": whose they are, not where
        if p.kind in PLACE_KINDS:
            before = doc.view[max(start, p.start - 8) : p.start].split()
            if before and before[-1].lower() in lang_data.words("locatives.txt"):
                where = p.name
                break
    participants = {f"person:{name_key(p.name)}" for p in lookup.people.starting_in(start, end)}
    participants |= {f"org:{p.name}" for p in places if p.kind == "organization"}
    return _ClauseFacts(lookup.dates.starting_in(start, end), where, frozenset(participants))


def _mention(tokens: Sequence[Token], i: int, kind: str, negated: bool, modality: str, agents: frozenset[str],
             theme: str | None, background: str | None, lookup: _Clauses, clause: _ClauseFacts, sent_start: int,
             doer: str | None) -> EventMention:
    tok = tokens[i]
    key = lexis.topic_key(tok)
    classes = _classes(key, lexis.key(tok), tok.upos)
    when, when_span, year = None, None, None
    d = min((d for d in clause.dates if not _relation_between(lookup, d, tok)),
            key=lambda d: min(abs(d.start - tok.end), abs(tok.start - d.end)), default=None)
    if d is not None:
        when, when_span, year = d.value, (d.start, d.end), _year(d.value)
    instance, cue_year = _instance(tokens, i, sent_start) if kind == "noun" else (None, None)
    return EventMention(
        start=tok.start, end=tok.end, text=tok.text, lemma=key, sent=tok.sent, kind=kind,
        classes=classes, negated=negated, modality=modality, when=when, when_span=when_span, where=clause.where,
        participants=clause.participants, agents=agents, theme=theme, instance=instance or background,
        year=cue_year or year, doer=doer,
    )
