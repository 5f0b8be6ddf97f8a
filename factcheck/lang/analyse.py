"""Text to tagged, lemmatized tokens in one pass: ``analyse_text``."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache

from factcheck.lang import features as _features
from factcheck.lang import lemma as _lemma
from factcheck.lang import tagger as _tagger
from factcheck.lang.model import Token, make_token
from factcheck.lang.tokens import tokenize

_STRAIGHT = str.maketrans({"’": "'", "‘": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})
_FINAL = frozenset((".", "!", "?", "...", "…", "!!", "?!", "!?", "??"))
_CLOSERS = frozenset(('"', "'", "”", "’", ")", "]", "»"))
_CACHE_LIMIT = 200_000
_norms: dict[str, str] = {}
_words: dict[tuple[str, int], tuple[str, str, str]] = {}


def norm(text: str) -> str:
    """Lower case, NFKC, curly quotes straightened: the form to compare words by."""
    hit = _norms.get(text)
    if hit is None:
        if len(_norms) > _CACHE_LIMIT:
            _norms.clear()
        folded = text if text.isascii() else unicodedata.normalize("NFKC", text)
        hit = _norms[text] = folded.lower().translate(_STRAIGHT)
    return hit


def sentence_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token index ranges of sentences, when the caller gave none.

    A sentence ends after final punctuation (and any closing quotes or brackets) when
    the next token does not start in lower case, and at a line break that follows final
    punctuation or a blank line, so headlines and datelines on their own lines stand apart.
    """
    out: list[tuple[int, int]] = []
    begin = 0
    n = len(spans)
    i = 0
    while i < n:
        s, e = spans[i]
        tok = text[s:e]
        end_here = False
        if tok in _FINAL:
            j = i + 1
            while j < n and text[spans[j][0]:spans[j][1]] in _CLOSERS and spans[j][0] == spans[j - 1][1]:
                j += 1
            if j >= n or not text[spans[j][0]].islower():
                i = j - 1
                end_here = True
        if not end_here and i + 1 < n:
            gap = text[e:spans[i + 1][0]]
            if "\n" in gap and (gap.count("\n") > 1 or not text[spans[i + 1][0]].islower()):
                end_here = True
        if end_here or i == n - 1:
            out.append((begin, i + 1))
            begin = i + 1
        i += 1
    return out


def analyse_text(text: str, sentence_spans: Sequence[tuple[int, int]] | None = None,
                 first: int = 0) -> tuple[Token, ...]:
    """Tokenize, tag and lemmatize ``text``.

    With ``sentence_spans`` (character ranges), tokens come from inside them only and
    ``sent`` is the range's index plus ``first`` (where the ranges are a part of a
    document's sentences, tagged apart); otherwise sentences are found from the tokens.
    """
    model = _tagger.load()
    groups: list[tuple[int, list[tuple[int, int]]]] = []
    if sentence_spans is None:
        spans = tokenize(text)
        for a, b in _split(text, spans):
            groups.append((len(groups), spans[a:b]))
    else:
        for k, (s, e) in enumerate(sentence_spans):
            groups.append((first + k, tokenize(text, s, e)))
    model.warm({text[s:e] for _, spans in groups for s, e in spans})
    out: list[Token] = []
    append = out.append
    words = _words
    for k, spans in groups:
        if not spans:
            continue
        forms = [text[s:e] for s, e in spans]
        for (s, e), form, t in zip(spans, forms, model.tag_indices(forms)):
            key = (form, t)
            hit = words.get(key)
            if hit is None:
                hit = _word(key)
            append(make_token(s, e, form, hit[0], hit[1], hit[2], k))
    model.keep()
    return tuple(out)


def _word(key: tuple[str, int]) -> tuple[str, str, str]:
    """(norm, lemma, UPOS) of a form with a tag index, cached."""
    if len(_words) > _CACHE_LIMIT:
        _words.clear()
    form, t = key
    upos = _tagger.TAGS[t]
    hit = _words[key] = (norm(form), _lemma.lemmatize(form, upos), upos)
    return hit


_split = sentence_spans
_OPEN_TAGS = ("VERB", "NOUN", "ADJ")


@cache
def lemma_forms(word: str) -> frozenset[str]:
    """Every lemma an untagged word could have, lower case: itself, and one per tag it takes.

    The tags are those the treebank gave the word (its ambiguity class in the tagger's
    model), or verb, noun and adjective for a word it did not see often. Word lists carry
    no tags, so an entry is indexed under all of these and a tagged token matches it by
    its one lemma.
    """
    w = word.lower().translate(_STRAIGHT)
    seen = _tagger.load().classes.get(_features.fold(w))
    tags = seen.split("|") if seen else _OPEN_TAGS
    return frozenset({w} | {_lemma.lemmatize(w, t).lower() for t in tags})
