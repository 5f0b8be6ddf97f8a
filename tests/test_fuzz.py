"""Random and news-like input through load → analyse → compare → every formatter: never a crash.

A bounded number of examples here; `benchmarks/fuzz.py` runs the same property for longer.
"""

from __future__ import annotations

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import document_from_text
from factcheck.pipeline import analyse, run_checks
from factcheck.report.claims import claims_payload, render_claims
from factcheck.report.dates import dates_payload, render_dates
from factcheck.report.github import render_github
from factcheck.report.json import dumps, findings_payload
from factcheck.report.markdown import render_markdown
from factcheck.report.quotes import quotes_payload, render_quotes
from factcheck.report.sarif import sarif_payload
from factcheck.report.terminal import make_console, render_findings

NEWS_WORDS = (
    "The", "minister", "said", "on", "Friday", "that", "at least", "11", "miners", "were", "not", "killed",
    "“", "”", '"', "'", "Mr.", "Dr", "U.S.", "—", "…", "(", ")", "[", "]", ",", ".", "?", "\n\n", "\n",
    "never", "confirmed", "agreed", "last week", "next Monday", "$48m", "1,500", "90 km/h", "56 mph",
    "Chief Constable", "Zofia Wójcik", "Gdańsk", "according to", "told reporters", "<p>", "</p>", "# ",
    "---\n", "date: 2026-01-12\n", "Published: Monday 12 January 2026\n", "2019", "the 22nd", "percent",
)
MARKUP = st.sampled_from(("a.txt", "a.md", "a.html"))
news_like = st.lists(st.sampled_from(NEWS_WORDS), min_size=1, max_size=120).map(" ".join)
any_text = st.text(min_size=1, max_size=400)


def _everything(texts: list[tuple[str, str]]) -> None:
    docs = [document_from_text(f"{i}{path}", text) for i, (path, text) in enumerate(texts)]
    facts = [analyse(d) for d in docs]
    findings = run_checks(facts, within=True)
    json.loads(dumps(findings_payload(docs, findings)))
    json.loads(dumps(sarif_payload(findings)))
    render_github(findings)
    render_markdown(findings)
    console = make_console(io.StringIO())
    render_findings(console, docs, findings)
    json.loads(dumps(claims_payload(facts)))
    render_claims(console, facts)
    dated = [(f.doc, f.dates) for f in facts]
    quoted = [(f.doc, f.quotes) for f in facts]
    json.loads(dumps(dates_payload(dated)))
    json.loads(dumps(quotes_payload(quoted)))
    render_dates(console, dated)
    render_quotes(console, quoted)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.lists(st.tuples(MARKUP, st.one_of(news_like, any_text)), min_size=1, max_size=3))
def test_any_text_goes_through_every_stage(texts: list[tuple[str, str]]) -> None:
    _everything(texts)
