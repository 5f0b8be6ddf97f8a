"""What the dates tagger read in each document: the ``factcheck/dates@1`` JSON and a rich table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.values.timex import describe
from factcheck.model import Document, TimeMention
from factcheck.report.positions import located
from factcheck.report.terminal import ORIGIN_WORDS

SCHEMA = "factcheck/dates@1"

Items = Sequence[tuple[Document, Sequence[TimeMention]]]


def _anchor(doc: Document, mention: TimeMention) -> str | int | None:
    """``published``, ``None``, or the file offset of the mention it was counted from."""
    if isinstance(mention.anchor, int):
        return doc.position(mention.anchor, mention.anchor + 1).start
    return mention.anchor


def dates_payload(items: Items) -> dict[str, Any]:
    """The CONTRACT's ``factcheck/dates@1`` document: positions point into each original file."""
    documents = []
    for doc, mentions in items:
        rows = []
        for m in sorted(mentions, key=lambda m: (m.start, m.end)):
            rows.append({
                **located(doc, m.start, m.end),
                "type": m.type,
                "value": m.value,
                "mod": m.mod,
                "anchor": _anchor(doc, m),
            })
        documents.append({
            "path": doc.path,
            "published": doc.published.isoformat() if doc.published else None,
            "mentions": rows,
        })
    return {"schema": SCHEMA, "documents": documents}


def in_words(mention: TimeMention) -> str:
    """The value read out ("Wednesday 22 October 2025", "2 weeks", "every Sunday")."""
    return describe(mention.value, mention.mod)


def _anchor_words(doc: Document, mention: TimeMention, by_start: dict[int, TimeMention]) -> Text:
    if mention.anchor == "published":
        when = doc.published.isoformat() if doc.published else "?"
        return Text(f"published {when}", style="dim")
    if isinstance(mention.anchor, int):
        target = by_start.get(mention.anchor)
        pos = doc.position(mention.anchor, target.end if target else mention.anchor + 1)
        label = f"“{pos.text}”" if target else f"offset {pos.start}"
        return Text(f"{label} (line {pos.line})", style="cyan")
    return Text("absolute", style="dim")


def render_dates(console: Console, items: Items) -> None:
    """One table per document: each expression, where it is, and how it was read."""
    for doc, mentions in items:
        published = doc.published.isoformat() if doc.published else "unknown"
        origin = f" (from the {ORIGIN_WORDS[doc.published_from]})" if doc.published_from else ""
        table = Table(
            title=f"{doc.path} — published {published}{origin}",
            title_justify="left",
            show_lines=False,
            expand=False,
        )
        table.add_column("text", overflow="fold")
        table.add_column("line:col", justify="right", no_wrap=True)
        table.add_column("type", no_wrap=True)
        table.add_column("value", no_wrap=True, style="bold")
        table.add_column("in words", overflow="fold")
        table.add_column("anchor", overflow="fold")
        by_start = {m.start: m for m in mentions}
        for m in sorted(mentions, key=lambda m: (m.start, m.end)):
            pos = doc.position(m.start, m.end)
            table.add_row(
                Text(pos.text),
                f"{pos.line}:{pos.column}",
                m.type,
                Text(m.value + (f" ({m.mod})" if m.mod else "")),
                in_words(m),
                _anchor_words(doc, m, by_start),
            )
        if not mentions:
            table.add_row(Text("no dates found", style="dim"), "", "", "", "", "")
        console.print(table)
