"""Count the contradictions reported between ECB+ articles about two different events of one kind.

Usage: python benchmarks/ecb_false_alarms.py ../shared/data/ecbplus --split dev [-v] [--limit N] [-k K]

Each ECB+ topic holds reports of two different events of the same kind (two earthquakes,
two Oscar ceremonies, two rehab check-ins), in its subtopics N_ecb and N_ecbplus. Two
articles about different events share vocabulary, places and kinds of numbers, yet
nothing in one can contradict the other: every warning or error reported on such a pair
is a false alarm, from pairing facts of different events as if they were one. That is
the failure this benchmark measures; pairs of articles about the same event are scored
alongside for comparison, since there a finding may be a real discrepancy.

Pairs are chosen deterministically: each document of one subtopic (sorted by id) is
paired with up to K documents of the other, taken in sorted order starting from a
rotating offset, so every document is used about equally; same-event pairs are made the
same way inside each subtopic. Every document is analysed once. Only findings with
evidence in both articles are counted: one resting on a single article would be repeated
on every pair that article is in, and selfcheck.py measures those. -v prints every
counted finding with both evidence passages. The last line is the figure to quote:

    ecb false alarms: X.XXX per different-event pair (N pairs); same-event pairs: Y.YYY per pair (M pairs)
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_events import EcbDoc, build_document, doc_id_of, read_split  # noqa: E402

from factcheck.facts import DocFacts  # noqa: E402
from factcheck.model import Finding  # noqa: E402
from factcheck.pipeline import analyse, run_checks  # noqa: E402

COUNTED = ("error", "warning")
DEFAULT_K = 20  # on dev every possible pair; the whole run takes seconds


def rotated_pairs(left: Sequence[EcbDoc], right: Sequence[EcbDoc], k: int) -> list[tuple[EcbDoc, EcbDoc]]:
    """Each ``left`` document with up to ``k`` of ``right``, from an offset that moves with it.

    Taking the first k of ``right`` for every document would reuse the same few articles;
    starting document i at offset i spreads the pairs over all of them.
    """
    if not right:
        return []
    out = []
    for i, a in enumerate(left):
        for j in range(min(k, len(right))):
            out.append((a, right[(i + j) % len(right)]))
    return out


def same_event_pairs(docs: Sequence[EcbDoc], k: int) -> list[tuple[EcbDoc, EcbDoc]]:
    """Unordered pairs inside one subtopic: each document with up to k of the ones after it (cyclically)."""
    seen: set[tuple[str, str]] = set()
    out = []
    n = len(docs)
    for i, a in enumerate(docs):
        for j in range(1, min(k, n - 1) + 1):
            b = docs[(i + j) % n]
            key = (min(a.doc_id, b.doc_id), max(a.doc_id, b.doc_id))
            if key not in seen:
                seen.add(key)
                out.append((a, b) if a.doc_id < b.doc_id else (b, a))
    return out


def topic_pairs(docs: Sequence[EcbDoc], k: int) -> tuple[list[tuple[EcbDoc, EcbDoc]], list[tuple[EcbDoc, EcbDoc]]]:
    """The different-event and the same-event pairs of one topic's documents."""
    by_sub: dict[str, list[EcbDoc]] = {}
    for d in docs:
        by_sub.setdefault(d.subtopic, []).append(d)
    subs = sorted(by_sub)
    different: list[tuple[EcbDoc, EcbDoc]] = []
    for s1, s2 in itertools.combinations(subs, 2):
        different.extend(rotated_pairs(by_sub[s1], by_sub[s2], k))
    same: list[tuple[EcbDoc, EcbDoc]] = []
    for s in subs:
        same.extend(same_event_pairs(by_sub[s], k))
    return different, same


def round_robin(groups: Sequence[Sequence[tuple[EcbDoc, EcbDoc]]], limit: int | None) -> list[tuple[EcbDoc, EcbDoc]]:
    """Pairs taken from each topic in turn, so a --limit run still sees every topic."""
    out: list[tuple[EcbDoc, EcbDoc]] = []
    iters: list[Iterator[tuple[EcbDoc, EcbDoc]]] = [iter(g) for g in groups]
    while iters and (limit is None or len(out) < limit):
        alive = []
        for it in iters:
            if limit is not None and len(out) >= limit:
                break
            nxt = next(it, None)
            if nxt is not None:
                out.append(nxt)
                alive.append(it)
        iters = alive
    return out


@dataclass
class Tally:
    """Counted findings over one kind of pair."""

    pairs: int = 0
    counted: Counter[str] = field(default_factory=Counter)  # by kind, warnings and errors
    severities: Counter[str] = field(default_factory=Counter)
    info: int = 0
    single_article: set[tuple[str, str, int, int]] = field(default_factory=set)
    pairs_with_findings: int = 0
    topic_pairs: Counter[str] = field(default_factory=Counter)
    topic_counted: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counted.values())

    def rate(self) -> float:
        return self.total / self.pairs if self.pairs else 0.0


