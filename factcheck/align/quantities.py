"""Pairs of quantities that count or measure the same thing, for the ``number`` check.

Quantities are blocked on (counted noun, dimension) and (event, dimension), so only
numbers of the same thing in comparable units meet; each candidate is then scored
with rapidfuzz on the sentences around the two numbers. Work grows with the number
of quantities, not with its square.

Two numbers of one noun are still different quantities when they belong to different
reporting periods ("in the third quarter" against "for the nine months"), when both
sit in one quotation that the quote checks compare, when they are money amounts
four orders of magnitude apart (a total against a price per share), or when, inside
one article, their sentences are parallel rows whose other figures differ too. A repeated figure
would give one pair per repetition, so only the strongest pair per two documents and
counted thing is kept, a disagreeing one first.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Hashable, Sequence
from functools import cache
from typing import TypeVar

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from factcheck.align.index import DocsApart, candidate_pairs, items_apart
from factcheck.align.quotes import align_quotes
from factcheck.events.attach import governing, other_events, people_near
from factcheck.events.identity import two_instances
from factcheck.events.model import EventMention
from factcheck.extract.numbers import dimension, figure_event, implicit_tolerance, is_change
from factcheck.extract.quotes import normalize_quote
from factcheck.facts import DocFacts, Located, Pair, QuantityMatch
from factcheck.lexicon import words
from factcheck.model import Quantity, Quote, TimeMention
from factcheck.values.quantities import tally_sides

_WINDOW = 300
_DIGITS = re.compile(r"\d[\d,.]*")
_STOPS = re.compile(r"[.!?]\s")
# A reporting period: a year, quarter, half, month, week or season, or a duration.
_PERIOD = re.compile(r"\d{4}(?:-(?:Q\d|H\d|W\d\d|\d\d|[A-Z]{2}))?|P\w+")
AGE = "age"  # what an age counts (extract.numbers): a person's years, compared for one person only
SAME_NOUN = 1.0
SAME_EVENT_ONLY = 0.7
MIN_SIMILARITY = 0.45  # sentences about the same thing across sources
MIN_SIMILARITY_WITHIN = 0.6  # one article names many amounts of one noun; restatements read alike
MAX_MONEY_RATIO = 1e4  # beyond this two money amounts are a total and a unit price, not one figure
TALLY_GAP = 0.5
_Bound = tuple[float, bool]  # value, open
_Neighbours = Callable[[Located[Quantity]], Sequence[Quantity]]
LISTED_REACH = 2  # sentences either side searched for a figure given as another row of one table


def _keys(item: Located[Quantity]) -> list[Hashable]:
    q = item.fact
    if q.partitive:
        return []  # a subset ("two of the miners") is never the whole count
    dim = dimension(q.unit)
    keys: list[Hashable] = []
    if q.counted:
        keys.append(("noun", q.counted, dim))
    if q.event and not is_change(q.event):
        keys.append(("event", q.event, dim))
    return keys


T = TypeVar("T")


def _per_figure(fn: Callable[[Located[Quantity]], T]) -> Callable[[Located[Quantity]], T]:
    """``fn`` of a figure, made once per figure."""
    seen: dict[int, T] = {}

    def get(it: Located[Quantity]) -> T:
        key = id(it.fact)
        if key not in seen:
            seen[key] = fn(it)
        return seen[key]

    return get


def _other_holders(a: Located[Quantity], b: Located[Quantity], ea: EventMention | None,
                   eb: EventMention | None,
                   near: dict[bool, Callable[[Located[Quantity]], frozenset[str]]]) -> bool:
    """Figures of two different people: the people a verb's subject names where it names any, else
    those the sentence is about ("DiLeo has spent 19 seasons", "He also spent seven seasons" after
    another coach is named; "Fred LaRue dies at 75"). An age is always its sentence's person's.
    Figures no verb takes are also told apart by who gives them ("98% of the outflow, says
    Fidelity's Litvack"; "two-thirds, says Vanguard's Mattes")."""
    people = near[ea is None and eb is None]
    if a.fact.counted in words("number_personal_stats.txt"):
        pa = (ea.agents if ea is not None else frozenset()) | near[False](a)
        pb = (eb.agents if eb is not None else frozenset()) | near[False](b)
        return not pa & pb  # a stat line is one player's: only the same player's is comparable
    if a.fact.counted != AGE and ea is not None and ea.agents and eb is not None and eb.agents:
        return False  # both subjects named: the events' own identity decides
    pa = ea.agents if ea is not None and ea.agents and a.fact.counted != AGE else people(a)
    pb = eb.agents if eb is not None and eb.agents and b.fact.counted != AGE else people(b)
    return bool(pa and pb and not pa & pb)


PHYSICAL = frozenset(("length", "area", "mass", "speed", "temperature"))


def _measure_of_thing(item: Located[Quantity]) -> bool:
    """A physical measure given of a thing named apart from it: "65 km of shoreline", "a stretch of
    coast 25 miles long". A measure that describes a thing ("a 45-yard field goal") is not one."""
    q, doc = item.fact, item.doc
    if q.counted is None or dimension(q.unit) not in PHYSICAL or q.counted in words("number_bearings.txt"):
        return False  # "15 miles north of Detroit": a distance between places, not a size
    k = bisect_left(doc.token_starts, q.end)
    return k < len(doc.tokens) and (doc.tokens[k].norm == "of" or doc.tokens[k].norm in words("number_dimension_words.txt"))


def _other_events(event: str | None, ea: EventMention | None, eb: EventMention | None,
                  measured: tuple[bool, bool], stated: tuple[tuple[bool, bool], tuple[bool, bool]]) -> bool:
    """``other_events`` for two figures of one thing (their own phrases' ``event``), except that a
    measure of a named thing is that thing's whether or not a verb takes it (``measured``: "a stretch
    of coast 25 miles long" and "washed up along 65 km of shoreline" measure one coast), and figures
    whose own words state one event are that event's (``stated``, from ``_stated``); a count no
    verb takes is still not a count some verb takes."""
    if (ea is None) != (eb is None) and all(measured):
        return False
    if _one_stated_event(event, *stated):
        return ea is not None and eb is not None and two_instances(ea, eb)
    return other_events(ea, eb)


STATE_WORDS = 3  # words an event phrase after a figure may take ("on board", "lost their lives")


def _stated(item: Located[Quantity], e: EventMention | None) -> tuple[bool, bool]:
    """Whether the verb that takes a figure names the figure's event ("carrying 212 passengers"), and
    whether the words right after it do ("186 passengers on board")."""
    q = item.fact
    if q.event is None:
        return False, False
    tail = item.doc.view[q.end : q.phrase_end].split()
    after = q.counted is not None and any(
        figure_event(" ".join(tail[-n:])) == q.event for n in range(1, min(STATE_WORDS, len(tail)) + 1))
    return e is not None and figure_event(e.text) == q.event, after


def _one_stated_event(event: str | None, sa: tuple[bool, bool], sb: tuple[bool, bool]) -> bool:
    """Figures whose event is stated for each ("carrying 212 passengers", "with 186 passengers on board"),
    one of them by the words after it while its clause's verb is another ("came off the track"): one
    event's figures. Two verbs that each name it ("10,000 gathered", "1,000 people attended") are left
    to the event layer, which tells two gatherings apart."""
    if event is None or is_change(event):
        return False
    (va, aa), (vb, ab) = sa, sb
    return not (va and vb) and (va or aa) and (vb or ab)


def _one_measure(ea: EventMention | None, eb: EventMention | None) -> bool:
    """Two verbs that only give a measure of one object ("measured the quake at", "put the quake at"):
    one measurement told two ways, unless the objects or the instances differ."""
    if ea is None or eb is None:
        return False
    verbs = words("number_measure_verbs.txt")
    if ea.lemma not in verbs or eb.lemma not in verbs or two_instances(ea, eb):
        return False
    return ea.theme == eb.theme or not (ea.theme and eb.theme)


def _generic(q: Quantity) -> bool:
    """A count of people that says nothing of them ("a dozen people were at the party"): no event of
    its own, so it cannot be told from any other group of people."""
    return q.event is None and q.counted in words("number_generic_nouns.txt")


def _order(a: Located[Quantity], b: Located[Quantity]) -> int | None:
    """1 when ``b``'s article was published later, -1 when ``a``'s was, 0 on one day, None when unknown."""
    da, db = a.doc.published, b.doc.published
    if a.doc is b.doc:
        return 0
    if da is None or db is None:
        return None
    return (db > da) - (db < da)


def transient(q: Quantity) -> bool:
    """Whether the count is of a state that changes either way: the missing, the trapped, the displaced."""
    return q.event is not None and q.event in words("number_transient.txt")


def cumulative(q: Quantity) -> bool:
    """Whether the count only grows as a story goes on: deaths, injuries, arrests, cases."""
    grows = words("number_cumulative.txt")
    return (q.event is not None and q.event in grows) or (q.counted is not None and q.counted in grows)


def agreement(a: Quantity, b: Quantity) -> float:
    """How surely two quantities count the same thing, from noun and event alone (0 = not at all).

    Different nouns or events, or an event on one side only ("11 miners were rescued"
    against "the mine's 300 miners"), mean different counts.
    """
    if a.partitive or b.partitive or dimension(a.unit) != dimension(b.unit):
        return 0.0
    if a.counted and b.counted and a.counted != b.counted:
        return 0.0
    if a.event != b.event:
        return 0.0
    if a.counted and b.counted:
        return SAME_NOUN
    return SAME_EVENT_ONLY if a.event and not is_change(a.event) else 0.0


# ---------------------------------------------------------------- disagreement


def _bounds(q: Quantity) -> tuple[_Bound, _Bound]:
    """The interval of ``q`` with infinities, widened by rounding slack when the number is unhedged."""
    low = q.low if q.low is not None else float("-inf")
    high = q.high if q.high is not None else float("inf")
    if q.hedge is None:
        rel = implicit_tolerance(q)
        if q.low is not None:
            low -= rel * abs(low)
        if q.high is not None:
            high += rel * abs(high)
    return (low, q.low_open), (high, q.high_open)


def _below(high: _Bound, low: _Bound) -> bool:
    """An interval ending at ``high`` lies wholly below one starting at ``low``."""
    return high[0] < low[0] or (high[0] == low[0] and (high[1] or low[1]))


def gap(a: Quantity, b: Quantity) -> float | None:
    """Relative distance between two disjoint quantities, or None when they can both hold."""
    (la, ha), (lb, hb) = _bounds(a), _bounds(b)
    if _below(ha, lb):
        lo, hi = ha[0], lb[0]
    elif _below(hb, la):
        lo, hi = hb[0], la[0]
    else:
        return None
    return (hi - lo) / max(abs(hi), abs(lo), 1e-9)


def disagreement(a: Quantity, b: Quantity) -> float | None:
    """How far apart two quantities of one thing are (0..1), or None when both can hold."""
    if a.kind == "tally" or b.kind == "tally":
        sa, sb = tally_sides(a), tally_sides(b)
        if sa is None or sb is None or sorted(sa) == sorted(sb):
            return None
        return TALLY_GAP
    return gap(a, b)


# ---------------------------------------------------------------- context


def context_span(item: Located[Quantity]) -> tuple[int, int]:
    """The sentence holding the quantity, or failing that the text between the stops around it."""
    q = item.fact
    sent = item.doc.sentence_at(q.start)
    if sent is not None:
        return sent.start, sent.end
    view = item.doc.view
    lo = max(0, q.start - _WINDOW)
    before = [m.end() for m in _STOPS.finditer(view, lo, q.start)]
    after = _STOPS.search(view, q.end, min(len(view), q.end + _WINDOW))
    return (before[-1] if before else lo), (after.start() + 1 if after else min(len(view), q.end + _WINDOW))


def context(item: Located[Quantity]) -> str:
    """The sentence around the quantity with its figures blanked, for scoring."""
    start, end = context_span(item)
    return _DIGITS.sub(" ", item.doc.view[start:end])


def _same_sentence(a: Located[Quantity], b: Located[Quantity]) -> bool:
    return a.facts is b.facts and context_span(a) == context_span(b)


def period(item: Located[Quantity]) -> str | None:
    """The reporting period nearest the quantity in its sentence ("1989-Q3", "P9M"), if any.

    Days are left out: a day dates the event, and two reports dating one event
    differently is the date check's business, not a reason to stop comparing counts.
    """
    start, end = context_span(item)
    q = item.fact
    best: tuple[int, str] | None = None
    for m in item.facts.date_index.starting_in(start, end):
        if m.end > end or not _is_period(m) or (m.start < q.end and q.start < m.end):
            continue  # outside the sentence, a day, or the quantity itself ("a three-year lease")
        dist = q.start - m.end if m.end <= q.start else max(0, m.start - q.end)
        if best is None or dist < best[0]:
            best = (dist, m.value)
    return best[1] if best else None


def _is_period(m: TimeMention) -> bool:
    return m.type in ("DATE", "DURATION") and _PERIOD.fullmatch(m.value) is not None


def _other_periods(pa: str | None, pb: str | None, one_article: bool) -> bool:
    """The two numbers are given for different reporting periods (``period`` of each).

    Inside one article a period named on one side only also separates them: the
    unmarked figure is the article's current one, the marked one an earlier or longer span.
    """
    if pa is not None and pb is not None:
        return pa != pb
    return one_article and (pa is None) != (pb is None)


def quote_at(item: Located[Quantity]) -> Quote | None:
    """The direct quotation the quantity stands in, if any (terms and scare quotes are not quotations)."""
    q = item.fact
    for quote in item.facts.quote_index.containing(q.start, q.end):
        if not quote.is_term:
            return quote
    return None


def _one_quotation(a: Located[Quantity], b: Located[Quantity]) -> bool:
    """Both numbers are one speaker's words: the quote checks, not the number check, compare them.

    That is so when the two quotations are one quote (the quote-wording check reports a
    changed figure in it), and inside one article when one speaker is quoted twice: the
    article reports those words, it does not assert them. A figure quoted on one side
    only, or two speakers' figures, are compared as any others.
    """
    qa, qb = quote_at(a), quote_at(b)
    if qa is None or qb is None:
        return False
    if a.facts is b.facts and qa.speaker is not None and qa.speaker == qb.speaker:
        return True
    return align_quotes(normalize_quote(qa.text), normalize_quote(qb.text)).same_quote


def _money_apart(a: Quantity, b: Quantity) -> bool:
    """Money amounts so far apart in scale that they are different amounts ("640 million" and "11.20")."""
    if a.kind != "money" or b.kind != "money":
        return False
    lo, hi = sorted((abs(a.value), abs(b.value)))
    return lo == 0 or hi / lo > MAX_MONEY_RATIO


def _role(q: Quantity) -> tuple[Hashable, ...]:
    return (q.counted, q.event, dimension(q.unit))


def _parallel(a: Located[Quantity], b: Located[Quantity], neighbours: _Neighbours) -> bool:
    """Two sentences of one article that give other figures of one role differently are parallel rows.

    "Sales rose 6.2% to $1.45 billion" and "Sales rose 6.7% to $4.27 billion" report two
    periods or units; "killed 253 and injured 5,000" and "killed 10 and wounded 70" two
    places. A restatement that contradicts itself would share its other figures.
    """
    if a.facts is not b.facts:
        return False
    others_b = [y for y in neighbours(b) if y is not b.fact and not y.partitive]
    for x in neighbours(a):
        if x is a.fact or x.partitive:
            continue
        for y in others_b:
            same_role = _role(x) == _role(y) or agreement(x, y) > 0.0
            if same_role and (x.low, x.high) != (y.low, y.high):
                return True
    return False


def _passage(item: Located[Quantity]) -> tuple[Quantity, ...]:
    """The figures of the item's sentence and of the ones around it."""
    doc = item.doc
    k = doc.sentence_index(item.fact.start)
    if k is None:
        return ()
    lo = doc.sentences[max(0, k - LISTED_REACH)].start
    hi = doc.sentences[min(len(doc.sentences) - 1, k + LISTED_REACH)].end
    return item.facts.quantity_index.starting_in(lo, hi)


def _listed(a: Located[Quantity], b: Located[Quantity], passage: Sequence[Quantity]) -> bool:
    """``a``'s passage (``_passage``) itself gives ``b``'s figure as another item of the same measure:
    "33 percent if white. 36 if Hispanic. 51 if African-American." against "51 percent": rows of one
    table, no clash."""
    return any(x is not a.fact and x is not b.fact and (x.low, x.high) == (b.fact.low, b.fact.high)
               and x.unit == b.fact.unit and (x.unit is not None or x.counted == b.fact.counted)
               for x in passage)


def _conjoined(item: Located[Quantity]) -> bool:
    """Whether a figure of people counts one of several groups of people joined by "and" or "or" ("a
    63-year-old woman and two men were shot"): a part of those the verb speaks of, not comparable with
    a count of them all. Things listed together ("12 magazines and 300 rounds") are each whole."""
    people = words("number_generic_nouns.txt")
    if item.fact.counted not in people:
        return False
    doc = item.doc
    tokens = doc.tokens
    k = bisect_left(doc.token_starts, item.fact.start)
    if k >= len(tokens):
        return False
    chunks = doc.chunks
    group = chunks.noun_at.get(k)
    if group is None or any(tokens[x].norm.endswith("ing") for x in range(group.first, k)):
        return False  # "the valley and flooding 62 homes": a verb the tagger read into the group
    before, after = group.first - 1, group.last + 1

    def people_at(x: int) -> bool:
        other = chunks.noun_at.get(x)
        return other is not None and tokens[other.head].lemma.lower() in people

    if before > 0 and tokens[before].norm in ("and", "or") and people_at(before - 1):
        return True
    return after + 1 < len(tokens) and tokens[after].norm in ("and", "or") and people_at(after + 1)


def _places(item: Located[Quantity]) -> frozenset[str]:
    sentence = item.doc.sentence_at(item.fact.start)
    if sentence is None:
        return frozenset()
    return frozenset(p.name for p in item.facts.place_index.starting_in(sentence.start, sentence.end)
                     if p.kind != "organization")


def _places_part(pa: frozenset[str], pb: frozenset[str]) -> bool:
    """Places ``pb`` are some of those ``pa`` totals over: "killed 257 people in Nairobi and Dar es
    Salaam" against "the blast in Dar es Salaam killed 10": a part, not the whole again."""
    return len(pa) >= 2 and bool(pb) and pb < pa


def events_counted(item: Located[Quantity]) -> str | None:
    """Whether the nouns of the figure's sentence that name a kind of event are all plural ("the
    attacks", "the blasts") or all singular ("a car bomb attack"): None when mixed or none."""
    sentence = item.doc.sentence_at(item.fact.start)
    if sentence is None:
        return None
    plural = {m.text.lower() != m.lemma.lower() for m in item.facts.event_index.starting_in(sentence.start, sentence.end)
              if m.kind == "noun" and m.classes}
    return None if len(plural) != 1 else ("several" if plural.pop() else "one")


_CAPACITY_WORDS = frozenset({"ADJ", "NOUN", "PROPN"})


def capacity(item: Located[Quantity]) -> frozenset[str]:
    """The role a count is held in, from "as" right after it: "11 seasons as a player" → {"player"}."""
    doc = item.doc
    k = bisect_left(doc.token_starts, item.fact.end)
    tokens = doc.tokens
    if k >= len(tokens) or tokens[k].norm != "as":
        return frozenset()
    k += 1
    if k < len(tokens) and tokens[k].upos == "DET":
        k += 1
    found: set[str] = set()
    while k < len(tokens) and tokens[k].upos in _CAPACITY_WORDS:
        found.add(tokens[k].lemma)
        k += 1
    return frozenset(found)


def _other_capacities(ca: frozenset[str], cb: frozenset[str]) -> bool:
    """Seasons as a player and seasons as an assistant coach are two careers, not one count; and
    "four seasons as director of personnel" is a part of the "19 seasons with the 76ers" said
    without a role (``capacity`` of each)."""
    return bool(ca or cb) and not ca & cb


def declared_total(item: Located[Quantity]) -> bool:
    """Whether the quantity's sentence gives its figures as a total ("a total of 31 magazines")."""
    start, end = context_span(item)
    sentence = " ".join(item.doc.view[start:end].lower().split())
    return _total_cues().search(sentence) is not None


@cache
def _total_cues() -> re.Pattern[str]:
    cues = sorted(words("number_total_cues.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b")


def _total_and_part(a: Located[Quantity], b: Located[Quantity], ta: bool, tb: bool) -> bool:
    """One side is a whole (``ta``, ``tb``: a declared total, or what several events did together
    against what one did) at least as large as the other, which may be one of its parts; a part larger
    than its whole is a contradiction still."""
    if ta == tb:
        return False
    total, other = (a.fact, b.fact) if ta else (b.fact, a.fact)
    return total.value >= other.value


def _thing(pair: Pair[Quantity]) -> tuple[Hashable, ...]:
    a, b = pair.a.fact, pair.b.fact
    docs = (id(pair.a.facts), id(pair.b.facts))
    return (*docs, a.counted or b.counted, a.event, dimension(a.unit))


def _strongest(pairs: list[Pair[Quantity]]) -> list[Pair[Quantity]]:
    """One pair per two documents and counted thing: the strongest that disagrees, else the strongest."""
    best: dict[tuple[Hashable, ...], tuple[tuple[bool, float, int], Pair[Quantity]]] = {}
    for n, pair in enumerate(pairs):
        rank = (disagreement(pair.a.fact, pair.b.fact) is not None, pair.score, -n)
        key = _thing(pair)
        kept = best.get(key)
        if kept is None or rank > kept[0]:
            best[key] = (rank, pair)
    return [p for _, p in sorted(best.values(), key=lambda rp: -rp[0][2])]


def quantity_pairs(facts: Sequence[DocFacts], *, within: bool = False,
                   apart: DocsApart | None = None) -> list[Pair[Quantity]]:
    """Candidate pairs of quantities about the same thing, across documents (and inside one if ``within``)."""
    items = [Located(f, q) for f in facts for q in f.quantities]
    ids = {id(f): n for n, f in enumerate(facts)}
    out: list[Pair[Quantity]] = []
    sentences: dict[tuple[int, int, int], list[Quantity]] = {}
    for it in items:
        sentences.setdefault((id(it.facts), *context_span(it)), []).append(it.fact)

    def neighbours(it: Located[Quantity]) -> Sequence[Quantity]:
        return sentences.get((id(it.facts), *context_span(it)), [])

    # what belongs to one figure, looked up once per figure rather than once per pair it is in
    places_of = _per_figure(_places)
    event_of = _per_figure(lambda it: governing(it.facts, it.fact.start, it.fact.end))
    stated_of = _per_figure(lambda it: _stated(it, event_of(it)))
    measured_of = _per_figure(_measure_of_thing)
    counted_of = _per_figure(events_counted)
    period_of = _per_figure(period)
    capacity_of = _per_figure(capacity)
    total_of = _per_figure(declared_total)
    passage_of = _per_figure(_passage)
    conjoined = _per_figure(_conjoined)
    context_of = _per_figure(context)
    near: dict[bool, Callable[[Located[Quantity]], frozenset[str]]] = {
        quoted: _per_figure(lambda it, quoted=quoted: people_near(it.facts, it.fact.start, it.fact.end, quoted=quoted))
        for quoted in (False, True)}

    for a, b, _shared in candidate_pairs(items, _keys, group=lambda x: ids[id(x.facts)], same_group=within,
                                         apart=items_apart(apart, lambda it: it.facts)):
        agree = agreement(a.fact, b.fact)
        if agree == 0.0 or _same_sentence(a, b) or _money_apart(a.fact, b.fact):
            continue
        if _other_periods(period_of(a), period_of(b), a.facts is b.facts) or _one_quotation(a, b) or _parallel(
                a, b, neighbours):
            continue
        pa, pb = places_of(a), places_of(b)
        if _listed(a, b, passage_of(a)) or _listed(b, a, passage_of(b)) or _places_part(pa, pb) or _places_part(pb, pa):
            continue
        if (_other_capacities(capacity_of(a), capacity_of(b)) or _total_and_part(a, b, total_of(a), total_of(b))
                or conjoined(a) != conjoined(b)):
            continue
        na, nb = counted_of(a), counted_of(b)
        if _total_and_part(a, b, na == "several" and nb == "one", nb == "several" and na == "one"):
            continue  # "the attacks killed 257 people" against "six were killed in a car bomb attack"
        ea, eb = event_of(a), event_of(b)
        two = _other_events(a.fact.event, ea, eb, (measured_of(a), measured_of(b)), (stated_of(a), stated_of(b)))
        if two and not _one_measure(ea, eb) or (ea is None and eb is None and _generic(a.fact)):
            continue
        # whose figures these are, when no verb's subject says so: the people their sentences are about
        if _other_holders(a, b, ea, eb, near):
            continue  # "DiLeo played for 10 seasons", "He played for 11 seasons": two careers
        sim = fuzz.token_set_ratio(context_of(a), context_of(b), processor=default_process) / 100.0
        if sim < (MIN_SIMILARITY_WITHIN if a.facts is b.facts else MIN_SIMILARITY):
            continue
        order, grows = _order(a, b), cumulative(a.fact)
        later, earlier = (b, a) if order == 1 else (a, b)
        risen = grows and bool(order) and later.fact.value > earlier.fact.value
        match = QuantityMatch(agree, agree >= SAME_NOUN, disagreement(a.fact, b.fact), grows, order,
                              transient(a.fact), risen)
        out.append(Pair(a, b, round(agree * sim, 3), match))
    return _strongest(out)
