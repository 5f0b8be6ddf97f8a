"""Time analysis, alignment and checks over generated corpora of 50 to 200 articles of 800 words.

    python benchmarks/bench_align.py            # 50, 100, 150, 200 articles
    python benchmarks/bench_align.py 200 400    # other sizes

Prints, per size: extraction time, alignment+checks time, number of pairs judged, and
time per article, so near-linear growth can be read off.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus  # noqa: E402

from factcheck import document_from_text  # noqa: E402
from factcheck.pipeline import PAIR_BUILDERS, analyse, run_checks  # noqa: E402


def main(sizes: list[int]) -> None:
    print(f"{'articles':>8} {'words':>8} {'extract s':>10} {'align+check s':>14} {'pairs':>7} {'findings':>9} {'ms/article':>11}")
    for n in sizes:
        docs = [document_from_text(name, text) for name, text in corpus(n)]
        t0 = time.perf_counter()
        facts = [analyse(d) for d in docs]
        t1 = time.perf_counter()
        findings = run_checks(facts)
        t2 = time.perf_counter()
        pairs = sum(len(build(facts, within=True)) for build in PAIR_BUILDERS.values())
        words = sum(d.words for d in docs)
        print(f"{n:>8} {words:>8} {t1 - t0:>10.2f} {t2 - t1:>14.2f} {pairs:>7} {len(findings):>9} "
              f"{1000 * (t2 - t0) / n:>11.1f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [50, 100, 150, 200])
