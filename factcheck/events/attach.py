"""Which event a fact belongs to, and whether two facts' events are two instances of a kind.

A number is a figure of the event whose verb takes it (``governing``); a claim is about
the event its predicate holds (``within``). Two facts can contradict each other only
when nothing says their events are two: ``apart`` and ``other_events`` are those tests,
read by the alignment of claims and of quantities.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from collections.abc import Sequence
from functools import cache

from factcheck import lexicon
from factcheck.events.identity import trigger_match, two_instances
from factcheck.events.model import EventMention
from factcheck.extract.people import PRONOUN_REACH, antecedent, name_key
from factcheck.facts import DocFacts
from factcheck.lang import data as lang_data
from factcheck.lang.chunks import subject_of
from factcheck.lang.model import VerbGroup
from factcheck.model import Document

REACH = 80  # characters around a fact searched for its event
NAMED_REACH = 200  # characters around a date or place searched for the event it times
ARGUMENT_GAP = 3  # tokens that may stand between a verb and its argument ("captured [the] 23 …")


def governing(facts: DocFacts, start: int, end: int) -> EventMention | None:
    """The event a fact at ``[start, end)`` is an argument of: a verb (or state: "were injured") next to it.

    The verb or state the figure's noun group is subject of wins ("two were killed and 23 people
    were injured"); else the nearest verb before it ("played for 11 seasons", "killed five people"), else
    the nearest after it ("23 pirates were captured"); only a few tokens may stand between
    (``ARGUMENT_GAP``), or the earlier items of a list the verb takes, and verbs of saying
    are skipped: they govern a clause, not a count.
    A number inside a noun phrase far from any verb ("a vote on a 15 percent duty") has none.
    """
    doc = facts.doc
    sentence = doc.sentence_at(start)
    if sentence is None:
        return None
    best: tuple[int, int, EventMention] | None = None
    # verbs inside the figure's own phrase ("an estimated 1,500") are none it is an argument of
    near = [m for m in facts.event_index.starting_in(max(sentence.start, start - REACH), min(sentence.end, end + REACH))
            if not start <= m.start < end]
    own = _clause_of_subject(doc, start, near)
    if own is not None:
        return own  # "two were killed and [at least 23 people] were injured": the verb it is subject of
    for m in near:
        verbal = m.kind in ("verb", "state") or m.text.lower().endswith("ing")  # "…, flooding 62 homes"
        if not verbal or m.lemma in reporting_verbs():
            continue
        before = m.end <= start
        lo, hi = (m.end, start) if before else (end, m.start)
        gap = doc.tokens_between(lo, hi)
        if gap > ARGUMENT_GAP and not _list_between(doc, lo, hi):
            continue
        rank = (0 if before else 1, gap)
        if best is None or rank < best[:2]:
            best = (*rank, m)
    return best[2] if best else None


def _state_after(m: EventMention, verb: VerbGroup, near: Sequence[EventMention], doc: Document
                 ) -> EventMention | None:
    """The state a linking verb puts its subject in ("would stay [closed]", "remained [shut]")."""
    if m.lemma not in lang_data.words("linking_verbs.txt") or verb.last + 1 >= len(doc.tokens):
        return None
    after = doc.tokens[verb.last + 1]
    state = next((x for x in near if x.start == after.start and x.kind in ("state", "verb")), None)
    return None if state is None else replace(state, modality=m.modality, negated=m.negated or state.negated)


def _clause_of_subject(doc: Document, start: int, near: Sequence[EventMention]) -> EventMention | None:
    """The verb or state after a figure whose subject the figure's noun group is ("23 people were
    injured", "11 workers have been trapped")."""
    chunks = doc.chunks
    tokens = doc.tokens
    k = bisect_left(doc.token_starts, start)
    group = chunks.noun_at.get(k)
    if group is None or _object_with_relative(doc, group.first, group.last):
        return None
    for m in near:
        if m.start < start or m.kind not in ("verb", "state") or m.lemma in reporting_verbs():
            continue
        at = bisect_left(doc.token_starts, m.start)
        verb = chunks.verb_at.get(at)
        if verb is not None and m.kind == "verb":
            if subject_of(chunks, verb) == group:
                return _state_after(m, verb, near, doc) or m
            continue
        j = at - 1  # a state after its copula: "[23 people] were (not) injured"
        while j > group.last and tokens[j].upos in ("AUX", "ADV", "PART"):
            j -= 1
        if j == group.last and at - 1 > group.last:
            return m
    return None


def _object_with_relative(doc: Document, first: int, last: int) -> bool:
    """A noun group a verb just before takes, followed by a relative clause of its own: "arrested [26
    pirates] who had fired on the ship" counts the arrested, not a subject of "fired"."""
    tokens = doc.tokens
    if last + 1 >= len(tokens) or tokens[last + 1].norm not in lang_data.words("relativizers.txt"):
        return False
    lo = max(first - ARGUMENT_GAP, 0)
    return any(t.upos == "VERB" and t.sent == tokens[first].sent for t in tokens[lo:first])


