"""Markdown for a pull-request comment: a summary line, a table, and each finding's passages."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.model import Evidence, Finding
from factcheck.report.terminal import counts

ICON = {"error": "\u274c", "warning": "\u26a0\ufe0f", "info": "\u2139\ufe0f"}


def cell(text: str) -> str:
    """Text safe inside a table cell: one line, pipes, backticks and tags escaped."""
    flat = " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`")
    return flat.replace("&", "&amp;").replace("<", "&lt;")


def where(ev: Evidence) -> str:
    return f"`{ev.path.replace('`', '')}:{ev.line}:{ev.column}`"


def quoted(ev: Evidence) -> str:
    sentence = cell(ev.sentence)
    target = cell(ev.text)
    at = sentence.find(target) if target else -1
    if at >= 0:
        sentence = sentence[:at] + "**" + target + "**" + sentence[at + len(target):]
    return f"> {sentence}"


def render_markdown(findings: Sequence[Finding], *, title: str = "factcheck", status_note: str = "") -> str:
    """The whole comment; ends with a newline."""
    lines = [f"### {title}: {counts(findings)}", ""]
    if status_note:
        lines += [status_note, ""]
    if not findings:
        lines.append("No contradictions found.")
        return "\n".join(lines) + "\n"
    lines += ["| | kind | where | against | confidence | message |", "|---|---|---|---|---|---|"]
    for f in findings:
        against = "<br>".join(where(e) for e in f.evidence[1:])
        lines.append(f"| {ICON[f.severity]} {f.severity} | {f.kind} | {where(f.evidence[0])} | {against} "
                     f"| {f.confidence:.2f} | {cell(f.message)} |")
    lines.append("")
    for n, f in enumerate(findings, start=1):
        lines += [f"<details><summary>{n}. {f.kind}: {cell(f.message)}</summary>", ""]
        for ev in f.evidence:
            lines += [f"{where(ev)}" + (f" ({cell(ev.value)})" if ev.value else ""), "", quoted(ev), ""]
        lines += ["</details>", ""]
    return "\n".join(lines)
