"""Time quantity extraction over 1 MB of generated news text, and quantity alignment as facts grow.

Run: python benchmarks/bench_numbers.py [--mb 1.0]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.align.quantities import quantity_pairs  # noqa: E402
from factcheck.extract.numbers import extract_quantities  # noqa: E402
from factcheck.facts import DocFacts  # noqa: E402
from factcheck.model import Document  # noqa: E402

HEDGES = ["", "at least ", "more than ", "about ", "some ", "nearly ", "up to ", "fewer than "]
NUMBERS = ["nine", "eleven", "sixty-three", "a dozen", "twenty thousand", "14", "1,500", "34", "250", "3.5"]
NOUNS = ["miners", "passengers", "workers", "staff", "residents", "soldiers", "nurses", "pupils", "homes", "buses"]
EVENTS = ["died", "were killed", "were rescued", "were injured", "were evacuated", "were arrested", "lost their jobs"]
TEMPLATES = [
    "Officials said {h}{n} {noun} {event} when the {place} collapsed on {day}.",
    "The company agreed a ${money} billion bid for {org}, while its board valued the firm at ${money2} billion.",
    "A {pct} percent duty on imported cars will apply from {month}, up {pp} percentage points.",
    "The convoy drove {km} km at up to {speed} mph before the {place} closed at 6:00 a.m.",
    "The council signed a {years}-year lease on the {place} in 2025, {h}{n} {noun} said.",
    "The court ruled {a}-{b} on October {date}; between {lo} and {hi} {noun} {event}.",
    "Call 020 7946 {phone} for details, or visit 10 Downing Street, the G7 office said.",
    "Two of the {n} {noun} {event}, and three of the injured were children, police said.",
]
PLACES = ["mine", "bridge", "depot", "school", "hall", "port"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["March", "April", "May", "June"]
ORGS = ["Brightco", "Acme Holdings", "Northern Rail", "Harbour Group"]


def generate(size: int, seed: int = 7) -> str:
    """Deterministic news-like text of about ``size`` characters, in paragraphs."""
    rnd = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        t = rnd.choice(TEMPLATES)
        s = t.format(
            h=rnd.choice(HEDGES), n=rnd.choice(NUMBERS), noun=rnd.choice(NOUNS), event=rnd.choice(EVENTS),
            place=rnd.choice(PLACES), day=rnd.choice(DAYS), money=rnd.choice(["3.1", "2.4", "4"]),
            money2=rnd.choice(["3.5", "5"]), org=rnd.choice(ORGS), pct=rnd.randint(5, 25),
            month=rnd.choice(MONTHS), pp=rnd.choice(["half a", "0.5", "two"]), km=rnd.randint(10, 400),
            speed=rnd.randint(30, 80), years=rnd.choice(["two", "three", "five"]), a=rnd.randint(5, 7),
            b=rnd.randint(2, 4), date=rnd.randint(1, 28), lo=rnd.randint(10, 20), hi=rnd.randint(21, 40),
            phone=rnd.randint(1000, 9999),
        )
        parts.append(s)
        total += len(s) + 1
        if rnd.random() < 0.2:
            parts.append("\n\n")
    return " ".join(parts)[:size]


def bench_extract(mb: float) -> None:
    text = generate(int(mb * 1_000_000))
    extract_quantities(text[:10_000])  # load word lists outside the timing
    t0 = time.perf_counter()
    qs = extract_quantities(text)
    dt = time.perf_counter() - t0
    print(f"extract_quantities: {len(text):,} chars, {len(qs):,} quantities in {dt:.2f} s "
          f"({len(text) / dt / 1e6:.2f} MB/s)")


def bench_align() -> None:
    for docs in (4, 8, 16, 32, 64):
        facts = [DocFacts(Document(f"d{i}.txt", t, t), quantities=extract_quantities(t))
                 for i, t in enumerate(generate(3_000, seed=s) for s in range(docs))]
        n = sum(len(f.quantities) for f in facts)
        t0 = time.perf_counter()
        pairs = quantity_pairs(facts)
        dt = time.perf_counter() - t0
        print(f"quantity_pairs: {docs:3d} docs, {n:6,} quantities -> {len(pairs):7,} pairs in {dt:.3f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    args = ap.parse_args()
    bench_extract(args.mb)
    bench_align()


if __name__ == "__main__":
    main()
