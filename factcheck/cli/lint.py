"""``factcheck lint``: a draft against itself or its sources, for CI, editors and pull requests."""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence

import click

from factcheck.cli import hold
from factcheck.cli.options import (FAIL_ON, KindsOption, exit_status, format_option, input_options, jobs_option,
                                   load_documents)
from factcheck.config import Config, apply_word_lists, check_kinds, find_config, known_kinds, split_list
from factcheck.lint import (
    above_confidence,
    apply_suppressions,
    collect_sources,
    lint_facts,
    new_findings,
    read_baseline,
    write_baseline,
)
from factcheck.model import Document, Finding
from factcheck.pipeline import analyse_all
from factcheck.output import guard, write_atomic
from factcheck.report.github import render_github
from factcheck.report.json import dumps, findings_payload
from factcheck.report.progress import AnalysisProgress
from factcheck.report.markdown import render_markdown
from factcheck.report.sarif import sarif_payload
from factcheck.report.terminal import make_console, render_findings

FORMATS = ("text", "json", "github", "sarif", "markdown")


def _kinds_option(values: Sequence[str], option: str) -> tuple[str, ...]:
    try:
        return check_kinds(tuple(k for v in values for k in split_list(v)))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint=option) from None


def _source_specs(against: Sequence[str], config: Config) -> list[str]:
    """--against wins; else the configuration's globs, relative to its file."""
    if against:
        return list(against)
    if not config.sources:
        return []
    base = os.path.relpath(config.root)
    return [spec if os.path.isabs(spec) else os.path.normpath(os.path.join(base, spec)) for spec in config.sources]


def _same_file(a: str, b: str) -> bool:
    return a != "-" and b != "-" and os.path.realpath(a) == os.path.realpath(b)


def lint_all(drafts: Sequence[Document], sources: Sequence[Document], *, include_sources: bool,
             kinds: frozenset[str] | None, minimum: float | None, jobs: int = 1,
             progress: Callable[[int], None] | None = None) -> list[Finding]:
    """Each draft on its own against the sources, filtered and suppressed; drafts are not each other's sources.

    Every document is analysed once, over ``jobs`` processes when there are many.
    """
    facts = analyse_all([*drafts, *sources], jobs=jobs, progress=progress)
    hold(facts)
    source_facts = facts[len(drafts):]
    out: dict[tuple[str, frozenset[tuple[str, int, int]]], Finding] = {}
    for draft, draft_facts in zip(drafts, facts):
        found = lint_facts(draft_facts, source_facts, include_sources=include_sources, kinds=kinds)
        for f in apply_suppressions(draft, above_confidence(found, minimum)):
            out.setdefault(f.key, f)
    return sorted(out.values(), key=Finding.sort_key)


def render(fmt: str, docs: Sequence[Document], drafts: Sequence[str], findings: Sequence[Finding],
           kinds: Sequence[str], note: str, out: io.TextIOBase | None) -> str | None:
    """The report as text, or None when it was printed to ``out`` (the rich console)."""
    if fmt == "json":
        return dumps(findings_payload(docs, findings))
    if fmt == "github":
        return render_github(findings)
    if fmt == "sarif":
        return dumps(sarif_payload(findings, kinds))
    if fmt == "markdown":
        return render_markdown(findings, title=f"factcheck lint {', '.join(drafts)}", status_note=note)
    render_findings(make_console(out), docs, findings, command="lint", exit_note=note,  # type: ignore[arg-type]
                    drafts=len(drafts))
    return None


@click.command()
@click.argument("drafts", nargs=-1, required=True, metavar="DRAFT…")
@click.option("--against", "against", multiple=True, metavar="SOURCE",
              help="A source: a file, a directory (searched for .txt, .md and .html) or a glob. Repeatable. "
                   "Without it the draft is checked against itself.")
@click.option("--include-sources", is_flag=True, help="Also report contradictions among the sources alone.")
@format_option(*FORMATS)
@click.option("--output", "-o", "output", metavar="FILE", help="Write the report to FILE instead of standard output.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Exit 1 when a finding of this severity or worse remains.  [default: error]")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None, metavar="0..1",
              help="Drop findings less confident than this.")
@click.option("--enable", cls=KindsOption, multiple=True, metavar="KIND[,KIND]", help="Run only these kinds. Repeatable.")
@click.option("--disable", cls=KindsOption, multiple=True, metavar="KIND[,KIND]", help="Do not run these kinds. Repeatable.")
@click.option("--baseline", "baseline", metavar="FILE", help="Report only findings not recorded in this baseline.")
@click.option("--write-baseline", "write_to", metavar="FILE",
              help="Record the findings' fingerprints in FILE; they then count as known (exit 0).")
@input_options
@jobs_option
def lint(
    drafts: tuple[str, ...],
    against: tuple[str, ...],
    include_sources: bool,
    fmt: str,
    output: str | None,
    fail_on: str | None,
    min_confidence: float | None,
    enable: tuple[str, ...],
    disable: tuple[str, ...],
    baseline: str | None,
    write_to: str | None,
    published: tuple[str, ...],
    max_size: int,
    jobs: int,
) -> int:
    """Check a draft against itself, or against its sources, and fail the build on contradictions.

    Several drafts (as pre-commit passes them) are each checked on their own against the same sources.

    Settings come from [factcheck] in setup.cfg or [tool.factcheck] in pyproject.toml (the nearest,
    from the current directory upwards); options given here win. `factcheck --list-checks` lists the
    kinds with an example of each.
    """
    config = find_config(os.getcwd())
    apply_word_lists(config)
    kinds = config.kinds(_kinds_option(enable, "--enable") or None, _kinds_option(disable, "--disable"))
    fail_on = fail_on or config.fail_on or "error"
    minimum = min_confidence if min_confidence is not None else config.min_confidence

    specs = _source_specs(against, config)
    paths = collect_sources(specs, on_skip=lambda p: click.echo(
        f"factcheck: note: skipped {p}: not a regular file", err=True))
    drafts = tuple(dict.fromkeys(drafts))
    paths = [p for p in paths if not any(_same_file(p, d) for d in drafts)]
    folders = [s for s in specs if os.path.isdir(s)]
    if output:  # the report must not replace an article, nor the baseline it was filtered by
        guard(output, [*drafts, *paths, *([baseline] if baseline else [])], folders, option="--output")
    if write_to:  # rewriting the --baseline in place is how a baseline is refreshed
        guard(write_to, [*drafts, *paths, *([output] if output else [])], folders, option="--write-baseline")
    docs = load_documents([*drafts, *paths], published, max_size)
    known = read_baseline(baseline) if baseline else frozenset()

    with AnalysisProgress(len(docs), enabled=fmt == "text" and output is None) as progress:
        findings = lint_all(docs[: len(drafts)], docs[len(drafts):], include_sources=include_sources,
                            kinds=kinds, minimum=minimum, jobs=jobs, progress=progress)
    if write_to:
        write_baseline(write_to, findings)
        known = known | {f.id for f in findings}
    findings = new_findings(findings, known)

    status = exit_status(findings, fail_on)
    note = f"exit {status}: --fail-on {fail_on}"
    checked = [k for k in known_kinds() if kinds is None or k in kinds]
    if output:
        buffer = io.StringIO()
        text = render(fmt, docs, drafts, findings, checked, note, buffer)
        write_atomic(output, buffer.getvalue() if text is None else text)
    else:
        text = render(fmt, docs, drafts, findings, checked, note, None)
        if text is not None:
            click.echo(text, nl=False)
    return status
