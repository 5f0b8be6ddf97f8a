"""UPOS tags on news sentences, with the shipped model (loaded once for the whole run)."""

from __future__ import annotations

import time

import pytest

from factcheck.lang import analyse_text, modelfile, tagger
from factcheck.lang.analyse import norm
from factcheck.lang.features import TAGS


def tags(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.upos) for t in analyse_text(text)]


def test_reporting_clause() -> None:
    assert tags("The minister said on Tuesday.") == [
        ("The", "DET"), ("minister", "NOUN"), ("said", "VERB"), ("on", "ADP"), ("Tuesday", "PROPN"), (".", "PUNCT"),
    ]
    assert tags("Officials said that talks would resume.") == [
        ("Officials", "NOUN"), ("said", "VERB"), ("that", "SCONJ"), ("talks", "NOUN"), ("would", "AUX"),
        ("resume", "VERB"), (".", "PUNCT"),
    ]


def test_inverted_reporting_clause() -> None:
    assert tags("“The vote is over,” said the spokeswoman.") == [
        ("“", "PUNCT"), ("The", "DET"), ("vote", "NOUN"), ("is", "AUX"), ("over", "ADV"), (",", "PUNCT"),
        ("”", "PUNCT"), ("said", "VERB"), ("the", "DET"), ("spokeswoman", "NOUN"), (".", "PUNCT"),
    ]


def test_negated_verb_groups() -> None:
    assert tags("Kyiv had not yet agreed and Moscow never confirmed it.") == [
        ("Kyiv", "PROPN"), ("had", "AUX"), ("not", "PART"), ("yet", "ADV"), ("agreed", "VERB"), ("and", "CCONJ"),
        ("Moscow", "PROPN"), ("never", "ADV"), ("confirmed", "VERB"), ("it", "PRON"), (".", "PUNCT"),
    ]
    assert tags("The company didn't respond.") == [
        ("The", "DET"), ("company", "NOUN"), ("did", "AUX"), ("n't", "PART"), ("respond", "VERB"), (".", "PUNCT"),
    ]


def test_numbers_and_money() -> None:
    assert tags("At least 11 miners died, and $48 million was lost.") == [
        ("At", "ADP"), ("least", "ADJ"), ("11", "NUM"), ("miners", "NOUN"), ("died", "VERB"), (",", "PUNCT"),
        ("and", "CCONJ"), ("$", "SYM"), ("48", "NUM"), ("million", "NUM"), ("was", "AUX"), ("lost", "VERB"), (".", "PUNCT"),
    ]
    assert tags("Some 1,500 people fled, up 3.5% from 2022.")[1:4] == [("1,500", "NUM"), ("people", "NOUN"), ("fled", "VERB")]


def test_title_before_a_name() -> None:
    got = tags("Deputy Foreign Minister Sergei Ryabkov told reporters on Monday.")
    assert got[3:6] == [("Sergei", "PROPN"), ("Ryabkov", "PROPN"), ("told", "VERB")]
    # As the treebank writes titles: "Prime/ADJ Minister/PROPN", "Vice/NOUN President".
    assert [u for _, u in got[:3]] == ["NOUN", "ADJ", "PROPN"]


def test_non_ascii_names() -> None:
    assert tags("Zelenskyy met Nguyễn Văn An in Gdańsk.") == [
        ("Zelenskyy", "PROPN"), ("met", "VERB"), ("Nguyễn", "PROPN"), ("Văn", "PROPN"), ("An", "PROPN"),
        ("in", "ADP"), ("Gdańsk", "PROPN"), (".", "PUNCT"),
    ]


def test_dateline() -> None:
    assert [u for _, u in tags("CAIRO, March 3 (Reuters) - Egypt raised fuel prices.")] == [
        "PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "PROPN", "PUNCT", "PUNCT", "PROPN", "VERB", "NOUN", "NOUN", "PUNCT",
    ]


def test_lower_case_text() -> None:
    assert [u for _, u in tags("the minister said on tuesday that prices had not risen.")] == [
        "DET", "NOUN", "VERB", "ADP", "PROPN", "SCONJ", "NOUN", "AUX", "PART", "VERB", "PUNCT",
    ]


def test_tokens_carry_spans_norms_lemmas_and_sentences() -> None:
    text = "Officials Didn’t Say. The men fled!"
    toks = analyse_text(text)
    assert [(t.text, t.norm, t.lemma, t.sent) for t in toks] == [
        ("Officials", "officials", "official", 0), ("Did", "did", "do", 0), ("n’t", "n't", "not", 0),
        ("Say", "say", "say", 0), (".", ".", ".", 0),
        ("The", "the", "the", 1), ("men", "men", "man", 1), ("fled", "fled", "flee", 1), ("!", "!", "!", 1),
    ]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_given_sentence_spans() -> None:
    text = "Rescuers reached the mine.  Nine men survived."
    toks = analyse_text(text, [(0, 26), (28, len(text))])
    assert [(t.text, t.sent) for t in toks][-3:] == [("men", 1), ("survived", 1), (".", 1)]
    assert toks[0].sent == 0


