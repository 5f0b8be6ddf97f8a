"""Linting a draft: its contradictions with itself and with its sources, suppressions and baselines.

The library half of ``factcheck lint``; the command only reads options and files and picks a format.
"""

from __future__ import annotations

import glob
import json
import os
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from factcheck.errors import InputError
from factcheck.model import Document, Evidence, Finding
from factcheck.output import write_atomic
from factcheck.facts import DocFacts
from factcheck.pipeline import analyse, keep_most_confident, run_checks

SOURCE_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm")
BASELINE_SCHEMA = "factcheck/baseline@1"
_GLOB_CHARS = re.compile(r"[*?\[]")

# `<!-- factcheck: ignore -->`, `[factcheck: ignore=number,date]`: the directive and its argument.
_DIRECTIVE = re.compile(
    r"<!--[ \t]*factcheck:[ \t]*ignore\b([^>\n]*)-->|\[factcheck:[ \t]*ignore\b([^\]\n]*)\]",
    re.IGNORECASE,
)
# `[sic]` right after a closing quotation mark (and its punctuation), or just inside it.
_SIC_AFTER = re.compile(r"[\"'”’»]?[ \t]*[,.;:!?]?[\"'”’»]?[ \t]*\[sic\]", re.IGNORECASE)
_SIC_INSIDE = re.compile(r"\[sic\][ \t]*[,.;:!?]?[ \t]*\Z", re.IGNORECASE)


# ---------------------------------------------------------------------------- sources


