"""Time ``factcheck lint`` end to end, process start included: a 2,000-word draft against 50 sources.

The corpus is generated (seeded) into a temporary folder: wire copy about one invented story, with
the counts, quotations, titles and dates varying between articles so every check has work to do.
The target is under 3 seconds per run.

Usage: python benchmarks/bench_lint.py [--sources 50] [--words 2000] [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PEOPLE = [("Harbour master", "Ilse Brandvold"), ("Fire Chief", "Oona Marsh"), ("Deputy Fire Chief", "Oona Marsh"),
          ("Mayor", "Teodor Lisk"), ("Port director", "Amal Reyes"), ("union secretary", "Bruno Kask")]
QUOTES = [
    "We will not reopen the quay until every tank has been checked by the inspectors",
    "We will reopen the quay before every tank has been checked by the inspectors",
    "The silo was empty of grain but it was full of dust, and dust is what burns",
    "Nobody should go to work at the docks and not come home",
    "We warned them about the dust extraction, and we have the letters to prove it",
    "The terminal will be back in service within a fortnight",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
COUNTED = [("workers", "were injured"), ("firefighters", "were treated for smoke"), ("ships", "were diverted"),
           ("families", "were moved out of the harbour flats")]
FILLER = [
    "The terminal handles most of the grain shipped from the valley, and farmers fear the closure will leave "
    "this year's harvest stuck in the silos upriver.",
    "Shipping agents said the container berths on the far side of the harbour could take some of the traffic, "
    "but not the bulk carriers that load at the grain quay.",
    "The city council said it would hold an emergency meeting to discuss support for businesses at the docks.",
    "Residents of the streets behind the quay were told to keep their windows closed while the smoke cleared.",
    "Insurers have sent assessors to the site, and the port authority said it expected the repairs to be costly.",
    "The dockworkers' union has asked for a review of dust controls at every terminal in the port.",
]


def paragraph(rng: random.Random) -> str:
    """One paragraph of wire copy: a count, a quotation, a title or filler."""
    pick = rng.random()
    if pick < 0.3:
        noun, event = rng.choice(COUNTED)
        n = rng.randint(2, 40)
        hedge = rng.choice(["", "at least ", "about ", "more than "])
        return (f"Port officials said {hedge}{n} {noun} {event} after the fire at the grain terminal on "
                f"{rng.choice(DAYS)}, {rng.choice(['the port authority said', 'according to the council'])}.")
    if pick < 0.55:
        title, name = rng.choice(PEOPLE)
        return f"\u201c{rng.choice(QUOTES)},\u201d {title} {name} told reporters at the dock gates."
    if pick < 0.7:
        title, name = rng.choice(PEOPLE)
        return (f"{title} {name} said crews had the blaze under control by {rng.choice(DAYS)} evening and would "
                f"stay on site to damp down hot spots.")
    return rng.choice(FILLER)


def article(rng: random.Random, words: int) -> str:
    paras = [f"date 2026-03-{rng.randint(3, 9):02d}", ""]
    count = 0
    while count < words:
        p = paragraph(rng)
        paras += [p, ""]
        count += len(p.split())
    return "\n".join(paras)


def make_corpus(folder: Path, sources: int, draft_words: int, seed: int = 7) -> tuple[Path, Path, int]:
    rng = random.Random(seed)
    src_dir = folder / "sources"
    src_dir.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(sources):
        text = article(rng, rng.randint(400, 900))
        total += len(text.split())
        (src_dir / f"wire-{i:03d}.txt").write_text(text, encoding="utf-8")
    draft = folder / "draft.txt"
    draft.write_text(article(rng, draft_words), encoding="utf-8")
    return draft, src_dir, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", type=int, default=50)
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="Write the corpus here and keep it.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        draft, src_dir, source_words = make_corpus(folder, args.sources, args.words)
        draft_words = len(draft.read_text(encoding="utf-8").split())
        cmd = [sys.executable, "-m", "factcheck", "lint", str(draft), "--against", str(src_dir),
               "--format", "json", "--fail-on", "never"]
        times, out = [], b""
        for _ in range(args.runs):
            start = time.perf_counter()
            done = subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
            if done.returncode != 0:
                print(done.stderr.decode(), file=sys.stderr)
                return 1
            out = done.stdout
        findings = out.count(b'"kind":')
        print(f"draft {draft_words} words, {args.sources} sources {source_words} words, {findings} findings")
        print(f"lint end to end over {args.runs} runs: min {min(times):.2f} s, median {statistics.median(times):.2f} s, "
              f"max {max(times):.2f} s (target < 3 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
