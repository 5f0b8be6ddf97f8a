"""The lint output formats: GitHub annotations, SARIF 2.1.0 (validated against the official schema),
Markdown, JSON and text, on the lint fixture and on findings built by hand."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.model import Evidence, Finding
from factcheck.report.github import annotation, escape_data, escape_property, render_github
from factcheck.report.markdown import cell, render_markdown
from factcheck.report.sarif import sarif_payload

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
DRAFT = "fixtures/lint/draft.md"
SOURCES = "fixtures/lint/sources"

# The two findings left in the fixture draft once the [sic] quotation and the title under an
# ignore directive are silenced: a casualty count and a quotation with "not" put in. Everything the
# annotation adds is pinned here; the message sentence itself is the check's and is read from its JSON.
NUMBER_HEAD = "::error file=fixtures/lint/draft.md,line=8,col=32,endLine=8,endColumn=45,title=factcheck number::"
NUMBER_TAIL = " [fixtures/lint/sources/wire-a.txt:3:32 has \u201cfour workers\u201d]"
QUOTE_HEAD = "::error file=fixtures/lint/draft.md,line=17,col=2,endLine=17,endColumn=82,title=factcheck quote-wording::"
QUOTE_TAIL = (" [fixtures/lint/sources/wire-b.txt:5:112 has \u201cWe will reopen the quay before every tank has been "
              "checked by the inspectors,\u201d]")


def expected_lines() -> list[str]:
    number, quote = json.loads(lint("--format", "json").stdout)["findings"]
    assert "seven workers" in number["message"] and "four workers" in number["message"]
    assert "not reopen" in quote["message"]
    return [NUMBER_HEAD + number["message"] + NUMBER_TAIL, QUOTE_HEAD + quote["message"] + QUOTE_TAIL]


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def lint(*args: str):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(main, ["lint", DRAFT, "--against", SOURCES, *args])


def ev(path: str, line: int, column: int, text: str, sentence: str, start: int = 0) -> Evidence:
    return Evidence(path, start, start + len(text), line, column, line, column + len(text), text, sentence)


HAND_MADE = Finding(
    "number", "warning", 0.7,
    "desk, draft.md says 40% of staff: 12 people; wire.txt says 30%\nrevised",
    (
        ev("drafts/a,b:c.md", 4, 9, "40% of staff", "Nearly 40% of staff walked out."),
        ev("wire.txt", 2, 1, "30% of staff", "30% of staff walked out, the union said."),
    ),
)


# ---------------------------------------------------------------- github


def test_github_escaping_rules() -> None:
    assert escape_data("50% up\r\nnext") == "50%25 up%0D%0Anext"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"


def test_github_hand_made_annotation_pinned() -> None:
    assert annotation(HAND_MADE) == (
        "::warning file=drafts/a%2Cb%3Ac.md,line=4,col=9,endLine=4,endColumn=21,title=factcheck number::"
        "desk, draft.md says 40%25 of staff: 12 people; wire.txt says 30%25%0Arevised "
        "[wire.txt:2:1 has \u201c30%25 of staff\u201d]"
    )
    info = Finding("certainty", "info", 0.5, "m", HAND_MADE.evidence)
    assert annotation(info).startswith("::notice file=")


def test_github_fixture_lines_pinned() -> None:
    result = lint("--format", "github")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == expected_lines()
    assert result.stderr == ""


def test_github_render_is_one_line_per_finding() -> None:
    assert render_github([HAND_MADE, HAND_MADE]).count("\n") == 2
    assert render_github([]) == ""


# ---------------------------------------------------------------- sarif


def test_sarif_of_the_fixture_validates_against_the_schema() -> None:
    result = lint("--format", "sarif")
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    jsonschema.validate(log, SCHEMA, cls=jsonschema.Draft4Validator)
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == ["polarity", "number", "update", "date", "place", "title", "entity", "quote-wording",
                     "quote-speaker", "certainty"]
    assert len(set(rules)) == len(rules)
    number, quote = run["results"]
    assert (number["ruleId"], number["level"], rules[number["ruleIndex"]]) == ("number", "error", "number")
    region = number["locations"][0]["physicalLocation"]
    assert region["artifactLocation"]["uri"] == "fixtures/lint/draft.md"
    assert region["region"] == {"startLine": 8, "startColumn": 32, "endLine": 8, "endColumn": 45,
                                "charOffset": region["region"]["charOffset"], "charLength": 13,
                                "snippet": {"text": "seven workers"}}
    text = (ROOT / DRAFT).read_text(encoding="utf-8")
    offset = region["region"]["charOffset"]
    assert text[offset:offset + 13] == "seven workers"
    related = number["relatedLocations"]
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in related] == ["fixtures/lint/sources/wire-a.txt"]
    assert related[0]["physicalLocation"]["region"]["snippet"] == {"text": "four workers"}
    assert "(see [fixtures/lint/sources/wire-a.txt:3](1))" in number["message"]["text"]
    assert quote["ruleId"] == "quote-wording"
    assert number["partialFingerprints"] != quote["partialFingerprints"]


def test_sarif_empty_and_hand_made_logs_validate() -> None:
    empty = sarif_payload([], ["number"])
    jsonschema.validate(empty, SCHEMA, cls=jsonschema.Draft4Validator)
    assert empty["runs"][0]["results"] == []
    log = sarif_payload([HAND_MADE, Finding("certainty", "info", 0.4, "hedged", HAND_MADE.evidence)], ["number"])
    jsonschema.validate(log, SCHEMA, cls=jsonschema.Draft4Validator)
    results = log["runs"][0]["results"]
    assert [r["level"] for r in results] == ["warning", "note"]
    assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == ["number", "certainty"]
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/a%2Cb%3Ac.md"


def test_sarif_schema_catches_a_broken_log() -> None:
    log = sarif_payload([HAND_MADE])
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(log, SCHEMA, cls=jsonschema.Draft4Validator)


# ---------------------------------------------------------------- markdown, json, text


def test_markdown_fixture_comment() -> None:
    result = lint("--format", "markdown")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "### factcheck lint fixtures/lint/draft.md: 2 findings (2 errors)"
    assert lines[2] == "exit 1: --fail-on error"
    assert lines[6].startswith("| \u274c error | number | `fixtures/lint/draft.md:8:32` | "
                               "`fixtures/lint/sources/wire-a.txt:3:32` | 0.90 | ")
    assert "> KESWATER — Port officials said **seven workers** were injured when" in result.stdout
    assert result.stdout.count("<details>") == 2


def test_markdown_escapes_cells_and_says_when_clean() -> None:
    assert cell("a | b\n`c` <br>") == "a \\| b \\`c\\` &lt;br>"
    assert render_markdown([]) == "### factcheck: 0 findings\n\nNo contradictions found.\n"
    table_row = render_markdown([HAND_MADE]).splitlines()[4]
    assert table_row.count(" | ") == 5


def test_json_follows_the_contract() -> None:
    result = lint("--format", "json")
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["schema"] == "factcheck/findings@1"
    assert [s["path"] for s in payload["sources"]] == [
        DRAFT, "fixtures/lint/sources/wire-a.txt", "fixtures/lint/sources/wire-b.txt"]
    number = payload["findings"][0]
    assert [e["path"] for e in number["evidence"]] == [DRAFT, "fixtures/lint/sources/wire-a.txt"]
    assert (number["evidence"][0]["line"], number["evidence"][0]["text"]) == (8, "seven workers")
    assert len(number["id"]) == 8


def test_text_report_and_output_file(tmp_path: Path) -> None:
    result = lint()
    assert result.exit_code == 1
    assert result.stdout.startswith("factcheck lint \u00b7 1 draft \u00b7 2 sources \u00b7 2 findings (2 errors)")
    assert "(exit 1: --fail-on error)" in result.stdout
    for fmt in ("text", "json", "github", "sarif", "markdown"):
        out = tmp_path / f"report.{fmt}"
        written = lint("--format", fmt, "--output", str(out))
        assert (written.exit_code, written.stdout) == (1, "")
        assert "seven workers" in out.read_text(encoding="utf-8")
    assert (tmp_path / "report.github").read_text(encoding="utf-8").splitlines() == expected_lines()


def test_unwritable_output_is_exit_2(tmp_path: Path) -> None:
    result = lint("--output", str(tmp_path / "missing" / "out.sarif"), "--format", "sarif")
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error: ") and "cannot write" in result.stderr
