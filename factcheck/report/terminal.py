"""The rich terminal report: sources, findings with both passages side by side, a summary.

Everything shown in colour is also said in words, so the report reads the same
when piped or with NO_COLOR set.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Sequence
from typing import IO

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factcheck.model import Document, Evidence, Finding
from factcheck.report.json import contract_order

STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
CONTEXT = 160
PANELS = 200  # findings drawn in full; past this a report is searched, not read, so the rest take a line each
PIPED_WIDTH = 120
ORIGIN_WORDS = {
    "header": "date line",
    "html-meta": "page metadata",
    "front-matter": "front matter",
    "option": "--published",
    None: "unknown",
}


def make_console(file: IO[str] | None = None) -> Console:
    """A console that colours only a terminal and honours NO_COLOR; wide enough for two passages when piped.

    Off a terminal, or with NO_COLOR set, no escape codes at all are written (not even bold):
    the brackets around the clashing words carry the highlight.
    """
    out = file or sys.stdout
    terminal = bool(out.isatty()) if hasattr(out, "isatty") else False
    plain = not terminal or bool(os.environ.get("NO_COLOR"))
    return Console(
        file=out,
        no_color=plain,
        color_system=None if plain else "auto",
        force_terminal=terminal,
        highlight=False,
        emoji=False,
        markup=False,
        width=None if terminal else PIPED_WIDTH,
        soft_wrap=False,
    )


def label(index: int) -> str:
    """A, B, … Z, AA, AB …: short names for sources in the report."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def labels(documents: Sequence[Document]) -> dict[str, str]:
    return {d.path: label(i) for i, d in enumerate(documents)}


def counts(findings: Sequence[Finding]) -> str:
    c = Counter(f.severity for f in findings)
    plural = {"error": "errors", "warning": "warnings", "info": "info"}
    parts = [f"{c[s]} {s if c[s] == 1 else plural[s]}" for s in ("error", "warning", "info") if c[s]]
    noun = "finding" if len(findings) == 1 else "findings"
    return f"{len(findings)} {noun}" + (f" ({', '.join(parts)})" if parts else "")


