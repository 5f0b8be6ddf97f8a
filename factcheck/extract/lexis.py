"""Word forms for claims: a light stemmer and the phrase tables built from the word lists.

Matching is done on stems so "agreed", "agrees" and "agree" meet, and "called off"
matches the listed "call off". Irregular forms come from ``claims_irregular.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from factcheck import lexicon

TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*|[^\sA-Za-z0-9]")
MAX_PHRASE = 4
_VOWELS = set("aeiou")


@cache
def _irregular() -> dict[str, str]:
    return lexicon.mapping("claims_irregular.txt")


@cache
def stem(word: str) -> str:
    """A crude but stable stem: irregular forms to their base, then plural and tense suffixes off.

    "agree", "agrees", "agreed" and "agreeing" all give "agre"; "stopped" and "stop" give "stop".
    """
    w = word.lower().replace("’", "'")
    w = _irregular().get(w, w)
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("ches", "shes", "sses", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ed") and len(w) >= 5:
        w = w[:-2]
    else:
        if w.endswith("ing") and len(w) >= 6:
            w = w[:-3]
        if w.endswith("e") and len(w) > 3:
            w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in _VOWELS:
        w = w[:-1]
    return w


def stems(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(stem(w) for w in words)


def phrase_table(lines: Iterable[str]) -> dict[tuple[str, ...], str]:
    """Map each phrase's stems to the phrase as written (lower-cased)."""
    out: dict[tuple[str, ...], str] = {}
    for line in lines:
        words = tuple(w for w in TOKEN.findall(line.lower()))
        if words:
            out[stems(words)] = " ".join(words)
    return out


@cache
def frames() -> dict[tuple[str, ...], tuple[tuple[str, int], ...]]:
    """Stemmed verb phrase -> the (frame, sign) pairs it belongs to."""
    table: dict[tuple[str, ...], list[tuple[str, int]]] = {}
    for line in lexicon.entries("claims_frames.txt"):
        name, _, rest = line.partition(":")
        positive, _, negative = rest.partition("|")
        for sign, group in ((1, positive), (-1, negative)):
            for verb in group.split(","):
                key = stems(TOKEN.findall(verb.strip().lower()))
                if key:
                    table.setdefault(key, []).append((name.strip(), sign))
    return {k: tuple(sorted(set(v))) for k, v in table.items()}


@cache
def events() -> dict[tuple[str, ...], frozenset[str]]:
    """Stemmed trigger phrase -> the event classes it names."""
    table: dict[tuple[str, ...], set[str]] = {}
    for line in lexicon.entries("claims_events.txt"):
        head, _, rest = line.partition("=")
        words, _, _flag = rest.partition("|")
        for trigger in words.split(","):
            key = stems(TOKEN.findall(trigger.strip().lower()))
            if key:
                table.setdefault(key, set()).add(head.strip())
    return {k: frozenset(v) for k, v in table.items()}


@cache
def once_events() -> frozenset[str]:
    """Event classes that happen once, at one time and place."""
    out = set()
    for line in lexicon.entries("claims_events.txt"):
        head, _, rest = line.partition("=")
        if rest.partition("|")[2].strip() == "once":
            out.add(head.strip())
    return frozenset(out)


@cache
def phrases(name: str) -> dict[tuple[str, ...], str]:
    """A word list of (possibly multi-word) cues, keyed by their stems."""
    return phrase_table(lexicon.entries(name))


def longest_match(
    table: dict[tuple[str, ...], object], keys: tuple[str, ...], i: int, limit: int | None = None
) -> int:
    """Length of the longest phrase of ``table`` starting at ``keys[i]`` (0 when none)."""
    end = len(keys) if limit is None else min(limit, len(keys))
    for n in range(min(MAX_PHRASE, end - i), 0, -1):
        if keys[i : i + n] in table:
            return n
    return 0
