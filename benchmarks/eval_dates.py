"""Score the dates tagger on a TimeML-derived JSON-lines file (TempEval-3 style).

Each line: {"doc", "published", "text", "timex": [{"start", "end", "text", "type", "value", "mod"?}]}.
Prints relaxed extraction precision, recall and F1 (any character overlap),
value accuracy on the matched mentions and value F1 = F1 x value accuracy.

    python benchmarks/eval_dates.py DATA.jsonl [-v] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.extract.dates import extract_dates  # noqa: E402


def canonical(value: str) -> str:
    """One spelling for values TimeML writes two ways, applied to gold and system alike.

    Week numbers with or without a leading zero (2000-W7, 2000-W07); trailing
    unknown fields in the TIMEX2 style, which add nothing to the granularity
    before them (1949-XX is the year 1949, 199X the 1990s, 19XX the 1900s);
    an hour with or without its minutes (T17, T17:00); TIMEX2's decade, century and
    millennium units in durations (P1E = P10Y, P1C = P100Y, P2L = P2000Y); and
    quarters as three months each (P1Q = P3M), since ISO 8601 has no quarter unit.
    """
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    value = _DURATION_UNIT.sub(_in_plain_units, value)
    value = re.sub(r"(?:-XX)+$", "", value)
    value = re.sub(r"^(\d{2,3})X+$", r"\1", value)
    value = re.sub(r"(T\d\d)$", r"\1:00", value)
    return value


_DURATION_UNIT = re.compile(r"^P(\d+)([ECLQ])$")
_UNIT_SIZE = {"E": (10, "Y"), "C": (100, "Y"), "L": (1000, "Y"), "Q": (3, "M")}


def _in_plain_units(m: re.Match[str]) -> str:
    k, unit = _UNIT_SIZE[m[2]]
    return f"P{int(m[1]) * k}{unit}"


def match(gold: list[dict], found: list) -> list[tuple[dict, object]]:
    """Pairs of overlapping mentions, each used once, in text order."""
    pairs = []
    used: set[int] = set()
    j0 = 0
    for g in gold:
        while j0 < len(found) and found[j0].end <= g["start"]:
            j0 += 1
        for j in range(j0, len(found)):
            f = found[j]
            if f.start >= g["end"]:
                break
            if j not in used and f.start < g["end"] and g["start"] < f.end:
                used.add(j)
                pairs.append((g, f))
                break
    return pairs


def group_of(text: str) -> str:
    """A coarse shape of an expression for grouping the misses."""
    t = text.lower()
    t = re.sub(r"\d+", "N", t)
    for word in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
        t = t.replace(word, "WEEKDAY")
    t = re.sub(r"\b(jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*\.?", "MONTH", t)
    return t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses, grouped")
    ap.add_argument("--limit", type=int, default=40, help="rows per group of misses with -v")
    args = ap.parse_args(argv)

    n_gold = n_found = n_match = n_value = 0
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    wrong: dict[str, list[str]] = defaultdict(list)
    for line in args.data.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        published = date.fromisoformat(doc["published"][:10]) if doc.get("published") else None
        gold = sorted(doc["timex"], key=lambda t: t["start"])
        found = list(extract_dates(doc["text"], published))
        pairs = match(gold, found)
        n_gold += len(gold)
        n_found += len(found)
        n_match += len(pairs)
        matched_gold = {id(g) for g, _ in pairs}
        matched_found = {id(f) for _, f in pairs}
        for g, f in pairs:
            if canonical(g["value"]) == canonical(f.value):
                n_value += 1
            else:
                wrong[group_of(g["text"])].append(
                    f"{doc['published'][:10]}  {g['text']!r} gold {g['value']}  got {f.value} from {f.text!r}")
        for g in gold:
            if id(g) not in matched_gold:
                missed[g["text"].lower()] += 1
        for f in found:
            if id(f) not in matched_found:
                spurious[f.text.lower()] += 1

    precision = n_match / n_found if n_found else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = n_value / n_match if n_match else 0.0
    if args.verbose:
        print("== missed (gold not found) ==")
        for text, n in missed.most_common(args.limit * 3):
            print(f"{n:4d}  {text}")
        print("== spurious (found, not in gold) ==")
        for text, n in spurious.most_common(args.limit * 3):
            print(f"{n:4d}  {text}")
        print("== wrong values, by shape ==")
        for shape, rows in sorted(wrong.items(), key=lambda kv: -len(kv[1])):
            print(f"-- {shape} ({len(rows)})")
            for row in rows[: args.limit]:
                print("     " + row)
    print(f"gold {n_gold}  found {n_found}  matched {n_match}  values right {n_value}")
    print(f"relaxed precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"value accuracy {accuracy:.3f}  value F1 {f1 * accuracy:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
