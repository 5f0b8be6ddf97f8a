"""Claims: what each clause asserts, who asserts it, how firmly, and the dates and places it gives.

A clause yields a claim for each predicate it holds: a verb from the opposed-predicate
frames ("agreed", "called off"), or any verb after an auxiliary ("has received", "will
close"). Each claim records its polarity (negation cues before it), its mood (fact,
future, hedged, irrealis, or a refusal to say), the source that asserts it (the article,
a reported speaker, the speaker of a quotation), its actors, the events it names and
the dates and places attached to those events.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from factcheck import lexicon
from factcheck.extract import lexis
from factcheck.extract.people import antecedent, name_key
from factcheck.extract.places import demonym_country
from factcheck.lang import Token
from factcheck.lang import data as lang_data
from factcheck.lang.chunks import modifies_noun
from factcheck.lang.modality import lemmas_of
from factcheck.model import (
    Anchor,
    Claim,
    Document,
    PersonMention,
    PlaceMention,
    Quote,
    Sentence,
    TimeMention,
)
from factcheck.values.timex import UNIVERSAL

ARTICLE = None
CLAUSE_BREAK_WORDS = frozenset({"and", "but", "while", "whereas", "although", "though", "yet"})
CONTRAST_WORDS = CLAUSE_BREAK_WORDS - {"and"}  # open a clause of their own, comma or not
PLACE_KINDS = frozenset({"city", "country", "region", "venue", "place"})
DATE_TYPES = frozenset({"DATE", "TIME"})
FUTURE_WORDS = frozenset({"will", "would", "shall", "'ll", "due"})
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
INHERIT_SENTENCES = 3
SOURCE_WINDOW = 10
RELATIVES = frozenset({"which", "who", "that", "whom", "whose"})
VERSION = "version:"  # an actor key for a name and its number: "Explorer 8" is not "Explorer 10"
STATEMENT_WORDS = 4  # shorter quoted words ("agreed") are part of the reporter's sentence
FRONTED = 2  # tokens before a date that still count as the opening of its clause ("On the", "By")
MAX_CLAUSE = 120  # tokens: longer clauses are cut at commas (a run-on's claims stay bounded)
DEED_REACH = 6  # tokens from a verb to the date or place that times it ("imposed a curfew [on] Thursday")
CUE_WINDOW = 40  # tokens before a predicate searched for its cues and actors: keeps hostile run-ons linear
NOMINAL_TAGS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
POSSESSIVE_MARKS = frozenset({"'s", "'"})
DETERMINERS = frozenset({"a", "an", "the", "any", "this", "that", "its", "their", "his", "her", "our", "your", "my",
                         "every", "each", "no", "whose"})


@dataclass(frozen=True)
class _Source:
    name: str | None
    start: int | None
    end: int | None
    scope_start: int
    scope_end: int
    denies: bool = False  # "has denied that …": what follows is the source saying the opposite


@cache
def _reporting() -> frozenset[str]:
    return lexis.word_keys(lexicon.words("claims_reporting.txt"))


@cache
def _denials() -> frozenset[str]:
    return lexis.word_keys(lexicon.words("claims_denials.txt"))


@cache
def _words(name: str) -> frozenset[str]:
    return lexicon.words(name)


@cache
def _stop_stems() -> frozenset[str]:
    return lexis.word_keys(_words("claims_stopwords.txt"))


@cache
def _aux_stems() -> frozenset[str]:
    return lexis.word_keys(_words("claims_auxiliaries.txt"))


@cache
def _light_stems() -> frozenset[tuple[str, ...]]:
    return frozenset(lexis.phrases("claims_light_verbs.txt"))


def _is_word(tok: Token) -> bool:
    return tok.text[:1].isalnum()


# ---------------------------------------------------------------- clauses


def _clauses(toks: list[Token], quote_edges: frozenset[int],
             place_edges: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())) -> list[tuple[int, int]]:
    """Token ranges of the clauses of one sentence. ``place_edges`` (where places end, where they
    start) keep a list of places whole: "in Nairobi, Kenya, and Dar es Salaam" is no second clause."""
    cuts = [0]
    ends, starts = place_edges
    n = len(toks)
    for i, tok in enumerate(toks):
        text = tok.text
        if text in (";", "—", "–") or (
            text == "," and i + 1 < n and toks[i + 1].norm in CLAUSE_BREAK_WORDS
            and not (0 < i and i + 2 < n and toks[i - 1].end in ends and toks[i + 2].start in starts)  # a list
        ):
            cuts.append(i + 1)
        elif tok.start in quote_edges or tok.end in quote_edges:
            cuts.append(i if tok.start in quote_edges else i + 1)
    cuts.append(len(toks))
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        for x, y in _bounded(toks, a, b):
            if any(_is_word(t) for t in toks[x:y]):
                spans.append((x, y))
    return spans


def _bounded(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """A clause longer than ``MAX_CLAUSE`` tokens cut at its commas, and at the limit where it has none.

    Only a run-on without punctuation reaches the hard cut; it keeps each claim's span
    (and the text it carries) bounded, so a hostile sentence costs linear time and memory.
    """
    if b - a <= MAX_CLAUSE:
        return [(a, b)]
    out = []
    start = a
    last_comma = None
    for i in range(a, b):
        if toks[i].text == ",":
            last_comma = i
        if i + 1 - start >= MAX_CLAUSE:
            cut = last_comma + 1 if last_comma is not None and last_comma >= start else i + 1
            out.append((start, cut))
            start, last_comma = cut, None
    if start < b:
        out.append((start, b))
    return out


# ---------------------------------------------------------------- sources


class _Resolver:
    """Names for pronouns and sources, from the people and places found in the document."""

    def __init__(self, people: Sequence[PersonMention], places: Sequence[PlaceMention]) -> None:
        self.people = sorted(people, key=lambda p: p.start)
        self.person_starts = [p.start for p in self.people]
        self.places = sorted(places, key=lambda p: p.start)
        self.place_starts = [p.start for p in self.places]

    def people_in(self, start: int, end: int) -> list[PersonMention]:
        i = bisect_left(self.person_starts, start)
        out = []
        while i < len(self.people) and self.people[i].start < end:
            out.append(self.people[i])
            i += 1
        return out

    def places_in(self, start: int, end: int) -> list[PlaceMention]:
        i = bisect_left(self.place_starts, start)
        out = []
        while i < len(self.places) and self.places[i].start < end:
            out.append(self.places[i])
            i += 1
        return out

    def pronoun(self, word: str, at: int, sentences: Sequence[Sentence], index: int) -> str | None:
        """The person a he/she most likely names (``people.antecedent``)."""
        want = PRONOUNS.get(word)
        found = antecedent(want, at, sentences, index, self.people_in) if want else None
        return found.name if found else None


def _source_name(resolver: _Resolver, start: int, end: int, tokens: list[Token], starts: list[int],
                 sentences: Sequence[Sentence], index: int) -> tuple[str | None, int, int]:
    """Name who speaks in a subject span: a person, a pronoun's person, an organization, or the noun phrase."""
    people = resolver.people_in(start, end)
    if people:
        p = people[-1]
        return p.name, p.start, p.end
    lo = bisect_left(starts, start)
    span = [t for t in tokens[lo : lo + SOURCE_WINDOW * 2] if t.start < end]
    for tok in span:
        if tok.norm in PRONOUNS:
            name = resolver.pronoun(tok.norm, tok.start, sentences, index)
            if name:
                return name, tok.start, tok.end
    orgs = [p for p in resolver.places_in(start, end) if p.kind in ("organization", "country", "city", "demonym")]
    if orgs:
        o = orgs[-1]
        return o.name, o.start, o.end
    words: list[Token] = []
    for t in span:
        if words and t.norm in POSSESSIVE_MARKS:
            words.append(t)  # "The team's owners"
            continue
        if words and (lexis.key(t) in _aux_stems() or t.norm.endswith("ed") or not _is_word(t) or t.norm in RELATIVES):
            break  # "two governors who asked": the relative clause is not the name
        if _is_word(t) and (words or t.norm not in RELATIVES and t.norm not in lang_data.words("subordinators.txt")):
            words.append(t)  # "when the union said": the clause's opening word is not the name
    if not words:
        return None, start, end
    shown = words[:5]
    return _joined(shown), shown[0].start, shown[-1].end


