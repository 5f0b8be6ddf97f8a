"""Hostile input through the whole pipeline: the time must grow linearly with the size.

    python benchmarks/bench_hostile.py                  # 0.5 MB, 1 MB and 2 MB of each pattern
    python benchmarks/bench_hostile.py --sizes 50000,100000 --only digits
    python benchmarks/bench_hostile.py --only "real news" --real ../shared/data/ecbplus/docs.jsonl

Each pattern is a worst case for some stage (long runs without punctuation, thousands
of quotation marks, digits, capitalized words, dashes, nested brackets). The script
prints the time at each size and the growth per doubling; near ×2 means linear, and the
target is at most ×2.3 for every pattern. Times are the process's CPU time, so another job
on the machine does not pass for superlinear growth; each run has a fresh process, and the
last column is the peak memory of the largest run. "plain news" is generated wire copy (many stories,
as in the alignment benchmark) laid end to end, the ordinary case at an unusual size;
with ``--real JSONL`` (rows with a "text" field, such as ECB+'s docs.jsonl) "real news" is
those articles laid end to end, repeated if there are too few.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus  # noqa: E402

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
    "one long line": "the council said on Monday that 1,500 workers would strike, ",
    "Mr. runs": "Mr. ",
    "nested tags": "<b><i><span>word</span></i></b> ",
}


def _news(size: int) -> str:
    text, n = "", 64
    while len(text) < size:
        text = "\n\n".join(body.split("\n", 2)[-1] for _, body in corpus(n))
        n *= 2
    return text


def _real(path: str, size: int) -> str:
    texts = [json.loads(line)["text"] for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    body = "\n\n".join(texts)
    return (body + "\n\n") * (size // max(1, len(body)) + 1)


def measure(pattern: str, size: int, real: str | None = None) -> tuple[float, float]:
    """CPU seconds and peak memory (MB) of one run, in a fresh process so the peak is its own."""
    with multiprocessing.get_context("fork").Pool(1, maxtasksperchild=1) as pool:
        return pool.apply(_measured, (pattern, size, real))


def _measured(pattern: str, size: int, real: str | None) -> tuple[float, float]:
    seconds = run(pattern, size, real)
    return seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(pattern: str, size: int, real: str | None = None) -> float:
    if pattern == "real":
        body = _real(real or "", size)
    else:
        body = _news(size) if pattern == "news" else pattern * (size // len(pattern) + 1)
    text = "date 2026-01-05\n\n" + body[:size]
    start = time.process_time()
    run_checks([analyse(document_from_text("hostile.txt", text))], within=True)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--sizes", default="500000,1000000,2000000", help="comma-separated sizes in bytes, each double the last")
    ap.add_argument("--only", default="", help="comma-separated pattern names (default: all)")
    ap.add_argument("--real", default=None, help="JSONL of real articles (a \"text\" field each) for a \"real news\" row")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    chosen = {**PATTERNS, "plain news": "news", **({"real news": "real"} if args.real else {})}
    if args.only:
        chosen = {k: v for k, v in chosen.items() if k in args.only.split(",")}
    run("The council said on Monday that 1,500 workers would strike. ", 2000)  # load the model and word lists first
    print(f"{'pattern':<20}" + "".join(f"{s / 1e6:>8.2f} MB" for s in sizes) + "   growth per doubling   peak memory")
    for name, pattern in chosen.items():
        runs = [measure(pattern, s, args.real) for s in sizes]
        times = [t for t, _ in runs]
        growth = "  ".join(f"×{b / max(a, 1e-9):.2f}" for a, b in zip(times, times[1:]))
        print(f"{name:<20}" + "".join(f"{t:>9.2f} s" for t in times) + f"   {growth:<20}{runs[-1][1]:>7.0f} MB",
              flush=True)


if __name__ == "__main__":
    main()
