"""Every registered check's own examples: the articles it must fire on, with the passages it must
report, and the near-misses it must stay quiet on. The examples live beside each check's code
(``examples=`` in its ``@check``); a check without both kinds fails here, as in proselint."""

from __future__ import annotations

import pytest

from factcheck import compare, document_from_text
from factcheck.checks import Check, Example, checks

CASES = [(c, e) for c in checks() for e in c.examples]


def _found(check: Check, example: Example) -> list[tuple[str, ...]]:
    docs = [document_from_text(name, text) for name, text in example.articles]
    return [tuple(e.text for e in f.evidence) for f in compare(docs) if f.kind == check.kind]


@pytest.mark.parametrize(("check", "example"), [c for c in CASES if c[1].fires],
                         ids=lambda x: x.kind if isinstance(x, Check) else "fires")
def test_check_fires_with_the_expected_passages(check: Check, example: Example) -> None:
    assert example.fires is not None
    assert sorted(example.fires) in [sorted(found) for found in _found(check, example)]


@pytest.mark.parametrize(("check", "example"), [c for c in CASES if c[1].fires is None],
                         ids=lambda x: x.kind if isinstance(x, Check) else "quiet")
def test_check_stays_quiet_on_near_misses(check: Check, example: Example) -> None:
    assert _found(check, example) == []


@pytest.mark.parametrize("check", checks(), ids=lambda c: c.kind)
def test_every_registered_check_has_examples_that_fire_and_that_must_not(check: Check) -> None:
    assert any(e.fires for e in check.examples), f"{check.kind} has no example it must fire on"
    assert any(e.fires is None for e in check.examples), f"{check.kind} has no near-miss it must stay quiet on"