def _apposition_floor(toks: list[Token], resolver: _Resolver, k: int) -> int:
    """Where to look back for the person a chain of appositions before token ``k`` describes: the
    sentence's start when it opens on a person followed by a comma and no verb stands between them
    and ``k``; else ``SOURCE_WINDOW`` tokens back."""
    floor = max(0, k - SOURCE_WINDOW)
    opening = resolver.people_in(toks[0].start, toks[k].start)
    if not opening or opening[0].start != toks[0].start:
        return floor
    after = next((x for x, t in enumerate(toks) if t.start >= opening[0].end), k)
    if after < k and toks[after].text == "," and not any(t.upos in ("VERB", "AUX") for t in toks[after:k]):
        return 0
    return floor


def _last_comma(toks: list[Token], lo: int, verb: int) -> int | None:
    """The comma that closes what a sentence-final "…, X said." reports, when only the speaker's
    words stand between it and the verb (no other verb)."""
    for c in range(verb - 1, lo - 1, -1):
        if toks[c].text == ",":
            between = toks[c + 1 : verb]
            return c if c > 0 and between and not any(t.upos == "VERB" for t in between) else None
    return None


def _joined(tokens: Sequence[Token], lower: bool = False) -> str:
    """Tokens as written (or lower-cased): a clitic ("'s", "n't", "'ll") joins the word before it."""
    out = ""
    for t in tokens:
        word = t.norm if lower else t.text
        out += word if not out or t.norm.startswith("'") or t.norm == "n't" else " " + word
    return out


class _Scopes:
    """The innermost reported-speech scope around each token of a sentence, asked in text order.

    A sweep: scopes enter a heap as their start is passed and leave once their end is,
    so a sentence with many sources costs O((predicates + sources) log sources).
    """

    def __init__(self, sources: list[_Source]) -> None:
        self._pending = sorted(sources, key=lambda s: s.scope_start)
        self._next = 0
        self._active: list[tuple[int, int, _Source]] = []

    def at(self, i: int) -> _Source | None:
        """The scope holding token ``i`` that starts last; ``i`` must not decrease between calls."""
        while self._next < len(self._pending) and self._pending[self._next].scope_start <= i:
            src = self._pending[self._next]
            heapq.heappush(self._active, (-src.scope_start, self._next, src))
            self._next += 1
        while self._active and self._active[0][2].scope_end <= i:
            heapq.heappop(self._active)
        return self._active[0][2] if self._active else None


