"""One tokenizer for news English, splitting as Universal Dependencies English does.

Tokens are ``(start, end)`` character spans into the text given. Contractions split
(``don't`` -> ``do`` + ``n't``, ``Biden's`` -> ``Biden`` + ``'s``, ``cannot`` -> ``can`` +
``not``), hyphens are their own tokens, ``U.S.``, ``Mr.`` and ``1,500`` stay whole, a
currency sign, ``%`` and a unit after a number are apart. Every pattern consumes what it
scans (possessive quantifiers), so the time is linear in the text on any input.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang import data

Span = tuple[int, int]

_MARK = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_HAS_MARK = re.compile(f"[{_MARK}]")


@cache
def _pattern(marks: bool) -> re.Pattern[str]:
    """The scanner: one alternative per kind of token, commonest first.

    Letters may carry combining accents (``marks``) only in the slower variant, used
    when the text has any, since plain character classes scan much faster.
    """
    letter = rf"(?:[^\W\d_]|[{_MARK}])" if marks else r"[^\W\d_]"
    alnum = rf"(?:[^\W_]|[{_MARK}])" if marks else r"[^\W_]"
    splits = "|".join(re.escape(w) for w in sorted(_splits(), key=lambda w: (-len(w), w)))
    return re.compile(
        rf"\s*+(?:(?P<split>(?i:{splits})(?!{alnum}|['’]))"
        r"|(?P<url>(?:https?://|www\.)[^\s<>\"“”‘’()\[\]]++)"
        rf"|(?P<word>{letter}{alnum}*+)(?![.'’])"
        rf"|(?P<num>\d++(?:[.,:]\d++)*+(?:(?:st|nd|rd|th|s)(?!{alnum}))?)"
        rf"|(?P<abbr>{letter}\.(?:{letter}\.)++)"
        rf"|(?P<wordx>{letter}{alnum}*+(?:['’]{letter}{alnum}*+)*+)"
        r"|(?P<dots>\.\.++)"
        r"|(?P<dashes>--++)"
        r"|(?P<marks>[?!][?!]++)"
        r"|(?P<other>.)"
        r"|(?P<space>))",
        re.DOTALL,
    )


@cache
def _abbreviations() -> frozenset[str]:
    return data.words("abbreviations.txt") | data.words("abbreviations_before_names.txt")


@cache
def _numeric_abbreviations() -> frozenset[str]:
    return data.words("numeric_abbreviations.txt")


@cache
def _clitics() -> tuple[str, ...]:
    return tuple(sorted(data.words("clitics.txt"), key=lambda c: (-len(c), c)))


@cache
def _splits() -> dict[str, tuple[int, ...]]:
    """Whole words written as two tokens, as the lengths of their parts."""
    return {word: tuple(len(p) for p in parts) for word, parts in data.table("splits.txt").items()}


def _next_is_digit(text: str, i: int) -> bool:
    n = len(text)
    while i < n and text[i] == " ":
        i += 1
    return i < n and text[i].isdigit()


def _word(text: str, s: int, e: int, end: int, out: list[Span]) -> int:
    """Append the tokens of a word followed by a full stop or holding an apostrophe; return where to go on."""
    word = text[s:e]
    low = word.lower()
    if e < end and text[e] == ".":
        if (len(word) == 1 and word.isupper()) or low in _abbreviations() or (
            low in _numeric_abbreviations() and _next_is_digit(text, e + 1)
        ):
            out.append((s, e + 1))
            return e + 1
    if "'" in word or "’" in word:
        folded = low.replace("’", "'")
        for clitic in _clitics():
            if folded.endswith(clitic) and len(folded) > len(clitic):
                cut = e - len(clitic)  # "can't" -> ca + n't, as the treebank writes it
                out.append((s, cut))
                out.append((cut, e))
                return e
    out.append((s, e))
    return e


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Token spans of ``text[start:end]``, as offsets into ``text``."""
    end = len(text) if end is None else end
    out: list[Span] = []
    append = out.append
    match = _pattern(_HAS_MARK.search(text, start, end) is not None).match
    splits = _splits()
    pos = start
    while pos < end:
        m = match(text, pos, end)
        kind = m.lastgroup
        s, e = m.span(kind)
        if kind == "word" or kind == "num" or kind == "other":
            append((s, e))
            pos = e
        elif kind == "space":
            break
        elif kind == "wordx":
            pos = _word(text, s, e, end, out)
        elif kind == "split":
            for length in splits[text[s:e].lower()]:
                append((s, s + length))
                s += length
            pos = e
        elif kind == "url":
            stop = e
            while stop > s + 4 and text[stop - 1] in ".,;:!?)\"'”’":
                stop -= 1
            append((s, stop))
            pos = stop
        else:
            append((s, e))
            pos = e
    return out


def words(text: str) -> list[str]:
    """The tokens' texts (handy in tests and at the prompt)."""
    return [text[s:e] for s, e in tokenize(text)]
