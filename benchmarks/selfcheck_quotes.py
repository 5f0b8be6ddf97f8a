"""Check each article of a corpus against itself with the quote and title checks: ordinary news should yield almost nothing.

Usage: python benchmarks/selfcheck_quotes.py DATA.jsonl [DATA.jsonl ...] [-v]

Each line is a JSON object with "doc", "text" and optionally "published" (ISO date).
Prints the number of quote-wording, quote-speaker and title findings and, with -v,
each finding (its message and the two passages), so any change to the figures can
be inspected. One article repeating a quotation word for word is not a finding.
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
from factcheck.pipeline import analyse, run_checks  # noqa: E402

KINDS = ("quote-wording", "quote-speaker", "title")


def _published(row: dict[str, object]) -> date | None:
    value = row.get("published")
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="+", help="JSONL files with 'doc' and 'text' per line")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every finding")
    args = ap.parse_args(argv)
    articles = 0
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    for path in args.data:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                name = f"{row['doc']}.txt"
                doc = document_from_text(name, row["text"], published=_published(row))
                found = run_checks([analyse(doc)], kinds=set(KINDS), within=True)
                articles += 1
                for f in found:
                    counts[f.kind] += 1
                    if args.verbose:
                        print(f"{f.kind:13} {f.severity:7} {f.confidence:.2f} {f.message}")
                        for ev in f.evidence:
                            print(f"    [{' '.join(ev.text.split())}] {' '.join(ev.sentence.split())}")
    elapsed = time.perf_counter() - started
    figures = ", ".join(f"{counts[k]} {k}" for k in KINDS)
    print(f"{figures} findings in {articles} articles checked against themselves ({elapsed:.1f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
