"""Cue tables for claims, keyed by lemma, so "agreed", "agrees" and "agree" meet one entry.

Text tokens are matched by their tagged lemma (``key``). A table entry has no tag, so
each of its words is indexed under every lemma it could have (``cancelled`` as the verb
"cancel" and as the adjective "cancelled"); the entry is split by the same tokenizer
as the text, so "didn't" in a list matches "did" + "n't" in an article.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from itertools import product
from typing import TypeVar

from factcheck import lexicon
from factcheck.lang.analyse import lemma_forms as forms
from factcheck.lang.lemma import lemmatize
from factcheck.lang.model import Token
from factcheck.lang.tokens import words as split_words

MAX_PHRASE = 4
_PARTICIPLE_ENDINGS = ("ed", "ing")
V = TypeVar("V")


class Phrases(dict[tuple[str, ...], V]):
    """A table of phrases keyed by lemma tuples that knows the words its phrases start with: most
    tokens start none, and one set look-up (``firsts``) tells so before any slice is tried."""

    def __init__(self, entries: Mapping[tuple[str, ...], V]) -> None:
        super().__init__(entries)
        self.firsts = frozenset(k[0] for k in self if k)


@cache
def _key(lemma: str, upos: str, norm: str) -> str:
    if upos == "ADJ" and norm.endswith(_PARTICIPLE_ENDINGS):
        return min(forms(norm) - {norm}, default=norm, key=len)  # "cancelled" as an adjective still cancels
    return lemma.lower()


def key(tok: Token) -> str:
    """The form a token is matched by: its lemma, lower case; a participle tagged as an adjective, its verb."""
    return _key(tok.lemma, tok.upos, tok.norm)


def keys(tokens: Iterable[Token]) -> tuple[str, ...]:
    """``key`` of each token: one call for a sentence's tokens, not one per token."""
    return tuple([_key(t.lemma, t.upos, t.norm) for t in tokens])


@cache
def _topic(key: str, upos: str) -> str:
    if upos == "NOUN" and key.endswith("ing") and len(key) > 5:
        return lemmatize(key, "VERB")  # "the signing", "the meetings" are about what "sign", "meet" are
    return key


def topic_key(tok: Token) -> str:
    """The form two clauses share when they are about the same thing: the key, with a gerund as its verb."""
    return _topic(_key(tok.lemma, tok.upos, tok.norm), tok.upos)


def topic_key_of(lemma: str, upos: str, norm: str) -> str:
    """``topic_key`` of a token with this lemma, tag and normal form."""
    return _topic(_key(lemma, upos, norm), upos)


def entry_keys(phrase: str) -> list[tuple[str, ...]]:
    """Every key tuple a listed phrase can match: each word under each lemma it could have."""
    parts = split_words(phrase.lower().replace("’", "'"))
    if not parts:
        return []
    return sorted(set(product(*(sorted(forms(w)) for w in parts))))


def word_keys(entries: Iterable[str]) -> frozenset[str]:
    """The keys of one-word entries (a list of reporting verbs, of auxiliaries)."""
    return frozenset(k[0] for e in entries for k in entry_keys(e) if len(k) == 1)


def phrase_table(lines: Iterable[str]) -> Phrases[str]:
    """Map each phrase's key tuples to the phrase as written (lower-cased)."""
    out: dict[tuple[str, ...], str] = {}
    for line in lines:
        written = " ".join(split_words(line.lower()))
        for k in entry_keys(line):
            out.setdefault(k, written)
    return Phrases(out)


@cache
def frames() -> Phrases[tuple[tuple[str, int], ...]]:
    """Verb phrase keys -> the (frame, sign) pairs it belongs to."""
    table: dict[tuple[str, ...], list[tuple[str, int]]] = {}
    for line in lexicon.entries("claims_frames.txt"):
        name, _, rest = line.partition(":")
        positive, _, negative = rest.partition("|")
        for sign, group in ((1, positive), (-1, negative)):
            for verb in group.split(","):
                for k in entry_keys(verb.strip()):
                    table.setdefault(k, []).append((name.strip(), sign))
    return Phrases({k: tuple(sorted(set(v))) for k, v in table.items()})


# A trigger written "fire/noun" names its event only as a noun ("opened fire", not "was
# fired"), "fire/verb" only as a verb ("was fired by the club", not "the fire").
PART_OF_SPEECH = {"/noun": frozenset({"NOUN", "PROPN"}), "/verb": frozenset({"VERB", "AUX", "ADJ"})}
ANY = ""


HINT = "hint"  # a class marked "| hint" only tells event identity that its words are synonyms


@cache
def _event_triggers(hints: bool = False) -> dict[str, dict[tuple[str, ...], set[str]]]:
    """Part-of-speech mark ("" for any) -> trigger keys -> event classes (with the hint-only ones if ``hints``)."""
    tables: dict[str, dict[tuple[str, ...], set[str]]] = {ANY: {}, **{mark: {} for mark in PART_OF_SPEECH}}
    for line in lexicon.entries("claims_events.txt"):
        head, _, rest = line.partition("=")
        triggers, _, flag = rest.partition("|")
        if flag.strip() == HINT and not hints:
            continue
        for trigger in triggers.split(","):
            trigger = trigger.strip()
            mark = next((m for m in PART_OF_SPEECH if trigger.endswith(m)), ANY)
            for k in entry_keys(trigger.removesuffix(mark)):
                tables[mark].setdefault(k, set()).add(head.strip())
    return tables


@cache
def events() -> Phrases[frozenset[str]]:
    """Trigger phrase keys -> the event classes it names (as any part of speech)."""
    out: dict[tuple[str, ...], set[str]] = {}
    for table in _event_triggers().values():
        for k, classes in table.items():
            out.setdefault(k, set()).update(classes)
    return Phrases({k: frozenset(v) for k, v in out.items()})


@lru_cache(maxsize=65536)
def event_classes(keys: tuple[str, ...], upos: str, hints: bool = False) -> frozenset[str]:
    """The event classes a trigger names where its first word is tagged ``upos``: a noun-only trigger
    names nothing as a verb ("fired" from a job is no fire), a verb-only one nothing as a noun.
    Claims read the classes without ``hints``; event identity reads them all."""
    tables = _event_triggers(hints)
    found = set(tables[ANY].get(keys, ()))
    for mark, tags in PART_OF_SPEECH.items():
        if upos in tags:
            found |= tables[mark].get(keys, set())
    return frozenset(found)


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
def phrases(name: str) -> Phrases[str]:
    """A word list of (possibly multi-word) cues, keyed by lemma."""
    return phrase_table(lexicon.entries(name))


def longest_match(table: Phrases[V], keys: tuple[str, ...], i: int, limit: int | None = None) -> int:
    """Length of the longest phrase of ``table`` starting at ``keys[i]`` (0 when none)."""
    if i >= len(keys) or keys[i] not in table.firsts:
        return 0
    end = len(keys) if limit is None else min(limit, len(keys))
    for n in range(min(MAX_PHRASE, end - i), 0, -1):
        if keys[i : i + n] in table:
            return n
    return 0
