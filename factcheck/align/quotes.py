"""Pairs of quotations that may be the same words, and an ordered word alignment between them.

Candidates come from an inverted index on normalized word bigrams; the
alignment is an ordered edit script (rapidfuzz opcodes over words), because a
set-based ratio would hide an inserted "not".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from factcheck.align.index import DocsApart, candidate_pairs, items_apart
from factcheck.extract.people import same_person
from factcheck.extract.quotes import GAP, QuoteKey, normalize_quote
from factcheck.facts import Change, DocFacts, Located, Pair, QuoteAlignment, QuoteMatch
from factcheck.lexicon import mapping, words
from factcheck.model import Quote

_MIN_WORDS = 3
_CONTEXT = 2
_LEAD_WHOLE = 6
_LEAD_TAIL = 3


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


@cache
def _function_words() -> frozenset[str]:
    return words("quotes_stopwords.txt")


def _flips(ws: tuple[str, ...]) -> bool:
    flip = _flip_words()
    return any(w in flip or any(ch.isdigit() for ch in w) for w in ws)


def _phrase(side: tuple[str, ...], i1: int, i2: int, before: int, after: int) -> str:
    return " ".join(side[i1 - before : i2 + after])


def _lead(side: tuple[str, ...], i1: int, before: int) -> str:
    """Shared words before a change: the whole opening when it is short, else the last few."""
    end = i1 - before
    if end <= 0:
        return ""
    if end <= _LEAD_WHOLE:
        return " ".join(side[:end])
    return "… " + " ".join(side[end - _LEAD_TAIL : end])


@lru_cache(maxsize=8192)
@cache
def _variants() -> tuple[tuple[str, str], ...]:
    """Spelling swaps in both directions, longest first ("our" -> "or" and "or" -> "our")."""
    pairs = []
    for left, right in mapping("quotes_spelling_variants.txt").items():
        pairs += [(left, right), (right, left)]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _same_spelling(a: Sequence[str], b: Sequence[str]) -> tuple[Sequence[str], Sequence[str]]:
    """The words of ``a`` respelled as ``b`` spells them where they differ only by a British or
    American spelling ("neighbourhood" / "neighborhood", "organised" / "organized")."""
    theirs = set(b) - set(a)
    if not theirs:
        return a, b
    swap: dict[str, str] = {}
    heads = {w[:2] for w in theirs}
    for w in set(a) - set(b):
        if w[:2] not in heads:
            continue  # a respelling keeps the first letters ("organised", "organized")
        for old, new in _variants():
            at = w.find(old)
            while at >= 0:
                respelled = w[:at] + new + w[at + len(old):]
                if respelled in theirs:
                    swap[w] = respelled
                    break
                at = w.find(old, at + 1)
            if w in swap:
                break
    return (tuple(swap.get(w, w) for w in a), b) if swap else (a, b)


def _one_speaker(a: str, b: str) -> bool:
    """Whether two speakers name one person, or one is among the others ("Zadan and Meron", "Craig Zadan")."""
    return any(same_person(x, y) for x in _JOINT.split(a) for y in _JOINT.split(b))


_JOINT = re.compile(r"\s*(?:,|\band\b|&)\s*")


def align_quotes(a: QuoteKey, b: QuoteKey) -> QuoteAlignment:
    """Align two normalized quotations word by word; elisions, brackets and partial quotes are not changes.

    A change counts only inside the aligned stretch (matched words on both sides of it),
    or as a same-length substitution at an edge where both quotations start or end
    together; words where one quotation runs on past the other are a partial quote.
    """
    sa, sb = _side(a), _side(b)
    A, B = _same_spelling(sa.plain, sb.plain)
    function = _function_words()
    matched = longest = content = 0
    ops = Levenshtein.opcodes(list(A), list(B))
    equal_at = [k for k, op in enumerate(ops) if op.tag == "equal"]
    if not equal_at:
        return QuoteAlignment(0, 0, min(len(A), len(B)), (), 0, max(len(A), len(B)))
    first_eq, last_eq = equal_at[0], equal_at[-1]
    run_on = False  # one side has words the other does not reach
    edges: list[int] = []
    for k, op in enumerate(ops):
        if op.tag == "equal":
            n = op.src_end - op.src_start
            matched += n
            longest = max(longest, n)
            content += sum(1 for w in A[op.src_start : op.src_end] if w not in function)
        elif k < first_eq or k > last_eq:
            edges.append(k)
            same_place = (k == 0 or k == len(ops) - 1) and op.tag == "replace"
            if not same_place or (op.src_end - op.src_start) != (op.dest_end - op.dest_start):
                run_on = True
    changes: list[Change] = []
    for k, op in enumerate(ops):
        if op.tag == "equal" or (k in edges and run_on):
            continue
        i1, i2, j1, j2 = op.src_start, op.src_end, op.dest_start, op.dest_end
        if any(x in sa.soft for x in range(i1, i2 + 1)) or any(x in sb.soft for x in range(j1, j2 + 1)):
            continue  # an ellipsis or a bracketed insertion stands there
        wa, wb = A[i1:i2], B[j1:j2]
        after = min(_CONTEXT, len(A) - i2, len(B) - j2)
        need = max(0, 2 - min(len(wa), len(wb)))
        after = min(after, max(need, 1))
        before = 0
        if after < need:
            before = min(need - after, i1, j1)
        changes.append(
            Change(
                wa, wb, _phrase(A, i1, i2, before, after), _phrase(B, j1, j2, before, after),
                _flips(wa + wb), _lead(A, i1, before),
            )
        )
    return QuoteAlignment(
        matched, longest, min(len(A), len(B)), tuple(changes), content, max(len(A), len(B))
    )


@cache
def _proxy_roles() -> tuple[str, ...]:
    return tuple(sorted(words("quotes_proxy_roles.txt"), key=len, reverse=True))


def _proxy_role(phrase: str) -> str | None:
    """The proxy's role a described speaker names: "a spokeswoman for the company" -> "spokeswoman"."""
    low = f" {phrase.lower()} "
    return next((r for r in _proxy_roles() if f" {r} " in low), None)


