"""The registry of contradiction checks.

Each check lives in its own module, judges one aligned pair of facts and returns
a Finding or None. ``over`` names the kind of pair it reads ("quotes", "claims",
"quantities", "people"); alignment builds each kind of pair once per run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from factcheck.facts import Pair
from factcheck.model import Finding

Judge = Callable[[Pair[Any]], "Finding | None"]


@dataclass(frozen=True)
class Check:
    kind: str
    over: str
    judge: Judge
    description: str


REGISTRY: dict[str, Check] = {}


def check(kind: str, *, over: str) -> Callable[[Judge], Judge]:
    """Register ``judge`` as the check for ``kind``; its docstring's first line describes it."""

    def register(judge: Judge) -> Judge:
        if kind in REGISTRY:
            raise ValueError(f"check {kind!r} registered twice")
        doc = (judge.__doc__ or "").strip().splitlines()
        REGISTRY[kind] = Check(kind, over, judge, doc[0] if doc else kind)
        return judge

    return register


def load_all() -> dict[str, Check]:
    """Import every check module so each registers itself."""
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return REGISTRY
