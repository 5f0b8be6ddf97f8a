"""A small CoNLL-U reader: the tagger trains and is scored on syntactic words only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Word:
    """One syntactic word of a treebank sentence."""

    form: str
    lemma: str
    upos: str


def read_conllu(path: str | Path) -> Iterator[tuple[Word, ...]]:
    """Yield each sentence's words, skipping multiword-token ranges (``1-2``) and empty nodes (``1.1``)."""
    sentence: list[Word] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if sentence:
                    yield tuple(sentence)
                    sentence = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 4 or not cols[0].isdigit():
                continue
            sentence.append(Word(cols[1], cols[2], cols[3]))
    if sentence:
        yield tuple(sentence)
