"""The timeline table: every dated event of every article, by date, with clashes marked (rows from ``pipeline.timeline``)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from factcheck.facts import TimelineRow
from factcheck.values.timex import describe

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