def _proxy_clash(role: Located[Quote], named: Located[Quote]) -> bool:
    """A quotation given to a proxy ("a company spokeswoman") and to a named person whose every
    title in their own article is some other office: two people, not one named two ways."""
    qr, qn = role.fact, named.fact
    if qr.speaker_by not in ("role", "previous sentence", "continuation") or qn.speaker is None:
        return False
    if qr.speaker is None or qr.speaker[:1].isupper() or _proxy_role(qr.speaker) is None:
        return False
    titles = [p.title for p in named.facts.people if p.title and same_person(p.name, qn.speaker)]
    return bool(titles) and all(_proxy_role(t) is None for t in titles)


def _bigrams(key: QuoteKey) -> set[tuple[str, str]]:
    plain = key.plain
    return {(plain[i], plain[i + 1]) for i in range(len(plain) - 1)}


def quote_pairs(facts: Sequence[DocFacts], *, within: bool = False, apart: DocsApart | None = None) -> list[Pair[Quote]]:
    """Quotations that share rare word bigrams, across documents (and inside one when ``within``),
    each pair carrying its word-by-word alignment for the quotation checks."""
    items: list[tuple[int, Located[Quote], set[tuple[str, str]]]] = []
    for d, f in enumerate(facts):
        for q in f.quotes:
            if q.is_term:
                continue
            grams = _bigrams(normalize_quote(q.text))
            if len(grams) + 1 >= _MIN_WORDS:
                items.append((d, Located(f, q), grams))
    out: list[Pair[Quote]] = []
    for x, y, shared in candidate_pairs(items, lambda it: it[2], group=lambda it: it[0], same_group=within,
                                        apart=items_apart(apart, lambda it: it[1].facts)):
        if x[1].fact == y[1].fact and x[0] == y[0]:
            continue
        smaller = min(len(x[2]), len(y[2]))
        if shared < 2 and smaller > 2:
            continue
        ka, kb = normalize_quote(x[1].fact.text), normalize_quote(y[1].fact.text)
        sa, sb = x[1].fact.speaker, y[1].fact.speaker
        match = QuoteMatch(ka.text, kb.text, align_quotes(ka, kb), bool(sa and sb and _one_speaker(sa, sb)),
                           _proxy_clash(x[1], y[1]) or _proxy_clash(y[1], x[1]))
        out.append(Pair(x[1], y[1], round(shared / max(1, smaller), 3), match))
    return out
