"""Time the dates tagger on about 1 MB of generated news text.

    python benchmarks/bench_dates.py [--size BYTES] [--repeat N]

The text is built from a fixed set of date-heavy paragraphs, shuffled with a
fixed seed, so runs are comparable; the best of N runs is reported.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract.dates import extract_dates  # noqa: E402

PARAGRAPHS = [
    "The transport minister said on Thursday that the rail strike, which began on the 22nd, "
    "would end by the end of this month. Unions will meet again next Tuesday.",
    "Officials may announce the results later. Talks stalled four days after the summit on the 18th, "
    "and the ceasefire that took effect last week is already fraying.",
    "Shares fell 12% in the last twenty four hours, the steepest drop since October 16. "
    "Analysts expect a recovery in the third quarter of 2026 or early next year.",
    "The council voted 5-4 on 6 November 2025 to close the depot, which has run 24/7 since 1998. "
    "Call 555-0142 for details.",
    "Crews worked through Friday night and every Sunday since August to clear the line, "
    "a job that was meant to take two weeks but has now lasted more than six months.",
    "The Sunday Times reported that the former mayor had resigned just days ago; "
    "he is currently abroad and is expected to return within two weeks.",
    "In recent years the festival has moved from spring to late autumn; last spring it was cancelled, "
    "and this summer it returns for a four-day run starting 2 September.",
    "Protesters may march on the capital tomorrow. The court ruled yesterday that the ban, imposed in "
    "the 1990s and renewed a decade ago, was unlawful.",
]


def make_text(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        p = rng.choice(PARAGRAPHS)
        parts.append(p)
        total += len(p) + 2
    return "\n\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000, help="characters of text (default 1 MB)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    text = make_text(args.size)
    best = float("inf")
    count = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        count = len(extract_dates(text, date(2025, 11, 6)))
        best = min(best, time.perf_counter() - t0)
    print(f"{len(text):,} characters, {count:,} mentions, best of {args.repeat}: {best:.2f} s "
          f"({len(text) / best / 1e6:.2f} MB/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