def doc_id_of_path(path: str) -> str:
    """The ECB+ doc id of an evidence path (the Document was built as DOC_ID.txt)."""
    return Path(path).stem


def _show(f: Finding, a: str, b: str) -> None:
    print(f"{f.kind:13} {f.severity:7} {f.confidence:.2f} {f.message}   [{a} vs {b}]")
    for ev in f.evidence:
        print(f"    {doc_id_of_path(ev.path)}: [{' '.join(ev.text.split())}] {' '.join(ev.sentence.split())}")


def judge(
    pairs: Sequence[tuple[EcbDoc, EcbDoc]], facts: dict[str, DocFacts], tally: Tally, verbose: bool, label: str
) -> None:
    """Run the checks on each pair and add its findings to ``tally``."""
    if verbose and pairs:
        print(f"--- {label} pairs")
    for a, b in pairs:
        fa, fb = facts_of(a, facts), facts_of(b, facts)
        tally.pairs += 1
        tally.topic_pairs[a.topic] += 1
        counted_here = 0
        for f in run_checks([fa, fb]):
            if f.severity not in COUNTED:
                tally.info += 1
                continue
            docs = {doc_id_of_path(ev.path) for ev in f.evidence}
            if len(docs) < 2:
                ev = f.evidence[0]
                tally.single_article.add((f.kind, doc_id_of_path(ev.path), ev.start, ev.end))
                continue
            tally.counted[f.kind] += 1
            tally.severities[f.severity] += 1
            tally.topic_counted[a.topic] += 1
            counted_here += 1
            if verbose:
                _show(f, a.doc_id, b.doc_id)
        if counted_here:
            tally.pairs_with_findings += 1


def facts_of(doc: EcbDoc, cache: dict[str, DocFacts]) -> DocFacts:
    """The document's facts, analysed on first use only (a document is in many pairs)."""
    got = cache.get(doc.doc_id)
    if got is None:
        built = build_document(doc)
        assert doc_id_of(built.doc) == doc.doc_id
        got = cache[doc.doc_id] = analyse(built.doc)
    return got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("folder", type=Path, help="folder with docs.jsonl, mentions.jsonl, entities.jsonl")
    ap.add_argument("--split", default="dev", help="split name in docs.jsonl (default: dev)")
    ap.add_argument("-k", "--per-doc", type=int, default=DEFAULT_K, metavar="K",
                    help=f"partners per document (default: {DEFAULT_K})")
    ap.add_argument("--limit", type=int, default=None, metavar="N",
                    help="at most N pairs of each kind, taken from the topics in turn")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every counted finding")
    args = ap.parse_args(argv)

    by_topic = read_split(args.folder, args.split)
    if by_topic is None:
        return 2

    per_topic = [topic_pairs(docs, max(args.per_doc, 1)) for docs in by_topic.values()]
    different = round_robin([d for d, _ in per_topic], args.limit)
    same = round_robin([s for _, s in per_topic], args.limit)

    started = time.perf_counter()
    facts: dict[str, DocFacts] = {}
    diff_tally, same_tally = Tally(), Tally()
    judge(different, facts, diff_tally, args.verbose, "different-event")
    judge(same, facts, same_tally, args.verbose, "same-event")
    elapsed = time.perf_counter() - started

    print(
        f"ecb+ split {args.split}: {len(by_topic)} topics, {len(facts)} documents analysed, "
        f"K={args.per_doc}{f', limit {args.limit}' if args.limit is not None else ''} ({elapsed:.1f}s)"
    )
    kinds = sorted(set(diff_tally.counted) | set(same_tally.counted))
    print(f"{'kind':13} {'different':>9} {'same':>6}   (warnings and errors with evidence in both articles)")
    for kind in kinds:
        print(f"{kind:13} {diff_tally.counted[kind]:9} {same_tally.counted[kind]:6}")
    print(f"{'total':13} {diff_tally.total:9} {same_tally.total:6}")
    for topic in by_topic:
        d, m = diff_tally, same_tally
        print(
            f"  topic {topic:>3}: different {d.topic_counted[topic]:4} in {d.topic_pairs[topic]:4} pairs, "
            f"same {m.topic_counted[topic]:4} in {m.topic_pairs[topic]:4} pairs"
        )
    for name, t in (("different-event", diff_tally), ("same-event", same_tally)):
        sev = ", ".join(f"{t.severities[s]} {s}s" for s in COUNTED)
        print(
            f"{name}: {sev}; {t.pairs_with_findings} of {t.pairs} pairs with any; "
            f"not counted: {t.info} info, {len(t.single_article)} distinct single-article findings"
        )
    print(
        f"ecb false alarms: {diff_tally.rate():.3f} per different-event pair ({diff_tally.pairs} pairs); "
        f"same-event pairs: {same_tally.rate():.3f} per pair ({same_tally.pairs} pairs)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