def _sources(toks: list[Token], keys: tuple[str, ...], resolver: _Resolver, sentences: Sequence[Sentence],
             index: int, text: str) -> list[_Source]:
    """Reported speech in a sentence: who reports, and which tokens they are reported as saying
    (``keys``: the tokens' ``lexis.key``)."""
    out: list[_Source] = []
    n = len(toks)
    starts = [t.start for t in toks]
    reporting, denials = _reporting(), _denials()
    for i, tok in enumerate(toks):
        key = keys[i]
        if key not in reporting and key not in denials and tok.norm != "according":
            continue  # most words: neither a verb of saying nor "according to"
        if tok.norm == "according" and i + 1 < n and toks[i + 1].norm == "to":
            j = i + 2
            while j < n and toks[j].text not in (",", ".", ";"):
                j += 1
            if j > i + 2:
                name, s, e = _source_name(resolver, toks[i + 2].start, toks[j - 1].end, toks, starts, sentences, index)
                if i > 0:
                    out.append(_Source(name, s, e, 0, i))
                if j < n:
                    out.append(_Source(name, s, e, j, n))
            continue
        denial = key in denials and i + 1 < n and toks[i + 1].norm == "that"
        if not denial and key not in reporting or not tok.text[:1].islower():
            continue
        prev = toks[i - 1].norm if i > 0 else ""
        if prev in ("is", "are", "was", "were", "be", "been", "not", "never", "to") or prev.endswith("n't"):
            continue  # "is said to" is a hedge, "would not say" a refusal, "declined to say" too
        # Subject before the verb, within the window and the clause.
        k = i
        while k > 0 and i - k < SOURCE_WINDOW and toks[k - 1].text not in (";", "“", '"', "”"):
            if toks[k - 1].text == "," and k - 1 < i - 1 and not resolver.people_in(toks[k - 1].end, tok.start):
                break
            k -= 1
        after = i + 1
        # "…, said Miriam Achola, a spokeswoman …": the speaker follows the verb.
        inverted = not denial and ((i > 0 and toks[i - 1].text == ",") or k == i)
        j = after
        while j < n and toks[j].text not in (",", ".", ";") and j - after < 8:
            j += 1
        if inverted and k < i and any(t.upos in ("VERB", "AUX") for t in toks[after:j]):
            inverted = False  # "The operator, Adrenne Island Lines, said the vessel had passed": a clause, no speaker
        if inverted:
            if j == after:
                continue
            name, s, e = _source_name(resolver, toks[after].start, toks[j - 1].end, toks, starts, sentences, index)
            out.append(_Source(name, s, e, 0, max(0, i - 1)))
            continue
        name, s, e = _source_name(resolver, toks[k].start, tok.start, toks, starts, sentences, index)
        if k > 0 and not resolver.people_in(toks[k].start, tok.start):
            floor = _apposition_floor(toks, resolver, k)  # "David Kamin, an adviser … and a professor at …, said"
            earlier = resolver.people_in(toks[floor].start, toks[k].start)
            if earlier and not any(lexis.key(t) in _reporting() for t in toks[floor:k] if t.start > earlier[-1].end):
                name, s, e = earlier[-1].name, earlier[-1].start, earlier[-1].end
        rest = [t for t in toks[after : after + 6] if _is_word(t)]
        if len(rest) >= 3:
            out.append(_Source(name, s, e, after, n, denial))
        elif k > 0 and toks[k - 1].text in (",", "”", '"'):
            out.append(_Source(name, s, e, 0, k))  # "…, the union said."
        elif (comma := _last_comma(toks, k, i)) is not None:
            out.append(_Source(name, s, e, 0, comma))  # "…, authority spokesman Piet Ansel said."
    return out


# ---------------------------------------------------------------- predicates


@dataclass(frozen=True)
class _Pred:
    i: int          # first token of the verb
    j: int          # one past its last token
    group: int      # first token of the predicate group (auxiliaries, negation, hedges)
    base: str
    frames: tuple[tuple[str, int], ...]
    timed: bool = False  # found only because a date or place follows it: it does not anchor others