def _walk(directory: str, on_skip: Callable[[str], None] | None) -> Iterable[str]:
    """Article files under ``directory``, hidden folders and files skipped; a FIFO, socket or device
    is passed over (reading one could block for ever) and named to ``on_skip``."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(SOURCE_SUFFIXES):
                continue
            path = os.path.join(root, name)
            if os.path.isfile(path):
                yield path
            elif on_skip is not None:
                on_skip(path)


def collect_sources(specs: Sequence[str], on_skip: Callable[[str], None] | None = None) -> list[str]:
    """Files named by ``specs`` (files, directories searched recursively, globs), deduplicated and sorted;
    what a folder holds that is not a regular file is skipped and named to ``on_skip``."""
    found: set[str] = set()
    for spec in specs:
        if os.path.isfile(spec) or (os.path.exists(spec) and not os.path.isdir(spec)):
            found.add(spec)  # named on its own: reading refuses what is not a regular file, by name
        elif os.path.isdir(spec):
            found.update(_walk(spec, on_skip))
        elif _GLOB_CHARS.search(spec):
            matches = [m for m in glob.glob(spec, recursive=True) if os.path.isfile(m)]
            if not matches:
                raise InputError(f"{spec}: the pattern matches no file")
            found.update(m for m in matches if m.lower().endswith(SOURCE_SUFFIXES) or m == spec)
        else:
            raise InputError(f"{spec}: no such file or directory")
    return sorted(found)


# ---------------------------------------------------------------------------- lint


def draft_first(finding: Finding, draft_path: str) -> Finding:
    """The same finding with the draft's evidence before the sources'."""
    ordered = sorted(finding.evidence, key=lambda e: e.path != draft_path)
    return finding if tuple(ordered) == finding.evidence else replace(finding, evidence=tuple(ordered))


def lint(
    draft: Document,
    sources: Sequence[Document],
    *,
    include_sources: bool = False,
    kinds: Collection[str] | None = None,
) -> list[Finding]:
    """The draft against itself and against each source; findings among the sources only if asked."""
    return lint_facts(analyse(draft), [analyse(s) for s in sources], include_sources=include_sources, kinds=kinds)


def lint_facts(
    draft_facts: DocFacts,
    source_facts: Sequence[DocFacts],
    *,
    include_sources: bool = False,
    kinds: Collection[str] | None = None,
) -> list[Finding]:
    """``lint`` over documents already analysed, so several drafts share one analysis of the sources."""
    draft = draft_facts.doc
    found: dict[tuple[object, ...], Finding] = {}

    def keep(findings: Iterable[Finding]) -> None:
        for f in findings:
            keep_most_confident(found, draft_first(f, draft.path))

    keep(run_checks([draft_facts], kinds=kinds, within=True))
    if source_facts:
        across = run_checks([draft_facts, *source_facts], kinds=kinds, within=False,
                            focus=None if include_sources else draft)
        keep(f for f in across if include_sources or any(e.path == draft.path for e in f.evidence))
    return sorted(found.values(), key=Finding.sort_key)


def above_confidence(findings: Sequence[Finding], minimum: float | None) -> list[Finding]:
    return [f for f in findings if minimum is None or f.confidence >= minimum]


# ---------------------------------------------------------------------------- suppressions


@dataclass(frozen=True)
class Suppression:
    """A directive on ``line`` that silences findings on ``target`` (the next line); ``kinds`` None is all."""

    line: int
    target: int
    kinds: frozenset[str] | None


def suppressions(text: str) -> dict[int, Suppression]:
    """Every ignore directive in a draft, keyed by the line it silences."""
    out: dict[int, Suppression] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        for m in _DIRECTIVE.finditer(line):
            arg = (m.group(1) if m.group(1) is not None else m.group(2) or "").strip()
            kinds: frozenset[str] | None = None
            if arg.startswith("="):
                kinds = frozenset(k.strip().lower() for k in arg[1:].split(",") if k.strip())
            elif arg:
                continue  # "ignore-me", "ignored": not a directive
            prior = out.get(number + 1)
            if prior is not None and (prior.kinds is None or kinds is None):
                kinds = None
            elif prior is not None and prior.kinds is not None and kinds is not None:
                kinds = prior.kinds | kinds
            out[number + 1] = Suppression(number, number + 1, kinds)
    return out


def has_sic(text: str, ev: Evidence) -> bool:
    """True when the quotation at ``ev`` is marked ``[sic]`` just after (or at the end of) its words."""
    return bool(_SIC_AFTER.match(text, ev.end, min(len(text), ev.end + 16))
                or _SIC_INSIDE.search(text, max(0, ev.end - 12), ev.end))


def is_suppressed(finding: Finding, draft: Document, directives: dict[int, Suppression]) -> bool:
    for ev in finding.evidence:
        if ev.path != draft.path:
            continue
        if finding.kind == "quote-wording" and has_sic(draft.text, ev):
            return True
        for line in range(ev.line, ev.end_line + 1):
            rule = directives.get(line)
            if rule is not None and (rule.kinds is None or finding.kind in rule.kinds):
                return True
    return False


def apply_suppressions(draft: Document, findings: Sequence[Finding]) -> list[Finding]:
    """The findings that no ignore directive or ``[sic]`` in the draft silences."""
    directives = suppressions(draft.text)
    if not directives and "[sic]" not in draft.text.lower():
        return list(findings)
    return [f for f in findings if not is_suppressed(f, draft, directives)]


# ---------------------------------------------------------------------------- baselines


def baseline_payload(findings: Sequence[Finding]) -> dict[str, object]:
    """What a baseline file holds: each finding's fingerprint, with its kind and message for readers."""
    entries = {f.id: {"id": f.id, "kind": f.kind, "message": f.message} for f in findings}
    return {"schema": BASELINE_SCHEMA, "findings": [entries[k] for k in sorted(entries)]}


def write_baseline(path: str, findings: Sequence[Finding]) -> None:
    """Record the findings' fingerprints; the caller has checked ``path`` is not an input (``output.guard``)."""
    text = json.dumps(baseline_payload(findings), ensure_ascii=False, indent=2) + "\n"
    write_atomic(path, text, what="the baseline")


def read_baseline(path: str) -> frozenset[str]:
    """The fingerprints recorded in a baseline file."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise InputError(f"{path}: no such baseline file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the baseline ({exc})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: the baseline is not JSON ({exc.msg}, line {exc.lineno})") from None
    items = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(items, list) or data.get("schema") != BASELINE_SCHEMA:
        raise InputError(f"{path}: not a factcheck baseline (expected schema {BASELINE_SCHEMA!r} and a findings list)")
    ids = [i.get("id") if isinstance(i, dict) else None for i in items]
    if not all(isinstance(i, str) for i in ids):
        raise InputError(f"{path}: every baseline entry needs a string 'id'")
    return frozenset(ids)  # type: ignore[arg-type]


def new_findings(findings: Sequence[Finding], baseline: Collection[str]) -> list[Finding]:
    """The findings whose fingerprint the baseline does not hold."""
    return [f for f in findings if f.id not in baseline]
