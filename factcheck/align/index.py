"""An inverted index from blocking keys to items, yielding each candidate pair once.

Work is the sum over keys of (items under the key)², so keys shared by too many
items (stop-keys such as "said") are skipped: they would make the pairing
quadratic and carry no evidence that two items are about the same thing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from factcheck.facts import DocFacts

T = TypeVar("T")


@dataclass(frozen=True)
class Share:
    """The pairs one of several processes builds: those whose first item's position modulo ``of``
    is in [first, last). Shares that cover every residue once find every pair once between them."""

    first: int = 0
    last: int = 1
    of: int = 1


EVERY = Share()

DEFAULT_MAX_BLOCK = 60


def candidate_pairs(
    items: Iterable[T],
    keys: Callable[[T], Iterable[Hashable]],
    *,
    group: Callable[[T], Hashable] | None = None,
    same_group: bool = False,
    apart: Callable[[T, T], bool] | None = None,
    max_block: int = DEFAULT_MAX_BLOCK,
    share: Share = EVERY,
) -> Iterator[tuple[T, T, int]]:
    """Yield ``(a, b, shared_keys)`` for items that share at least one key.

    ``group`` (e.g. the document) limits pairs to different groups unless
    ``same_group`` is set; ``apart`` leaves out pairs known to be about different things
    (from documents of two stories) before any work is spent on them. Pairs come out in
    a deterministic order: by the position of ``a`` then ``b`` in ``items``. ``share`` keeps
    one process's share of them (``Share``).
    """
    seq = list(items)
    index: dict[Hashable, list[int]] = defaultdict(list)
    for i, item in enumerate(seq):
        for key in set(keys(item)):
            index[key].append(i)
    groups = [group(x) for x in seq] if group is not None and not same_group else None
    n = len(seq)
    first, last, of = share.first, share.last, share.of
    shared: dict[int, int] = defaultdict(int)  # i * n + j -> keys shared: one int hashes and sorts faster than a pair
    for members in index.values():
        if len(members) < 2 or len(members) > max_block:
            continue
        for x, i in enumerate(members):
            if of > 1 and not first <= i % of < last:
                continue
            row = i * n
            if groups is None:
                for j in members[x + 1 :]:
                    shared[row + j] += 1
            else:  # a pair of one group is left out before it is counted
                own = groups[i]
                for j in members[x + 1 :]:
                    if groups[j] != own:
                        shared[row + j] += 1
    for at in sorted(shared):
        i, j = divmod(at, n)
        a, b = seq[i], seq[j]
        if apart is not None and apart(a, b):
            continue
        yield a, b, shared[at]


DocsApart = Callable[[DocFacts, DocFacts], bool]  # whether two documents' facts are never paired


def items_apart(apart: DocsApart | None, facts_of: Callable[[T], DocFacts]) -> Callable[[T, T], bool] | None:
    """``apart`` over two documents, read as ``candidate_pairs``' test of two items of theirs."""
    if apart is None:
        return None
    return lambda a, b: apart(facts_of(a), facts_of(b))
