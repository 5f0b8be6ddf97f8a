"""The machine contract (``factcheck/findings@1``): see docs/contract.md. Fields may be added, never renamed."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from factcheck.model import SEVERITY_RANK, Document, Evidence, Finding

FINDINGS_SCHEMA = "factcheck/findings@1"
CONFIDENCE_DIGITS = 2


def contract_order(findings: Sequence[Finding]) -> list[Finding]:
    """Severity, then confidence as shown (highest first), then position: two findings that
    print the same confidence are ordered by where they are, as the contract promises."""
    def key(f: Finding) -> tuple[int, float, str, int, int, str]:
        first = f.evidence[0]
        return (SEVERITY_RANK[f.severity], -round(f.confidence, CONFIDENCE_DIGITS), first.path, first.start,
                first.end, f.id)
    return sorted(findings, key=key)


def source_entry(doc: Document) -> dict[str, Any]:
    return {
        "path": doc.path,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "published_from": doc.published_from,
    }


def evidence_entry(ev: Evidence) -> dict[str, Any]:
    return {
        "path": ev.path,
        "start": ev.start,
        "end": ev.end,
        "line": ev.line,
        "column": ev.column,
        "end_line": ev.end_line,
        "end_column": ev.end_column,
        "text": ev.text,
        "sentence": ev.sentence,
        "value": ev.value,
        "source": ev.source,
    }


def finding_entry(f: Finding) -> dict[str, Any]:
    return {
        "id": f.id,
        "kind": f.kind,
        "severity": f.severity,
        "confidence": round(f.confidence, CONFIDENCE_DIGITS),
        "message": f.message,
        "evidence": [evidence_entry(e) for e in f.evidence],
    }


def findings_payload(documents: Sequence[Document], findings: Sequence[Finding]) -> dict[str, Any]:
    """The ``factcheck/findings@1`` document: sources in command-line order, findings in contract order."""
    return {
        "schema": FINDINGS_SCHEMA,
        "sources": [source_entry(d) for d in documents],
        "findings": [finding_entry(f) for f in contract_order(findings)],
    }


def dumps(payload: dict[str, Any]) -> str:
    """Stable, readable JSON: same input, same bytes."""
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
