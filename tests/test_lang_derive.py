"""Derivational relatives: a nominalization and its verb are one trigger for event identity."""

from __future__ import annotations

import pytest

from factcheck.lang.derive import related, verbs_of


@pytest.mark.parametrize(("noun", "verb"), [
    ("nomination", "nominate"), ("resignation", "resign"), ("declaration", "declare"),
    ("dismissal", "dismiss"), ("stoppage", "stop"), ("robbery", "rob"), ("departure", "depart"),
    ("closure", "close"), ("seizure", "seize"), ("appointment", "appoint"), ("collision", "collide"),
    ("explosion", "explode"), ("election", "elect"), ("admission", "admit"), ("killing", "kill"),
    ("discovery", "discover"), ("arrival", "arrive"), ("burial", "bury"), ("death", "die"),
    ("theft", "steal"), ("trial", "try"),
])
def test_a_nominalization_reaches_its_verb(noun: str, verb: str) -> None:
    assert verb in verbs_of(noun)
    assert related(noun, verb) and related(verb, noun)


@pytest.mark.parametrize(("a", "b"), [("vote", "veto"), ("station", "stamp"), ("crash", "crush")])
def test_unrelated_words_stay_apart(a: str, b: str) -> None:
    assert not related(a, b)


def test_a_word_is_related_to_itself_and_no_noun_derives_from_itself() -> None:
    assert related("flood", "flood")
    assert "flood" not in verbs_of("flood")
