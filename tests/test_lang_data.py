"""Every word list under factcheck/lang/en/ parses, has no duplicates, and is read by the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.lang import data

EN = Path(data.__file__).resolve().parent / "en"
CODE = "\n".join(p.read_text(encoding="utf-8") for p in Path(data.__file__).resolve().parents[1].rglob("*.py"))
LISTS = sorted(p.name for p in EN.glob("*.txt") if not p.name.startswith("LICENSE"))


def test_there_are_lists() -> None:
    assert "negation.txt" in LISTS and "lemma_exceptions.txt" in LISTS


@pytest.mark.parametrize("name", LISTS)
def test_list_parses_without_duplicates(name: str) -> None:
    entries = data.entries(name)
    assert entries, name
    keys = [e.lower() for e in entries]
    if name == "lemma_exceptions.txt":
        keys = ["\t".join(e.split("\t")[:2]) for e in entries]
        assert all(len(e.split("\t")) == 3 for e in entries)
    elif name in ("splits.txt", "catenatives.txt"):
        keys = [e.split("=")[0].strip().lower() for e in entries]
        assert all("=" in e for e in entries)
    elif name.startswith("irregular_"):
        keys = [e.split()[0].lower() for e in entries]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]


@pytest.mark.parametrize("name", LISTS)
def test_list_is_read_by_code(name: str) -> None:
    assert f'"{name}"' in CODE or f"'{name}'" in CODE, f"{name} is not read by any module"


def test_binary_files_are_known() -> None:
    others = sorted(p.name for p in EN.iterdir() if p.suffix not in (".txt", ".py") and p.name != "__pycache__")
    assert others == ["tagger.bin.gz"]


def test_the_lemmas_of_a_modality_are_those_modality_of_reads() -> None:
    from factcheck.lang.modality import lemmas_of, modality_of

    possible = lemmas_of("possibility")
    assert {"may", "might", "could"} <= possible and "will" not in possible and "said" not in possible
    assert all(modality_of(w) == "possibility" for w in possible)
    assert lemmas_of("plan") and not lemmas_of("plan") & possible
