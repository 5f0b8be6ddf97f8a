"""Named values in slots: the person a relation names, the venue an event is held at.

Two shapes are read, both by structure over the token stream:

- an apposition after a possessor: "her father, the engineer Anselm Brück", "Harwell's
  chief executive, Ann Holt" (the role nouns are ``relations_roles.txt``); a he or she
  possessor is the person it stands for, and a slot whose holder cannot be told is skipped;
- a verb that puts its event at a named venue: "the Harriers will play their home games at
  Riverside Park" (the venue prepositions are ``relations_venue_preps.txt``); the holder
  is the verb's subject and the relation the verb, its object's head and the preposition.
  When an event noun stands between ("will meet in the cup final at", "the final will be
  played at"), the slot is that event's venue, whoever plays in it.

A negated verb or a clause with its own year ("played at Northgate until 2004") names no
current value, so it gives no slot. Aliases the article gives ("known locally as the
Cauldron") travel with the value.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache

from factcheck.extract.people import PRONOUN_REACH, antecedent, name_key
from factcheck.lang import Token
from factcheck.lang import data as lang_data
from factcheck.lang.chunks import Chunks, subject_of
from factcheck.lang.model import NounGroup, VerbGroup
from factcheck.lexicon import words
from factcheck.model import Document, PersonMention, PlaceMention, Relation, TimeMention

VERB_REACH = 10  # tokens between a verb and the venue it puts its event at
EVENT_REACH = 18  # the same, when an event noun between them holds the venue ("… in the cup final on May 30 at")
DESCRIPTOR_REACH = 4  # words of description between a role's comma and the name ("the engineer")
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_PeopleIn = Callable[[int, int], Sequence[PersonMention]]


@cache
def _roles() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(r.split()) for r in words("relations_roles.txt")), key=len, reverse=True))


@cache
def _reporting() -> frozenset[str]:
    return lang_data.words("reporting_verbs.txt")


@cache
def _alias_cues() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(r.split()) for r in words("relations_alias_cues.txt")), key=len, reverse=True))


def extract_relations(doc: Document, people: Sequence[PersonMention], places: Sequence[PlaceMention],
                      dates: Sequence[TimeMention] = ()) -> tuple[Relation, ...]:
    """Every slot the document fills with a name, in text order."""
    tokens = doc.tokens
    if not tokens:
        return ()
    people = sorted(people, key=lambda p: p.start)
    person_starts = [p.start for p in people]

    def people_in(lo: int, hi: int) -> list[PersonMention]:
        i = bisect_left(person_starts, lo)
        out = []
        while i < len(people) and people[i].start < hi:
            out.append(people[i])
            i += 1
        return out

    out = [*_appositions(doc, tokens, people_in), *_venues(doc, doc.chunks, places, dates)]
    return tuple(sorted(out, key=lambda r: (r.start, r.end)))


def _appositions(doc: Document, tokens: Sequence[Token], people_in: _PeopleIn) -> list[Relation]:
    out: list[Relation] = []
    for i, tok in enumerate(tokens):
        role = _role_at(tokens, i)
        if role is None:
            continue
        after = i + len(role)
        if after >= len(tokens) or tokens[after].norm != ",":
            continue
        holder = _possessor(doc, tokens, i, people_in)
        if holder is None:
            continue
        k = after + 1
        while k < len(tokens) and k - after <= DESCRIPTOR_REACH and tokens[k].upos in ("DET", "ADJ", "NOUN"):
            k += 1
        name = [p for p in people_in(tokens[k].start, tokens[k].start + 1)] if k < len(tokens) else []
        if name:
            value, vs, ve = name[0].text, name[0].start, name[0].end
        else:
            run = _proper_run(tokens, k)
            if run < k + 2:
                continue  # a single capitalised word is too little to be sure it is a name
            vs, ve = tokens[k].start, tokens[run - 1].end
            value = doc.view[vs:ve]
        lo = tokens[i - 2 if tokens[i - 1].norm in _POSSESSIVE_MARKS else i - 1].start
        slot = doc.view[lo : tokens[after - 1].end]
        if tokens[i - 1].upos in ("DET", "PRON"):
            slot = slot[:1].lower() + slot[1:]  # "Her father" → "her father"; names keep their capital
        out.append(Relation(vs, ve, value, holder, " ".join(role), slot, lo,
                            tokens[after - 1].end))
    return out


@cache
def _role_heads() -> frozenset[str]:
    return frozenset(role[0] for role in _roles())


def _role_at(tokens: Sequence[Token], i: int) -> tuple[str, ...] | None:
    if tokens[i].lemma.lower() not in _role_heads():
        return None
    for role in _roles():
        if tuple(t.lemma.lower() for t in tokens[i : i + len(role)]) == role:
            return role
    return None


def _possessor(doc: Document, tokens: Sequence[Token], i: int, people_in: _PeopleIn) -> str | None:
    """Whose the slot is: a he/she possessive resolved to its person, or a proper name with "'s"."""
    if i == 0:
        return None
    prev = tokens[i - 1]
    want = {"his": "m", "her": "f"}.get(prev.norm)
    if want is not None:
        found = antecedent(want, prev.start, doc.sentences, prev.sent, people_in)
        if found is not None:
            return f"person:{name_key(found.name)}"
        return _opening_name(doc, tokens, prev.sent)
    if prev.norm in _POSSESSIVE_MARKS and i >= 2 and tokens[i - 2].upos == "PROPN":
        return f"name:{tokens[i - 2].norm}"
    return None


def _opening_name(doc: Document, tokens: Sequence[Token], sent: int) -> str | None:
    """The full name opening one of the sentences just before: "Mara Brück opened the bridge. Her father,
    …" — the subject a he or she most likely stands for when the people finder knows no such name."""
    for k in range(sent - 1, max(-1, sent - PRONOUN_REACH), -1):
        lo, hi = doc.sentence_token_range(k)
        end = _proper_run(tokens, lo)
        if end - lo >= 2 and end < hi and tokens[end].upos in ("VERB", "AUX"):
            return f"person:{name_key(tokens[end - 1].text)}"
    return None


