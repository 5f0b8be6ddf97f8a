"""Options shared by every command, and reading the files they name."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

import click

from factcheck.errors import InputError
from factcheck.load import DEFAULT_MAX_BYTES, load_document, parse_date
from factcheck.load.header import MIN_YEAR
from factcheck.model import SEVERITY_RANK, Document, Finding

F = TypeVar("F", bound=Callable[..., Any])

FAIL_ON = ("never", "error", "warning", "info")


def exit_status(findings: Sequence[Finding], fail_on: str) -> int:
    """The one place exit status is decided: 1 when a finding reaches ``fail_on``, else 0."""
    if fail_on == "never":
        return 0
    limit = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] <= limit for f in findings) else 0


class KindsOption(click.Option):
    """An option taking kinds of finding; its help lists the kinds the registry holds when it is shown."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        from factcheck.checks import kinds

        record = super().get_help_record(ctx)
        if record is None:
            return None
        return record[0], f"{record[1]} Kinds: {', '.join(kinds())}."


def format_option(*choices: str) -> Callable[[F], F]:
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=choices[0], show_default=True,
        help="Output format: " + ", ".join(choices) + ".",
    )


def jobs_option(f: F) -> F:
    """--jobs: worker processes for analysing many files (the results do not depend on it)."""
    return click.option(
        "--jobs", "jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="number of cores",
        help="Analyse files in this many processes when there are many, or a long file in two "
             "(where processes can be forked, as on Linux and macOS); findings are the same for any N.",
    )(f)


def input_options(f: F) -> F:
    """--published and --max-size, which every command that reads articles takes."""
    f = click.option(
        "--published", "published", multiple=True, metavar="[FILE=]DATE",
        help="Publication date (YYYY-MM-DD) that relative dates are resolved against: for every file, "
             "or for one with FILE=DATE. Wins over what the file says. Repeatable.",
    )(f)
    f = click.option(
        "--max-size", "max_size", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
        help="Refuse files larger than this many bytes.",
    )(f)
    return f


def parse_published(values: Sequence[str]) -> tuple[dict[str, date], date | None]:
    """Split ``--published`` values into per-file dates and one default date.

    A date must be complete (year, month and day). Keys are the paths as given.
    """
    per_file: dict[str, date] = {}
    default: date | None = None
    for raw in values:
        path, sep, value = raw.rpartition("=")
        if sep and not path.strip():
            raise InputError(f"--published {raw!r}: FILE is missing before '='")
        parsed = parse_date(value)
        if parsed is None or parsed.year < MIN_YEAR:
            raise InputError(f"--published {raw!r}: expected DATE or FILE=DATE with DATE as YYYY-MM-DD")
        if sep:
            per_file[path] = parsed
        else:
            default = parsed
    return per_file, default


def _same_file(path: str) -> str:
    """One spelling per file, so ``./a.txt`` and ``a.txt`` name the same file."""
    return path if path == "-" else os.path.abspath(path)


def load_documents(paths: Sequence[str], published: Sequence[str], max_size: int) -> list[Document]:
    """Every file named, with ``--published`` applied; an InputError for the first bad one."""
    if list(paths).count("-") > 1:
        raise InputError("standard input ('-') can be read only once")
    given, default = parse_published(published)
    named = {_same_file(p) for p in paths}
    unknown = sorted(p for p in given if _same_file(p) not in named)
    if unknown:
        raise InputError(f"--published names {unknown[0]}, which is not among the files given")
    by_file = {_same_file(p): d for p, d in given.items()}
    dates = {p: by_file[_same_file(p)] for p in paths if _same_file(p) in by_file}
    return [load_document(p, published=dates, default_published=default, max_bytes=max_size) for p in paths]
