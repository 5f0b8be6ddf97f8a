"""The language layer: tokens with spans, UPOS tags, lemmas, noun and verb groups.

Importing it is cheap; the tagger's weights are read on first use. Entry point:
``analyse_text(text, sentence_spans=None)`` -> ``tuple[Token, ...]``; then
``chunks.chunk(tokens)`` for noun and verb groups.
"""

from __future__ import annotations

from factcheck.lang.analyse import analyse_text
from factcheck.lang.model import NounGroup, Token, VerbGroup

__all__ = ["analyse_text", "Token", "NounGroup", "VerbGroup"]
