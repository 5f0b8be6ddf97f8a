"""Events: open-world event mentions, and which mentions (in one article or several) are one event.

``event_mentions(doc, …)`` lists a document's mentions; ``link`` groups the mentions of
several documents into events, and ``events`` names them, the story's main event first;
``stories`` groups documents by the names and figures they share. The pipeline runs
them (``pipeline.events_of``, and ``pipeline.system_mentions`` for the ECB+ benchmark).
"""

from __future__ import annotations

from factcheck.events.identity import events, link, same_event
from factcheck.events.mentions import event_mentions
from factcheck.events.model import Event, EventMention
from factcheck.events.stories import stories

__all__ = ["Event", "EventMention", "event_mentions", "events", "link", "same_event", "stories", "system_mentions"]

