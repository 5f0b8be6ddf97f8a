"""The language layer's data model: tokens and the groups built on them, all immutable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Token:
    """One token: ``text == source[start:end]``; ``norm`` is its lower-cased NFKC form with straight quotes."""

    start: int
    end: int
    text: str
    norm: str
    lemma: str
    upos: str
    sent: int


def _token_maker() -> Callable[[int, int, str, str, str, str, int], Token]:
    """``Token(...)`` for the hundreds of thousands of tokens of a long text: a frozen dataclass's
    ``__init__`` sets each field through ``object.__setattr__``, its slots' own setters cost a
    third less. The token is the same."""
    new = object.__new__
    start, end, text, norm, lemma, upos, sent = (getattr(Token, f.name).__set__ for f in fields(Token))

    def make(s: int, e: int, tx: str, n: str, lm: str, u: str, k: int) -> Token:
        tok = new(Token)
        start(tok, s)
        end(tok, e)
        text(tok, tx)
        norm(tok, n)
        lemma(tok, lm)
        upos(tok, u)
        sent(tok, k)
        return tok

    return make


make_token = _token_maker()

TokenColumns = tuple[tuple[Any, ...], ...]  # one tuple per field of Token, in field order


def token_columns(tokens: Sequence[Token]) -> TokenColumns:
    """Tokens as one tuple per field: what is sent between processes, a fraction of the cost of
    sending the tokens themselves."""
    return tuple(zip(*((t.start, t.end, t.text, t.norm, t.lemma, t.upos, t.sent) for t in tokens)))


def from_columns(columns: TokenColumns) -> tuple[Token, ...]:
    """The tokens ``token_columns`` made columns of."""
    return tuple(map(make_token, *columns)) if columns else ()


@dataclass(frozen=True, slots=True)
class NounGroup:
    """A run of determiners, adjectives, numbers and nouns: tokens ``[first, last]``, head ``head`` (indices)."""

    first: int
    last: int
    head: int
    sent: int
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class VerbGroup:
    """Auxiliaries, negation, adverbs and particles around one main verb, tokens ``[first, last]``.

    ``head`` is the main verb (the last auxiliary when there is none, as in "was not"),
    ``lemma`` its lemma. ``negated`` counts "not"/"never" and negative catenatives
    ("failed to"), so "did not fail to" is not negated; ``negation`` is the first cue's
    character span. ``modals`` are the modal auxiliaries' lemmas, ``catenatives`` the
    lemmas of verbs that handed over to the head ("fall" in "fell short of approving").
    """

    first: int
    last: int
    head: int
    lemma: str
    sent: int
    span: tuple[int, int]
    negated: bool
    negation: tuple[int, int] | None
    negation_tokens: tuple[int, ...]
    auxiliaries: tuple[int, ...]
    modals: tuple[str, ...]
    passive: bool
    particles: tuple[int, ...]
    catenatives: tuple[str, ...]

    @property
    def voice(self) -> str:
        """``"passive"`` or ``"active"``."""
        return "passive" if self.passive else "active"
