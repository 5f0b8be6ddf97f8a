"""factcheck: find contradictions between news articles."""

__version__ = "0.1.0"
