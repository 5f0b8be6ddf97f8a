"""Events: open-world event mentions, and which mentions (in one article or several) are one event.

``event_mentions(doc, …)`` lists a document's mentions; ``link`` groups the mentions of
several documents into events; ``system_mentions(docs)`` does both for whole documents,
the entry point the ECB+ benchmark calls.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.events.identity import Event, events, link, same_event
from factcheck.events.mentions import event_mentions
from factcheck.events.model import EventMention
from factcheck.events.stories import stories
from factcheck.model import Document

__all__ = ["Event", "EventMention", "event_mentions", "events", "link", "same_event", "stories", "system_mentions"]


def system_mentions(docs: Sequence[Document]) -> list[tuple[str, int, int, str]]:
    """(path, start, end, event id) for every mention in ``docs``, ids shared across documents."""
    from factcheck.pipeline import analyse

    facts = [analyse(d) for d in docs]
    mentions = [f.events for f in facts]
    ids = link(mentions, stories(docs))
    return [(f.doc.path, m.start, m.end, f"e{i}") for f, ms, row in zip(facts, mentions, ids) for m, i in zip(ms, row)]
