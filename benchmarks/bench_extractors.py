"""CPU time of each text-only extractor (people, dates, places, numbers), cold, as a command pays it.

Usage: python benchmarks/bench_extractors.py [--tbaq ../shared/data/timebank/tbaq.jsonl]
                                             [--ecb ../shared/data/ecbplus/docs.jsonl] [--runs 3]

Each figure is the median over ``--runs`` fresh processes (so first-use tables and compiled patterns
are counted, as in a real run) of the CPU time (``time.process_time``: other work on the machine
disturbs it little) one extractor takes over: the 256 TimeBank articles one by one, and one file of
about 1 MB of articles none of which repeats (bench_cli's). Also the CPU time of importing
``factcheck.extract.dates`` once the modules it builds on are loaded.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_cli import megabyte_of_news, write_articles  # noqa: E402

EXTRACTORS = ("people", "dates", "places", "numbers")

RUN = r"""
import sys, time
from factcheck.load import load_document
from factcheck.extract.people import extract_people
from factcheck.extract.dates import extract_dates
from factcheck.extract.places import extract_places
from factcheck.extract.numbers import extract_quantities
docs = [load_document(p) for p in sys.argv[2:]]
fn = {"people": lambda d: extract_people(d.view), "dates": lambda d: extract_dates(d.view, d.published),
      "places": lambda d: extract_places(d.view), "numbers": lambda d: extract_quantities(d.view)}[sys.argv[1]]
t = time.process_time()
for d in docs:
    fn(d)
print(time.process_time() - t)
"""

IMPORT = ("import time; import factcheck.lang, factcheck.lexicon, factcheck.model, factcheck.values; "
          "t = time.process_time(); import factcheck.extract.dates; print(time.process_time() - t)")


def cpu(code: str, args: list[str], runs: int) -> float:
    """The median CPU time a fresh process reports for ``code``."""
    return statistics.median(float(subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                                                  check=True, cwd=ROOT).stdout) for _ in range(runs))


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--tbaq", type=Path, default=ROOT.parent / "shared" / "data" / "timebank" / "tbaq.jsonl")
    ap.add_argument("--ecb", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus" / "docs.jsonl")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not args.tbaq.is_file():
        print(f"no such file: {args.tbaq}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        articles = write_articles(folder, args.tbaq, 256)
        big = folder / "big.txt"
        big.write_text("\n\n".join(megabyte_of_news(args.tbaq, args.ecb)), encoding="utf-8")
        for label, paths in ((f"{len(articles)} articles", articles), ("1 MB file", [str(big)])):
            shown = "  ".join(f"{name} {cpu(RUN, [name, *paths], args.runs):.3f} s" for name in EXTRACTORS)
            print(f"{label:14} {shown}")
    print(f"importing factcheck.extract.dates: {cpu(IMPORT, [], max(args.runs, 5)) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
