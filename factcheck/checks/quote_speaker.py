"""quote-speaker: the same quotation given to different people."""

from __future__ import annotations

from factcheck.align.quotes import align_quotes
from factcheck.checks import check
from factcheck.extract.people import same_person
from factcheck.extract.quotes import normalize_quote
from factcheck.facts import Pair
from factcheck.model import Finding, Quote


def _named(speaker: str | None) -> bool:
    """A speaker given by name ("Alma Rudd", "CNN"), not by a description ("a trader")."""
    if not speaker:
        return False
    parts = speaker.split()
    return speaker[:1].isupper() and parts[0].lower() not in ("the", "a", "an", "one", "another")


@check("quote-speaker", over="quotes")
def judge(pair: Pair[Quote]) -> Finding | None:
    """The same quotation attributed to different people."""
    qa, qb = pair.a.fact, pair.b.fact
    if not (_named(qa.speaker) and _named(qb.speaker)):
        return None
    assert qa.speaker is not None and qb.speaker is not None
    if same_person(qa.speaker, qb.speaker):
        return None
    al = align_quotes(normalize_quote(qa.text), normalize_quote(qb.text))
    if not al.same_quote or al.matched < 5:
        return None
    words = normalize_quote(qa.text).plain
    shown = " ".join(words[:8]) + (" …" if len(words) > 8 else "")
    message = (
        f"{pair.a.doc.path} gives '{shown}' to {qa.speaker}; "
        f"{pair.b.doc.path} gives it to {qb.speaker}"
    )
    confidence = round(min(0.95, 0.55 + 0.4 * al.score), 2)
    return Finding(
        "quote-speaker",
        "error",
        confidence,
        message,
        (
            pair.a.evidence(qa.start, qa.end, value=qa.speaker),
            pair.b.evidence(qb.start, qb.end, value=qb.speaker),
        ),
    )