def sources_table(documents: Sequence[Document], drafts: int = 0) -> Table:
    """What was read; with drafts (lint) a column says which files are drafts and which their sources."""
    title = "Files read" if drafts else "Sources"
    table = Table(title=title, title_justify="left", box=box.SQUARE, header_style="bold")
    columns = [("#", "center"), ("file", "left"), ("title", "left"), ("published", "left"),
               ("from", "left"), ("sentences", "right"), ("words", "right")]
    if drafts:
        columns.insert(1, ("role", "left"))
    for col, justify in columns:
        table.add_column(col, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for i, d in enumerate(documents):
        role = (["draft" if i < drafts else "source"] if drafts else [])
        table.add_row(
            label(i), *role, d.path, _clip(d.title or "—", 48),
            d.published.isoformat() if d.published else "—",
            ORIGIN_WORDS.get(d.published_from, d.published_from or "unknown"),
            str(len(d.sentences)), f"{d.words:,}",
        )
    return table


def anchor_notes(documents: Sequence[Document]) -> list[Text]:
    """Say what relative dates were resolved against, and how to change it."""
    notes = []
    for i, d in enumerate(documents):
        if d.published_from == "option":
            continue
        if d.published is None:
            notes.append(Text(f"⚠ {label(i)}: no publication date found; relative dates (\"on Monday\") stay "
                              "unresolved.", style="yellow"))
        elif d.published_from == "header":
            notes.append(Text(f"⚠ {label(i)}: the date comes from a line at the top of the file, which may be "
                              "the page's date rather than the article's.", style="dim"))
    if notes:
        notes.append(Text("  Relative dates are resolved against these dates; override with "
                          "--published FILE=YYYY-MM-DD.", style="dim"))
    return notes


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def passage(ev: Evidence) -> Text:
    """The sentence around the evidence, with the clashing words marked [like this] and in bold."""
    sentence = " ".join(ev.sentence.split())
    target = " ".join(ev.text.split())
    at = sentence.find(target) if target else -1
    if at < 0:
        return Text(_clip(sentence, 2 * CONTEXT))
    before, after = sentence[:at], sentence[at + len(target):]
    if len(before) > CONTEXT:
        before = "…" + before[-CONTEXT:].split(" ", 1)[-1] if " " in before[-CONTEXT:] else "…" + before[-CONTEXT:]
    if len(after) > CONTEXT:
        after = after[:CONTEXT].rsplit(" ", 1)[0] + "…"
    out = Text(before)
    out.append("[" + target + "]", style="bold reverse")
    out.append(after)
    return out


def finding_panel(f: Finding, names: dict[str, str]) -> Panel:
    """One finding: the message, where each passage is (path:line:column, never wrapped), then the passages side by side."""
    grid = Table.grid(expand=True, padding=(0, 2))
    for _ in f.evidence:
        grid.add_column(ratio=1)
    locations, heads, bodies = [], [], []
    for ev in f.evidence:
        name = names.get(ev.path, "?")
        who = f" · {ev.source}" if ev.source else ""
        locations.append(Text(f"{name}  {ev.path}:{ev.line}:{ev.column}{who}", style="dim", no_wrap=True,
                              overflow="ellipsis"))
        heads.append(Text(f"{name}{who}", style="bold"))
        bodies.append(passage(ev))
    grid.add_row(*heads)
    grid.add_row(*bodies)
    values = [ev.value for ev in f.evidence]
    parts: list[Text | Table] = [Text(f.message), Text(""), *locations, Text(""), grid]
    if any(values):
        parts.append(Text("compared: " + "  vs  ".join(v or "—" for v in values), style="dim"))
    title = f"{f.severity.upper()} · {f.kind} · confidence {f.confidence:.2f}"
    return Panel(Group(*parts), title=title, title_align="left", border_style=STYLE[f.severity])


def finding_line(f: Finding, names: dict[str, str]) -> Text:
    """One finding on one line: severity, kind, where each passage is, and the message."""
    where = "  ↔  ".join(f"{names.get(ev.path, '?')} {ev.path}:{ev.line}:{ev.column}" for ev in f.evidence)
    out = Text(f"{f.severity.upper():<7}", style=STYLE[f.severity])
    out.append(f" {f.kind} · {f.confidence:.2f}  {where}  ", style="dim")
    out.append(f.message)
    return out


def render_findings(
    console: Console,
    documents: Sequence[Document],
    findings: Sequence[Finding],
    *,
    command: str = "compare",
    exit_note: str = "",
    drafts: int = 0,
    timeline: Table | None = None,
) -> None:
    """The whole report; ``drafts`` says how many of the documents (the first ones) are drafts being linted."""
    n = len(documents)
    sources = n - drafts
    what = f"{sources} source{'s' if sources != 1 else ''}"
    if drafts:
        plural = "s" if drafts != 1 else ""
        what = (f"{drafts} draft{plural} · {what}" if sources
                else f"{drafts} draft{plural}{', each' if drafts != 1 else ''} checked against itself")
    console.print(Text(f"factcheck {command} · {what} · {counts(findings)}", style="bold"))
    console.print()
    console.print(sources_table(documents, drafts))
    for note in anchor_notes(documents):
        console.print(note)
    console.print()
    if not findings:
        console.print(Text(f"No contradictions found between the {n} sources." if n > 1
                           else "No contradictions found in this source.", style="bold green"))
    names = labels(documents)
    ordered = contract_order(findings)
    for f in ordered[:PANELS]:
        console.print(finding_panel(f, names))
    if len(ordered) > PANELS:
        rest = len(ordered) - PANELS
        console.print(Text(f"The other {rest:,} finding{'s' if rest != 1 else ''}, one line each "
                           "(--format json has every passage):", style="bold"))
        for f in ordered[PANELS:]:
            console.print(finding_line(f, names), soft_wrap=True)
    if timeline is not None and timeline.row_count:
        console.print()
        console.print(timeline)
    console.print()
    console.print(Text(counts(findings) + (f"   ({exit_note})" if exit_note else ""), style="bold"))