def _predicates(toks: list[Token], keys: tuple[str, ...], a: int, b: int, anchored: Sequence[int] = ()
                ) -> list[_Pred]:
    """The predicates of tokens ``a:b``: listed verbs used as verbs, any verb after an auxiliary, and any
    finite verb a few tokens before one of ``anchored`` (the token indices where the clause's dates
    and places start, sorted), which that anchor times ("imposed a curfew on Thursday")."""
    frames = lexis.frames()
    negation = lexis.phrases("claims_negation.txt")
    hedges = lexis.phrases("claims_hedges.txt")
    out: list[_Pred] = []
    i = a
    stop, aux, light = _stop_stems(), _aux_stems(), _light_stems()
    firsts = frames.firsts
    while i < b:
        n = lexis.longest_match(frames, keys, i, b) if keys[i] in firsts else 0
        generic = False
        if not n:
            # Not a listed verb: a class a copula names, or any verb that an auxiliary or an anchor
            # makes a predicate. The cheap tests of the word itself come before the walks around it.
            tok, key = toks[i], keys[i]
            if tok.norm in ("a", "an"):
                n = _copular_noun(toks, keys, a, i, b)
            if not n and (i > a and tok.text[:1].islower() and tok.text.isalpha() and key not in stop and key not in aux
                  and not tok.norm.endswith("ly") and (key,) not in light):
                k = bisect_right(anchored, i)
                deed = (k < len(anchored) and anchored[k] - i <= DEED_REACH and tok.upos == "VERB"
                        and not tok.norm.endswith("ing"))
                if (deed or _after_aux(toks, keys, a, i)) and not _reports(toks, keys, a, i, b):
                    n = 1
            if not n:
                i += 1
                continue
            generic = True
        # a generic predicate was already found no report; a listed verb is asked here
        if (not generic and _reports(toks, keys, a, i, b)) or _going_to(toks, i, b) or (
                not generic and not _verbal(toks, keys, a, i)):
            i += 1
            continue
        # A negation cue that is itself a verb ("refused to meet") belongs to the verb after it.
        if not generic and (m := lexis.longest_match(negation, keys, i, b)):
            if i + m < b and keys[i + m - 1] == "to":
                i += 1
                continue
        g = i
        while g > max(a, i - CUE_WINDOW):
            prev = g - 1
            hit = _phrase_ending_at(negation, keys, a, prev) or _phrase_ending_at(hedges, keys, a, prev)
            if hit:
                g = prev - hit + 1
                continue
            if keys[prev] in _aux_stems() or toks[prev].norm.endswith("ly") or _going_to(toks, prev, b):
                g = prev
                continue
            break
        while g < i and toks[g].norm in _words("claims_adverbs_in_group.txt"):
            g += 1  # "also approved": the evidence is the verb group, not the adverb that opens it
        made = n
        if _adjective_complement(toks, i + n, b):
            n += 1  # "was never made public": to disclose, another predicate than "made" an offer
        base = _joined(toks[i : i + n], lower=True)
        timed = generic and not _after_aux(toks, keys, a, i)
        own = () if generic or n != made or _phrasal(toks, i + n, b) else frames[keys[i : i + n]]
        out.append(_Pred(i, i + n, g, base, own, timed))
        i += n
    return out


@cache
def _place_kinds() -> frozenset[str]:
    """The nouns of "the town of X"-style cues in the places' context list (town, village, port …)."""
    cues = lexicon.sections("places_context.txt")["cues"]
    return frozenset(c[:-3].lower() for c in cues if c.endswith(" of") and " " not in c[:-3])


def _adjective_complement(toks: list[Token], j: int, b: int) -> bool:
    """Whether a bare adjective right after the verb completes it ("made public", "made clear",
    "found guilty"), rather than opening its object's noun group ("made [public] spending")."""
    if j >= b or toks[j].upos != "ADJ":
        return False
    return j + 1 >= b or toks[j + 1].upos not in ("NOUN", "PROPN", "ADJ", "NUM")


def _phrasal(toks: list[Token], j: int, b: int) -> bool:
    """Whether a particle right after a listed verb makes another verb of it ("carried out" an
    operation is not "carried" a vote), so the verb's opposed-predicate frames do not apply."""
    return j < b and toks[j].norm in lang_data.words("particles.txt") and toks[j].upos in ("ADP", "PART", "ADV")


def _copular_noun(toks: list[Token], keys: tuple[str, ...], a: int, i: int, b: int) -> int:
    """The length of a class a copula puts its subject in ("is [not] a suspension bridge", "was never
    an official candidate"), from the article on, or 0. A noun that takes "of" names a relation
    ("a member of the board"), which the noun alone does not say, so it is left out."""
    if toks[i].norm not in ("a", "an") or not _after_copula(toks, keys, a, i):
        return 0
    j = i + 1
    while j < b and toks[j].upos in ("ADJ", "NOUN"):
        j += 1
    if j == i + 1 or toks[j - 1].upos != "NOUN" or (j < b and toks[j].upos == "ADP"):
        return 0
    return j - i


def _after_copula(toks: list[Token], keys: tuple[str, ...], a: int, i: int) -> bool:
    """Whether a form of "be" stands before ``i``, past negation and adverbs ("is not", "was never")."""
    k = i - 1
    while k >= a and (toks[k].norm in ("not", "never", "n't") or toks[k].norm.endswith("ly")):
        k -= 1
    return k >= a and keys[k] == "be"


def _first_word(toks: list[Token], a: int, b: int) -> int:
    """The first word of a clause, past the quotation marks and dashes that may open it."""
    while a < b and not _is_word(toks[a]):
        a += 1
    return a


def _verbal(toks: list[Token], keys: tuple[str, ...], a: int, i: int) -> bool:
    """Whether a listed verb is used as a verb here, not as a noun ("any delay") or a bare participle ("ending").

    The tag decides; a word after an auxiliary or modal that is not tagged as a noun
    counts too ("may close", where a tagger can slip on an ambiguous word).
    """
    tok = toks[i]
    prev = toks[i - 1].norm if i > a else ""
    if prev in DETERMINERS or prev in POSSESSIVE_MARKS:
        return False
    if tok.upos != "VERB":
        return tok.upos not in NOMINAL_TAGS and _after_aux(toks, keys, a, i)
    if tok.norm.endswith("ing"):
        return _after_aux(toks, keys, a, i)
    nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
    if tok.norm.endswith("ed") and nxt == "by":
        return _after_aux(toks, keys, a, i)  # "bonds backed by …" describes, it does not assert
    return True


