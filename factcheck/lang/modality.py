"""What a modal or a verb that hands over to another makes of the event it governs (``en/modality.txt``)."""

from __future__ import annotations

from functools import cache

from factcheck.lang import data


@cache
def _table() -> dict[str, str]:
    return {k: v[0] for k, v in data.table("modality.txt").items()}


def modality_of(lemma: str) -> str | None:
    """``possibility`` ("may"), ``hypothetical`` ("would"), ``plan`` ("will", "agree", "schedule") or None."""
    return _table().get(lemma.lower())


@cache
def lemmas_of(kind: str) -> frozenset[str]:
    """The lemmas of one kind of modality ("possibility": "may", "might", "could" …), as
    ``modality_of`` finds them, for loops that test many lower-case words against one kind."""
    return frozenset(k for k, v in _table().items() if v == kind)


def planning(lemma: str) -> bool:
    """Whether a verb's lemma makes the event it governs a plan ("schedule", "agree", "will")."""
    return modality_of(lemma) == "plan"
