"""Score a folder of stories (the fixtures' format) without failing: found, missed, false alarms, near-misses fired.

    python benchmarks/score_stories.py fixtures/stories
    python benchmarks/score_stories.py NEW_STORIES/ -v

Used to score stories written apart from the rules before anyone tunes on them. A finding
counts as found when kind, severity and evidence (file name and text) equal an expected one;
a warning or error that is not expected is a false alarm; a near-miss fires as in the golden test.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck import compare, load_document  # noqa: E402


def _key(kind: str, severity: str, evidence: list[tuple[str, str]]) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    return kind, severity, tuple(sorted(evidence))


def score(story: Path, verbose: bool) -> tuple[int, int, int, int, int]:
    expected = json.loads((story / "expected.json").read_text(encoding="utf-8"))
    files = sorted(p for p in story.iterdir() if p.is_file() and p.name != "expected.json")
    produced = compare([load_document(str(p)) for p in files])
    # known_misses are findings the story expects that the checks do not find yet: scored as missed
    wanted = expected["findings"] + expected.get("known_misses", [])
    want = {_key(f["kind"], f["severity"], [(e["path"], e["text"]) for e in f["evidence"]]) for f in wanted}
    got = {_key(f.kind, f.severity, [(os.path.basename(e.path), e.text) for e in f.evidence]): f for f in produced}
    found = want & set(got)
    alarms = [f for k, f in got.items() if k not in want and f.severity in ("error", "warning")]
    # An expected finding is no near-miss firing, even when its sentences hold a near-miss's fragments.
    unexpected = [f for k, f in got.items() if k not in want]
    fired = [m for m in expected["must_not"]
             if any(f.kind == m["kind"] and all(any(frag in e.sentence for e in f.evidence) for frag in m["sentences"])
                    for f in unexpected)]
    if verbose:
        for k in sorted(want - found):
            print(f"  {story.name}: missed {k}")
        for f in alarms:
            print(f"  {story.name}: false alarm {f.kind}/{f.severity}: {f.message}")
        for m in fired:
            print(f"  {story.name}: near-miss fired ({m['kind']}): {m['why']}")
    return len(want), len(found), len(alarms), len(expected["must_not"]), len(fired)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    stories = sorted(p for p in Path(args.folder).iterdir() if (p / "expected.json").is_file())
    totals = [0, 0, 0, 0, 0]
    for story in stories:
        row = score(story, args.verbose)
        print(f"{story.name:<28} expected {row[0]}, found {row[1]}, false alarms {row[2]}, near-misses {row[4]}/{row[3]} fired")
        totals = [a + b for a, b in zip(totals, row)]
    want, found, alarms, misses, fired = totals
    print(f"stories: {len(stories)}; found {found}/{want}; false alarms {alarms}; near-misses fired {fired}/{misses}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
