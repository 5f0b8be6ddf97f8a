"""``factcheck dates|quotes|claims|events``: what the tool understood, so a user can trust or correct it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from factcheck.cli.options import format_option, input_options, load_documents
from factcheck.pipeline import analyse, dates_of, events_of, quotes_ledger, quotes_of
from factcheck.report.claims import claims_payload, render_claims
from factcheck.report.dates import dates_payload, render_dates
from factcheck.report.events import events_payload, render_events
from factcheck.report.json import dumps
from factcheck.report.quotes import quotes_payload, render_quotes
from factcheck.report.terminal import make_console

F = TypeVar("F", bound=Callable[..., Any])


def view(fn: F) -> F:
    """A view command: files in, ``--format text|json``, ``--published`` and ``--max-size``."""
    fn = input_options(fn)
    fn = format_option("text", "json")(fn)
    fn = click.argument("files", nargs=-1, required=True, metavar="FILE…")(fn)
    return click.command()(fn)  # type: ignore[return-value]


@view
def dates(files: tuple[str, ...], fmt: str, published: tuple[str, ...], max_size: int) -> int:
    """List every date and time expression with the value it was resolved to."""
    docs = load_documents(files, published, max_size)
    items = [(d, dates_of(d)) for d in docs]
    if fmt == "json":
        click.echo(dumps(dates_payload(items)), nl=False)
    else:
        render_dates(make_console(), items)
    return 0


@view
def quotes(files: tuple[str, ...], fmt: str, published: tuple[str, ...], max_size: int) -> int:
    """List every direct quotation with its speaker."""
    docs = load_documents(files, published, max_size)
    items = [(d, quotes_of(d)) for d in docs]
    if fmt == "json":
        click.echo(dumps(quotes_payload(items)), nl=False)
    else:
        render_quotes(make_console(), items, quotes_ledger(items))
    return 0


@view
def claims(files: tuple[str, ...], fmt: str, published: tuple[str, ...], max_size: int) -> int:
    """Show what was understood in each sentence: who asserts what, how firmly, when, where, how many."""
    docs = load_documents(files, published, max_size)
    items = [analyse(d) for d in docs]
    if fmt == "json":
        click.echo(dumps(claims_payload(items)), nl=False)
    else:
        render_claims(make_console(), items)
    return 0


@view
def events(files: tuple[str, ...], fmt: str, published: tuple[str, ...], max_size: int) -> int:
    """List the events mentioned across the files, the story's main event first, each with its mentions."""
    docs = load_documents(files, published, max_size)
    facts = [analyse(d) for d in docs]
    found = events_of(facts)
    if fmt == "json":
        click.echo(dumps(events_payload(facts, found)), nl=False)
    else:
        render_events(make_console(), facts, found)
    return 0

