"""The registry is the one list of kinds: SARIF rules, config, --list-checks, help and the contract come from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import document_from_text
from factcheck.checks import Pairs, check, checks, kinds, unregister
from factcheck.cli import main
from factcheck.config import check_kinds
from factcheck.pipeline import analyse, run_checks
from factcheck.report.sarif import sarif_payload

CONTRACT = Path(__file__).resolve().parent.parent / "docs" / "contract.md"
PUBLISHED = "Published: Tuesday 2 December 2025\n\n"


@pytest.fixture
def toy_kind():  # type: ignore[no-untyped-def]
    @check("toy-echo", over=Pairs.QUOTES, rank=999, rule="ToyEcho", summary="nothing at all, for a test",
           example=("A said it.", "B said it."), severity="warning")
    def toy(pair):  # type: ignore[no-untyped-def]
        return None

    yield "toy-echo"
    unregister("toy-echo")


def test_a_kind_registered_at_run_time_appears_everywhere_kinds_are_listed(toy_kind: str) -> None:
    assert toy_kind in kinds()
    rules = sarif_payload([])["runs"][0]["tool"]["driver"]["rules"]
    toy = [r for r in rules if r["id"] == toy_kind]
    assert toy and toy[0]["name"] == "ToyEcho" and toy[0]["defaultConfiguration"]["level"] == "warning"
    assert check_kinds((toy_kind,)) == (toy_kind,)
    listed = CliRunner().invoke(main, ["--list-checks"])
    assert listed.exit_code == 0 and "toy-echo" in listed.output and "nothing at all, for a test" in listed.output
    helped = CliRunner().invoke(main, ["lint", "--help"])
    assert "toy-echo" in "".join(helped.output.split())  # the help may wrap the kind at its hyphen


def test_an_unknown_kind_is_refused_with_the_registered_ones_named() -> None:
    with pytest.raises(ValueError, match="unknown kind 'nope'.*polarity"):
        check_kinds(("nope",))


def test_the_contract_table_of_kinds_is_the_registry() -> None:
    text = CONTRACT.read_text(encoding="utf-8")
    rows = re.findall(r"^  \| `([a-z-]+)` \| (.+?) \|$", text, re.MULTILINE)
    assert rows == [(c.kind, c.summary) for c in checks()]


@pytest.mark.parametrize("kind", [c.kind for c in checks()])
def test_each_kind_fires_on_its_own_example(kind: str) -> None:
    registered = {c.kind: c for c in checks()}[kind]
    dated = [passage if passage.startswith("Published:") else PUBLISHED + passage for passage in registered.example]
    docs = [document_from_text(f"{n}.txt", text + "\n") for n, text in zip("ab", dated)]
    found = run_checks([analyse(d) for d in docs], kinds={kind})
    assert [f.kind for f in found] == [kind], (kind, [f.message for f in found])
