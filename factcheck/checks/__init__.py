"""The registry of contradiction checks: the one list every list of kinds comes from.

Each check lives in its own module, judges one aligned pair of facts and returns
a Finding or None, and declares beside its code what the rest of the tool says about
it: the kind's one-line meaning (the contract's table, SARIF, ``--list-checks``, the
help), its SARIF rule name, its default severity, its place in lists, a two-passage
example for ``--list-checks``, and (as proselint keeps them) small articles it must fire
on, with the passages it must report, and near-misses it must stay quiet on; the test
suite runs every one. ``over`` is the kind of pair it reads (a ``Pairs``);
alignment builds each kind once per run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from factcheck.facts import Pair
from factcheck.model import Finding

Judge = Callable[[Pair[Any]], "Finding | None"]


class Pairs(str, Enum):
    """The kinds of aligned pairs a check can read; each names what ``Pair.detail`` holds."""

    QUOTES = "quotes"  # two quotations (detail: QuoteMatch)
    PEOPLE = "people"  # two titled mentions of one person (TitleMatch)
    QUANTITIES = "quantities"  # two figures of one thing (QuantityMatch)
    CLAIMS = "claims"  # two claims about the same predicate (ClaimMatch)
    EVENTS = "events"  # two claims dating or placing one event (EventMatch)
    RELATIONS = "relations"  # two names given for one slot (RelationMatch)


TUESDAY = "Published: Tuesday 2 December 2025"
WEDNESDAY = "date 2025-12-03"


def article(name: str, date_line: str, body: str) -> tuple[str, str]:
    """A small article for an example: its file name and its text under a publication line."""
    return name, f"{date_line}\n\n{body}\n"


@dataclass(frozen=True)
class Example:
    """Articles a check must fire on, reporting the passages ``fires``, or stay quiet on (``fires`` None)."""

    articles: tuple[tuple[str, str], ...]
    fires: tuple[str, ...] | None


@dataclass(frozen=True)
class Check:
    """A registered check and what every report says of its kind."""

    kind: str
    over: Pairs
    judge: Judge
    summary: str  # what the two passages disagree on, as the contract's table says it
    rule: str  # the SARIF rule name
    severity: str  # the severity of a strong finding, and SARIF's default level
    rank: int  # place in every list of kinds
    example: tuple[str, str]  # two passages it fires on
    examples: tuple[Example, ...] = ()  # articles it must fire on and near-misses it must not


REGISTRY: dict[str, Check] = {}


def check(kind: str, *, over: Pairs, summary: str, rule: str, rank: int, example: tuple[str, str],
          examples: tuple[Example, ...] = (), severity: str = "error") -> Callable[[Judge], Judge]:
    """Register ``judge`` as the check for ``kind``, with what reports say of the kind."""

    def register(judge: Judge) -> Judge:
        if kind in REGISTRY:
            raise ValueError(f"check {kind!r} registered twice")
        REGISTRY[kind] = Check(kind, over, judge, summary, rule, severity, rank, example, examples)
        return judge

    return register


def unregister(kind: str) -> None:
    """Drop a check (for tests that register one of their own)."""
    REGISTRY.pop(kind, None)


def checks() -> list[Check]:
    """Every check, in the order lists show them."""
    load_all()
    return sorted(REGISTRY.values(), key=lambda c: (c.rank, c.kind))


def kinds() -> tuple[str, ...]:
    """Every kind, in the order lists show them."""
    return tuple(c.kind for c in checks())


def load_all() -> dict[str, Check]:
    """Import every check module so each registers itself."""
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return REGISTRY
