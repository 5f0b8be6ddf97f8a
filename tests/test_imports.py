"""Each layer's module imports on its own, first, in a fresh interpreter: the package's lazy entry
points must never hide a circular import that only the usual import order avoided."""

from __future__ import annotations

import subprocess
import sys

import pytest

FIRST_IMPORTS = ["factcheck", "factcheck.facts", "factcheck.model", "factcheck.events", "factcheck.checks",
                 "factcheck.align.claims", "factcheck.pipeline", "factcheck.cli", "factcheck.lang"]


@pytest.mark.parametrize("module", FIRST_IMPORTS)
def test_a_module_imports_first_on_its_own(module: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr.strip().splitlines()[-1:]


def test_the_version_needs_no_pipeline() -> None:
    code = "import sys, factcheck.cli; print('factcheck.pipeline' in sys.modules, 'factcheck.extract.dates' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["False", "False"]
