"""Time the places and organizations extractor on about 1 MB of generated news text.

    python benchmarks/bench_places.py [--size BYTES] [--repeat N]

The text is built from a fixed set of place-heavy paragraphs, shuffled with a
fixed seed, so runs are comparable; the best of N runs is reported.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract.places import extract_places  # noqa: E402

PARAGRAPHS = [
    "Leaders met at the White House on Monday, where Ukrainian and European officials pressed "
    "the case for a summit in Budapest, Hungary. The Kremlin said no date had been set.",
    "The accord is due to be signed at the Kenyatta International Convention Centre in Nairobi, "
    "though a second ceremony in Kigali has not been ruled out, the foreign ministry said.",
    "Fishing boats were stranded near Cape Loma and ferries stopped in Port Averne on Sunday, "
    "the Ministry of Mines and the interior ministry said in a joint statement.",
    "Acme Holdings plc and Corbel Mining Group bid for the site outside Tarvik, Kenya, "
    "according to Reuters and The Financial Times. Harlow Town lost 2-1 at home.",
    "In Trump's view the talks in May were a success; at least, that is what he said in Zelensky's "
    "office. Meanwhile, Russian drones struck the Kursk region and Kharkiv overnight.",
    "The State Department and the Pentagon declined to comment, CNN reported. Shares of Lenox fell "
    "after an analyst at Drexel cut his forecast; the board holds a stake in Jaguar.",
    "Michael Jordan visited Jordan last week. Israel Katz spoke about Israel, and troops were "
    "sent to Georgia. The plant in Greenville, N.C., will close in the spring.",
    "Thousands fled from Marrow as the river rose. The shelter in Brennock was full, and buses "
    "left from Brennock at dawn, the Moscow City Council and the Bank of England said.",
    "MINISTERS MEET IN BRENNOCK TO DISCUSS FLOODS. Ministers Meet In Brennock To Discuss Floods. "
    "aaaa " * 20,
    "(((( in in in at at near " + "Cape " * 40 + "of the of the " * 10 + "&" * 50,
]


def build(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        p = rng.choice(PARAGRAPHS)
        parts.append(p)
        total += len(p) + 2
    return "\n\n".join(parts)[:size]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    text = build(args.size)
    extract_places("warm up: Nairobi")  # load the word lists outside the timing
    best = float("inf")
    found = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        found = len(extract_places(text))
        best = min(best, time.perf_counter() - t0)
    print(f"{len(text):,} chars, {found:,} mentions, best of {args.repeat}: {best:.3f} s "
          f"({len(text) / best / 1e6:.2f} MB/s)")


if __name__ == "__main__":
    main()
