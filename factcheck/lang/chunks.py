"""Noun groups and verb groups from tagged tokens, and two questions asked of them.

A verb group is a main verb with its auxiliaries, negation, inner adverbs and
particles ("had not yet agreed", "was cancelled", "called off"); a catenative verb
hands over to the verb after it ("failed to pay", "fell short of approving"). A noun
group is a run of determiners, adjectives, numbers and nouns with its rightmost noun
as head. ``subject_of`` and ``counted_noun`` use the groups, not a parse: the subject
is the nearest noun group to the left in the same clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from factcheck.lang import data
from factcheck.lang.model import NounGroup, Token, VerbGroup

_NOMINAL = frozenset(("NOUN", "PROPN", "NUM"))
_IN_NOUN_GROUP = frozenset(("DET", "ADJ", "NOUN", "PROPN", "NUM"))
_BE_OR_GET = frozenset(("be", "get"))


@dataclass(frozen=True, slots=True)
class Chunks:
    """A text's groups, in token order, with maps from token index to group."""

    tokens: tuple[Token, ...]
    noun_groups: tuple[NounGroup, ...]
    verb_groups: tuple[VerbGroup, ...]
    noun_at: dict[int, NounGroup]
    verb_at: dict[int, VerbGroup]


@cache
def _catenatives() -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    """Lemma -> (linking words, negative?) choices, longest first."""
    out: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for line in data.entries("catenatives.txt"):
        phrase, _, polarity = line.partition("=")
        lemma, *links = phrase.lower().split()
        out.setdefault(lemma, []).append((tuple(links), polarity.strip().lower() == "negative"))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in out.items()}


@cache
def _phrases(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(e.lower().split()) for e in data.entries(name)), key=len, reverse=True))


