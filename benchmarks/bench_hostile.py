"""Hostile input through the whole pipeline: the time must grow linearly with the size.

    python benchmarks/bench_hostile.py          # 50 KB and 100 KB of each pattern

Each pattern is a worst case for some stage (long runs without punctuation, thousands
of quotation marks, digits, capitalized words, dashes, nested brackets). The script
prints the time at each size and the ratio; a ratio near 2 means linear.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck import document_from_text  # noqa: E402
from factcheck.pipeline import analyse, run_checks  # noqa: E402

PATTERNS = {
    "no punctuation": "the council said the mayor would not ",
    "quotation marks": '"“ ”" ',
    "digits": "1,234,567 9 99.9 ",
    "capitalized words": "Minister Of The Interior Said ",
    "dashes and dots": "— -- . . . … ",
    "brackets": "(([[ the ]])) ",
    "dates": "on Monday on the 22nd last week May 4 ",
    "one long word": "a",
}


def run(pattern: str, size: int) -> float:
    text = "date 2026-01-05\n\n" + (pattern * (size // len(pattern) + 1))[:size]
    start = time.perf_counter()
    run_checks([analyse(document_from_text("hostile.txt", text))], within=True)
    return time.perf_counter() - start


def main(sizes: tuple[int, int] = (50_000, 100_000)) -> None:
    small, large = sizes
    print(f"{'pattern':<20} {small // 1000:>6} KB s {large // 1000:>6} KB s  ratio")
    for name, pattern in PATTERNS.items():
        t1, t2 = run(pattern, small), run(pattern, large)
        print(f"{name:<20} {t1:>11.2f} {t2:>11.2f}  {t2 / max(t1, 1e-9):>5.1f}")


if __name__ == "__main__":
    main()
