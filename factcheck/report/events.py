"""What the event layer understood (``factcheck events``): the ``factcheck/events@1`` JSON and a table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.events.model import Event, EventMention
from factcheck.facts import DocFacts, SpanIndex
from factcheck.model import Claim
from factcheck.report.positions import located
from factcheck.report.terminal import label

SCHEMA = "factcheck/events@1"
ARTICLE = "the article"


def _source(claims: SpanIndex[Claim], m: EventMention) -> str:
    """Who asserts the mention: the source of the innermost claim holding it, else the article."""
    holding = claims.containing(m.start, m.end)
    return holding[-1].source if holding and holding[-1].source else ARTICLE


def mention_entry(f: DocFacts, m: EventMention, event: str, claims: SpanIndex[Claim]) -> dict[str, Any]:
    return {
        "path": f.doc.path,
        **located(f.doc, m.start, m.end),
        "lemma": m.lemma,
        "sentence": m.sent,
        "event": event,
        "kind": m.kind,
        "polarity": "negative" if m.negated else "positive",
        "modality": m.modality,
        "when": m.when,
        "where": m.where,
        "participants": sorted(m.participants),
        "instance": m.instance,
        "source": _source(claims, m),
    }


def events_payload(facts: Sequence[DocFacts], found: Sequence[Event]) -> dict[str, Any]:
    """The CONTRACT's ``factcheck/events@1``: the events, main first, and every mention with its event id."""
    claims = [SpanIndex.of(f.claims) for f in facts]
    rows = [mention_entry(facts[d], m, e.ident, claims[d]) for e in found for d, m in e.mentions]
    rows.sort(key=lambda r: ([f.doc.path for f in facts].index(r["path"]), r["start"], r["end"]))
    return {
        "schema": SCHEMA,
        "documents": [f.doc.path for f in facts],
        "events": [{"event": e.ident, "lemma": e.lemma, "main": e.main, "mentions": len(e.mentions),
                    "documents": len({d for d, _ in e.mentions})} for e in found],
        "mentions": rows,
    }


def render_events(console: Console, facts: Sequence[DocFacts], found: Sequence[Event]) -> None:
    """One row per event mentioned more than once, main event first; the rest counted."""
    table = Table(title="Events (the story's main event first)", title_justify="left", show_lines=False)
    for col in ("event", "mentions", "when", "where", "who", "said by"):
        table.add_column(col, overflow="fold")
    claims = [SpanIndex.of(f.claims) for f in facts]
    once = 0
    for e in found:
        if len(e.mentions) < 2 and not e.main:
            once += 1
            continue
        where_said = ", ".join(f"{label(d)}:{facts[d].doc.position(m.start, m.end).line} {m.text}"
                               for d, m in e.mentions[:6]) + (" …" if len(e.mentions) > 6 else "")
        whens = sorted({m.when for _, m in e.mentions if m.when})
        places = sorted({m.where for _, m in e.mentions if m.where})
        who = sorted({p.split(":", 1)[1] for _, m in e.mentions for p in m.participants})
        sources = sorted({_source(claims[d], m) for d, m in e.mentions})
        name = Text(e.lemma, style="bold" if e.main else "")
        if e.main:
            name.append("  (main)", style="dim")
        table.add_row(name, where_said, ", ".join(whens[:3]), ", ".join(places[:3]), ", ".join(who[:4]),
                      ", ".join(sources[:3]))
    console.print(table)
    if once:
        console.print(Text(f"{once} more event{'s' if once != 1 else ''} mentioned once (--format json lists every mention).",
                           style="dim"))
