"""What the extractors found in one document, and the pairs that alignment hands to the checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from factcheck.model import Claim, Document, Evidence, PersonMention, PlaceMention, Quantity, Quote, TimeMention

T = TypeVar("T")


@dataclass(frozen=True)
class DocFacts:
    """Everything extracted from one document; the checks read only this."""

    doc: Document
    dates: tuple[TimeMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    people: tuple[PersonMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    claims: tuple[Claim, ...] = ()


@dataclass(frozen=True)
class Located(Generic[T]):
    """A fact together with the document it came from."""

    facts: DocFacts
    fact: T

    @property
    def doc(self) -> Document:
        return self.facts.doc

    def evidence(self, start: int, end: int, value: str | None = None, source: str | None = None) -> Evidence:
        return Evidence.of(self.facts.doc, start, end, value=value, source=source)


@dataclass(frozen=True)
class Pair(Generic[T]):
    """Two facts that alignment judged to be about the same thing, with how sure it is (0..1)."""

    a: Located[T]
    b: Located[T]
    score: float
