"""The blocking index: candidate pairs share a key, come once each, in order, and split into shares."""

from __future__ import annotations

from factcheck.align.index import Share, candidate_pairs

# Reports of a day's stories, each with the words they are blocked on.
ITEMS = [
    ("wire", ("ferry", "fire", "harwick")),
    ("wire", ("council", "vote", "harwick")),
    ("desk", ("ferry", "fire", "deaths")),
    ("desk", ("council", "vote", "budget")),
    ("blog", ("fire", "harwick", "deaths")),
    ("blog", ("strike", "nurses")),
]


def _pairs(**kw):
    return [(ITEMS.index(a), ITEMS.index(b), n) for a, b, n in candidate_pairs(ITEMS, lambda it: it[1], **kw)]


def test_pairs_share_a_key_and_come_once_in_order() -> None:
    assert _pairs() == [(0, 1, 1), (0, 2, 2), (0, 4, 2), (1, 3, 2), (1, 4, 1), (2, 4, 2)]


def test_a_group_is_never_paired_with_itself_unless_asked() -> None:
    apart = _pairs(group=lambda it: it[0])
    assert (0, 1, 1) not in apart and (0, 2, 2) in apart
    assert _pairs(group=lambda it: it[0], same_group=True) == _pairs()


def test_a_key_shared_by_too_many_items_blocks_nothing() -> None:
    assert _pairs(max_block=2) == [(0, 2, 1), (1, 3, 2), (2, 4, 1)]  # "fire" and "harwick" are held by three


def test_shares_split_the_pairs_without_overlap_or_loss() -> None:
    every = _pairs()
    halves = [_pairs(share=Share(k, k + 1, 2)) for k in (0, 1)]
    assert sorted(halves[0] + halves[1]) == every and not set(halves[0]) & set(halves[1])
    assert all(i % 2 == 0 for i, _, _ in halves[0]) and all(i % 2 == 1 for i, _, _ in halves[1])
    third, rest = _pairs(share=Share(0, 1, 3)), _pairs(share=Share(1, 3, 3))
    assert sorted(third + rest) == every and not set(third) & set(rest)
    assert {i % 3 for i, _, _ in third} == {0} and {i % 3 for i, _, _ in rest} == {1, 2}
