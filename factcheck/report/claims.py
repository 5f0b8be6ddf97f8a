"""What the tool understood in each sentence (``factcheck claims``): people, events, polarity,
certainty, who asserts it, numbers with their intervals, places and dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.values.quantities import format_interval
from factcheck.facts import DocFacts, SpanIndex
from factcheck.model import Anchor, Claim, Document, Sentence
from factcheck.report.positions import located

CLAIMS_SCHEMA = "factcheck/claims@1"


def _anchor(doc: Document, a: Anchor) -> dict[str, Any]:
    return {**located(doc, a.start, a.end), "value": a.value, "events": sorted(a.events)}


def _structure(facts: DocFacts, c: Claim) -> dict[str, Any]:
    """Who does what to what, as the event layer read the predicate: the subject's head noun or the
    people it names, and the object; the polarity check compares these."""
    m = facts.predicate_event(c.pred_start, c.pred_end) if c.predicate else None
    return {
        "doer": m.doer if m else None,
        "agents": sorted(m.agents) if m else [],
        "object": m.theme if m else None,
    }


def _source_by(c: Claim) -> str:
    if c.quoted:
        return "quoted"
    return "reported" if c.source else "article"


def _does(structure: dict[str, Any]) -> str:
    who = ", ".join(a.split(":", 1)[-1] for a in structure["agents"]) or structure["doer"] or ""
    what = structure["object"] or ""
    return f"{who} → {what}" if who and what else who or (f"→ {what}" if what else "")


def claim_entry(facts: DocFacts, c: Claim) -> dict[str, Any]:
    doc = facts.doc
    return {
        **located(doc, c.start, c.end),
        "predicate": c.predicate,
        "predicate_span": located(doc, c.pred_start, c.pred_end) if c.predicate else None,
        "polarity": "negative" if c.negated else "positive",
        "frames": [{"frame": f, "sign": s} for f, s in c.frames],
        "mood": c.mood,
        "hedge": c.hedge,
        "source": c.source,
        "source_by": _source_by(c),
        "quoted": c.quoted,
        "structure": _structure(facts, c),
        "actors": sorted(c.actors),
        "events": sorted(c.events),
        "events_inherited": c.inherited,
        "dates": [_anchor(doc, a) for a in c.dates],
        "places": [_anchor(doc, a) for a in c.places],
    }


def sentence_entry(facts: DocFacts, s: Sentence, index: dict[str, SpanIndex[Any]] | None = None) -> dict[str, Any]:
    """What one sentence was understood to say; ``index`` (from ``fact_indexes``) keeps a whole document linear."""
    doc = facts.doc
    idx = index or fact_indexes(facts)

    def inside(name: str) -> tuple[Any, ...]:
        return idx[name].starting_in(s.start, s.end)

    return {
        **located(doc, s.start, s.end),
        "people": [{**located(doc, p.start, p.end), "name": p.name, "title": p.title} for p in inside("people")],
        "places": [{**located(doc, p.start, p.end), "name": p.name, "kind": p.kind, "country": p.country}
                   for p in inside("places")],
        "dates": [{**located(doc, d.start, d.end), "type": d.type, "value": d.value, "mod": d.mod}
                  for d in inside("dates")],
        "quantities": [{**located(doc, q.start, q.end), "interval": format_interval(q), "low": q.low, "high": q.high,
                        "unit": q.unit, "counted": q.counted, "hedge": q.hedge}
                       for q in inside("quantities")],
        "claims": [claim_entry(facts, c) for c in inside("claims")],
    }


def fact_indexes(facts: DocFacts) -> dict[str, SpanIndex[Any]]:
    """Each kind of fact sorted by position once, for per-sentence lookups."""
    return {name: SpanIndex.of(getattr(facts, name)) for name in ("people", "places", "dates", "quantities", "claims")}


def claims_payload(items: Sequence[DocFacts]) -> dict[str, Any]:
    return {
        "schema": CLAIMS_SCHEMA,
        "documents": [
            {
                "path": f.doc.path,
                "published": f.doc.published.isoformat() if f.doc.published else None,
                "sentences": [sentence_entry(f, s, idx) for s in f.doc.sentences if not s.heading],
            }
            for f, idx in ((f, fact_indexes(f)) for f in items)
        ],
    }


def _predicate_text(doc: Document, c: Claim) -> Text:
    if c.predicate is None:
        return Text("—", style="dim")
    words = doc.view[c.pred_start:c.pred_end]
    return Text(("¬ " if c.negated else "") + words, style="red" if c.negated else "")


def render_claims(console: Console, items: Sequence[DocFacts]) -> None:
    """One table per document: a row per claim, so a user sees why a finding fired or did not."""
    for f in items:
        doc = f.doc
        published = doc.published.isoformat() if doc.published else "no date"
        table = Table(title=f"{doc.path} · published {published}", title_justify="left", show_lines=False)
        for col in ("line", "who asserts it", "predicate", "who → what", "mood", "about", "when / where", "numbers"):
            table.add_column(col, overflow="fold")
        idx = fact_indexes(f)
        for s in doc.sentences:
            if s.heading:
                continue
            claims = idx["claims"].starting_in(s.start, s.end)
            numbers = ", ".join(f"{q.text} = {format_interval(q)}" for q in idx["quantities"].starting_in(s.start, s.end))
            line = str(doc.position(s.start, s.start).line)
            if not claims and numbers:
                table.add_row(line, "", "", "", "", "", "", numbers)
            for i, c in enumerate(claims):
                anchors = [f"{a.text} → {a.value}" for a in (*c.dates, *c.places)]
                about = ", ".join(sorted(c.events)) + (" (from context)" if c.inherited else "")
                table.add_row(
                    line if i == 0 else "",
                    (c.source or "the article") + ("" if not c.source else f" ({_source_by(c)})"),
                    _predicate_text(doc, c),
                    _does(_structure(f, c)),
                    c.mood + (f": {c.hedge}" if c.hedge else ""),
                    about,
                    "; ".join(anchors),
                    numbers if i == 0 else "",
                )
        console.print(table)
        console.print()
