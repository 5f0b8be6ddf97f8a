"""factcheck: find contradictions between news articles.

``factcheck.compare(documents)`` is the library entry point; ``load_document``
reads a file into a Document.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "analyse", "compare", "document_from_text", "load_document"]

# The entry points load on first use, so `factcheck --version` never builds the pipeline's tables.
_LAZY = {"analyse": "factcheck.pipeline", "compare": "factcheck.pipeline",
         "document_from_text": "factcheck.load", "load_document": "factcheck.load"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