def test_norm_folds_compatibility_forms() -> None:
    assert norm("Ｏ’Ｂｒｉｅｎ") == "o'brien"
    assert norm("ﬁnal") == "final"


def test_empty_inputs() -> None:
    assert analyse_text("") == ()
    assert tagger.load().tag([]) == []


def test_model_loads_quickly() -> None:
    raw = modelfile.DEFAULT_PATH.read_bytes()
    assert len(raw) < 4_000_000
    t0 = time.perf_counter()
    tagger.Tagger(modelfile.read(raw))
    assert time.perf_counter() - t0 < 1.0  # 0.15 s on an idle machine; slack for a busy one


def test_tag_set() -> None:
    assert len(TAGS) == 17 and TAGS == tuple(sorted(TAGS))


@pytest.mark.parametrize("word", ["said", "the", "Ryabkov", "1,500", "Gdańsk"])
def test_every_word_gets_one_of_the_tags(word: str) -> None:
    (tag,) = tagger.tag([word])
    assert tag in TAGS


def test_words_known_only_by_their_shared_keys_share_pair_slots_and_tag_as_alone() -> None:
    """Two rare words of one shape (lower case, same last three letters) fill one set of pair slots;
    a word the weights know by itself keeps its own. Tags are what each sentence gets by itself."""
    model = modelfile.read(modelfile.DEFAULT_PATH.read_bytes())
    first = ["The", "council", "approved", "the", "zembrication", "plan", "."]
    second = ["Officials", "said", "the", "quorbrication", "failed", "."]
    alone = [tagger.Tagger(model).tag(s) for s in (first, second)]
    shared = tagger.Tagger(model)
    assert [shared.tag(s) for s in (first, second)] == alone
    backwards = tagger.Tagger(model)
    assert [backwards.tag(s) for s in (second, first)] == alone[::-1]
    shared.tag(["Workers", "were", "paid", "and", "she", "said", "so", "."])
    pairs = {w: shared._entries[w][10] for w in ("zembrication", "quorbrication", "said", "paid")}
    assert pairs["zembrication"][1] is pairs["quorbrication"][1]
    # "said" and "paid" share their keys (a=VERB c=L s3=aid), but the weights know "paid" by itself too
    assert pairs["said"][0][1] == pairs["paid"][0][1]
    assert not shared._own_pairs("w=said") and shared._own_pairs("w=paid")
    assert pairs["said"][1] is not pairs["paid"][1]


def test_a_words_neighbours_are_every_pair_feature_it_opens_and_only_those() -> None:
    """The rows a word's entry keeps for the words after it are the "bl=" and "br=" features of
    both passes, read from the sorted names, so tagging never builds a name for a pair."""
    model = tagger.load()
    assert list(model.one.names) == sorted(model.one.names) and list(model.two.names) == sorted(model.two.names)
    following = model._neighbours("the")
    named = {n.split("|", 1)[1] for p in (model.one, model.two) for n in p.names
             if n.startswith(("bl=the|", "br=the|"))}
    assert set(following) == named and len(named) > 100
    for after in sorted(named)[:50]:
        pair = "the|" + after
        assert following[after] == (model.one.row("bl=" + pair), model.two.row("bl=" + pair),
                                    model.one.row("br=" + pair), model.two.row("br=" + pair))
    assert "zembrication" not in following and model._neighbours("zembrication") == {}


def test_tokens_made_in_bulk_are_the_frozen_tokens_of_the_constructor() -> None:
    from dataclasses import FrozenInstanceError, astuple

    from factcheck.lang.model import Token, from_columns, make_token, token_columns

    tokens = analyse_text("The Harwick council approved the ferry terminal on Tuesday.")
    rebuilt = tuple(Token(*astuple(t)) for t in tokens)
    assert tokens == rebuilt and from_columns(token_columns(tokens)) == rebuilt
    made = make_token(4, 11, "Harwick", "harwick", "Harwick", "PROPN", 0)
    assert made == Token(4, 11, "Harwick", "harwick", "Harwick", "PROPN", 0) and hash(made) == hash(tokens[1])
    with pytest.raises(FrozenInstanceError):
        made.start = 5  # type: ignore[misc]