def _proper_run(tokens: Sequence[Token], k: int) -> int:
    """The end of a run of capitalised proper nouns starting at ``k``."""
    j = k
    while j < len(tokens) and tokens[j].upos == "PROPN" and tokens[j].text[:1].isupper():
        j += 1
    return j


def _venues(doc: Document, chunks: Chunks, places: Sequence[PlaceMention],
            dates: Sequence[TimeMention]) -> list[Relation]:
    tokens = chunks.tokens
    starts = doc.token_starts
    preps = words("relations_venue_preps.txt")
    years = [d for d in dates if d.type == "DATE" and len(d.value) == 4]
    out: list[Relation] = []
    for place, known in _venue_names(doc, tokens, places, dates, preps):
        k = bisect_left(starts, place.start)
        p = k - 1
        if p > 0 and tokens[p].upos == "DET":
            p -= 1
        if p < 0 or tokens[p].norm not in preps:
            continue
        group, event = _venue_verb(chunks, p)
        if group is None or group.negated or group.lemma in _reporting():
            continue  # "told reporters in the Rose Garden": where something was said, any day
        sentence = doc.sentences[tokens[p].sent]
        if any(sentence.start <= d.start < sentence.end for d in years):
            continue  # "played at Northgate until 2004": a past or dated venue, not the event's
        subject = subject_of(chunks, group)
        if event is None and group.passive and subject is not None and _names_event(tokens, subject):
            event = subject  # "the women's final will be played at the Nest"
        aliases = _aliases(doc, tokens, bisect_left(starts, place.end))
        if not known and event is None:
            continue  # a name the gazetteer does not know is a venue only where an event is held at it
        if event is not None:
            # the venue of an event, whoever plays it: "meet in the cup final at", "face X in the cup final at"
            lo, hi = event.span
            what = doc.view[lo:hi]
            if tokens[event.first].upos == "DET":
                what = what[:1].lower() + what[1:]
            key = " ".join(t.lemma.lower() for t in tokens[event.first : event.last + 1] if t.upos in _CONTENT)
            out.append(Relation(place.start, place.end, place.text, f"event:{key}", "venue", f"the venue of {what}",
                                lo, hi, aliases))
            continue
        if subject is None or p - group.head > VERB_REACH:
            continue
        holder = _holder(tokens, subject.first, subject.last)
        obj = chunks.noun_at.get(group.last + 1)
        relation = " ".join(x for x in (group.lemma, tokens[obj.last].lemma if obj and obj.last < p else "",
                                         tokens[p].norm) if x)
        lo, hi = tokens[subject.first].start, tokens[p].end
        what = f" {doc.view[obj.span[0]:obj.span[1]]}" if obj and obj.last < p else ""
        who = doc.view[lo : subject.span[1]]
        if tokens[subject.first].upos == "DET":
            who = who[:1].lower() + who[1:]
        slot = f"where {who} {group.lemma}{what}"
        out.append(Relation(place.start, place.end, place.text, holder, relation, slot, lo, hi, aliases))
    return out


