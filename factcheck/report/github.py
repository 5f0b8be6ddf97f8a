"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding.

GitHub shows each line as an annotation on the file and line it names, in the run and on the pull request.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.model import Evidence, Finding

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """The message part: %, CR and LF are encoded, as the runner decodes them."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: also ``:`` and ``,``, which would end it."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _other(ev: Evidence) -> str:
    text = " ".join(ev.text.split())
    return f"{ev.path}:{ev.line}:{ev.column} has \u201c{text}\u201d"


def annotation(f: Finding) -> str:
    """One workflow command, placed on the first passage (the draft's, for lint)."""
    at = f.evidence[0]
    props = {
        "file": at.path,
        "line": str(at.line),
        "col": str(at.column),
        "endLine": str(at.end_line),
        "endColumn": str(at.end_column),
        "title": f"factcheck {f.kind}",
    }
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    others = "; ".join(_other(e) for e in f.evidence[1:])
    message = f.message + (f" [{others}]" if others else "")
    return f"::{LEVEL[f.severity]} {head}::{escape_data(message)}"


def render_github(findings: Sequence[Finding]) -> str:
    """Every annotation, one per line."""
    return "".join(annotation(f) + "\n" for f in findings)
