"""``factcheck compare``: the journalist's view of several articles."""

from __future__ import annotations

import click

from factcheck.cli import hold
from factcheck.cli.options import FAIL_ON, exit_status, format_option, input_options, jobs_option, load_documents
from factcheck.errors import InputError
from factcheck.pipeline import analyse_all, run_checks
from factcheck.pipeline import timeline as pipeline_timeline
from factcheck.report.json import dumps, findings_payload
from factcheck.report.progress import AnalysisProgress

@click.command()
@click.argument("files", nargs=-1, metavar="FILE FILE…")
@format_option("text", "json")
@input_options
@jobs_option
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="never", show_default=True,
              help="Exit 1 when a finding of this severity or worse is reported.")
def compare(files: tuple[str, ...], fmt: str, published: tuple[str, ...], max_size: int, jobs: int,
            fail_on: str) -> int:
    """Compare articles about the same story and report where they contradict each other."""
    if len(files) < 2:
        raise InputError("compare needs at least two files (use 'factcheck lint FILE' to check one file against itself)")
    docs = load_documents(files, published, max_size)
    with AnalysisProgress(len(docs), enabled=fmt == "text") as progress:
        facts = analyse_all(docs, jobs=jobs, progress=progress)
    hold(facts)
    findings = run_checks(facts, jobs=jobs)
    status = exit_status(findings, fail_on)
    if fmt == "json":
        click.echo(dumps(findings_payload(docs, findings)), nl=False)
    else:
        from factcheck.report.terminal import labels, make_console, render_findings  # rich, only for a terminal
        from factcheck.report.timeline import timeline_table

        note = ("exit 0: compare never fails unless --fail-on is given" if fail_on == "never"
                else f"exit {status}: --fail-on {fail_on}")
        timeline = timeline_table(pipeline_timeline(facts, findings), labels(docs))
        render_findings(make_console(), docs, findings, exit_note=note, timeline=timeline)
    return status
