"""Word lists a newsroom adds in its configuration reach the checks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import lexicon
from factcheck.cli import main

DRAFT = "Published: Monday 1 June 2026\n\nUnion leader Owen Tarrant hailed the pay ruling on Monday.\n"
SOURCE = "date 2026-06-01\n\nUnion leader Owen Tarrant condemned the pay ruling on Monday.\n"


@pytest.fixture(autouse=True)
def _clean_lexicon() -> Iterator[None]:
    yield
    lexicon.reset()


def _lint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config: str) -> str:
    (tmp_path / "setup.cfg").write_text(config, encoding="utf-8")
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "source.txt").write_text(SOURCE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # configuration is found from the working directory upwards
    result = CliRunner().invoke(main, ["lint", "draft.txt", "--against", "source.txt", "--format", "github",
                                       "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    return result.output


def test_without_the_pair_hailed_and_condemned_are_not_opposed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "polarity" not in _lint(tmp_path, monkeypatch, "[factcheck]\nfail-on = never\n")


def test_an_antonym_pair_from_setup_cfg_makes_the_polarity_check_fire(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _lint(tmp_path, monkeypatch, "[factcheck]\nantonyms = hail / condemn\n")
    assert "polarity" in out and "hailed" in out


def test_extend_and_reset_rebuild_cached_tables() -> None:
    from factcheck.extract.lexis import frames

    assert ("hail",) not in frames()
    lexicon.extend("claims_frames.txt", ["praise: hail | condemn"])
    assert frames()[("hail",)] == (("praise", 1),)
    lexicon.reset()
    assert ("hail",) not in frames()
