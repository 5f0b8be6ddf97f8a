"""Time quote extraction (people included) over about 1 MB of generated wire copy.

Usage: python benchmarks/bench_quotes.py [--mb 1.0] [--repeat 3]

Prints the best of ``--repeat`` runs, as wall-clock and as CPU time of this process
(the CPU figure moves less when other work shares the machine).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.extract.people import extract_people  # noqa: E402
from factcheck.extract.quotes import extract_quotes  # noqa: E402

_PARAGRAPHS = [
    "“The bridge will reopen before winter,” said Transport Secretary Alma Rudd. “We have the money and the crews.”",
    "Rudd told reporters on Tuesday that the plan was “fully funded” and that the first lane would open in March.",
    "Opposition leader Tomas Brandt called the timetable “a fantasy” and said: “Nobody believes a word of it.”",
    "“We were not consulted,” he said, adding that the council had written to the ministry three times.",
    "Harbour Police Assistant Chief Constable Carla Amos said officers had closed the quay. “Stay away from the water.",
    "“Crews will remain on site overnight,” Amos said.",
    "The so-called “durable settlement” was first proposed in 2019, according to the ministry.",
    "Miro Bank chairwoman Lise Tan wrote on her blog, “The bank stands behind the loan . . . and always has.”",
    "She insisted: “There is no shortfall.”",
    "Analysts were unconvinced. “It's a bridge too far,” one trader said.",
    "The crossing carried about 40,000 vehicles a day before it was closed in August after engineers found "
    "cracks in two of its supports. Traffic has since been diverted through the town centre, adding up to "
    "half an hour to journeys at peak times.",
    "The ministry has set aside 120 million for the repairs, which will be carried out by a consortium of "
    "three firms. Work on the northern approach began last week and is due to finish by the end of the year.",
    "Local businesses say trade has fallen by a third since the closure. The chamber of commerce has asked "
    "for a rates holiday, and the council is expected to decide on the request at its meeting on Thursday.",
    "Police said the quay would stay closed until the weekend while divers searched the harbour. Two men "
    "were taken to hospital with minor injuries and later released.",
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    rng = random.Random(7)
    parts: list[str] = []
    size = 0
    while size < args.mb * 1_000_000:
        para = rng.choice(_PARAGRAPHS)
        parts.append(para)
        size += len(para) + 2
    text = "\n\n".join(parts)
    best: tuple[float, float, float, float] | None = None
    for _ in range(max(1, args.repeat)):
        w0, c0 = time.perf_counter(), time.process_time()
        people = extract_people(text)
        w1, c1 = time.perf_counter(), time.process_time()
        quotes = extract_quotes(text, people)
        w2, c2 = time.perf_counter(), time.process_time()
        run = (w1 - w0, w2 - w1, c1 - c0, c2 - c1)
        if best is None or run[0] + run[1] < best[0] + best[1]:
            best = run
    assert best is not None
    wp, wq, cp, cq = best
    print(f"{len(text) / 1e6:.2f} MB: {len(people)} people in {wp:.3f}s, "
          f"{len(quotes)} quotes in {wq:.3f}s, total {wp + wq:.3f}s (cpu {cp + cq:.3f}s)")

if __name__ == "__main__":
    main()