_CONTENT = frozenset(("NOUN", "PROPN", "ADJ", "NUM"))


def _venue_names(doc: Document, tokens: Sequence[Token], places: Sequence[PlaceMention],
                 dates: Sequence[TimeMention], preps: frozenset[str]) -> list[tuple[PlaceMention, bool]]:
    """The venues the gazetteer knows (True), and the proper names no other finder claims right after a
    venue preposition (False): "will be played at the Cauldron" names a venue the list cannot hold."""
    out = [(p, True) for p in places if p.kind == "venue"]
    taken = sorted([(p.start, p.end) for p in places] + [(d.start, d.end) for d in dates])
    begins = [a for a, _ in taken]
    for k, tok in enumerate(tokens):
        if tok.norm not in preps:
            continue
        j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].upos == "DET")
        end = _proper_run(tokens, j)
        if end == j or (end < len(tokens) and tokens[end].upos == "NOUN"):
            continue  # no name, or a name that modifies a noun ("the Halvek Textiles factory")
        lo, hi = tokens[j].start, tokens[end - 1].end
        i = bisect_left(begins, hi)
        if i and taken[i - 1][1] > lo:
            continue  # a place, an organisation or a date ("in May")
        out.append((PlaceMention(lo, hi, doc.view[lo:hi], doc.view[lo:hi], "venue"), False))
    return sorted(out, key=lambda x: x[0].start)


def _names_event(tokens: Sequence[Token], group: NounGroup) -> bool:
    """Whether a noun group names one event held at a venue (``relations_held_events.txt``): "the cup
    final", tagged as an adjective or not, "the summit"; neither plural nor someone's ("their home
    games" are the team's, which the team's own slot holds)."""
    last = tokens[group.last]
    if last.lemma.lower() not in words("relations_held_events.txt") or last.norm != last.lemma.lower():
        return False
    return tokens[group.first].norm not in lang_data.words("possessive_determiners.txt")


def _venue_verb(chunks: Chunks, p: int) -> tuple[VerbGroup | None, NounGroup | None]:
    """The verb that puts an event at the venue after preposition ``p``, and the event noun group in
    between if there is one ("will meet in [the cup final] at", "face Caxton in [the final] on May 30 at")."""
    tokens = chunks.tokens
    event = None
    for j in range(p - 1, max(-1, p - 1 - EVENT_REACH), -1):
        if tokens[j].sent != tokens[p].sent or tokens[j].norm in (",", ";", "—"):
            break
        ng = chunks.noun_at.get(j)
        if event is None and ng is not None and ng.last == j and _names_event(tokens, ng):
            event = ng
        g = chunks.verb_at.get(j)
        if g is not None and g.head == j and tokens[j].upos == "VERB":
            return g, event
    return None, None


def _holder(tokens: Sequence[Token], first: int, last: int) -> str:
    """A subject's key: its proper names if it has any ("the Harriers"), else its head's lemma ("the final")."""
    names = [t.norm for t in tokens[first : last + 1] if t.upos == "PROPN"]
    return "name:" + " ".join(names) if names else "thing:" + tokens[last].lemma.lower()


def _aliases(doc: Document, tokens: Sequence[Token], k: int) -> tuple[str, ...]:
    """Another name given right after a venue: ", known locally as the Cauldron"."""
    if k < len(tokens) and tokens[k].norm in (",", "("):
        k += 1
    for cue in _alias_cues():
        if tuple(t.norm for t in tokens[k : k + len(cue)]) == cue:
            j = k + len(cue)
            if j < len(tokens) and tokens[j].upos == "DET":
                j += 1
            end = _proper_run(tokens, j)
            if end > j:
                return (doc.view[tokens[j].start : tokens[end - 1].end],)
    return ()
