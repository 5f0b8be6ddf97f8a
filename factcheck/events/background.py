"""Mentions of the story's kind of event dated to a time its lead excludes: the background, not the story.

An article tells its own event in its lead. A later sentence that dates an event of the
same kind to a time none of the lead's dates can be ("In February, a gunman killed five
people" in a report of Monday's shooting) recalls an earlier or a later one; the
article does not contradict itself. Such a mention is another instance of its kind, so
its figures, dates and claims never pair with the story's event in another article,
only with the same background event there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from factcheck.events.identity import trigger_match
from factcheck.events.model import EventMention
from factcheck.lang import data as lang_data
from factcheck.values.timex import interval

LEAD_SENTENCES = 3  # the title and first sentences say what the story is and when it happened

_Span = tuple[date, date]


def _span(m: EventMention) -> _Span | None:
    return interval(m.when) if m.when else None


def _apart(span: _Span, others: Sequence[_Span]) -> bool:
    return all(span[1] < lo or hi < span[0] for lo, hi in others)


def mark_background(mentions: Sequence[EventMention]) -> tuple[EventMention, ...]:
    """The mentions with those of a lead event's kind, dated apart from every lead date, marked "other"."""
    lead = [m for m in mentions if m.sent < LEAD_SENTENCES and m.lemma not in lang_data.words("reporting_verbs.txt")]
    story_times = [s for s in map(_span, lead) if s is not None]
    if not story_times:
        return tuple(mentions)
    out = []
    for m in mentions:
        if m.sent >= LEAD_SENTENCES and m.instance is None:
            span = _span(m)
            if span is not None and _apart(span, story_times) and any(trigger_match(m, x) for x in lead):
                m = replace(m, instance="other")
        out.append(m)
    return tuple(out)
