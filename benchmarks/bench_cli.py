"""Whole-process wall time of the commands users run, each beside the floor of reading the same files.

Usage: python benchmarks/bench_cli.py [--runs 5] [--jobs 2] [--tbaq ../shared/data/timebank/tbaq.jsonl]
                                     [--ecb ../shared/data/ecbplus/docs.jsonl]

Measured (median of ``--runs``, process start included): ``factcheck --version``; ``compare`` on the
two seed articles; ``lint`` on a 2,000-word draft against 50 sources (the corpus of bench_lint.py);
``compare`` over 16, 64 and 256 real articles of TimeBank written to a temporary folder, with
``--jobs``; and ``compare`` of one ~1 MB file of news text against a short one (TimeBank's articles
and then ECB+'s, none repeated). The floor is
``python -c`` reading the same files. Targets: --version < 0.15 s, seeds < 0.25 s, 256 articles
< 2 s with --jobs 2, 1 MB < 3 s, growth from 64 to 256 articles at most ×4.5.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_lint import make_corpus  # noqa: E402

SEEDS = sorted(str(p) for p in (ROOT / "fixtures" / "seeds").glob("*.txt"))
MEGABYTE = 1_000_000


# As on a user's machine, byte-compiled modules are written and reused: a workplace that sets
# PYTHONDONTWRITEBYTECODE would otherwise compile every module from source on every run (0.1 s).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(cmd: list[str], runs: int) -> float:
    """The median wall time of ``cmd`` over ``runs`` runs, after one run that writes the
    byte-compiled modules; exits on a failing run."""
    subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False, env=ENV)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False, env=ENV)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            sys.exit(f"{' '.join(cmd[:4])} …: exit {done.returncode}: {done.stderr.decode()[-300:]}")
    return statistics.median(times)


def floor(paths: list[str], runs: int) -> float:
    code = "import sys\nfor p in sys.argv[1:]:\n    open(p, encoding='utf-8').read()"
    return wall([sys.executable, "-c", code, *paths], runs)


def factcheck(*args: str) -> list[str]:
    return [sys.executable, "-m", "factcheck", *args]


def write_articles(folder: Path, tbaq: Path, n: int) -> list[str]:
    rows = [json.loads(line) for line in tbaq.read_text(encoding="utf-8").splitlines() if line.strip()]
    paths = []
    for k, row in enumerate(rows[:n]):
        p = folder / f"article-{k:03d}.txt"
        p.write_text(row["text"], encoding="utf-8")
        paths.append(str(p))
    return paths


def megabyte_of_news(tbaq: Path, ecb: Path) -> list[str]:
    """About 1 MB of real articles, none twice: TimeBank's, then ECB+'s. A text repeated would be
    tagged faster the second time (the tagger caches word pairs), which no real file gets."""
    texts = [json.loads(line)["text"] for line in tbaq.read_text(encoding="utf-8").splitlines() if line]
    if ecb.is_file():
        texts += [json.loads(line)["text"] for line in ecb.read_text(encoding="utf-8").splitlines() if line]
    body: list[str] = []
    size = 0
    for k in range(len(texts) * 4):  # repeats only if the corpora are short of a megabyte
        if size >= MEGABYTE:
            break
        body.append(texts[k % len(texts)])
        size += len(body[-1]) + 2
    return body


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--tbaq", type=Path, default=ROOT.parent / "shared" / "data" / "timebank" / "tbaq.jsonl")
    ap.add_argument("--ecb", type=Path, default=ROOT.parent / "shared" / "data" / "ecbplus" / "docs.jsonl",
                    help="more articles for the 1 MB file, so that none is repeated")
    args = ap.parse_args()
    if not args.tbaq.is_file():
        print(f"no such file: {args.tbaq}", file=sys.stderr)
        return 2
    rows: list[tuple[str, float, float, str]] = []

    def measure(label: str, cmd: list[str], paths: list[str], target: str) -> float:
        t = wall(cmd, args.runs)
        rows.append((label, t, floor(paths, args.runs), target))
        print(f"{label:34} {t:6.2f} s   floor {rows[-1][2]:5.2f} s   {target}", flush=True)
        return t

    measure("--version", factcheck("--version"), [], "< 0.15 s")
    measure("compare, the two seeds", factcheck("compare", *SEEDS, "--format", "json"), SEEDS, "< 0.25 s")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        draft, sources, _ = make_corpus(folder / "lint", 50, 2000)
        source_paths = sorted(str(p) for p in sources.iterdir())
        measure("lint, 2,000 words vs 50 sources",
                factcheck("lint", str(draft), "--against", str(sources), "--format", "json", "--fail-on", "never",
                          "--jobs", str(args.jobs)), [str(draft), *source_paths], "< 3 s")
        by_size = {}
        for n in (16, 64, 256):
            sub = folder / f"tbaq-{n}"
            sub.mkdir()
            paths = write_articles(sub, args.tbaq, n)
            by_size[n] = measure(f"compare, {len(paths)} articles, --jobs {args.jobs}",
                                 factcheck("compare", *paths, "--format", "json", "--jobs", str(args.jobs)), paths,
                                 "< 2 s" if n == 256 else "")
        big_dir = folder / "big"
        big_dir.mkdir()
        body = megabyte_of_news(args.tbaq, args.ecb)
        big, small = big_dir / "big.txt", big_dir / "small.txt"
        big.write_text("\n\n".join(body), encoding="utf-8")
        small.write_text(body[0], encoding="utf-8")
        measure(f"compare, {big.stat().st_size / MEGABYTE:.1f} MB file vs one article",
                factcheck("compare", str(big), str(small), "--format", "json"), [str(big), str(small)], "< 3 s")
    growth = by_size[256] / by_size[64]
    print(f"growth from 64 to 256 articles: x{growth:.2f} (target at most x4.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
