"""Every word list under factcheck/data/ is read by some module, and a flat list holds each entry once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck import lexicon

ROOT = Path(lexicon.__file__).resolve().parent
DATA = ROOT / "data"
CODE = "\n".join(p.read_text(encoding="utf-8") for p in ROOT.rglob("*.py"))
LISTS = sorted(p.name for p in DATA.glob("*.txt"))
# Lists read as plain sets of words: a repeated entry there is a slip, never meaningful.
FLAT = sorted(set(re.findall(r"\bwords\(\"([a-z_]+\.txt)\"\)", CODE)) & set(LISTS))


def test_there_are_lists() -> None:
    assert len(LISTS) > 40 and "titles.txt" in FLAT


@pytest.mark.parametrize("name", LISTS)
def test_list_is_read_by_code(name: str) -> None:
    assert f'"{name}"' in CODE, f"{name} is not read by any module"


@pytest.mark.parametrize("name", FLAT)
def test_flat_list_has_no_duplicates(name: str) -> None:
    keys = [e.lower() for e in lexicon.entries(name)]
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})


def test_a_sectioned_list_reads_as_its_sections_in_file_order() -> None:
    from factcheck.lexicon import sections

    parts = sections("places_org_suffixes.txt")
    assert {"company", "venue", "area"} <= set(parts)
    assert "Stadium" in parts["venue"] and "Inc" in parts["company"]
    assert not any(e.startswith("[") for part in parts.values() for e in part)
