"""Measure quote extraction against annotated direct quotes with their sources.

Usage: python benchmarks/eval_quotes.py DATA.jsonl [--show-misses N]

Each line: {"doc", "text", "quotes": [{"start", "end", "text", "source",
"source_spans", "cue"}]}. Reports recall of annotated quotes (any extracted
quotation overlapping at least half of it), precision of extracted statements
(not terms) against annotated quotes, and the rate of right speakers among found
quotes: the extracted speaker mention overlaps an annotated source span, or the
resolved name shares the annotated source's surname.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.extract.people import extract_people  # noqa: E402
from factcheck.extract.quotes import extract_quotes  # noqa: E402
from factcheck.model import Quote  # noqa: E402

_STOP = {"the", "a", "an", "mr", "mrs", "ms", "dr", "rep", "sen", "of", "and"}


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _match(gold: dict, quotes: list[Quote]) -> Quote | None:
    g0, g1 = gold["start"], gold["end"]
    best, best_ov = None, 0
    for q in quotes:
        ov = _overlap(g0, g1, q.start, q.end)
        if ov > best_ov:
            best, best_ov = q, ov
    if best is not None and best_ov >= 0.5 * max(1, g1 - g0):
        return best
    return None


def _names(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z’'\-]{3,}", s.lower()) if w not in _STOP}


def _right_speaker(gold: dict, q: Quote) -> bool:
    if not gold.get("source"):
        return q.speaker is None
    if q.speaker is None:
        return False
    if q.speaker_start is not None:
        for s0, s1 in gold.get("source_spans") or []:
            if _overlap(s0, s1, q.speaker_start, q.speaker_end or q.speaker_start) > 0:
                return True
    g = _names(gold["source"])
    return bool(g & _names(q.speaker))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--show-misses", type=int, default=0)
    args = ap.parse_args()
    docs = [json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines() if line.strip()]
    gold_n = found = statements = statements_hit = speaker_ok = speaker_n = 0
    misses: list[str] = []
    wrong: list[str] = []
    for d in docs:
        text = d["text"]
        quotes = list(extract_quotes(text, extract_people(text)))
        golds = d["quotes"]
        for gold in golds:
            gold_n += 1
            q = _match(gold, quotes)
            if q is None:
                misses.append(f"{d['doc']}: {text[max(0, gold['start'] - 30):gold['end'] + 30]!r}")
                continue
            found += 1
            speaker_n += 1
            if _right_speaker(gold, q):
                speaker_ok += 1
            else:
                wrong.append(f"{d['doc']}: {gold['text'][:50]!r} gold={gold['source']!r} got={q.speaker!r} cue={q.cue!r}")
        for q in quotes:
            if q.is_term:
                continue
            statements += 1
            if any(_overlap(q.start, q.end, g["start"], g["end"]) > 0 for g in golds):
                statements_hit += 1
    print(f"documents {len(docs)}  annotated quotes {gold_n}")
    print(f"recall {found / max(1, gold_n):.3f} ({found}/{gold_n})")
    print(f"precision {statements_hit / max(1, statements):.3f} ({statements_hit}/{statements} statements)")
    print(f"right speaker {speaker_ok / max(1, speaker_n):.3f} ({speaker_ok}/{speaker_n})")
    for line in (misses + wrong)[: args.show_misses]:
        print("  ", line)


if __name__ == "__main__":
    main()
