"""The command line: a thin layer over the library. Options in, a formatter out, an exit status.

Exit status: 0 clean, 1 a finding at or above --fail-on, 2 a usage or input error
(always one line on stderr, never a traceback).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click

from factcheck import __version__
from factcheck.errors import InputError

SHORT_HELP_MAX = 200


# Each command's module, imported only when the command runs (or the help lists it).
COMMANDS = {"compare": "factcheck.cli.compare", "lint": "factcheck.cli.lint", "dates": "factcheck.cli.views",
            "quotes": "factcheck.cli.views", "claims": "factcheck.cli.views", "events": "factcheck.cli.views"}


def _collector_off() -> None:
    """Turn the cycle collector off for the command: analysis makes no reference cycles (what a run
    leaves it does not grow with the input; tests/test_pipeline_memory.py), so its passes over a
    heap of millions of tokens and facts are pure cost (a fifth of a long run at Python's default
    thresholds, still a twentieth collecting once every 100,000 allocations). A command is its own
    process, so this is the application's choice to make; the library leaves the collector as its
    caller set it."""
    import gc

    gc.freeze()  # what importing made lives as long as the process: never scan it again
    gc.disable()


_HELD: list[object] = []  # what the running command made, kept until the program leaves


def hold(*made: object) -> None:
    """Keep what a command made (its documents and facts) alive until the program leaves: ``run``
    then ends the process without freeing them object by object (0.08 s for a megabyte's facts).
    The next command run in the same process (a test's) lets them go."""
    _HELD.extend(made)


class FactcheckGroup(click.Group):
    """Reports usage and input errors in one line with exit status 2; loads commands on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(COMMANDS))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is None and cmd_name in COMMANDS:
            from importlib import import_module

            command = getattr(import_module(COMMANDS[cmd_name]), cmd_name)
            self.add_command(command)
        return command

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, **extra: Any) -> Any:
        _HELD.clear()
        _collector_off()
        argv = list(sys.argv[1:] if args is None else args)
        if not argv:
            # No command: the help, on standard output, as a successful answer.
            with self.make_context(prog_name or "factcheck", ["--help"], resilient_parsing=True) as ctx:
                click.echo(ctx.get_help())
            sys.exit(0)
        try:
            rv = super().main(args=argv, prog_name=prog_name or "factcheck", standalone_mode=False, **extra)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
            click.echo(f"factcheck: error: {_one_line(exc.format_message())}{hint}", err=True)
            sys.exit(2)
        except (InputError, click.ClickException) as exc:
            message = exc.format_message() if isinstance(exc, click.ClickException) else str(exc)
            click.echo(f"factcheck: error: {_one_line(message)}", err=True)
            sys.exit(2)
        except click.Abort:
            click.echo("factcheck: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command on one line with the first sentence of its help, never cut short."""
        rows = []
        for name in self.list_commands(ctx):
            cmd = self.get_command(ctx, name)
            if cmd is not None and not cmd.hidden:
                rows.append((name, cmd.get_short_help_str(limit=SHORT_HELP_MAX)))
        if not rows:
            return
        width = max(len(name) for name, _ in rows)
        with formatter.section("Commands"):
            for name, text in rows:
                formatter.write(f"{'':>{formatter.current_indent}}{name:<{width}}  {text}\n")


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _list_checks(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """Print each kind of finding with what it means and two passages it fires on, then stop."""
    if not value or ctx.resilient_parsing:
        return
    from factcheck.checks import checks

    for c in checks():
        click.echo(f"{c.kind:<14} {c.severity:<8} {c.summary.replace('`', '')}")
        first, second = (" ".join(passage.split()) for passage in c.example)
        click.echo(f"{'':<23} e.g. {first}")
        click.echo(f"{'':<23}  vs. {second}")
    ctx.exit(0)


@click.group(name="factcheck", cls=FactcheckGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="factcheck")
@click.option("--list-checks", is_flag=True, expose_value=False, is_eager=True, callback=_list_checks,
              help="List each kind of finding with its meaning and an example, then exit.")
def main() -> None:
    """Find contradictions between news articles: dates, quotes, numbers, titles, places and claims."""


def run() -> None:
    """The program: ``main``, then out of the process without tearing down its heap, for freeing the
    tables and caches of a long run one object at a time is a twentieth of a second spent for nothing.
    Only the streams are flushed first; everything else a command writes it has closed itself."""
    import os

    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):  # a reader that went away, a stream already closed
            code = code or 1
    os._exit(code)
