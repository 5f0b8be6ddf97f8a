"""Coreference scores (MUC, B³, CEAF-e, CoNLL F1) and one-to-one span matching, in pure Python.

The event benchmarks score clusterings of mentions against a gold clustering; the usual
scorers need numpy/scipy or a Perl script, and the project keeps its dependencies small,
so the three standard metrics are written out here, with the optimal alignment CEAF-e
needs (the Hungarian algorithm) implemented directly.

A clustering is any iterable of clusters; a cluster is an iterable of hashable mention
ids. Key (gold) and response (system) need not hold the same mentions: a mention found
on one side only ("twinless") is treated as the reference scorer of Pradhan et al. (2014)
treats it — it splits a MUC chain into one more part, adds nothing to B³ overlaps, and
sits in no shared cluster for CEAF-e.

Each metric returns ``Score(recall, precision, f1)`` as fractions in [0, 1].
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

M = TypeVar("M", bound=Hashable)
Clusters = Sequence[frozenset[Hashable]]


@dataclass(frozen=True)
class Score:
    """Recall, precision and their harmonic mean, each a fraction."""

    recall: float
    precision: float
    f1: float

    @classmethod
    def of(cls, recall: float, precision: float) -> Score:
        """F1 from recall and precision; 0 when both are 0 rather than a division error."""
        f1 = 2 * recall * precision / (recall + precision) if recall + precision > 0 else 0.0
        return cls(recall, precision, f1)


def _clean(clusters: Iterable[Iterable[Hashable]]) -> list[frozenset[Hashable]]:
    """Clusters as frozensets, empty ones dropped; a mention in two clusters is an input error."""
    out: list[frozenset[Hashable]] = []
    seen: set[Hashable] = set()
    for cluster in clusters:
        members = frozenset(cluster)
        if not members:
            continue
        if seen & members:
            raise ValueError(f"mention in more than one cluster: {sorted(map(repr, seen & members))[:3]}")
        seen |= members
        out.append(members)
    return out


def _index(clusters: Sequence[frozenset[Hashable]]) -> dict[Hashable, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def _muc_side(gold: Sequence[frozenset[Hashable]], other: Sequence[frozenset[Hashable]]) -> float:
    """MUC recall of ``other`` against ``gold``: links kept / links needed (Vilain et al. 1995).

    A chain of n mentions needs n - 1 links; split into p parts by the other side (a
    mention the other side lacks is a part of its own) it keeps n - p of them.
    """
    where = _index(other)
    needed = kept = 0
    for cluster in gold:
        parts = {where.get(m, ("alone", m)) for m in cluster}
        needed += len(cluster) - 1
        kept += len(cluster) - len(parts)
    return kept / needed if needed else 0.0


def muc(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    """The link-based MUC score; blind to singletons, so 0 when every gold chain is one mention."""
    k, r = _clean(key), _clean(response)
    return Score.of(_muc_side(k, r), _muc_side(r, k))


def _b3_side(gold: Sequence[frozenset[Hashable]], other: Sequence[frozenset[Hashable]]) -> float:
    """Mean over ``gold``'s mentions of |own cluster ∩ other's cluster| / |own cluster|."""
    where = _index(other)
    total = 0.0
    count = 0
    for cluster in gold:
        for m in cluster:
            count += 1
            j = where.get(m)
            if j is not None:
                total += len(cluster & other[j]) / len(cluster)
    return total / count if count else 0.0


def b_cubed(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    """The mention-based B³ score (Bagga & Baldwin 1998)."""
    k, r = _clean(key), _clean(response)
    return Score.of(_b3_side(k, r), _b3_side(r, k))


def hungarian(cost: Sequence[Sequence[float]]) -> list[int]:
    """A minimum-cost assignment of rows to distinct columns (Kuhn–Munkres, O(n²m)).

    ``cost`` has n rows and m >= n columns; the answer gives, for each row, its column.
    This is the shortest-augmenting-path form with row and column potentials: each row
    is added in turn and the cheapest alternating path to a free column is found with
    a Dijkstra-like scan over reduced costs, so every step keeps the assignment optimal.
    """
    n = len(cost)
    if n == 0:
        return []
    m = len(cost[0])
    if any(len(row) != m for row in cost):
        raise ValueError("cost rows differ in length")
    if m < n:
        raise ValueError("more rows than columns: transpose the matrix")
    inf = float("inf")
    u = [0.0] * (n + 1)  # row potentials (1-based; 0 is the virtual start)
    v = [0.0] * (m + 1)  # column potentials
    owner = [0] * (m + 1)  # owner[j]: row assigned to column j, 0 when free
    way = [0] * (m + 1)  # previous column on the shortest alternating path
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            row = cost[i0 - 1]
            delta = inf
            j1 = -1
            for j in range(1, m + 1):
                if used[j]:
                    continue
                reduced = row[j - 1] - u[i0] - v[j]
                if reduced < minv[j]:
                    minv[j] = reduced
                    way[j] = j0
                if minv[j] < delta:
                    delta = minv[j]
                    j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    assignment = [-1] * n
    for j in range(1, m + 1):
        if owner[j]:
            assignment[owner[j] - 1] = j - 1
    return assignment


def max_weight_matching(weight: Sequence[Sequence[float]]) -> float:
    """The largest total weight of a one-to-one pairing of rows with columns (any shape)."""
    if not weight or not weight[0]:
        return 0.0
    rows = [list(r) for r in weight]
    if len(rows) > len(rows[0]):
        rows = [list(col) for col in zip(*rows, strict=True)]
    top = max(max(r) for r in rows)
    assignment = hungarian([[top - w for w in r] for r in rows])
    return sum(rows[i][j] for i, j in enumerate(assignment))


def phi4(a: frozenset[Hashable], b: frozenset[Hashable]) -> float:
    """The entity similarity of CEAF-e: 2|a ∩ b| / (|a| + |b|)."""
    return 2 * len(a & b) / (len(a) + len(b))


def _components(
    key: Sequence[frozenset[Hashable]], response: Sequence[frozenset[Hashable]]
) -> list[tuple[list[int], list[int]]]:
    """Groups of key and response clusters linked by shared mentions, in first-seen order.

    φ4 is 0 between clusters that share no mention, so the optimal alignment is the sum
    of the optimal alignments of these groups: solving each alone keeps the Hungarian
    step small on a corpus of many topics (clusters never cross a topic).
    """
    parent = list(range(len(key) + len(response)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    where = _index(key)
    for j, cluster in enumerate(response):
        for m in cluster:
            i = where.get(m)
            if i is not None:
                a, b = find(i), find(len(key) + j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for i in range(len(key)):
        groups.setdefault(find(i), ([], []))[0].append(i)
    for j in range(len(response)):
        groups.setdefault(find(len(key) + j), ([], []))[1].append(j)
    return [g for g in groups.values() if g[0] and g[1]]


def ceaf_e(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    """Entity-based CEAF with φ4 (Luo 2005): the best one-to-one alignment of clusters.

    Recall divides the aligned similarity by the number of key clusters, precision by
    the number of response clusters (φ4(c, c) = 1, so those are the self-similarities).
    """
    k, r = _clean(key), _clean(response)
    total = 0.0
    for rows, cols in _components(k, r):
        total += max_weight_matching([[phi4(k[i], r[j]) for j in cols] for i in rows])
    recall = total / len(k) if k else 0.0
    precision = total / len(r) if r else 0.0
    return Score.of(recall, precision)


@dataclass(frozen=True)
class CorefScores:
    """The three metrics and their CoNLL average."""

    muc: Score
    b3: Score
    ceaf_e: Score

    @property
    def conll(self) -> float:
        """The CoNLL-2012 F1: the unweighted mean of the MUC, B³ and CEAF-e F1s."""
        return (self.muc.f1 + self.b3.f1 + self.ceaf_e.f1) / 3


def score(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> CorefScores:
    """All metrics for one key and one response clustering."""
    k, r = _clean(key), _clean(response)
    return CorefScores(muc(k, r), b_cubed(k, r), ceaf_e(k, r))


def clusters_from_labels(labels: Iterable[tuple[M, Hashable]]) -> list[frozenset[M]]:
    """Clusters from (mention, cluster label) pairs, in order of each label's first mention."""
    groups: dict[Hashable, list[M]] = {}
    for mention, label in labels:
        groups.setdefault(label, []).append(mention)
    return [frozenset(g) for g in groups.values()]


Span = tuple[Hashable, int, int]  # (document, start, end), end exclusive


def match_spans(gold: Sequence[Span], system: Sequence[Span]) -> dict[int, int]:
    """A one-to-one matching of gold to system spans by character overlap, best overlap first.

    Spans match only inside one document and only when they overlap. Candidate pairs are
    taken greedily by overlap length (then by the smaller total length, so an exact span
    beats a longer one overlapping as much, then by position), each span used once.
    Returns gold index -> system index.
    """
    by_doc: dict[Hashable, list[int]] = {}
    for j, (doc, _, _) in enumerate(system):
        by_doc.setdefault(doc, []).append(j)
    candidates: list[tuple[int, int, int, int]] = []
    for i, (doc, start, end) in enumerate(gold):
        for j in by_doc.get(doc, ()):
            _, s2, e2 = system[j]
            overlap = min(end, e2) - max(start, s2)
            if overlap > 0:
                candidates.append((-overlap, (end - start) + (e2 - s2), i, j))
    candidates.sort()
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, i, j in candidates:
        if i in matched or j in taken:
            continue
        matched[i] = j
        taken.add(j)
    return matched