def _after_aux(toks: list[Token], keys: tuple[str, ...], a: int, i: int) -> bool:
    """Whether the word at ``i`` follows an auxiliary chain ("has not been", "will", "can't")."""
    k = i - 1
    saw_aux = False
    aux, adverbs, possibility = _aux_stems(), _words("claims_adverbs_in_group.txt"), lemmas_of("possibility")
    while k >= max(a, i - CUE_WINDOW):
        low = toks[k].norm
        if keys[k] in aux and low != "to" and low not in adverbs:
            saw_aux = True
            k -= 1
            continue
        possible = keys[k] in possibility  # "may", "could", "can't" (keys are lower case)
        if low in ("not", "never", "n't") or low.endswith("ly") or possible:
            saw_aux = saw_aux or low == "n't" or possible
            k -= 1
            continue
        break
    return saw_aux


def _phrase_ending_at(table: dict[tuple[str, ...], str], keys: tuple[str, ...], a: int, end: int) -> int:
    for n in range(lexis.MAX_PHRASE, 0, -1):
        start = end - n + 1
        if start >= a and keys[start : end + 1] in table:
            return n
    return 0


def _cue_before(
    table: lexis.Phrases[str], toks: list[Token], keys: tuple[str, ...], a: int, i: int
) -> tuple[int, int] | None:
    """The last cue of ``table`` between ``a`` and ``i``: (start, length)."""
    found = None
    k = a
    firsts = table.firsts
    while k < i:
        n = lexis.longest_match(table, keys, k, i) if keys[k] in firsts else 0
        if n and toks[k].text[:1].isupper() and k > 0:
            n = 0  # "May 4" is a month, not the modal
        if n:
            found = (k, n)
            k += n
        else:
            k += 1
    return found


# ---------------------------------------------------------------- anchors


def _events_between(toks: list[Token], keys: tuple[str, ...], i: int, j: int) -> frozenset[str]:
    """Event classes named by the tokens [i, j) (``keys`` are the sentence's token keys)."""
    table = lexis.events()
    found: set[str] = set()
    k = i
    firsts = table.firsts
    while k < j:
        n = lexis.longest_match(table, keys, k, j) if keys[k] in firsts else 0
        if n and not _attributive(toks, k):
            found |= lexis.event_classes(keys[k : k + n], toks[k].upos)
            k += n
        else:
            k += 1
    return frozenset(found)


def _attributive(toks: list[Token], k: int) -> bool:
    """A participle or adjective describing the noun after it ("the collapsed apartment block"): it
    names what the thing is, not an event the clause's date or place locates."""
    return (toks[k].upos in ("ADJ", "VERB") and 0 < k < len(toks) - 1 and toks[k - 1].upos == "DET"
            and toks[k + 1].upos in ("NOUN", "PROPN", "ADJ"))


_CLOCK = re.compile(r"\s*,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?\(?([A-Z]{1,3})\b\)?")


def _universal_time(view: str, end: int) -> bool:
    """The date is followed by a clock time in GMT or UTC ("on Saturday at 22:30 GMT")."""
    m = _CLOCK.match(view, end)
    return m is not None and m.group(1) in lexicon.entries("dates_universal_zones.txt")


def _own_window(toks: list[Token], lo: int, group: int) -> int:
    """Where the words that can negate a verb group begin: after any other verb before it, whose
    negation is its own ("he didn't think charges would be filed": the charges are not denied)."""
    for k in range(group - 1, lo - 1, -1):
        if toks[k].upos in ("VERB", "AUX"):
            return k + 1
    return lo


def _bound(toks: list[Token], ti: int) -> bool:
    """A date opened by "by", "until" or "since" (inside its span or just before it): a bound of the
    event, not its time."""
    bounds = lexicon.words("claims_bound_preps.txt")
    return toks[ti].norm in bounds or (ti > 0 and toks[ti - 1].norm in bounds)


def _anchor_events(toks: list[Token], keys: tuple[str, ...], a: int, i: int, j: int, verbs: frozenset[int],
                   b: int | None = None) -> frozenset[str]:
    """The events a date or place at tokens [i, j) locates.

    A following event noun wins ("the May 11 vote", "Thursday's signing"); otherwise
    the phrase from the nearest verb before it that is not a light verb ("collapsed …
    on Friday"), or from the clause start ("the vote … is due on May 4"); a date that
    opens its clause times the event after it ("On the 18th, the leaders met").
    """
    possessive = j < len(toks) and toks[j].norm in POSSESSIVE_MARKS
    in_noun_phrase = possessive or (i > 0 and toks[i - 1].norm in DETERMINERS)
    nxt = j + 1 if possessive else j
    if in_noun_phrase and nxt < len(toks):
        ahead = _events_between(toks, keys, nxt, nxt + 1)  # "the May 11 vote", "Thursday's signing"
        if ahead:
            return ahead
    floor = max(a, i - CUE_WINDOW)
    k = i - 1
    while k >= floor:
        if k in verbs and (keys[k],) not in _light_stems():
            return _events_between(toks, keys, k, j)
        if _relative_verb(toks, a, k):
            return frozenset()  # "Bin Laden, who now lives in Afghanistan": the place is where he lives
        if toks[k].norm in CONTRAST_WORDS:
            return _events_between(toks, keys, k + 1, j)  # "investigate the bombings but there was no word in Washington"
        k -= 1
    before = _events_between(toks, keys, floor, j)
    if not before and i - a <= FRONTED and b is not None:
        end = min(b, j + CUE_WINDOW)
        said = next((x for x in range(j, end) if keys[x] in _reporting()), end)
        return _events_between(toks, keys, j, said)  # "On the 18th, the leaders met …", not "On the 22nd, X said …"
    return before


