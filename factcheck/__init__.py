"""factcheck: find contradictions between news articles.

``factcheck.compare(documents)`` is the library entry point; ``load_document``
reads a file into a Document.
"""

from factcheck.load import document_from_text, load_document
from factcheck.pipeline import analyse, compare

__version__ = "0.1.0"

__all__ = ["__version__", "analyse", "compare", "document_from_text", "load_document"]
