"""Event mentions and the events they are grouped into; plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass

MODALITIES = ("fact", "plan", "possibility", "hypothetical")


@dataclass(frozen=True)
class EventMention:
    """One mention of an event in one document: a verb group, an event noun or a state adjective.

    ``lemma`` is the trigger's lemma and ``classes`` the synonym groups it belongs to
    ("cave-in" and "collapse"): hints for identity, not a gate. ``when`` is the resolved
    value of the date that times it, ``where`` the place it happens in, ``participants``
    the people ("person:surname") and organisations ("org:name") of its clause, and
    ``agents`` the people named in a verb's subject ("DiLeo played for ten seasons"),
    ``theme`` the lemma of the noun its object is headed by ("imposed a [curfew]"), and
    ``doer`` the common noun heading a verb's subject ("[nurses] accepted the offer").
    ``instance`` is set when a cue makes it another instance of its kind ("another
    attack" → "other", "the second round" → "second"); ``year`` is the year its date
    or a year before it names ("the 2019 flood").
    """

    start: int
    end: int
    text: str
    lemma: str
    sent: int
    kind: str
    classes: frozenset[str] = frozenset()
    negated: bool = False
    modality: str = "fact"
    when: str | None = None
    when_span: tuple[int, int] | None = None
    where: str | None = None
    participants: frozenset[str] = frozenset()
    agents: frozenset[str] = frozenset()
    theme: str | None = None
    doer: str | None = None
    instance: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class Event:
    """One event and its mentions across documents: ``(document index, mention)`` in text order."""

    ident: str
    lemma: str
    main: bool
    mentions: tuple[tuple[int, EventMention], ...]


@dataclass(frozen=True)
class Names:
    """A report's names: the few it repeats most (``None`` when it has too few to tell), all of them,
    and the names that identify one instance of a kind (``events_instance_names.txt``): for each
    kind, the one it repeats most ("ins" → "mysore"), and every such name it gives."""

    central: frozenset[str] | None
    every: frozenset[str]
    instance: tuple[tuple[str, str], ...] = ()
    instances: frozenset[tuple[str, str]] = frozenset()