def _next_in_list(toks: list[Token], last: int, ti: int) -> bool:
    """Whether the place at ``ti`` is the next item of a list after the one ending at ``last``: "in
    Nairobi and Dar es Salaam", "in Nairobi, Kenya, and Dar es Salaam, Tanzania"."""
    if toks[ti - 1].norm not in ("and", "or"):
        return False
    return last == ti - 2 or (last == ti - 3 and toks[ti - 2].text == ",")


def _going_to(toks: list[Token], i: int, b: int) -> bool:
    """Whether token ``i`` is the "going" of "is going to close": a future of the verb after, no
    predicate of its own."""
    return (toks[i].norm == "going" and i + 2 < b and toks[i + 1].norm == "to"
            and toks[i + 2].upos in ("VERB", "AUX"))


def _reports(toks: list[Token], keys: tuple[str, ...], a: int, i: int, b: int) -> bool:
    """Whether a reporting verb at ``i`` reports, rather than does something to a thing: "recalled that
    …" reports, "has recalled its ambassador." recalls someone (an object that ends its clause, after
    a verb that no comma or quotation mark puts after what was said)."""
    if keys[i] not in _reporting():
        return False
    if i == a or toks[i - 1].text in (",", '"', "”", "''", "'") or i + 1 >= b or toks[i + 1].norm not in _words("claims_object_openers.txt"):
        return True
    j = i + 2
    while j < b and toks[j].upos in ("ADJ", "NOUN", "PROPN"):
        j += 1
    if j == i + 2 or toks[j - 1].upos not in ("NOUN", "PROPN"):
        return True
    return j < b and toks[j].norm not in _words("claims_object_ends.txt")


def _relative_verb(toks: list[Token], a: int, k: int) -> bool:
    """Whether token ``k`` is the verb of a relative clause ("who now lives", "which stands"), past
    adverbs back to its relative pronoun."""
    if toks[k].upos != "VERB":
        return False
    g = k - 1
    while g > a and toks[g].upos == "ADV":
        g -= 1
    return g >= a and toks[g].norm in lang_data.words("relativizers.txt")


