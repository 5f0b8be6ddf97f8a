"""quote-wording: the same quotation given with different words."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from factcheck.calibration import grade
from factcheck.checks import TUESDAY, WEDNESDAY, Example, Pairs, article, check
from factcheck.describe import file_name
from factcheck.facts import Change, Pair, QuoteMatch
from factcheck.model import Evidence, Finding, Quote

_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")


def who(speaker: str | None) -> str:
    """How a message names a speaker: the name the document gives, or 'an unnamed speaker'."""
    return speaker if speaker else "an unnamed speaker"


def cased(phrase: str, original: str) -> str:
    """Put back the capitals of names in a normalized phrase ("russia" → "Russia"), from the quote as written.

    The quotation's first word and words capitalized only after a full stop keep
    the normalized case, so a sentence opener is not mistaken for a name.
    """
    caps = _capitals(original)
    return " ".join(caps.get(w, w) for w in phrase.split())


@lru_cache(maxsize=4096)
def _capitals(original: str) -> Mapping[str, str]:
    """Lower-cased word → its capitalized spelling, for words written with a capital inside the quotation."""
    caps: dict[str, str] = {}
    prev_end = -1
    for m in _WORD.finditer(original):
        w = m.group()
        opener = prev_end < 0 or original[prev_end:m.start()].rstrip().endswith((".", "!", "?"))
        low = w.lower().replace("’", "'")
        if not opener and w[:1].isupper() and low not in caps:
            caps[low] = w.replace("’", "'")
        prev_end = m.end()
    return MappingProxyType(caps)


def _where(ev: Evidence) -> str:
    return f"line {ev.line}"


def message(pair: Pair[Quote], change: Change, more: int, evidence: tuple[Evidence, Evidence]) -> str:
    """One sentence: which file quotes whom saying what, and what the other has instead."""
    qa, qb = pair.a.fact, pair.b.fact
    name_a, name_b = file_name(pair.a), file_name(pair.b)
    lead = cased(change.lead, qa.text)
    said_a = f"'{cased(change.a_phrase, qa.text)}'" if change.a_phrase else "nothing there"
    said_b = f"'{cased(change.b_phrase, qb.text)}'" if change.b_phrase else "nothing there"
    saying = f"{lead} {said_a}" if lead else said_a
    tail = f" (and {more} other change{'s' if more > 1 else ''})" if more else ""
    speaker = who(qa.speaker or qb.speaker)
    if pair.a.doc is pair.b.doc:
        return (
            f"{name_a} quotes {speaker} saying {saying} at {_where(evidence[0])} "
            f"and {said_b} at {_where(evidence[1])}{tail}."
        )
    return f"{name_a} quotes {speaker} saying {saying}; {name_b} has {said_b}{tail}."


EXAMPLES = (
    Example((
        article("a.txt", TUESDAY, '"The repairs are fully funded and the bridge will reopen before winter," '
                                  "Transport Secretary Alma Rudd said."),
        article("b.txt", WEDNESDAY, '"The repairs are not fully funded and the bridge will reopen before '
                                    'winter," Transport Secretary Alma Rudd said.'),
    ), fires=("The repairs are fully funded and the bridge will reopen before winter,", "The repairs are not fully funded and the bridge will reopen before winter,")),
    Example((
        article("a.txt", TUESDAY, '"We cannot give up now, not after everything this town has lost," Mayor '
                                  "Ivo Brant said."),
        article("b.txt", WEDNESDAY, '"We cannot ... give up now," Mayor Ivo Brant said.'),
    ), fires=None),
)


@check(
    "quote-wording", over=Pairs.QUOTES, rank=60, rule="QuoteWording",
    summary="the words of the same quote (not ellipses, brackets, case or punctuation)",
    example=('"The repairs are fully funded and the bridge will reopen before winter," Alma Rudd said.',
             '"The repairs are not fully funded and the bridge will reopen before winter," Alma Rudd said.'),
    examples=EXAMPLES,
)
def judge(pair: Pair[Quote]) -> Finding | None:
    """The same quotation with changed words (not elisions, brackets, case or punctuation)."""
    qa, qb = pair.a.fact, pair.b.fact
    match: QuoteMatch = pair.detail
    al = match.alignment
    if not al.changes or not al.same_quote:
        return None
    flips = any(c.flips for c in al.changes)
    evidence = (
        pair.a.evidence(qa.start, qa.end, value=match.a, source=qa.speaker),
        pair.b.evidence(qb.start, qb.end, value=match.b, source=qb.speaker),
    )
    graded = grade(al.score, most="error" if flips else "warning")
    if graded is None:
        return None
    return Finding(
        "quote-wording",
        graded.severity,
        graded.confidence,
        message(pair, al.changes[0], len(al.changes) - 1, evidence),
        evidence,
    )
