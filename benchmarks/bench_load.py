"""Time loading (decode aside): date line, furniture, Markdown and HTML reduction, sentence splitting.

    python benchmarks/bench_load.py [--size BYTES] [--repeat N]

Each case is built at ``size`` and at twice ``size``; the best of N runs is reported with
the ratio between the two, which stays near 2 when the work is linear in the input and
grows towards 4 when it is quadratic. The hostile cases are the ones a careless pattern
turns quadratic: a paragraph with no punctuation, 100k quotation marks, a run of dots,
an abbreviation every few words, unclosed Markdown brackets and comments, entity-dense HTML.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.load import document_from_text  # noqa: E402

NEWS = (
    "The council’s engineers halted work at Pier 4 on Tuesday after divers found a cable. "
    "“We will not dig until the line is moved,” said Mayor Ines Q. Ferrand. "
    "Gov. Idris Coleman said the U.S. grant of $4.5 million was safe. The work resumes at 9 a.m. Friday.\n\n"
)


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "news prose": ("story.txt", lambda n: "date 2026-01-12\n\n" + _fill(NEWS, n)),
    "one paragraph, no punctuation": ("flat.txt", lambda n: _fill("word ", n)),
    "100k quotation marks, paired": ("quotes.txt", lambda n: _fill("“a” " + "word " * 7 + " ", n)),
    "quotation marks never closed": ("open.txt", lambda n: _fill("“Yes. ", n)),
    "straight quotes, unbalanced": ("straight.txt", lambda n: _fill('said "no. Then ', n)),
    "a run of dots": ("dots.txt", lambda n: "." * n),
    "abbreviation every few words": ("abbr.txt", lambda n: _fill("Mr. Lund met Dr. Ito. ", n)),
    "markdown brackets and comments": ("hostile.md", lambda n: _fill("[[[ ](( <!-- ** __ ", n)),
    "html with entities": ("page.html", lambda n: "<html><body><article>" + _fill(
        "<p>Caf&eacute; &amp; Pier&nbsp;4 &ldquo;open&rdquo; at 9 a.m. today.</p>\n", n) + "</article></body></html>"),
}


def best_of(repeat: int, path: str, text: str) -> tuple[float, int]:
    best = float("inf")
    sentences = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        doc = document_from_text(path, text)
        best = min(best, time.perf_counter() - t0)
        sentences = len(doc.sentences)
    return best, sentences


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=2_000_000, help="characters per case (default 2 MB)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"{'case':34} {'chars':>10} {'sentences':>10} {'seconds':>8} {'MB/s':>6} {'x2 ratio':>8}")
    for name, (path, build) in CASES.items():
        text = build(args.size)
        double = build(2 * args.size)
        t1, n_sent = best_of(args.repeat, path, text)
        t2, _ = best_of(args.repeat, path, double)
        rate = len(text) / t1 / 1e6 if t1 else float("inf")
        print(f"{name:34} {len(text):>10,} {n_sent:>10,} {t1:>8.3f} {rate:>6.1f} {t2 / t1:>8.2f}")


if __name__ == "__main__":
    main()
