"""Check each article of a corpus against itself: ordinary news should yield almost nothing.

Usage: python benchmarks/selfcheck.py DATA.jsonl [DATA.jsonl ...] [--kinds number,title] [-v]

Each line is a JSON object with "doc", "text" and optionally "published" (ISO date).
Prints the findings per kind and the number of articles, and with -v each finding (its
message and the two sentences), so any change to the figures can be inspected. Every
finding on real news checked against itself is a false alarm or a real inconsistency
inside the article: the count is the false-alarm measure of the checks.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck import document_from_text  # noqa: E402
from factcheck.checks import load_all  # noqa: E402
from factcheck.pipeline import analyse, run_checks  # noqa: E402


def _published(row: dict[str, object]) -> date | None:
    value = row.get("published")
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("data", nargs="+", help="JSONL files with 'doc' and 'text' per line")
    ap.add_argument("--kinds", default=",".join(sorted(load_all())), help="comma-separated kinds (default: all)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every finding")
    args = ap.parse_args(argv)
    kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
    articles = 0
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    for path in args.data:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                doc = document_from_text(f"{row['doc']}.txt", row["text"], published=_published(row))
                found = run_checks([analyse(doc)], kinds=set(kinds), within=True)
                articles += 1
                for f in found:
                    counts[f.kind] += 1
                    if args.verbose:
                        print(f"{f.kind:13} {f.severity:7} {f.confidence:.2f} {f.message}")
                        for ev in f.evidence:
                            print(f"    [{' '.join(ev.text.split())}] {' '.join(ev.sentence.split())}")
    elapsed = time.perf_counter() - started
    figures = ", ".join(f"{counts[k]} {k}" for k in kinds)
    print(f"{figures} findings in {articles} articles checked against themselves ({elapsed:.1f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
