"""A fast rule-based sentence splitter that keeps offsets.

Paragraph breaks (blank lines, or explicit breaks from the loader) always end a
sentence. Inside a paragraph a sentence ends at ``.``, ``!`` or ``?`` (with any
closing quotes and brackets) before whitespace and a capital, a digit or an
opening quote — unless the period closes a known abbreviation or an initial, or
a double quotation is still open.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck import lexicon
from factcheck.model import Sentence

_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_NEXT = re.compile(r"\s+(?P<first>[\"“‘(\[]?(?P<word>[A-Za-z0-9]*))")
_WORD_BEFORE = re.compile(r"([A-Za-z](?:[A-Za-z.]{0,8}))\Z")
_OPEN = "“"
_CLOSE = "”"
HEADING_MAX_WORDS = 14


def _paragraphs(text: str, breaks: Iterable[int]) -> list[tuple[int, int]]:
    cuts = sorted({0, len(text), *(m.end() for m in _PARAGRAPH.finditer(text)), *breaks})
    spans = []
    for start, end in zip(cuts, cuts[1:]):
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            spans.append((start + lead, start + trail))
    return spans


def _quote_depth_change(chunk: str) -> int:
    """How much a stretch of text opens (+) or closes (-) double quotations."""
    return chunk.count(_OPEN) - chunk.count(_CLOSE)


def _is_abbreviation(text: str, dot: int, next_word: str) -> bool:
    m = _WORD_BEFORE.search(text, 0, dot)
    if not m:
        return False
    word = m.group(1).lower()
    if "." not in word and len(word) == 1 and text[dot - 1].isupper():
        return True  # an initial: "J. Smith"
    if word in lexicon.words("abbreviations_never_final.txt"):
        return True
    if word in lexicon.words("abbreviations.txt"):
        return next_word.lower() not in lexicon.words("sentence_openers.txt")
    return False


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    sent_start = start
    straight_open = False
    depth = 0
    scanned = start
    for m in _END.finditer(text, start, end):
        chunk = text[scanned : m.end()]
        depth = max(0, depth + _quote_depth_change(chunk))
        if chunk.count('"') % 2:
            straight_open = not straight_open
        scanned = m.end()
        nxt = _NEXT.match(text, m.end(), end)
        if not nxt or not nxt["first"]:
            continue
        first = nxt["first"][0]
        if not (first.isupper() or first.isdigit() or first in "\"“‘(["):
            continue
        closes_quote = m.group()[-1] in "\"”"
        if (depth or straight_open) and not closes_quote:
            continue
        dot = m.start()
        if text[dot] == "." and m.group().startswith(".") and len(m.group().rstrip("\"'”’)]")) == 1:
            if _is_abbreviation(text, dot, nxt["word"]):
                continue
        out.append((sent_start, m.end()))
        sent_start = nxt.start("first")
    if sent_start < end:
        out.append((sent_start, end))
    return out


def split_sentences(text: str, breaks: Iterable[int] = ()) -> tuple[Sentence, ...]:
    """Sentences of ``text`` with their offsets and paragraph numbers."""
    sentences = []
    for number, (p_start, p_end) in enumerate(_paragraphs(text, breaks)):
        spans = _split_paragraph(text, p_start, p_end)
        for s, e in spans:
            chunk = text[s:e]
            sentences.append(Sentence(s, e, chunk, number, len(spans) == 1 and _looks_like_heading(chunk)))
    return tuple(sentences)


def _looks_like_heading(text: str) -> bool:
    """A short paragraph without final punctuation: a headline or crosshead."""
    body = text.strip().rstrip("\"”’'")
    return len(body.split()) <= HEADING_MAX_WORDS and not body.endswith((".", ":", ";", ","))
