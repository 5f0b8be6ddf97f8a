"""The fuzz property of tests/test_fuzz.py for longer: random and news-like input through every stage.

    python benchmarks/fuzz.py --examples 5000

Prints the number of examples run; any crash is shown with the smallest input hypothesis finds.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from test_fuzz import MARKUP, _everything, any_text, news_like  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--examples", type=int, default=2000)
    args = ap.parse_args(argv)

    @settings(max_examples=args.examples, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.tuples(MARKUP, st.one_of(news_like, any_text)), min_size=1, max_size=3))
    def prop(texts: list[tuple[str, str]]) -> None:
        _everything(texts)

    started = time.perf_counter()
    prop()
    print(f"fuzz: {args.examples} examples without a crash in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
