"""What the tool understood in each sentence (``factcheck claims``): people, events, polarity,
certainty, who asserts it, numbers with their intervals, places and dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.extract.numbers import format_interval
from factcheck.facts import DocFacts
from factcheck.model import Anchor, Claim, Document, Sentence
from factcheck.report.positions import located

CLAIMS_SCHEMA = "factcheck/claims@1"


def _anchor(doc: Document, a: Anchor) -> dict[str, Any]:
    return {**located(doc, a.start, a.end), "value": a.value, "events": sorted(a.events)}


def claim_entry(doc: Document, c: Claim) -> dict[str, Any]:
    return {
        **located(doc, c.start, c.end),
        "predicate": c.predicate,
        "predicate_span": located(doc, c.pred_start, c.pred_end) if c.predicate else None,
        "polarity": "negative" if c.negated else "positive",
        "frames": [{"frame": f, "sign": s} for f, s in c.frames],
        "mood": c.mood,
        "hedge": c.hedge,
        "source": c.source,
        "quoted": c.quoted,
        "actors": sorted(c.actors),
        "events": sorted(c.events),
        "events_inherited": c.inherited,
        "dates": [_anchor(doc, a) for a in c.dates],
        "places": [_anchor(doc, a) for a in c.places],
    }


def _inside(s: Sentence, start: int) -> bool:
    return s.start <= start < s.end


def sentence_entry(facts: DocFacts, s: Sentence) -> dict[str, Any]:
    doc = facts.doc
    return {
        **located(doc, s.start, s.end),
        "people": [{**located(doc, p.start, p.end), "name": p.name, "title": p.title}
                   for p in facts.people if _inside(s, p.start)],
        "places": [{**located(doc, p.start, p.end), "name": p.name, "kind": p.kind, "country": p.country}
                   for p in facts.places if _inside(s, p.start)],
        "dates": [{**located(doc, d.start, d.end), "type": d.type, "value": d.value, "mod": d.mod}
                  for d in facts.dates if _inside(s, d.start)],
        "quantities": [{**located(doc, q.start, q.end), "interval": format_interval(q), "low": q.low, "high": q.high,
                        "unit": q.unit, "counted": q.counted, "hedge": q.hedge}
                       for q in facts.quantities if _inside(s, q.start)],
        "claims": [claim_entry(doc, c) for c in facts.claims if _inside(s, c.start)],
    }


def claims_payload(items: Sequence[DocFacts]) -> dict[str, Any]:
    return {
        "schema": CLAIMS_SCHEMA,
        "documents": [
            {
                "path": f.doc.path,
                "published": f.doc.published.isoformat() if f.doc.published else None,
                "sentences": [sentence_entry(f, s) for s in f.doc.sentences if not s.heading],
            }
            for f in items
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
        for col in ("line", "who asserts it", "predicate", "mood", "about", "when / where", "numbers"):
            table.add_column(col, overflow="fold")
        for s in doc.sentences:
            if s.heading:
                continue
            claims = [c for c in f.claims if _inside(s, c.start)]
            numbers = ", ".join(f"{q.text} = {format_interval(q)}" for q in f.quantities if _inside(s, q.start))
            line = str(doc.position(s.start, s.start).line)
            if not claims and numbers:
                table.add_row(line, "", "", "", "", "", numbers)
            for i, c in enumerate(claims):
                anchors = [f"{a.text} → {a.value}" for a in (*c.dates, *c.places)]
                about = ", ".join(sorted(c.events)) + (" (from context)" if c.inherited else "")
                table.add_row(
                    line if i == 0 else "",
                    (c.source or "the article") + (" (quoted)" if c.quoted else ""),
                    _predicate_text(doc, c),
                    c.mood + (f": {c.hedge}" if c.hedge else ""),
                    about,
                    "; ".join(anchors),
                    numbers if i == 0 else "",
                )
        console.print(table)
        console.print()
