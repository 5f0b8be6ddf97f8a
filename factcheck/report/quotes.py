"""What the quote extractor read: the ``factcheck/quotes@1`` JSON, speakers with their quotes, and a ledger."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.facts import LedgerEntry
from factcheck.model import Document, Quote
from factcheck.report.positions import located

SCHEMA = "factcheck/quotes@1"

Items = Sequence[tuple[Document, Sequence[Quote]]]


def quotes_payload(items: Items) -> dict[str, Any]:
    """The CONTRACT's ``factcheck/quotes@1`` document: positions point into each original file."""
    documents = []
    for doc, quotes in items:
        rows = []
        for q in sorted(quotes, key=lambda q: (q.start, q.end)):
            s_start = s_end = None
            if q.speaker_start is not None and q.speaker_end is not None:
                sp = doc.position(q.speaker_start, q.speaker_end)
                s_start, s_end = sp.start, sp.end
            rows.append({
                **located(doc, q.start, q.end),
                "speaker": q.speaker,
                "speaker_start": s_start,
                "speaker_end": s_end,
                "cue": q.cue,
                "speaker_by": q.speaker_by,
                "term": q.is_term,
            })
        documents.append({"path": doc.path, "quotes": rows})
    return {"schema": SCHEMA, "documents": documents}


def _short(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _by_speaker(quotes: Sequence[Quote]) -> list[tuple[str, list[Quote]]]:
    groups: dict[str, list[Quote]] = {}
    for q in quotes:
        if q.is_term:
            continue
        groups.setdefault(q.speaker or "(no speaker)", []).append(q)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "(no speaker)", -len(kv[1]), kv[0]))


def render_quotes(console: Console, items: Items, ledger: Sequence[LedgerEntry] = ()) -> None:
    """Speakers with their quotes per document; with several documents, the ledger (``pipeline.quotes_ledger``) of who said what where."""
    for doc, quotes in items:
        table = Table(title=f"{doc.path}", title_justify="left", expand=False)
        table.add_column("speaker", style="bold")
        table.add_column("line", justify="right")
        table.add_column("quote")
        table.add_column("cue (speaker found by)", style="dim")
        for speaker, qs in _by_speaker(quotes):
            for n, q in enumerate(qs):
                pos = doc.position(q.start, q.end)
                how = f"{q.cue or ''} ({q.speaker_by})" if q.speaker_by else (q.cue or "")
                table.add_row(speaker if n == 0 else "", str(pos.line), _short(q.text), how)
        terms = [q for q in quotes if q.is_term]
        console.print(table)
        if terms:
            console.print(Text("terms: " + ", ".join(f"“{_short(q.text, 40)}”" for q in terms), style="dim"))
    if len(items) < 2 or not ledger:
        return
    table = Table(title="ledger: each distinct quote, who said it and where", title_justify="left", expand=False)
    table.add_column("quote")
    table.add_column("said by")
    table.add_column("where")
    for entry in ledger:
        named = [s for s in entry.speakers if s != "(no speaker)"]
        where = ", ".join(f"{doc.path}:{doc.position(q.start, q.end).line}" for doc, q in entry.places)
        table.add_row(_short(entry.text, 70), Text(", ".join(entry.speakers), style="bold red" if len(named) > 1 else ""), where)
    console.print(table)
