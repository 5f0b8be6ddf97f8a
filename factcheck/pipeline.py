"""The library entry points: analyse one document, compare several. No side effects."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from factcheck.align.claims import claim_pairs, event_pairs
from factcheck.align.index import EVERY, Share
from factcheck.align.people import people_pairs
from factcheck.align.quantities import quantity_pairs
from factcheck.align.quotes import quote_pairs
from factcheck.align.relations import relation_pairs
from factcheck.checks import Check, Pairs, load_all
from factcheck.events.attach import reporting_verbs
from factcheck.events.identity import events, link
from factcheck.events.model import Event, EventMention
from factcheck.events.background import mark_background
from factcheck.events.mentions import event_mentions, mentions_in
from factcheck.events.stories import names_of, other_stories, stories
from factcheck.extract.claims import extract_claims
from factcheck.extract.dates import extract_dates
from factcheck.extract.numbers import extract_quantities
from factcheck.extract.people import extract_people
from factcheck.extract.places import extract_places
from factcheck.extract.quotes import extract_quotes
from factcheck.extract.relations import extract_relations
from factcheck.lang import analyse_text
from factcheck.lang.model import from_columns, token_columns
from factcheck.lang.tagger import keep_everything
from factcheck.lang.tagger import load as load_tagger
from factcheck.overview import quotes_ledger as _ledger
from factcheck.overview import timeline_rows
from factcheck.facts import DocFacts, LedgerEntry, Pair, TimelineRow
from factcheck.model import (Claim, Document, Finding, PersonMention, PlaceMention, Quantity, Quote, Relation,
                             TimeMention)
from factcheck.processes import can_fork, forked, shared

PairBuilder = Callable[..., "list[Pair[Any]]"]

# How each kind of pair is built; a check names the kind it reads with ``over``.
PAIR_BUILDERS: dict[Pairs, PairBuilder] = {
    Pairs.QUOTES: quote_pairs,
    Pairs.PEOPLE: people_pairs,
    Pairs.QUANTITIES: quantity_pairs,
    Pairs.CLAIMS: claim_pairs,
    Pairs.EVENTS: event_pairs,
    Pairs.RELATIONS: relation_pairs,
}
# Pairs of these kinds are always also looked for inside one document: a claim
# carries its source, and two sources in one article can contradict each other.
ALWAYS_WITHIN: frozenset[Pairs] = frozenset({Pairs.CLAIMS, Pairs.EVENTS})
# The most costly kind to pair, and the one whose builder makes a share of its pairs (``share``),
# so that two processes can build and judge it half each.
SHARED: Pairs = Pairs.CLAIMS
# What a forked process pairs and judges when checks run in two: its share of the claims and all
# the figures (the second most costly kind in a corpus of many articles); this one does the rest.
FORKED: frozenset[Pairs] = frozenset({SHARED, Pairs.QUANTITIES})


# What the extractors that read the text alone find: people, dates, places, numbers.
TextFacts = tuple[tuple[PersonMention, ...], tuple[TimeMention, ...], tuple[PlaceMention, ...], tuple[Quantity, ...]]


def analyse(doc: Document) -> DocFacts:
    """Run every extractor over the document's analysed text."""
    return _from_text_facts(doc, (extract_people(doc.view), extract_dates(doc.view, doc.published),
                                  extract_places(doc.view), extract_quantities(doc.view)))


def _from_text_facts(doc: Document, text: TextFacts, quotes: tuple[Quote, ...] | None = None) -> DocFacts:
    """The extractors that read the tokens and what the text-only ones found, in one process
    (``quotes``: the document's quotations, when they are found already)."""
    people, dates, places, _ = text
    if quotes is None:
        quotes = extract_quotes(doc.view, people, doc.tokens, doc.chunks)
    claims = extract_claims(doc, people=people, places=places, dates=dates, quotes=quotes)
    return _facts(doc, text, quotes, claims, event_mentions(doc, people, places, dates, _speakers(claims, quotes)),
                  extract_relations(doc, people, places, dates))