def _trim_preposition(toks: list[Token], ti: int, tj: int, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "on"/"in"/"late on" from a date span (tokens ``ti..tj``): the finding points at the date itself."""
    inside = [t for t in toks[ti : tj + 1] if start <= t.start and t.end <= end]
    k = 0
    while k < len(inside) - 1 and inside[k].norm in ("on", "in", "at", "by", "late", "early", "during"):
        k += 1
    return (inside[k].start if inside else start), end


def _reporting_adjacent(toks: list[Token], i: int, j: int) -> bool:
    """A date that times the reporting ("said on Sunday"), not the event."""
    before = [t for t in toks[max(0, i - 3) : i] if _is_word(t)]
    after = toks[j : j + 2]
    return any(lexis.key(t) in _reporting() for t in before[-2:]) or any(lexis.key(t) in _reporting() for t in after)


# ---------------------------------------------------------------- document


def extract_claims(
    doc: Document,
    *,
    people: Sequence[PersonMention] = (),
    places: Sequence[PlaceMention] = (),
    dates: Sequence[TimeMention] = (),
    quotes: Sequence[Quote] = (),
    sentences: range | None = None,
) -> tuple[Claim, ...]:
    """Every claim of the document, in text order; with ``sentences``, those of these sentences only.

    A sentence's claims read no sentence before it but those of its own paragraph, so a range
    that starts a paragraph has the claims the whole document has there.
    """
    resolver = _Resolver(people, places)
    real_quotes = sorted((q for q in quotes if not q.is_term and len(q.text.split()) >= STATEMENT_WORDS),
                         key=lambda q: q.start)
    quote_edges = frozenset(x for q in real_quotes for x in (q.start, q.end))
    quote_starts = [q.start for q in real_quotes]
    date_list = sorted((d for d in dates if d.type in DATE_TYPES), key=lambda d: d.start)
    date_starts = [d.start for d in date_list]
    place_edges = (frozenset(p.end for p in places), frozenset(p.start for p in places))
    claims: list[Claim] = []
    recent_events: list[tuple[int, frozenset[str]]] = []
    for index in range(len(doc.sentences)) if sentences is None else sentences:
        sent = doc.sentences[index]
        if sent.heading:
            continue
        toks = list(doc.sentence_tokens(index))
        if not toks:
            continue
        keys = lexis.keys(toks)
        sources = _Scopes(_sources(toks, keys, resolver, doc.sentences, index, doc.view))
        sentence_events = _events_between(toks, keys, 0, len(toks))
        inherited = frozenset().union(*(ev for p, ev in recent_events if p == sent.paragraph)) \
            if recent_events else frozenset()
        starts = [t.start for t in toks]
        ends = [t.end for t in toks]
        for a, b in _clauses(toks, quote_edges, place_edges):
            claims.extend(_clause_claims(doc, toks, keys, starts, ends, a, b, sources, resolver, index,
                                         real_quotes, quote_starts, date_list, date_starts, inherited))
        if sentence_events:
            recent_events.append((sent.paragraph, sentence_events))
            recent_events = recent_events[-INHERIT_SENTENCES:]
    return tuple(claims)


def _quote_at(quotes: Sequence[Quote], starts: Sequence[int], offset: int) -> Quote | None:
    """The quotation holding ``offset`` (quotes sorted by start, not overlapping)."""
    i = bisect_right(starts, offset) - 1
    if i >= 0 and quotes[i].start <= offset < quotes[i].end:
        return quotes[i]
    return None


def _clause_claims(
    doc: Document,
    toks: list[Token],
    keys: tuple[str, ...],
    starts: list[int],
    ends: list[int],
    a: int,
    b: int,
    sources: _Scopes,
    resolver: _Resolver,
    index: int,
    quotes: Sequence[Quote],
    quote_starts: Sequence[int],
    date_list: Sequence[TimeMention],
    date_starts: list[int],
    inherited: frozenset[str],
) -> list[Claim]:
    """The claims of tokens ``a:b`` of one sentence (``keys``, ``starts`` and ``ends`` are the sentence's)."""
    clause_start, clause_end = toks[a].start, toks[b - 1].end
    first_date = bisect_left(date_starts, clause_start)
    clause_dates = date_list[first_date : bisect_left(date_starts, clause_end)]
    clause_places = resolver.places_in(clause_start, clause_end)
    anchor_starts = [d.start for d in clause_dates] + [p.start for p in clause_places if p.kind in PLACE_KINDS]
    anchored = sorted(bisect_left(starts, x, a, b) for x in anchor_starts)
    preds = _predicates(toks, keys, a, b, anchored)
    verbs = frozenset(k for p in preds if not p.timed for k in range(p.i, p.j)) | frozenset(
        k for k in range(a, b) if keys[k] in _reporting()
    )
    events = _events_between(toks, keys, a, b)
    valued: set[int] = set()  # tokens of dates and places: the compared values say nothing of the topic
    for vs, ve in [(d.start, d.end) for d in clause_dates] + [(p.start, p.end) for p in clause_places]:
        valued.update(range(bisect_left(starts, vs, a, b), bisect_left(starts, ve, a, b)))
    stop, reporting = _stop_stems(), _reporting()
    keywords = frozenset(
        lexis.topic_key(toks[x]) for x in range(a, b)
        if keys[x] not in stop and keys[x] not in reporting and x not in valued
        and _is_word(toks[x]) and not toks[x].norm.isdigit()
    )
    # Anchors: dates and places with the events they locate.
    date_anchors = []
    for d in clause_dates:
        ti, tj = _token_range(starts, ends, a, b, d.start, d.end)
        if ti is None or tj is None or tj < ti or _reporting_adjacent(toks, ti, tj + 1):
            continue
        ev = _anchor_events(toks, keys, a, ti, tj + 1, verbs, b)
        if ev or any(p.j <= ti for p in preds):  # a date after a verb times its deed ("was born on 4 June")
            s, e = _trim_preposition(toks, ti, tj, d.start, d.end)
            mod = UNIVERSAL if _universal_time(doc.view, d.end) else d.mod
            date_anchors.append(Anchor(s, e, doc.view[s:e], ev, d.value, mod, bound=_bound(toks, ti)))
    place_anchors = []
    last: tuple[int, frozenset[str]] | None = None  # the end token and events of the place just taken
    for p in clause_places:
        if p.kind not in PLACE_KINDS:
            continue
        ti, tj = _token_range(starts, ends, a, b, p.start, p.end)
        if ti is None:
            continue
        tj = ti if tj is None else tj
        if p.kind == "country" and modifies_noun(toks, tj):
            continue  # "attacks at U.S. embassies in Kenya": whose embassies, not where the attacks were
        lead = ti
        while lead - 2 >= a and toks[lead - 1].norm == "of" and toks[lead - 2].norm in _place_kinds():
            lead -= 3 if lead - 3 >= a and toks[lead - 3].upos == "DET" else 2  # "near [the town of] Sorrend"
        before = [toks[x].norm for x in range(max(a, lead - 2), lead)]
        if last is not None and _next_in_list(toks, last[0], ti):
            ev = last[1]  # "in Nairobi and Dar es Salaam": the second place of a list is where it happened too
        elif any(w in lang_data.words("locatives.txt") for w in before):
            ev = _anchor_events(toks, keys, a, ti, tj + 1, verbs, b)
        else:
            continue
        if ev:
            place_anchors.append(Anchor(p.start, p.end, p.text, ev, p.name, kind=p.kind, country=p.country))
            last = (tj, ev)
    out: list[Claim] = []
    negation = lexis.phrases("claims_negation.txt")
    hedges = lexis.phrases("claims_hedges.txt")
    irrealis = lexis.phrases("claims_irrealis.txt")
    refusal = lexis.phrases("claims_refusal.txt")
    own_dates = _share_out(date_anchors, preds, toks)
    own_places = _share_out(place_anchors, preds, toks)
    clause_text = doc.view[clause_start:clause_end]  # one string for the clause's claims
    for n, pred in enumerate(preds):
        quote = _quote_at(quotes, quote_starts, toks[pred.i].start)
        src = sources.at(pred.i)
        if quote is not None:
            source, s_start, s_end = quote.speaker or "an unnamed speaker", quote.speaker_start, quote.speaker_end
        elif src is not None:
            source, s_start, s_end = src.name, src.start, src.end
        else:
            source, s_start, s_end = ARTICLE, None, None
        scope_a = max(a, src.scope_start, pred.group - CUE_WINDOW) if src is not None else max(a, pred.group - CUE_WINDOW)
        group_keys = keys[pred.group : pred.i]
        window = _own_window(toks, max(scope_a, pred.group - 3), pred.group)
        negated = bool(_cue_before(negation, toks, keys, window, pred.i)) or "no" in [t.norm for t in toks[window:pred.group]]
        if src is not None and src.denies and quote is None:
            negated = not negated  # "has denied that the vessel was overloaded"
        ref = _cue_before(refusal, toks, keys, scope_a, pred.i)
        hedge = _cue_before(hedges, toks, keys, scope_a, pred.i)
        cond = _cue_before(irrealis, toks, keys, scope_a, pred.i)
        if ref:
            mood, negated = "refusal", False
            group = ref[0]
            if quote is None and ref[0] > scope_a:
                source, s_start, s_end = _source_name(
                    resolver, toks[scope_a].start, toks[ref[0] - 1].end, toks, starts, doc.sentences, index)
        else:
            group = pred.group
            if cond and not (hedge and hedge[0] > cond[0]):
                mood = "irrealis"
            elif hedge:
                mood = "hedged"
            elif pred.group == _first_word(toks, a, b) and toks[pred.group].norm in ("do", "let"):
                mood = "irrealis"  # an imperative: "Don't shoot him"
            elif negated and any(toks[x].norm in _words("claims_deferrals.txt") for x in range(pred.j, b)):
                mood = "irrealis"  # "would not reveal it until he died": deferred, not denied
            elif any(_going_to(toks, x, b) for x in range(pred.group, pred.i)):
                mood = "future"  # "is (not) going to close": what will happen, not a plan someone agreed
            elif toks[pred.group].norm == "to" and not negated:
                mood = "irrealis"  # "agreed to hold", "promised to reopen": the plan, not the deed
            elif any(k in FUTURE_WORDS or k == "wil" for k in group_keys) or any(
                toks[x].norm in FUTURE_WORDS for x in range(pred.group, pred.i)
            ):
                mood = "future"
            else:
                mood = "fact"
        frames = tuple((f, sign * (-1 if negated else 1)) for f, sign in pred.frames)
        actors, collective = _actors(toks, keys, scope_a, pred.group, resolver, doc, index)
        out.append(Claim(
            start=clause_start,
            end=clause_end,
            text=clause_text,
            predicate=" ".join(keys[pred.i : pred.j]),
            pred_start=toks[group].start,
            pred_end=toks[pred.j - 1].end,
            negated=negated,
            frames=frames,
            mood=mood,
            hedge=_joined(toks[hedge[0] : hedge[0] + hedge[1]], lower=True) if hedge else None,
            source=source,
            source_start=s_start,
            source_end=s_end,
            actors=actors,
            collective=collective,
            events=events or inherited,
            inherited=not events and bool(inherited),
            keywords=keywords,
            dates=own_dates[n],
            places=own_places[n],
            quoted=quote is not None,
            timed=pred.timed,
        ))
    if not preds and (date_anchors or place_anchors):
        out.append(Claim(
            start=clause_start, end=clause_end, text=clause_text, predicate=None,
            pred_start=clause_start, pred_end=clause_start, negated=False, frames=(), mood="fact", hedge=None,
            source=ARTICLE, source_start=None, source_end=None, actors=frozenset(), collective=False,
            events=events, inherited=False, keywords=keywords,
            dates=tuple(date_anchors), places=tuple(place_anchors),
        ))
    return out


def _share_out(anchors: Sequence[Anchor], preds: Sequence[_Pred], toks: list[Token]) -> list[tuple[Anchor, ...]]:
    """Give each date or place to the predicate it follows ("searched villages on Monday after the river
    burst its banks on Saturday night": Monday to "searched", Saturday night to "burst"); those before
    the first predicate go to the first."""
    if not preds:
        return []
    out: list[list[Anchor]] = [[] for _ in preds]
    starts = [toks[p.i].start for p in preds]
    for anchor in anchors:
        out[max(0, bisect_right(starts, anchor.start) - 1)].append(anchor)
    return [tuple(x) for x in out]


def _token_range(starts: list[int], ends: list[int], a: int, b: int, start: int, end: int
                 ) -> tuple[int | None, int | None]:
    """First and last token of the clause [a, b) inside the character span, found by bisection."""
    i = bisect_left(starts, start, a, b)
    j = bisect_right(ends, end, a, b) - 1
    return (i if i < b else None), (j if j >= a else None)


def _actors(toks: list[Token], keys: tuple[str, ...], a: int, g: int, resolver: _Resolver, doc: Document,
            index: int) -> tuple[frozenset[str], bool]:
    """Who the clause is about: names and content words before the predicate."""
    if g <= a:
        return frozenset(), False
    start, end = toks[a].start, toks[g - 1].end
    found: set[str] = set()
    for p in resolver.people_in(start, end):
        found.add("person:" + name_key(p.name))
    for p in resolver.places_in(start, end):
        country = demonym_country(p.text) if p.kind == "demonym" else None
        found.add("place:" + (country or p.name).lower())
    for k, t in enumerate(toks[a:g], start=a):
        if t.norm in PRONOUNS:
            name = resolver.pronoun(t.norm, t.start, doc.sentences, index)
            if name:
                found.add("person:" + name_key(name))
        elif _is_word(t) and keys[k] not in _stop_stems() and not t.norm.isdigit():
            found.add(keys[k])
        elif t.norm.isdigit() and k > a and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha():
            found.add(f"{VERSION}{toks[k - 1].norm} {t.norm}")  # "Internet Explorer 8", "Windows 10"
    span = _joined(toks[a:g], lower=True)
    collective = any(f" {c} " in f" {span} " for c in _words("claims_collective.txt"))
    return frozenset(found), collective
