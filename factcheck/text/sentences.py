"""A fast rule-based sentence splitter that keeps offsets.

Paragraph breaks (blank lines, or explicit breaks from the loader) always end a
sentence. Inside a paragraph a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with
any closing quotes and brackets) before whitespace and a capital, a digit or an
opening quote — unless the period closes a known abbreviation or an initial, or
a double quotation is still open. Every pattern is anchored or bounded, so the
time is linear in the length of the text whatever it holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck import lexicon
from factcheck.lang import data as lang_data
from factcheck.model import Sentence

_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# Only at the start of a run of terminal marks, and possessive: a long run of dots is scanned once.
_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s)")
_NEXT = re.compile(r"\s+(?P<first>[\"“‘(\[]?(?P<word>[A-Za-z0-9]*))")
# The word before a period, searched in a short window: at most 9 letters and dots.
_WORD_BEFORE = re.compile(r"(?<![A-Za-z.])[A-Za-z][A-Za-z.]{0,8}\Z")
_WINDOW = 10
_DOTTED = re.compile(r"[a-z](?:\.[a-z])+")
_OPEN = "“"
_CLOSE = "”"
_CLOSERS = "\"'”’)]"
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


def _opens_sentence(word: str) -> bool:
    return word.lower() in lexicon.words("sentence_openers.txt")


def _is_abbreviation(text: str, dot: int, next_word: str) -> bool:
    """Whether the period at ``dot`` belongs to an abbreviation rather than ending the sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - _WINDOW), dot)
    if not m:
        return False
    word = m.group().lower()
    if word in lang_data.words("abbreviations_before_names.txt"):
        return True
    if word in lang_data.words("numeric_abbreviations.txt"):
        return next_word[:1].isdigit()
    if word in lang_data.words("abbreviations.txt") or _DOTTED.fullmatch(word):
        return not _opens_sentence(next_word)
    if len(word) == 1 and m.group().isupper():
        return not _opens_sentence(next_word)  # an initial: "Ines Q. Ferrand", not "Plan B. The"
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
        marks = m.group().rstrip(_CLOSERS)
        if marks == "." and _is_abbreviation(text, m.start(), nxt["word"]):
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
