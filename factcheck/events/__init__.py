"""Events: open-world event mentions, and which mentions (in one article or several) are one event.

``event_mentions(doc, …)`` lists a document's mentions; ``link`` groups the mentions of
several documents into events, and ``events`` names them, the story's main event first;
``stories`` groups documents by the names and figures they share. The pipeline runs
them (``pipeline.events_of``, and ``pipeline.system_mentions`` for the ECB+ benchmark).
"""

from __future__ import annotations

from factcheck.events.model import Event, EventMention
from factcheck.events.stories import stories  # eager: its name is also its module's, which would shadow it
from factcheck.lazy import lazy_attributes

__all__ = ["Event", "EventMention", "event_mentions", "events", "link", "same_event", "stories"]

# The plain values load with the package (facts.py reads them); the layer's functions on first use,
# since they read the document's facts themselves.
_LAZY = {"events": "factcheck.events.identity", "link": "factcheck.events.identity",
         "same_event": "factcheck.events.identity", "event_mentions": "factcheck.events.mentions"}

__getattr__ = lazy_attributes(__name__, _LAZY, globals())