def _speakers(claims: Sequence[Claim], quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """Who is reported or quoted: the spans events leave out of their participants."""
    return [(c.source_start, c.source_end) for c in claims if c.source_start is not None] + [
        (q.speaker_start, q.speaker_end) for q in quotes if q.speaker_start is not None]


def _facts(doc: Document, text: TextFacts, quotes: tuple[Quote, ...], claims: tuple[Claim, ...],
           events: tuple[EventMention, ...], relations: tuple[Relation, ...]) -> DocFacts:
    people, dates, places, quantities = text
    return DocFacts(doc=doc, dates=dates, quantities=quantities, quotes=quotes, people=people, places=places,
                    claims=claims, events=events, relations=relations,
                    story=names_of(doc))  # made here, where the tokens are, and sent with the facts from a worker


PARALLEL_FROM = 8  # documents: below this, starting worker processes costs more than it saves
LONG_DOCUMENT = 200_000  # characters: a document this long is analysed by two processes, half each


def analyse_all(docs: Sequence[Document], *, jobs: int = 1,
                progress: Callable[[int], None] | None = None) -> list[DocFacts]:
    """``analyse`` for every document, in order, over ``jobs`` processes for many documents.

    Analysis is a pure function of the document, so the facts are the same whatever
    ``jobs`` is; ``progress`` is told each time one more document is done. With few
    documents, a long one is analysed half in this process and half in a forked one.
    """
    split = jobs > 1 and can_fork()
    if split and len(docs) >= PARALLEL_FROM:
        out = _shared(docs, jobs, progress)
    else:
        out = []
        for doc in docs:
            out.append(_analyse_long(doc) if split and len(doc.view) >= LONG_DOCUMENT else analyse(doc))
            if progress is not None:
                progress(len(out))
    keep_everything()  # what this process's tagger made: a forked one's last few parts are made again next time
    return out


def _analyse_long(doc: Document) -> DocFacts:
    """``analyse`` of one long document by this process and a forked one, each stage's output the same.

    Sentences are tagged apart, so the forked process tags the second half and then reads the
    dates, places and figures off the text, while this one tags the first half, finds the people,
    chunks the whole and finds the quotations. Claims and event mentions read no sentence before
    their paragraph's (``extract_claims``, ``mentions_in``), so a second fork finds those of the
    paragraphs from the middle on while this one finds the rest; the background pass reads the
    whole lead, after both.
    """
    spans = [(s.start, s.end) for s in doc.sentences]
    cut = _middle_paragraph(doc)
    tagged = cut or len(spans) // 2
    load_tagger()  # before the fork, which then has it
    with forked(lambda: token_columns(analyse_text(doc.view, spans[tagged:], tagged)),
                lambda: (extract_dates(doc.view, doc.published), extract_places(doc.view),
                         extract_quantities(doc.view))) as (later, rest):
        first = analyse_text(doc.view, spans[:tagged])
        people = extract_people(doc.view)
        doc.adopt_tokens(first + from_columns(later.result()))
        quotes = extract_quotes(doc.view, people, doc.tokens, doc.chunks)  # while the fork reads the figures
        dates, places, quantities = rest.result()
    text = (people, dates, places, quantities)
    if not cut:
        return _from_text_facts(doc, text, quotes)

    def claims_and_mentions(sentences: range) -> tuple[tuple[Claim, ...], list[EventMention]]:
        claims = extract_claims(doc, people=people, places=places, dates=dates, quotes=quotes, sentences=sentences)
        return claims, mentions_in(doc, people, places, dates, _speakers(claims, quotes), sentences)

    with forked(lambda: claims_and_mentions(range(cut, len(spans))),
                lambda: extract_relations(doc, people, places, dates)) as (later, relations):
        claims, mentions = claims_and_mentions(range(cut))
        later_claims, later_mentions = later.result()
        events = mark_background([*mentions, *later_mentions])
        return _facts(doc, text, quotes, claims + later_claims, events, relations.result())


def _middle_paragraph(doc: Document) -> int:
    """The first sentence of the paragraph that starts nearest the middle of the text, 0 if only the first does."""
    middle = len(doc.view) // 2
    starts = [k for k in range(1, len(doc.sentences)) if doc.sentences[k].paragraph != doc.sentences[k - 1].paragraph]
    return min(starts, key=lambda k: (abs(doc.sentences[k].start - middle), k), default=0)


BATCH = 4  # documents a worker is handed at a time: small enough that the processes finish together


def _analyse_batch(docs: Sequence[Document]) -> list[DocFacts]:
    return [analyse(d) for d in docs]


def _shared(docs: Sequence[Document], jobs: int, progress: Callable[[int], None] | None) -> list[DocFacts]:
    """Many documents analysed in batches by ``jobs - 1`` forked processes and this one together."""
    batches = [docs[k : k + BATCH] for k in range(0, len(docs), BATCH)]
    count = 0

    def done(k: int) -> None:
        nonlocal count
        count += len(batches[k])
        if progress is not None:
            progress(count)

    analysed = shared(lambda k: _analyse_batch(batches[k]), len(batches), jobs, done)
    return [facts for batch in analysed for facts in batch]


PARALLEL_CHECKS_FROM = 3000  # claims, figures and quotes in all: below this, a second process costs more than it saves
OWN_SHARE, FORKED_SHARE = Share(0, 1, 2), Share(1, 2, 2)  # the pairs of claims, half each


def run_checks(
    facts: Sequence[DocFacts],
    *,
    kinds: Collection[str] | None = None,
    within: bool = False,
    focus: Document | None = None,
    jobs: int = 1,
) -> list[Finding]:
    """Build each needed kind of pair once, run the registered checks, dedupe and order.

    With ``focus`` only pairs with one side in that document are judged (a draft
    against its sources, not the sources against each other). With ``jobs`` > 1 and
    many facts, a forked process (which shares the facts without sending them) builds and
    judges half the pairs of claims and every pair of figures (``FORKED``), while this one does
    the other half of the claims and every other kind. No pair is in both halves, and the
    evidence of a finding over claims is their two predicates' spans, which no other pair has,
    so no finding of one half can stand in for one of the other: the result is the same.
    """
    checks = [c for c in load_all().values() if kinds is None or c.kind in kinds]
    size = sum(len(f.claims) + len(f.quantities) + len(f.quotes) for f in facts)
    theirs = [c for c in checks if c.over in FORKED]
    ours = [c for c in checks if c.over is SHARED or c.over not in FORKED]
    if jobs > 1 and size >= PARALLEL_CHECKS_FROM and theirs and ours and can_fork():
        with forked(lambda: _judged(facts, theirs, within, focus, FORKED_SHARE)) as (forked_found,):
            found = _judged(facts, ours, within, focus, OWN_SHARE)
            for finding in forked_found.result().values():
                keep_most_confident(found, finding)
    else:
        found = _judged(facts, checks, within, focus)
    return sorted(found.values(), key=Finding.sort_key)


def _judged(facts: Sequence[DocFacts], checks: Sequence[Check], within: bool,
            focus: Document | None, share: Share = EVERY) -> dict[tuple[object, ...], Finding]:
    """Each check's findings over its pairs (of the ``SHARED`` kind, ``share`` of them), the most
    confident kept where two share kind and evidence."""
    apart = _never_paired(facts, focus)
    pairs: dict[Pairs, list[Pair[Any]]] = {}
    findings: dict[tuple[object, ...], Finding] = {}
    for chk in checks:
        if chk.over not in pairs:
            kw: dict[str, Any] = {"share": share} if chk.over is SHARED else {}
            within_too = within or chk.over in ALWAYS_WITHIN
            pairs[chk.over] = PAIR_BUILDERS[chk.over](facts, within=within_too, apart=apart, **kw)
        for pair in pairs[chk.over]:
            finding = chk.judge(pair)
            if finding is not None:
                keep_most_confident(findings, finding)
    return findings


def keep_most_confident(findings: dict[tuple[object, ...], Finding], finding: Finding) -> None:
    """``finding`` under its ``key``, unless the one there is at least as confident."""
    kept = findings.get(finding.key)
    if kept is None or finding.confidence > kept.confidence:
        findings[finding.key] = finding


def _never_paired(facts: Sequence[DocFacts], focus: Document | None = None) -> Callable[[DocFacts, DocFacts], bool]:
    """Whether two documents' facts are never paired: they report two different events
    (``events.stories.other_stories``), so nothing in one can contradict the other, or neither
    is the ``focus`` (two sources of a draft). The pair builders skip such pairs unscored."""
    names = {id(f): f.story if f.story is not None else names_of(f.doc) for f in facts}

    def apart(a: DocFacts, b: DocFacts) -> bool:
        if focus is not None and a.doc is not focus and b.doc is not focus:
            return True
        return a is not b and other_stories(names[id(a)], names[id(b)])

    return apart


def compare(
    documents: Sequence[Document],
    *,
    kinds: Collection[str] | None = None,
    within: bool = False,
    jobs: int = 1,
) -> list[Finding]:
    """Every contradiction between the documents (and between sources inside one)."""
    return run_checks(analyse_all(documents, jobs=jobs), kinds=kinds, within=within, jobs=jobs)


def dates_of(doc: Document) -> tuple[TimeMention, ...]:
    """The date and time expressions of one document, resolved (``factcheck dates``)."""
    return extract_dates(doc.view, doc.published)


def quotes_of(doc: Document) -> tuple[Quote, ...]:
    """The direct quotations of one document with their speakers (``factcheck quotes``)."""
    return extract_quotes(doc.view, extract_people(doc.view), doc.tokens)


def timeline(facts: Sequence[DocFacts], findings: Sequence[Finding]) -> list[TimelineRow]:
    """Every dated event of the documents in date order, those a date finding points at marked."""
    return timeline_rows(facts, findings)


def quotes_ledger(items: Sequence[tuple[Document, Sequence[Quote]]]) -> list[LedgerEntry]:
    """Each distinct quotation across the documents, with who said it and where."""
    return _ledger(items)


def events_of(facts: Sequence[DocFacts]) -> list[Event]:
    """The events of several analysed documents, grouped into stories, the main event first (``factcheck events``)."""
    docs = [f.doc for f in facts]
    return events([f.events for f in facts], skip_main=reporting_verbs(), story=stories(docs))


def system_mentions(docs: Sequence[Document]) -> list[tuple[str, int, int, str]]:
    """(path, start, end, event id) for every event mention in ``docs``, ids shared across documents."""
    facts = [analyse(d) for d in docs]
    ids = link([f.events for f in facts], stories(docs))
    return [(f.doc.path, m.start, m.end, f"e{i}") for f, row in zip(facts, ids) for m, i in zip(f.events, row)]
