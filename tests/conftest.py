"""Test-wide settings: the tagger's word store lives in a temporary folder, never the user's cache."""

from __future__ import annotations

import os
import shutil
import tempfile

_FOLDER = tempfile.mkdtemp(prefix="factcheck-test-cache-")
os.environ["FACTCHECK_CACHE_DIR"] = _FOLDER  # read when the tagger is first loaded, here and in CLI subprocesses


def pytest_unconfigure(config: object) -> None:
    shutil.rmtree(_FOLDER, ignore_errors=True)
