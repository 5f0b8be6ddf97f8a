"""The machine contract (``factcheck/findings@1``): see docs/contract.md. Fields may be added, never renamed."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from factcheck.model import Document, Evidence, Finding

FINDINGS_SCHEMA = "factcheck/findings@1"


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
        "confidence": round(f.confidence, 2),
        "message": f.message,
        "evidence": [evidence_entry(e) for e in f.evidence],
    }


def findings_payload(documents: Sequence[Document], findings: Sequence[Finding]) -> dict[str, Any]:
    return {
        "schema": FINDINGS_SCHEMA,
        "sources": [source_entry(d) for d in documents],
        "findings": [finding_entry(f) for f in findings],
    }


def dumps(payload: dict[str, Any]) -> str:
    """Stable, readable JSON: same input, same bytes."""
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
