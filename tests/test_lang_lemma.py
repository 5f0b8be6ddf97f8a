"""Lemmas: the treebank-derived exceptions, the irregular lists and the suffix rules."""

from __future__ import annotations

import pytest

from factcheck.lang.lemma import lemmatize, rule_lemma


@pytest.mark.parametrize(
    ("form", "upos", "lemma"),
    [
        ("declared", "VERB", "declare"),
        ("agreed", "VERB", "agree"),
        ("cancelled", "VERB", "cancel"),
        ("men", "NOUN", "man"),
        ("fled", "VERB", "flee"),
        ("was", "AUX", "be"),
        ("were", "AUX", "be"),
        ("said", "VERB", "say"),
        ("stopped", "VERB", "stop"),
        ("taxes", "NOUN", "tax"),
        ("studies", "NOUN", "study"),
        ("children", "NOUN", "child"),
        ("miners", "NOUN", "miner"),
        ("confirmed", "VERB", "confirm"),
        ("approving", "VERB", "approve"),
        ("called", "VERB", "call"),
        ("Said", "VERB", "say"),
        ("DECLARED", "VERB", "declare"),
        ("n't", "PART", "not"),
        ("wo", "AUX", "will"),
        ("ca", "AUX", "can"),
        ("Ryabkov", "PROPN", "Ryabkov"),
        ("Gdańsk", "PROPN", "Gdańsk"),
        ("largest", "ADJ", "large"),
        ("women", "NOUN", "woman"),
        ("people", "NOUN", "people"),  # the treebank's convention
    ],
)
def test_lemmas(form: str, upos: str, lemma: str) -> None:
    assert lemmatize(form, upos) == lemma


@pytest.mark.parametrize(
    ("form", "upos", "lemma"),
    [
        # Words the treebank never shows, so only the rules can answer.
        ("relabelled", "VERB", "relabel"),
        ("outmanoeuvred", "VERB", "outmanoeuvre"),
        ("redeploying", "VERB", "redeploy"),
        ("airlifted", "VERB", "airlift"),
        ("rebranded", "VERB", "rebrand"),
        ("subsidies", "NOUN", "subsidy"),
        ("firewomen", "NOUN", "firewoman"),
        ("drone-strikes", "NOUN", "drone-strike"),
        ("mismanaging", "VERB", "mismanage"),
        ("overstepped", "VERB", "overstep"),
    ],
)
def test_rules_on_unseen_words(form: str, upos: str, lemma: str) -> None:
    assert rule_lemma(form, upos) == lemma


def test_curly_apostrophe() -> None:
    assert lemmatize("n’t", "PART") == "not"
