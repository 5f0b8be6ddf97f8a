"""SARIF 2.1.0: one rule per kind, one result per finding, the other passages as related locations.

Columns are Unicode code points (``columnKind``), the same count the JSON contract uses, and
``endColumn`` is exclusive in both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from factcheck import __version__
from factcheck.checks import REGISTRY, kinds as registered_kinds
from factcheck.model import Evidence, Finding

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def rule(kind: str) -> dict[str, Any]:
    """A SARIF rule for a kind, from the registry (a kind it does not know gets a plain one)."""
    registered = REGISTRY.get(kind)
    if registered is None:
        return {"id": kind, "name": kind.title().replace("-", ""),
                "shortDescription": {"text": f"The passages disagree ({kind})."},
                "defaultConfiguration": {"level": "error"}}
    return {
        "id": kind,
        "name": registered.rule,
        "shortDescription": {"text": f"The passages disagree on {registered.summary.replace('`', '')}."},
        "defaultConfiguration": {"level": LEVEL[registered.severity]},
    }


def artifact_uri(path: str) -> str:
    """A relative URI reference for a path as named on the command line."""
    return quote(path.replace("\\", "/"), safe="/")


def physical(ev: Evidence) -> dict[str, Any]:
    return {
        "artifactLocation": {"uri": artifact_uri(ev.path)},
        "region": {
            "startLine": ev.line,
            "startColumn": ev.column,
            "endLine": ev.end_line,
            "endColumn": ev.end_column,
            "charOffset": ev.start,
            "charLength": ev.end - ev.start,
            "snippet": {"text": ev.text},
        },
    }


def result(f: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    first, rest = f.evidence[0], f.evidence[1:]
    related = []
    for i, ev in enumerate(rest, start=1):
        loc: dict[str, Any] = {"id": i, "physicalLocation": physical(ev),
                               "message": {"text": f"{ev.path} has \u201c{' '.join(ev.text.split())}\u201d"}}
        related.append(loc)
    links = " ".join(f"[{ev.path}:{ev.line}]({i})" for i, ev in enumerate(rest, start=1))
    out: dict[str, Any] = {
        "ruleId": f.kind,
        "ruleIndex": rule_index[f.kind],
        "level": LEVEL[f.severity],
        "message": {"text": f.message + (f" (see {links})" if links else "")},
        "locations": [{"physicalLocation": physical(first)}],
        "partialFingerprints": {"factcheckFinding/v1": f.id},
        "properties": {"confidence": round(f.confidence, 2), "factcheckId": f.id},
    }
    if related:
        out["relatedLocations"] = related
    return out


def sarif_payload(findings: Sequence[Finding], kinds: Sequence[str] | None = None) -> dict[str, Any]:
    """A SARIF log with one run; rules are every kind checked, plus any kind a finding has."""
    names = list(kinds if kinds is not None else registered_kinds())
    names += sorted({f.kind for f in findings} - set(names))
    rule_index = {k: i for i, k in enumerate(names)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [rule(k) for k in names],
            }},
            "columnKind": "unicodeCodePoints",
            "results": [result(f, rule_index) for f in findings],
        }],
    }
