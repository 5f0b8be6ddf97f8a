"""quote-speaker: the same quotation given to different people."""

from __future__ import annotations

import re

from factcheck.calibration import grade
from factcheck.checks import TUESDAY, WEDNESDAY, Example, Pairs, article, check
from factcheck.describe import file_name
from factcheck.facts import Pair, QuoteMatch
from factcheck.model import Finding, Quote

_MIN_MATCHED = 5  # aligned words before a shared quotation says anything about its speaker
_MIN_PARTIAL = 8  # a short phrase echoed inside someone else's longer quote is not misattribution
_SHOWN = 8
_WORD = re.compile(r"\S+")
_EDGE = ",;:.!?—–-\"'“”‘’…"


def _named(speaker: str | None) -> bool:
    """A speaker given by name ("Alma Rudd", "CNN"), not by a description ("a trader")."""
    if not speaker:
        return False
    parts = speaker.split()
    return speaker[:1].isupper() and parts[0].lower() not in ("the", "a", "an", "one", "another")


def shown(text: str) -> str:
    """The opening words of a quotation as written, cut at a few words with an ellipsis."""
    ws = _WORD.findall(" ".join(text.split()))
    head = " ".join(ws[:_SHOWN]).strip(_EDGE)
    return head + (" …" if len(ws) > _SHOWN else "")


EXAMPLES = (
    Example((
        article("a.txt", TUESDAY, '"We have written to the ministry again and again and still have no date," '
                                  "council leader Mara Fenn said."),
        article("b.txt", WEDNESDAY, '"We have written to the ministry again and again and still have no '
                                    'date," opposition spokeswoman Lena Ort said.'),
    ), fires=("We have written to the ministry again and again and still have no date,", "We have written to the ministry again and again and still have no date,")),
    Example((
        article("a.txt", TUESDAY, '"We have written to the ministry again and again," council leader Mara '
                                  "Fenn said."),
        article("b.txt", WEDNESDAY, '"We have written to the ministry again and again," Fenn said.'),
    ), fires=None),
    # a proxy's words against an office holder's: two people
    Example((
        article("a.txt", TUESDAY, "Chief executive Marta Lindqvist ordered the review. \"This is a commercial "
                                  'decision, not a reflection on our staff," a spokeswoman for the company said.'),
        article("b.txt", TUESDAY, '"This is a commercial decision, not a reflection on our staff," said Marta '
                                  "Lindqvist, Harwell's chief executive."),
    ), fires=("This is a commercial decision, not a reflection on our staff,",
              "This is a commercial decision, not a reflection on our staff,")),
    # the spokeswoman named in the other report is the same proxy
    Example((
        article("a.txt", TUESDAY, '"This is a commercial decision, not a reflection on our staff," a spokeswoman '
                                  "for the company said."),
        article("b.txt", TUESDAY, '"This is a commercial decision, not a reflection on our staff," said Harwell '
                                  "spokeswoman Anna Berg."),
    ), fires=None),
)


@check(
    "quote-speaker", over=Pairs.QUOTES, rank=70, rule="QuoteSpeaker",
    summary="who said the same quote",
    example=('"The bridge will reopen before winter," said Alma Rudd.',
             '"The bridge will reopen before winter," said Piet Keller.'),
    examples=EXAMPLES,
)
def judge(pair: Pair[Quote]) -> Finding | None:
    """The same quotation attributed to different people."""
    qa, qb = pair.a.fact, pair.b.fact
    match: QuoteMatch = pair.detail
    if not (_named(qa.speaker) and _named(qb.speaker) or match.proxy_clash):
        return None
    if match.same_speaker:
        return None
    if qa.speaker_by == qb.speaker_by == "continuation":
        return None  # both carry on an earlier quotation's speaker: that quotation's pair says it
    al = match.alignment
    if not al.same_quote or al.matched < (_MIN_PARTIAL if al.partial else _MIN_MATCHED):
        return None
    name_a, name_b = file_name(pair.a), file_name(pair.b)
    words = f"'{shown(qa.text)}'"
    ev_a = pair.a.evidence(qa.start, qa.end, value=qa.speaker, source=qa.speaker)
    ev_b = pair.b.evidence(qb.start, qb.end, value=qb.speaker, source=qb.speaker)
    if pair.a.doc is pair.b.doc:
        message = (
            f"{name_a} quotes {qa.speaker} saying {words} at line {ev_a.line} "
            f"and gives the same words to {qb.speaker} at line {ev_b.line}."
        )
    else:
        message = f"{name_a} quotes {qa.speaker} saying {words}; {name_b} gives the same words to {qb.speaker}."
    graded = grade(al.score)
    if graded is None:
        return None
    return Finding("quote-speaker", graded.severity, graded.confidence, message, (ev_a, ev_b))
