"""factcheck: find contradictions between news articles.

``factcheck.compare(documents)`` is the library entry point; ``load_document``
reads a file into a Document.
"""

from __future__ import annotations

from factcheck.lazy import lazy_attributes

__version__ = "0.1.0"

__all__ = ["__version__", "analyse", "compare", "document_from_text", "load_document"]

# The entry points load on first use, so `factcheck --version` never builds the pipeline's tables.
_LAZY = {"analyse": "factcheck.pipeline", "compare": "factcheck.pipeline",
         "document_from_text": "factcheck.load", "load_document": "factcheck.load"}

__getattr__ = lazy_attributes(__name__, _LAZY, globals())
