"""Rewrite the README's sample report with what the tool prints now (the test pins it).

    python benchmarks/readme_sample.py
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = re.compile(r"<!-- sample: factcheck ([^>]*) -->\n```\n(.*?)```\n", re.DOTALL)


def main() -> int:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = SAMPLE.search(readme)
    if m is None:
        print("no sample block in README.md", file=sys.stderr)
        return 2
    out = subprocess.run([sys.executable, "-m", "factcheck", *m.group(1).split()], capture_output=True, text=True,
                         cwd=ROOT, env={"PATH": "", "NO_COLOR": "1"}).stdout
    out = "\n".join(line.rstrip() for line in out.splitlines()) + "\n"
    (ROOT / "README.md").write_text(readme[: m.start(2)] + out + readme[m.end(2):], encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
