"""The import contract: each layer imports only the layers below it.

Read from the source (every import, including those inside functions), so a violation
fails here before it reaches review. Checks judge pairs and read only the model, the
registry, the calibration table and presentation helpers; reports and the CLI print what
the pipeline's entry points return.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "factcheck"

# layer -> the layers it may import (its own layer always allowed)
ALLOWED: dict[str, frozenset[str]] = {
    "lang": frozenset(),
    "lazy": frozenset(),
    "errors": frozenset(),
    "lexicon": frozenset(),
    "processes": frozenset(),
    "model": frozenset({"lang"}),
    "values": frozenset({"model"}),
    "text": frozenset({"model", "lexicon", "lang"}),
    "load": frozenset({"model", "errors", "text", "lexicon", "lang"}),
    "extract": frozenset({"values", "model", "lexicon", "lang", "text"}),
    "facts": frozenset({"model"}),
    "events": frozenset({"values", "model", "facts", "extract", "lexicon", "lang", "lazy"}),
    "align": frozenset({"values", "model", "facts", "extract", "events", "lexicon", "lang"}),
    "describe": frozenset({"model", "facts"}),
    "registry": frozenset({"model", "facts"}),
    "calibration": frozenset(),
    "checks": frozenset({"values", "model", "facts", "registry", "describe", "calibration"}),
    "overview": frozenset({"values", "model", "facts", "extract", "align"}),
    "pipeline": frozenset({"values", "model", "facts", "extract", "events", "align", "registry", "checks", "lang",
                           "overview", "processes"}),
    "output": frozenset({"errors"}),
    "config": frozenset({"errors", "registry", "lexicon"}),
    "lint": frozenset({"model", "facts", "errors", "output", "pipeline"}),
    "report": frozenset({"values", "model", "facts", "registry", "describe", "events-model", "top"}),
    "cli": frozenset({"model", "errors", "load", "pipeline", "report", "config", "lint", "output", "registry",
                      "top", "events-model"}),
    "top": frozenset({"load", "pipeline", "model", "lazy"}),
    "__main__": frozenset({"cli"}),
}
# Layers a module may import under the name of another: the plain values of events are model.
ALIASES = {"events-model": "model"}

def layer_of(module: str) -> str:
    """The layer a module belongs to: its package under factcheck, or its own name for top-level modules."""
    if module == "factcheck.events.model":
        return "events-model"
    if module in ("factcheck.checks", "factcheck.checks.__init__"):
        return "registry"
    parts = module.split(".")
    if len(parts) == 1:
        return "top"
    return parts[1]


def imports_of(source: str, module: str) -> set[str]:
    """Every factcheck module ``source`` imports, anywhere in it."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("factcheck"):
            if node.module == "factcheck":
                for a in node.names:
                    is_module = (ROOT / f"{a.name}.py").exists() or (ROOT / a.name).is_dir()
                    found.add(f"factcheck.{a.name}" if is_module else "factcheck")
            else:
                found.add(node.module)
                found |= {f"{node.module}.{a.name}" for a in node.names
                          if (ROOT.parent / f"{node.module}.{a.name}".replace(".", "/")).with_suffix(".py").exists()}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("factcheck")}
    return found


def violations(source: str, module: str) -> set[tuple[str, str]]:
    """(module, layer) for each import of ``source`` that reaches a layer its own may not import."""
    own = layer_of(module)
    allowed = ALLOWED.get(own, frozenset()) | {own}
    out = set()
    for target in imports_of(source, module):
        reached = layer_of(target)
        if reached not in allowed and ALIASES.get(reached) not in allowed:
            out.add((module, reached))
    return out


def _modules() -> dict[str, str]:
    out = {}
    for path in sorted(ROOT.rglob("*.py")):
        name = ".".join(path.relative_to(ROOT.parent).with_suffix("").parts)
        out[name.removesuffix(".__init__")] = path.read_text(encoding="utf-8")
    return out


def test_every_layer_imports_only_the_layers_below_it() -> None:
    found = set().union(*(violations(src, mod) for mod, src in _modules().items()))
    assert found == set(), "imports that break the layer contract"


def test_a_bad_import_is_caught() -> None:
    bad = "from factcheck.extract.numbers import extract_quantities\n"
    assert violations(bad, "factcheck.report.json") == {("factcheck.report.json", "extract")}
    inside = "def f():\n    from factcheck.pipeline import analyse\n"
    assert violations(inside, "factcheck.extract.dates") == {("factcheck.extract.dates", "pipeline")}
    assert violations("from factcheck.model import Finding\n", "factcheck.checks.number") == set()


def test_a_document_sent_between_processes_keeps_its_tokens_and_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle

    from factcheck import document_from_text, model

    doc = document_from_text("a.txt", "Published: Tuesday 2 December 2025\n\nThe harbour authority said the "
                                      "new ferry terminal would not open in April.\n")
    doc.chunks  # made in the worker
    back = pickle.loads(pickle.dumps(doc))
    again = pickle.loads(pickle.dumps(back))  # sent on before anything read its tokens
    monkeypatch.setattr(model, "analyse_text", None)  # neither tagged nor chunked again
    monkeypatch.setattr(model, "chunk", None)
    for received in (back, again):
        assert "tokens" not in received.__dict__  # made from the columns sent only when read
        assert received.chunks == doc.chunks and received.tokens == doc.tokens
    assert document_from_text("b.txt", "No tokens made yet.").__reduce__()[1][1] is None
