"""Findings when a desk's pile of real articles is compared all against all: TimeBank + AQUAINT.

Usage: python benchmarks/tbaq_all_pairs.py [--tbaq ../shared/data/timebank/tbaq.jsonl] [-n 256] [-v]

The first ``-n`` articles (several on one story: the 1998 embassy bombings, the US strikes that
followed, the Elian Gonzalez case; many one-company financial briefs) are written to a temporary
folder and given to ``factcheck compare`` at once, as a newsroom would check a day's copy. Nearly
every pair is about two different things, so what this counts is mostly false alarms: the count
by kind and severity, and with ``-v`` every finding's message and passages, to be read as an
editor would.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_cli import write_articles  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--tbaq", type=Path, default=ROOT.parent / "shared" / "data" / "timebank" / "tbaq.jsonl")
    ap.add_argument("-n", type=int, default=256, help="how many articles (default 256)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every finding")
    args = ap.parse_args()
    if not args.tbaq.is_file():
        print(f"no such file: {args.tbaq}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_articles(Path(tmp), args.tbaq, args.n)
        out = subprocess.run([sys.executable, "-m", "factcheck", "compare", *paths, "--format", "json"],
                             capture_output=True, text=True, cwd=ROOT, check=True).stdout
    findings = json.loads(out)["findings"]
    if args.verbose:
        for f in findings:
            print(f"{f['kind']:13} {f['severity']:7} {f['confidence']:.2f} {f['message']}")
            for e in f["evidence"]:
                print(f"    {Path(e['path']).name}: [{e['text']}] {e['sentence']}")
    by_kind = Counter((f["kind"], f["severity"]) for f in findings)
    shown = ", ".join(f"{n} {kind} {severity}" for (kind, severity), n in sorted(by_kind.items()))
    print(f"{len(paths)} articles compared all against all: {len(findings)} findings ({shown})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
