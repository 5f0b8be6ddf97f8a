"""What several documents say together: the timeline of their dated events, and the ledger of their quotations.

Both are built here from the analysed facts, once, so reports only print them.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.align.quotes import align_quotes
from factcheck.extract.lexis import once_events
from factcheck.extract.people import same_person
from factcheck.extract.quotes import QuoteKey, normalize_quote
from factcheck.facts import DocFacts, LedgerEntry, TimelineRow
from factcheck.model import Document, Finding, Quote
from factcheck.values.timex import interval

CLAUSE_CHARS = 70
NO_SPEAKER = "(no speaker)"


def timeline_rows(facts: Sequence[DocFacts], findings: Sequence[Finding]) -> list[TimelineRow]:
    """Dated events in date order, named by their once-only event first; a row is marked when a date finding points at it."""
    clashing = {(e.path, e.start, e.end) for f in findings if f.kind == "date" for e in f.evidence}
    once = once_events()
    rows: dict[tuple[str, int, int], TimelineRow] = {}
    for fx in facts:
        doc = fx.doc
        for claim in fx.claims:
            for anchor in claim.dates:
                span = interval(anchor.value, anchor.mod)
                if span is None:
                    continue
                pos = doc.position(anchor.start, anchor.end)
                events = sorted(anchor.events, key=lambda e: (e not in once, e)) or [claim.predicate or "—"]
                clause = " ".join(claim.text.split())
                rows[(doc.path, pos.start, pos.end)] = TimelineRow(
                    day=span[0], value=anchor.value, path=doc.path, line=pos.line, event=events[0],
                    text=pos.text, conflict=(doc.path, pos.start, pos.end) in clashing,
                    clause=clause if len(clause) <= CLAUSE_CHARS else clause[: CLAUSE_CHARS - 1] + "…",
                )
    return sorted(rows.values(), key=lambda r: (r.day, r.value, r.path, r.line))


def quotes_ledger(items: Sequence[tuple[Document, Sequence[Quote]]]) -> list[LedgerEntry]:
    """Distinct quotations across documents: each entry lists every place the same words appear and who said them."""
    places: list[list[tuple[Document, Quote]]] = []
    keys: list[QuoteKey] = []
    for doc, quotes in items:
        for q in quotes:
            if q.is_term:
                continue
            key = normalize_quote(q.text)
            for n, other in enumerate(keys):
                if other.plain and key.plain and (other.plain == key.plain or align_quotes(other, key).same_quote):
                    places[n].append((doc, q))
                    break
            else:
                keys.append(key)
                places.append([(doc, q)])
    return [LedgerEntry(entry[0][1].text, _speakers(entry), tuple(entry)) for entry in places]


def _speakers(entry: Sequence[tuple[Document, Quote]]) -> tuple[str, ...]:
    """The entry's speakers, one name per person ("Mara Fenn" and "Fenn" are one)."""
    speakers: list[str] = []
    for _, q in entry:
        name = q.speaker or NO_SPEAKER
        if not any(q.speaker and s != NO_SPEAKER and same_person(s, q.speaker) for s in speakers) and name not in speakers:
            speakers.append(name)
    return tuple(speakers)
