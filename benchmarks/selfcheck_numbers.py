"""Check each article of a corpus against itself with the number check: ordinary news should yield almost nothing.

Usage: python benchmarks/selfcheck_numbers.py DATA.jsonl [DATA.jsonl ...] [-v]

Each line is a JSON object with "doc", "text" and optionally "published" (ISO date).
Prints the number of findings, the number of articles, and with -v each finding
(its message and the two sentences), so any change to the figure can be inspected.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.load import document_from_text  # noqa: E402
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
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="+", help="JSONL files with 'doc' and 'text' per line")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every finding")
    args = ap.parse_args(argv)
    articles = findings = 0
    started = time.perf_counter()
    for path in args.data:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                name = f"{row['doc']}.txt"
                doc = document_from_text(name, row["text"], published=_published(row))
                found = run_checks([analyse(doc)], kinds={"number"}, within=True)
                articles += 1
                findings += len(found)
                if args.verbose:
                    for f in found:
                        print(f"{f.severity:7} {f.confidence:.2f} {f.message}")
                        for ev in f.evidence:
                            print(f"    [{ev.text}] {' '.join(ev.sentence.split())}")
    elapsed = time.perf_counter() - started
    print(f"{findings} number findings in {articles} articles checked against themselves ({elapsed:.1f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
