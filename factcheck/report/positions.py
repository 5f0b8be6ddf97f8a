"""The position fields every JSON view shares (CONTRACT "Positions")."""

from __future__ import annotations

from typing import Any

from factcheck.model import Document


def located(doc: Document, start: int, end: int) -> dict[str, Any]:
    """``start``, ``end``, ``line``, ``column`` and ``text`` of a view span, in the original file."""
    pos = doc.position(start, end)
    return {"start": pos.start, "end": pos.end, "line": pos.line, "column": pos.column, "text": pos.text}
