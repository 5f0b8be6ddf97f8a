"""quote-wording: the same quotation given with different words."""

from __future__ import annotations

from factcheck.align.quotes import align_quotes
from factcheck.checks import check
from factcheck.extract.quotes import normalize_quote
from factcheck.facts import Pair
from factcheck.model import Finding, Quote


def _who(speaker: str | None) -> str:
    """How a message names a speaker: a person's surname, an organization as written."""
    if not speaker:
        return "a speaker"
    parts = speaker.split()
    if len(parts) > 1 and all(p[:1].isupper() for p in parts) and not speaker.lower().startswith("the "):
        return parts[-1]
    return speaker


@check("quote-wording", over="quotes")
def judge(pair: Pair[Quote]) -> Finding | None:
    """The same quotation with changed words (not elisions, brackets, case or punctuation)."""
    qa, qb = pair.a.fact, pair.b.fact
    ka, kb = normalize_quote(qa.text), normalize_quote(qb.text)
    al = align_quotes(ka, kb)
    if not al.changes or not al.same_quote:
        return None
    first = al.changes[0]
    flips = any(c.flips for c in al.changes)
    more = len(al.changes) - 1
    tail = f" (and {more} other change{'s' if more > 1 else ''})" if more else ""
    speaker = qa.speaker or qb.speaker
    message = (
        f"{pair.a.doc.path} quotes {_who(speaker)} saying '{first.a_phrase}'; "
        f"{pair.b.doc.path} has '{first.b_phrase}'{tail}"
    )
    confidence = round(min(0.95, 0.5 + 0.5 * al.score) * (0.9 + 0.1 * min(1.0, pair.score)), 2)
    return Finding(
        "quote-wording",
        "error" if flips else "warning",
        confidence,
        message,
        (
            pair.a.evidence(qa.start, qa.end, value=ka.text),
            pair.b.evidence(qb.start, qb.end, value=kb.text),
        ),
    )
