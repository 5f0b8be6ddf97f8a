"""The timeline: every dated event of every article in one table, by date, with clashes marked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rich.table import Table
from rich.text import Text

from factcheck.extract.lexis import once_events
from factcheck.values.timex import describe, interval
from factcheck.facts import DocFacts
from factcheck.model import Finding

CLAUSE_CHARS = 70


@dataclass(frozen=True)
class TimelineRow:
    day: date
    value: str
    path: str
    line: int
    event: str
    text: str
    clause: str
    conflict: bool


def timeline_rows(facts: Sequence[DocFacts], findings: Sequence[Finding]) -> list[TimelineRow]:
    """Dated events in date order; a row is marked when a date finding points at it."""
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


def timeline_table(rows: Sequence[TimelineRow], labels: dict[str, str]) -> Table:
    table = Table(title="Timeline (dates resolved per source; ✖ where sources disagree on the same event)",
                  title_justify="left", show_header=True, header_style="bold")
    for col in ("", "when", "source", "event", "as written", "passage"):
        table.add_column(col, overflow="fold")
    for r in rows:
        mark = Text("✖", style="bold red") if r.conflict else Text("")
        table.add_row(mark, describe(r.value), f"{labels.get(r.path, '?')}:{r.line}", r.event,
                      f"\"{r.text}\"", r.clause)
    return table