_LIST_ITEM_TAGS = frozenset({"NUM", "NOUN", "PROPN", "ADJ", "DET", "PUNCT", "CCONJ", "ADV", "SYM"})
LIST_REACH = 40  # tokens of a coordinated list a verb may reach across


def _list_between(doc: Document, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds only other items of a coordinated list: "seized seven rifles,
    two other rifles, a grenade launcher and [13 magazines]", where the verb takes every item, or
    "[12 magazines] and 300 rounds were seized"."""
    lo, hi = bisect_left(doc.token_starts, start), bisect_left(doc.token_starts, end)
    if hi - lo > LIST_REACH:
        return False
    while hi > lo and doc.tokens[hi - 1].upos == "AUX":
        hi -= 1  # "[12 magazines] and 300 rounds were seized": the verb's helpers end the list
    between = doc.tokens[lo:hi]
    return (any(t.norm in (",", "and", "or") for t in between)
            and all((t.upos in _LIST_ITEM_TAGS or t.norm == "of") and t.norm not in (";", ":", "—", "(", ")")
                    for t in between))  # "300 rounds of ammunition" is one item


@cache
def reporting_verbs() -> frozenset[str]:
    """Lemmas of verbs of saying: they report an event, they are not the story's."""
    return lang_data.words("reporting_verbs.txt")


def apart(a: EventMention | None, b: EventMention | None) -> bool:
    """Whether two facts' events are, by explicit evidence, two events (False when either is unknown)."""
    return a is not None and b is not None and two_instances(a, b)


def other_events(a: EventMention | None, b: EventMention | None) -> bool:
    """Whether two quantities belong to different events: two instances, or triggers that do not agree.

    A count is a count *of* an event ("captured 23 pirates", "intercepted 26"): numbers
    of one noun under two unrelated verbs are two figures, not one figure given twice;
    nor is a number some verb takes ("shot three people") the figure of a number no verb
    takes ("a party of at least a dozen people"). Two numbers outside any verb's reach
    ("a 15 percent duty", "a 10% tax") stay comparable by what they count.
    """
    if a is None or b is None:
        return (a is None) != (b is None)
    return two_instances(a, b) or not trigger_match(a, b)


def people_near(facts: DocFacts, start: int, end: int, *, quoted: bool = False) -> frozenset[str]:
    """The people a fact's sentence is about: the subjects and participants of its events and the people
    it names, leaving out who is quoted unless ``quoted`` ("In five seasons as coach, O'Brien
    [compiled] a 182-158 mark", "Mark Felt, Deep Throat of Watergate, dead at 95"), else the person a
    he or she opening it stands for ("He caught eight passes")."""
    doc = facts.doc
    index = doc.sentence_index(start)
    if index is None:
        return frozenset()
    sentence = doc.sentences[index]
    named: set[str] = set()
    for m in facts.event_index.starting_in(sentence.start, sentence.end):
        if m.lemma not in reporting_verbs():
            named |= m.agents | {p for p in m.participants if p.startswith("person:")}
    speakers: list[tuple[int | None, int | None]] = []
    if not quoted:
        speakers += [(q.speaker_start, q.speaker_end) for q in facts.quote_index.starting_in(sentence.start, sentence.end)]
        speakers += [(c.source_start, c.source_end) for c in facts.claims
                     if c.source_start is not None and sentence.start <= c.source_start < sentence.end]
    named |= {f"person:{name_key(p.name)}" for p in facts.people_index.starting_in(sentence.start, sentence.end)
              if not any(s is not None and e is not None and s < p.end and p.start < e for s, e in speakers)}
    if named:
        return frozenset(named)
    lo, hi = doc.sentence_token_range(index)
    want = lexicon.mapping("pronouns.txt").get(doc.tokens[lo].norm) if lo < hi else None
    if want not in ("m", "f"):
        return frozenset()
    found = antecedent(want, doc.tokens[lo].start, doc.sentences, index, facts.people_index.starting_in)
    if found is not None:
        return frozenset({f"person:{name_key(found.name)}"})
    for k in range(index - 1, max(-1, index - PRONOUN_REACH), -1):  # a subject the people finder missed
        s = doc.sentences[k]
        subjects = [m.agents for m in facts.event_index.starting_in(s.start, s.end) if len(m.agents) == 1]
        if subjects:
            return subjects[0]
    return frozenset()


def named_event(facts: DocFacts, start: int, end: int, event: str) -> EventMention | None:
    """The mention of ``event`` (a hinted class, or a lemma) nearest a date or place in its sentence:
    which attack "on 17 January" times in "a previous attack on a substation at Millbrook on 17 January"."""
    sentence = facts.doc.sentence_at(start)
    if sentence is None:
        return None
    lo, hi = max(sentence.start, start - NAMED_REACH), min(sentence.end, end + NAMED_REACH)
    found = [m for m in facts.event_index.starting_in(lo, hi) if event in m.classes or m.lemma == event]
    if not found:
        return None
    return min(found, key=lambda m: start - m.end if m.end <= start else m.start - end)
