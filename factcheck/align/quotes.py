"""Pairs of quotations that may be the same words, and an ordered word alignment between them.

Candidates come from an inverted index on normalized word bigrams; the
alignment is an ordered edit script (rapidfuzz opcodes over words), because a
set-based ratio would hide an inserted "not".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import Levenshtein

from factcheck.align.index import candidate_pairs
from factcheck.extract.quotes import GAP, QuoteKey, normalize_quote
from factcheck.facts import DocFacts, Located, Pair
from factcheck.lexicon import words
from factcheck.model import Quote

_MIN_WORDS = 3
_CONTEXT = 2


@dataclass(frozen=True)
class Change:
    """One edit between two quotations: the words each side has there, with a little shared context."""

    a: tuple[str, ...]
    b: tuple[str, ...]
    a_phrase: str
    b_phrase: str
    flips: bool


@dataclass(frozen=True)
class QuoteAlignment:
    """How two quotations line up: matched words, wording changes, and whether they are one quote."""

    matched: int
    longest_run: int
    shorter: int
    changes: tuple[Change, ...]

    @property
    def same_quote(self) -> bool:
        changed = sum(max(len(c.a), len(c.b)) for c in self.changes)
        return (
            self.longest_run >= 3
            and self.matched >= min(4, self.shorter)
            and self.matched >= 0.6 * self.shorter
            and changed <= max(3, 0.34 * self.matched)
        )

    @property
    def score(self) -> float:
        changed = sum(max(len(c.a), len(c.b)) for c in self.changes)
        return self.matched / max(1, self.matched + changed)


@dataclass(frozen=True)
class _Side:
    plain: tuple[str, ...]
    soft: frozenset[int]  # plain positions next to an ellipsis or a bracketed insertion


def _side(key: QuoteKey) -> _Side:
    plain: list[str] = []
    soft: set[int] = set()
    for w, opt in zip(key.words, key.optional):
        if w == GAP or opt:
            soft.add(len(plain))
            continue
        plain.append(w)
    return _Side(tuple(plain), frozenset(soft))


@cache
def _flip_words() -> frozenset[str]:
    return words("quotes_negation.txt") | words("quotes_number_words.txt")


def _flips(ws: tuple[str, ...]) -> bool:
    return any(w in _flip_words() or any(ch.isdigit() for ch in w) for w in ws)


def _phrase(side: tuple[str, ...], i1: int, i2: int, before: int, after: int) -> str:
    return " ".join(side[i1 - before : i2 + after])


def align_quotes(a: QuoteKey, b: QuoteKey) -> QuoteAlignment:
    """Align two normalized quotations word by word; elisions, brackets and partial quotes are not changes."""
    sa, sb = _side(a), _side(b)
    A, B = sa.plain, sb.plain
    matched = longest = 0
    changes: list[Change] = []
    ops = list(Levenshtein.opcodes(list(A), list(B)))
    for op in ops:
        tag, i1, i2, j1, j2 = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if tag == "equal":
            matched += i2 - i1
            longest = max(longest, i2 - i1)
            continue
        at_start = i1 == 0 and j1 == 0
        at_end = i2 == len(A) and j2 == len(B)
        if (at_start or at_end) and (tag != "replace" or (i2 - i1) != (j2 - j1)):
            continue  # a partial quote: one side starts or stops earlier
        if any(k in sa.soft for k in range(i1, i2 + 1)) or any(k in sb.soft for k in range(j1, j2 + 1)):
            continue  # an ellipsis or a bracketed insertion stands there
        wa, wb = A[i1:i2], B[j1:j2]
        after = min(_CONTEXT, len(A) - i2, len(B) - j2)
        need = max(0, 2 - min(len(wa), len(wb)))
        after = min(after, max(need, 1))
        before = 0
        if after < need:
            before = min(need - after, i1, j1)
        changes.append(Change(wa, wb, _phrase(A, i1, i2, before, after), _phrase(B, j1, j2, before, after), _flips(wa + wb)))
    return QuoteAlignment(matched, longest, min(len(A), len(B)), tuple(changes))


def _bigrams(key: QuoteKey) -> set[tuple[str, str]]:
    plain = key.plain
    return {(plain[i], plain[i + 1]) for i in range(len(plain) - 1)}


def quote_pairs(facts: Sequence[DocFacts], *, within: bool = False) -> list[Pair[Quote]]:
    """Quotations that share rare word bigrams, across documents (and inside one when ``within``)."""
    items: list[tuple[int, Located[Quote], set[tuple[str, str]]]] = []
    for d, f in enumerate(facts):
        for q in f.quotes:
            if q.is_term:
                continue
            grams = _bigrams(normalize_quote(q.text))
            if len(grams) + 1 >= _MIN_WORDS:
                items.append((d, Located(f, q), grams))
    out: list[Pair[Quote]] = []
    for x, y, shared in candidate_pairs(items, lambda it: it[2], group=lambda it: it[0], same_group=within):
        if x[1].fact == y[1].fact and x[0] == y[0]:
            continue
        smaller = min(len(x[2]), len(y[2]))
        if shared < 2 and smaller > 2:
            continue
        out.append(Pair(x[1], y[1], round(shared / max(1, smaller), 3)))
    return out