def _sentences(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    out = []
    begin = 0
    current = tokens[0].sent if tokens else None
    for i, t in enumerate(tokens):
        if t.sent != current:
            out.append((begin, i))
            begin, current = i, t.sent
    if tokens:
        out.append((begin, len(tokens)))
    return out


def _is_participle(tok: Token) -> bool:
    """A past participle: "-ed"/"-en" or an irregular verb's listed form."""
    w = tok.norm
    if w.endswith(("ed", "en")) or w in _participles():
        return True
    return False


@cache
def _participles() -> frozenset[str]:
    out = set()
    for line in data.entries("irregular_verbs.txt"):
        _base, *forms = line.lower().split()
        out.update(forms)
    return frozenset(out)


def _span(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    return tokens[first].start, tokens[last].end


# -- noun groups ------------------------------------------------------------------------------

@cache
def _modifiers_by_last() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The number modifiers by their last word, longest first: a token that ends none is done with at once."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _phrases("number_modifiers.txt"):
        out.setdefault(phrase[-1], []).append(phrase)
    return {last: tuple(phrases) for last, phrases in out.items()}


def _modifier_before(tokens: Sequence[Token], i: int, a: int) -> int:
    """If tokens ending at ``i`` spell a number modifier ("at least"), the index where it starts, else -1."""
    if i < a:
        return -1
    for phrase in _modifiers_by_last().get(tokens[i].norm, ()):
        k = len(phrase)
        if i - k + 1 >= a and tuple(t.norm for t in tokens[i - k + 1:i + 1]) == phrase:
            return i - k + 1
    return -1


_ARTICLES = frozenset(("a", "an", "the"))


def _noun_after_article(tokens: Sequence[Token], i: int, j: int, b: int) -> int:
    """Where a noun after verb-tagged words ends a group that an article opened ("a proposed change",
    "the revised pay offer"), or -1: an article never takes a verb, so the tagger misread a modifier."""
    if tokens[i].norm not in _ARTICLES or any(tokens[k].upos not in ("DET", "ADJ") for k in range(i, j)):
        return -1
    k = j
    while k < b and k - j < 3 and tokens[k].upos in ("VERB", "ADJ"):
        k += 1
    return k if k < b and k > j and tokens[k].upos == "NOUN" else -1


def noun_groups(tokens: Sequence[Token]) -> tuple[NounGroup, ...]:
    """Maximal runs of DET/ADJ/NUM/PROPN/NOUN (a possessive pronoun, "'s" or a currency sign inside)."""
    possessive = data.words("possessive_determiners.txt")
    currency = data.words("currency_signs.txt")
    out: list[NounGroup] = []
    for a, b in _sentences(tokens):
        i = a
        while i < b:
            t = tokens[i]
            starts = t.upos in _IN_NOUN_GROUP or t.upos == "PRON" or (t.norm in currency and i + 1 < b and tokens[i + 1].upos == "NUM")
            if not starts:
                i += 1
                continue
            if t.upos == "PRON" and not (t.norm in possessive and i + 1 < b and tokens[i + 1].upos in _IN_NOUN_GROUP):
                out.append(NounGroup(i, i, i, t.sent, _span(tokens, i, i)))
                i += 1
                continue
            j = i + 1
            while j < b:
                u = tokens[j]
                prev = tokens[j - 1]
                if u.upos in _IN_NOUN_GROUP:
                    if u.upos == "DET" and prev.upos in _NOMINAL:
                        break  # "on Tuesday the minister": a new group
                    if u.upos == "ADJ" and j + 1 < b and tokens[j + 1].upos == "NUM" and _modifier_before(tokens, j, i) >= 0:
                        break
                    j += 1
                elif u.norm in ("'s", "'") and u.upos == "PART" and j + 1 < b and tokens[j + 1].upos in _IN_NOUN_GROUP:
                    j += 1
                elif u.upos == "VERB" and (k := _noun_after_article(tokens, i, j, b)) > j:
                    j = k  # "a revised pay offer": no verb follows an article, so these modify the noun
                elif u.norm in currency and j + 1 < b and tokens[j + 1].upos == "NUM" and prev.upos != "NUM":
                    j += 1
                else:
                    break
            last = j - 1
            first = i
            # "at least 11": the modifier is not part of the group.
            for k in range(i, last + 1):
                if tokens[k].upos == "NUM" and _modifier_before(tokens, k - 1, a) >= 0 and (k > i or tokens[k - 1].norm not in currency):
                    first = k if tokens[k - 1].norm not in currency else k - 1
                    break
            head = last
            for k in range(last, first - 1, -1):
                if tokens[k].upos in ("NOUN", "PROPN"):
                    head = k
                    break
            else:
                for k in range(last, first - 1, -1):
                    if tokens[k].upos in ("NUM", "PRON"):
                        head = k
                        break
            out.append(NounGroup(first, last, head, t.sent, _span(tokens, first, last)))
            i = j
    return tuple(out)


# -- verb groups ------------------------------------------------------------------------------

def _verbal_ahead(tokens: Sequence[Token], j: int, b: int, negation: frozenset[str]) -> bool:
    """Whether adverbs and negation from ``j`` lead on to a verb or auxiliary."""
    while j < b and (tokens[j].upos == "ADV" or tokens[j].norm in negation):
        j += 1
    return j < b and tokens[j].upos in ("VERB", "AUX")


def _next_is_verb(tokens: Sequence[Token], j: int, b: int, negation: frozenset[str]) -> bool:
    """Whether a main verb follows, past adverbs and negation ("had not yet agreed")."""
    while j < b and (tokens[j].upos == "ADV" or tokens[j].norm in negation):
        j += 1
    return j < b and tokens[j].upos == "VERB"


def _catenative(tokens: Sequence[Token], head: int, b: int) -> tuple[int, bool] | None:
    """After a catenative head, the index of the next verb and whether the hand-over negates."""
    for links, negative in _catenatives().get(tokens[head].lemma, ()):
        j = head + 1
        if tuple(t.norm for t in tokens[j:j + len(links)]) != links:
            continue
        j += len(links)
        if j < b and tokens[j].upos in ("VERB", "AUX"):
            return j, negative
    return None


def verb_groups(tokens: Sequence[Token]) -> tuple[VerbGroup, ...]:
    """Every verb group, left to right, each within one sentence."""
    negation = data.words("negation.txt")
    modals = data.words("modals.txt")
    particles = data.words("particles.txt")
    auxiliary_lemmas = data.words("auxiliaries.txt")
    out: list[VerbGroup] = []
    for a, b in _sentences(tokens):
        i = a
        while i < b:
            t = tokens[i]
            opens = t.upos in ("AUX", "VERB") or (t.norm in negation and _verbal_ahead(tokens, i + 1, b, negation))
            if not opens:
                i += 1
                continue
            first = i
            auxiliaries: list[int] = []
            negs: list[int] = []
            parts: list[int] = []
            catenatives: list[str] = []
            flips = 0
            head = -1
            j = i
            while j < b:
                u = tokens[j]
                if u.norm in negation and u.upos in ("PART", "ADV"):
                    negs.append(j)
                    flips += 1
                    j += 1
                elif u.upos == "AUX" or (u.upos == "VERB" and u.lemma in auxiliary_lemmas and _next_is_verb(tokens, j + 1, b, negation)):
                    auxiliaries.append(j)
                    j += 1
                elif u.upos == "ADV" and _verbal_ahead(tokens, j, b, negation):
                    j += 1
                elif u.upos == "VERB":
                    head = j
                    j += 1
                    while j < b and tokens[j].norm in particles and tokens[j].upos in ("ADP", "ADV"):
                        parts.append(j)
                        j += 1
                    handover = _catenative(tokens, head, b)
                    if handover is None:
                        break
                    catenatives.append(tokens[head].lemma)
                    flips += handover[1]
                    if handover[1]:
                        negs.append(head)
                    j = handover[0]
                else:
                    break
            if head < 0:
                if not auxiliaries:
                    i = j if j > i else i + 1
                    continue
                head = auxiliaries[-1]
            last = max(head, *(auxiliaries or [head]), *(negs or [head]), *(parts or [head]))
            passive = False
            if tokens[head].upos == "VERB" and _is_participle(tokens[head]):
                k = head - 1
                while k >= first and (tokens[k].upos == "ADV" or tokens[k].norm in negation):
                    k -= 1
                passive = k >= first and k in auxiliaries and tokens[k].lemma in _BE_OR_GET
            neg_first = min(negs) if negs else None
            neg_span = None
            if neg_first is not None:
                neg_span = _span(tokens, neg_first, neg_first)
                if tokens[neg_first].upos == "VERB":  # a negative catenative: "failed to"
                    k = neg_first + 1
                    while k < b and tokens[k].upos not in ("VERB", "AUX"):
                        k += 1
                    neg_span = (tokens[neg_first].start, tokens[k - 1].end)
            out.append(VerbGroup(
                first=first,
                last=last,
                head=head,
                lemma=tokens[head].lemma,
                sent=t.sent,
                span=_span(tokens, first, last),
                negated=flips % 2 == 1,
                negation=neg_span,
                negation_tokens=tuple(sorted(negs)),
                auxiliaries=tuple(auxiliaries),
                modals=tuple(tokens[k].lemma for k in auxiliaries if tokens[k].lemma in modals),
                passive=passive,
                particles=tuple(parts),
                catenatives=tuple(catenatives),
            ))
            i = last + 1
    return tuple(out)


def chunk(tokens: Sequence[Token]) -> Chunks:
    """Both kinds of group, with look-up by token index.

    Events, quotes, relations and alignment all read one document's groups: they take them
    from ``Document.chunks``, made once, rather than chunking (or hashing) the tokens again.
    """
    tokens = tuple(tokens)
    return of_groups(tokens, noun_groups(tokens), verb_groups(tokens))


def of_groups(tokens: tuple[Token, ...], ngs: tuple[NounGroup, ...], vgs: tuple[VerbGroup, ...]) -> Chunks:
    """``Chunks`` of groups already made (``chunk``'s, or a worker process's sent back)."""
    noun_at = {k: g for g in ngs for k in range(g.first, g.last + 1)}
    verb_at = {k: g for g in vgs for k in range(g.first, g.last + 1)}
    return Chunks(tokens, ngs, vgs, noun_at, verb_at)


# -- questions ----------------------------------------------------------------------------------

SUBJECT_WINDOW = 40  # tokens left of a verb searched for its subject: a run-on sentence stays linear


def _left_subject(chunks: Chunks, group: VerbGroup, depth: int) -> NounGroup | None | str:
    """Walk left from a verb group inside its sentence; ``"blocked"`` when a clause boundary comes first."""
    tokens = chunks.tokens
    boundaries = data.words("clause_boundaries.txt")
    relativizers = data.words("relativizers.txt")
    i = group.first - 1
    begin = group.first
    floor = max(0, group.first - SUBJECT_WINDOW)
    while begin > floor and tokens[begin - 1].sent == group.sent:
        begin -= 1
    if i >= begin and tokens[i].upos == "CCONJ" and depth < 8:
        # "arrived in Cairo and met officials": a coordinated predicate shares the subject.
        k = i - 1
        while k >= begin and k not in chunks.verb_at and tokens[k].norm not in boundaries:
            k -= 1
        if k >= begin and k in chunks.verb_at:
            return subject_of(chunks, chunks.verb_at[k], depth + 1)
    while i >= begin:
        t = tokens[i]
        ng = chunks.noun_at.get(i)
        if ng is not None:
            if t.upos == "PRON" and t.norm in relativizers:
                # "the minister, who arrived": the relative pronoun stands for the noun group before it.
                i = ng.first - 1
                if i >= begin and tokens[i].norm == ",":
                    i -= 1
                antecedent = chunks.noun_at.get(i)
                if antecedent is not None:
                    return _climb(chunks, antecedent, begin)
                continue
            return _climb(chunks, ng, begin)
        vg = chunks.verb_at.get(i)
        if vg is not None:
            # A relative clause ("the plan that officials approved was"): skip its subject and relativizer.
            k = vg.first - 1
            inner = chunks.noun_at.get(k)
            if inner is not None:
                k = inner.first - 1
            if k >= begin and tokens[k].norm in relativizers:
                i = k - 1
                continue
            return "blocked"
        if t.norm == ",":
            k = i - 1
            while k >= begin and tokens[k].norm != "," and tokens[k].norm not in boundaries:
                k -= 1
            if k >= begin and tokens[k].norm == ",":
                i = k - 1  # ", who arrived late," or ", however,": a parenthesis
                continue
            return "blocked"
        if t.norm in boundaries or t.upos == "SCONJ":
            return "blocked"
        i -= 1
    return None


def _climb(chunks: Chunks, ng: NounGroup, begin: int) -> NounGroup:
    """From a preposition's object to the noun group it modifies ("the agency" in "the head of the agency");
    never over a word that opens a clause ("two months after nurses rejected")."""
    tokens = chunks.tokens
    subordinators = data.words("subordinators.txt")
    while True:
        before = ng.first - 1
        outer = chunks.noun_at.get(before - 1)
        if before > begin and tokens[before].upos == "ADP" and outer is not None \
                and tokens[before].norm not in subordinators:
            ng = outer
        elif before > begin and tokens[before].norm == "and" and outer is not None \
                and _phrase_ahead(tokens, outer, begin):
            ng = outer  # "the final between Dunmore Athletic and [Harlow Town]": the first conjunct, then on
        else:
            return ng


def _phrase_ahead(tokens: Sequence[Token], conjunct: NounGroup, begin: int) -> bool:
    """Whether a first conjunct is itself a preposition's object, so the climb goes on past it
    ("between [Dunmore Athletic] and Harlow Town"); a plain "X and Y" subject stays as it is."""
    before = conjunct.first - 1
    return before > begin and tokens[before].upos == "ADP"


def subject_of(chunks: Chunks, group: VerbGroup, depth: int = 0) -> NounGroup | None:
    """The noun group acting as the verb group's subject, or ``None``.

    The nearest noun group to the left in the same clause: prepositional objects,
    parentheses between commas and relative clauses are stepped over, coordinated
    verbs share their subject, and a quotation's reporting verb ("..., said the
    spokeswoman") takes the noun group after it.
    """
    found = _left_subject(chunks, group, depth)
    if isinstance(found, NounGroup):
        return found
    tokens = chunks.tokens
    before = tokens[group.first - 1] if group.first > 0 and tokens[group.first - 1].sent == group.sent else None
    if group.lemma in data.words("reporting_verbs.txt") and (before is None or before.norm in data.words("clause_boundaries.txt") or before.norm == ","):
        after = chunks.noun_at.get(group.last + 1)
        if after is not None and after.sent == group.sent:
            return after
    return None


def capitalized_inside(tokens: Sequence[Token]) -> frozenset[str]:
    """The words a document capitalizes somewhere other than at a sentence's start: its names."""
    return frozenset(t.norm for k, t in enumerate(tokens)
                     if k and tokens[k - 1].sent == t.sent and t.text[:1].isupper())


def modifies_noun(tokens: Sequence[Token], last: int) -> bool:
    """Whether the word at ``last`` stands right before a common noun of its sentence, as that noun's
    modifier ("U.S. [embassies]", "Kenya [bombing]")."""
    k = last + 1
    return k < len(tokens) and tokens[k].sent == tokens[last].sent and tokens[k].upos == "NOUN"


def counted_noun(chunks: Chunks, index: int) -> int | None:
    """The token index of what the number at ``index`` counts: the head of its noun group,
    or of the group right after it ("11 of the miners" counts "miners"); for money, the currency sign."""
    tokens = chunks.tokens
    ng = chunks.noun_at.get(index)
    if ng is None and index + 1 < len(tokens):
        ng = chunks.noun_at.get(index + 1)
    if ng is not None and ng.head != index and tokens[ng.head].upos in ("NOUN", "PROPN"):
        return ng.head
    currency = data.words("currency_signs.txt")
    if ng is not None:
        for k in range(ng.first, ng.last + 1):
            if tokens[k].norm in currency:
                return k
    j = (ng.last if ng is not None else index) + 1
    if j + 1 < len(tokens) and tokens[j].norm == "of" and tokens[j].sent == tokens[index].sent:
        nxt = chunks.noun_at.get(j + 1)
        if nxt is not None and tokens[nxt.head].upos in ("NOUN", "PROPN"):
            return nxt.head
    return None


COMPLEMENT_PREPOSITIONS = frozenset(("to", "for", "with"))


def complement_nouns(chunks: Chunks, k: int) -> frozenset[str]:
    """The nouns and names of the "to", "for" or "with" phrase at token ``k``, right after a predicate
    ("open to cars, buses and cyclists" -> car, bus, cyclist), lemmatized; for "to" and a verb, that
    verb's object ("agreed to suspend the strike" -> strike); empty when none is there."""
    tokens = chunks.tokens
    if k >= len(tokens) or tokens[k].norm not in COMPLEMENT_PREPOSITIONS:
        return frozenset()
    out: set[str] = set()
    k += 1
    if tokens[k - 1].norm == "to" and k < len(tokens) and tokens[k].upos == "VERB":
        k += 1  # what the plan is done to: the infinitive's object
    while k < len(tokens) and (ng := chunks.noun_at.get(k)) is not None:
        out.update(tokens[x].lemma.lower() for x in range(ng.first, ng.last + 1) if tokens[x].upos in ("NOUN", "PROPN"))
        k = ng.last + 1
        if k < len(tokens) and tokens[k].norm in (",", "and", "or"):
            k += 1
            if k < len(tokens) and tokens[k].norm in ("and", "or"):
                k += 1
        else:
            break
    return frozenset(out)
