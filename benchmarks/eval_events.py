"""Score event mentions and cross-document event coreference on ECB+ topics.

Usage: python benchmarks/eval_events.py ../shared/data/ecbplus --split dev [-v]

FOLDER holds docs.jsonl, mentions.jsonl and entities.jsonl in the ECB+ layout (see the
data README); --split is any split name present in docs.jsonl (dev here, test on the
held-out topics). The gold is every event mention in a fully annotated sentence,
clustered by its chain id (an INTRA_ or SINGLETON_ id is a cluster of its own). Chains
never cross topics, so each topic is clustered on its own and the metrics (MUC, B³,
CEAF-e and their CoNLL mean, from coref_metrics.py) are computed once over the union of
all topics' clusters, as the standard ECB+ evaluation does.

Two reference lines come first, both on gold mentions: the same-lemma baseline (mentions
of one topic corefer when their head words share a lemma) and its subtopic-aware variant
(same lemma and same subtopic, i.e. told which of the topic's two events each article is
about). Then the system, if the project has an event layer (``factcheck.events``): its
mentions are matched to gold ones by character overlap, mention recall is reported, and
its clustering is scored on the gold mentions (a gold mention it missed is a singleton).
-v adds one line per topic. The last line is the summary the README quotes:

    events: mention recall 0.xx, CoNLL F1 xx.x (same-lemma baseline yy.y)

This module also holds the ECB+ reading code that ecb_false_alarms.py shares, so both
benchmarks build the same Documents from the same text.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from coref_metrics import CorefScores, clusters_from_labels, match_spans, score  # noqa: E402

from factcheck import document_from_text  # noqa: E402
from factcheck.model import Document  # noqa: E402

FILES = ("docs.jsonl", "mentions.jsonl", "entities.jsonl")
PARAGRAPH = "\n\n"


# --- reading ECB+ -----------------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    """One line of an ECB+ document, with its offsets into the stored text."""

    sent_id: int
    start: int
    end: int
    annotated: bool
    is_url: bool


@dataclass(frozen=True)
class EcbDoc:
    """One ECB+ article as stored in docs.jsonl."""

    doc_id: str
    topic: str
    subtopic: str
    split: str
    text: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class GoldMention:
    """An event mention of a fully annotated sentence, with its chain id made corpus-unique."""

    doc_id: str
    topic: str
    subtopic: str
    sentence: int
    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    cluster: tuple[str, ...]


@dataclass(frozen=True)
class BuiltDoc:
    """The Document made from an ECB+ article and how its offsets relate to the stored text.

    ``shifts`` maps a kept sentence id to (document offset - stored offset), so gold
    spans, given against the stored text, can be placed in the Document the pipeline reads.
    """

    doc: Document
    shifts: dict[int, int]

    def place(self, sentence: int, start: int, end: int) -> tuple[int, int] | None:
        """A stored span of ``sentence`` in Document offsets; None for a dropped sentence."""
        shift = self.shifts.get(sentence)
        return None if shift is None else (start + shift, end + shift)


def topic_key(topic: str) -> tuple[int, int, str]:
    """Numeric topics in numeric order (2 before 12), any others after them by name."""
    return (0, int(topic), "") if topic.isdigit() else (1, 0, topic)


def check_folder(folder: Path) -> str | None:
    """A one-line complaint when the folder lacks one of the ECB+ files, else None."""
    missing = [name for name in FILES if not (folder / name).is_file()]
    return f"{folder}: missing {', '.join(missing)}" if missing else None


def load_docs(folder: Path, split: str) -> tuple[dict[str, list[EcbDoc]], list[str]]:
    """The split's documents grouped by topic (each sorted by doc id), and every split name seen."""
    by_topic: dict[str, list[EcbDoc]] = {}
    splits: set[str] = set()
    with open(folder / "docs.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            splits.add(str(row["split"]))
            if row["split"] != split:
                continue
            sentences = tuple(
                Sentence(int(s["sent_id"]), int(s["start"]), int(s["end"]), bool(s["annotated"]), bool(s["is_url"]))
                for s in row["sentences"]
            )
            doc = EcbDoc(str(row["doc_id"]), str(row["topic"]), str(row["subtopic"]), split, row["text"], sentences)
            by_topic.setdefault(doc.topic, []).append(doc)
    ordered = {t: sorted(by_topic[t], key=lambda d: d.doc_id) for t in sorted(by_topic, key=topic_key)}
    return ordered, sorted(splits)


def read_split(folder: Path, split: str) -> dict[str, list[EcbDoc]] | None:
    """The split's documents by topic, or None after a one-line message on stderr (the caller exits 2)."""
    problem = check_folder(folder)
    if problem:
        print(problem, file=sys.stderr)
        return None
    by_topic, splits = load_docs(folder, split)
    if not by_topic:
        print(f"no documents in split {split!r} (splits present: {', '.join(splits) or 'none'})", file=sys.stderr)
        return None
    return by_topic


def is_chain(cluster: str) -> bool:
    """A cross-document chain id, as opposed to a within-document (INTRA_) or SINGLETON_ one."""
    return not cluster.startswith(("INTRA_", "SINGLETON_"))


def load_gold(folder: Path, docs: dict[str, EcbDoc]) -> list[GoldMention]:
    """Event mentions of ``docs`` in annotated, non-URL sentences, in document and offset order.

    A chain id is qualified by its topic, an INTRA_/SINGLETON_ id by its document, so no
    two clusters of the union share an id by accident.
    """
    out: list[GoldMention] = []
    with open(folder / "mentions.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            doc = docs.get(str(row["doc_id"]))
            if doc is None or not row.get("annotated_sentence", False):
                continue
            sent = next((s for s in doc.sentences if s.sent_id == int(row["sentence"])), None)
            if sent is None or sent.is_url or not sent.annotated:
                continue
            cluster = str(row["cluster"])
            owner = doc.topic if is_chain(cluster) else doc.doc_id
            out.append(
                GoldMention(
                    doc.doc_id, doc.topic, doc.subtopic, sent.sent_id, int(row["start"]), int(row["end"]),
                    str(row["text"]), tuple(str(t) for t in row.get("tokens") or [row["text"]]), (owner, cluster),
                )
            )
    out.sort(key=lambda m: (m.doc_id, m.start, m.end))
    return out


def build_document(ecb: EcbDoc) -> BuiltDoc:
    """A plain-text Document of the article: its sentences as paragraphs, the URL line dropped.

    ECB+ stores one sentence per line; a paragraph break between them keeps the sentence
    splitter from gluing a headline or dateline to the next line. No publication date
    is given: the articles carry none, and the checks must cope with that.
    """
    parts: list[str] = []
    shifts: dict[int, int] = {}
    offset = 0
    for sent in ecb.sentences:
        if sent.is_url:
            continue
        piece = ecb.text[sent.start : sent.end]
        if parts:
            offset += len(PARAGRAPH)
        shifts[sent.sent_id] = offset - sent.start
        parts.append(piece)
        offset += len(piece)
    text = PARAGRAPH.join(parts)
    return BuiltDoc(document_from_text(f"{ecb.doc_id}.txt", text, published=None), shifts)


def doc_id_of(doc: Document) -> str:
    """The ECB+ doc id a Document was built for (its path without the .txt)."""
    return Path(doc.path).stem


# --- the same-lemma baseline ------------------------------------------------------------

# Words that are never the head of an event mention: articles, possessives, prepositions
# and particles ("checked into", "tour of duty", "hands out").
_FUNCTION = frozenset(
    """a an the this that these those his her its their our my your of in on into onto out up
    off for with at by from back down over away about around under through after before to
    and or but as than not no - / ' 's""".split()
)
# Auxiliaries and copulas: the head only when nothing else is left ("to do", "was").
_AUXILIARY = frozenset(
    """be is are was were been being am 's have has had having do does did will would shall
    should can could may might must""".split()
)
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


def _clean_tokens(tokens: Iterable[str]) -> list[str]:
    out = []
    for t in tokens:
        w = _EDGE.sub("", t.strip())
        if w:
            out.append(w)
    return out


@cache
def _irregular() -> dict[str, str]:
    """Irregular verb forms from the project's own word list, plus the copula and a few more."""
    table = {
        "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be",
        "has": "have", "had": "have", "having": "have", "did": "do", "does": "do", "done": "do",
        "said": "say", "says": "say", "dying": "die", "lying": "lie", "men": "man", "women": "woman",
        "people": "person", "children": "child",
    }
    try:
        from factcheck.lang.data import entries

        for line in entries("irregular_verbs.txt"):
            base, *forms = line.lower().split()
            for form in forms:
                table.setdefault(form, base)
    except (ImportError, FileNotFoundError, ModuleNotFoundError):
        pass
    return table


def fallback_lemma(word: str) -> str:
    """A crude lemma: lower case, irregular forms, then -s/-es/-ed/-ing and a final -e stripped.

    It is a stem more than a lemma ("moved", "moving", "move" all give "mov"), which is
    all the baseline needs: equal words for forms of one word.
    """
    w = word.lower().replace("’", "'")
    table = _irregular()
    if w in table:
        return table[w]
    base = w
    if w.endswith(("ies", "ied")):
        base = w[:-3] + "y" if len(w) > 4 else w[:-1]
    elif w.endswith("ing") and len(w) > 5:
        base = w[:-3]
    elif w.endswith("ed") and len(w) > 4:
        base = w[:-2]
    elif w.endswith(("ches", "shes", "sses", "xes", "zes")) and len(w) > 4:
        base = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        base = w[:-1]
    if base != w and len(base) > 2 and base[-1] == base[-2] and base[-1] not in "lsz" and base[-1].isalpha():
        base = base[:-1]  # stopped -> stop, but killed -> kill
    if len(base) > 3 and base.endswith("e"):
        base = base[:-1]
    return base


_LEMMA_FUNCTIONS = ("lemma", "lemmatize", "lemma_of", "base_form")


@cache
def _project_lemmatizer() -> tuple[Callable[[str], str] | None, str]:
    """The lemma function of ``factcheck.lang`` if there is a usable one, and a description.

    The language layer is being written alongside this benchmark, so its API is probed
    rather than assumed: the first of a few likely function names that maps a probe word
    to a string is used, called with the word alone.
    """
    module: Any = None
    tried: list[str] = []
    for name in ("factcheck.lang.lemma", "factcheck.lang"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            tried.append(f"{name} not importable")
            continue
        if any(callable(getattr(module, a, None)) for a in _LEMMA_FUNCTIONS):
            break
        tried.append(f"{name} has no lemma function")
        module = None
    if module is None:
        return None, f"fallback (lowercase + suffix stripping; {', '.join(tried)})"
    for attr in _LEMMA_FUNCTIONS:
        fn = getattr(module, attr, None)
        if not callable(fn):
            continue
        try:
            probe = fn("killed")
        except Exception:  # noqa: BLE001 - an unexpected signature means: not this one
            continue
        probe = getattr(probe, "lemma", probe)
        if isinstance(probe, str):

            def call(word: str, fn: Callable[..., Any] = fn) -> str:
                out = fn(word)
                return str(getattr(out, "lemma", out))

            return call, f"{module.__name__}.{attr}"
    return None, f"fallback (lowercase + suffix stripping; {module.__name__} has no usable lemma function)"


@cache
def _lemma(word: str) -> str:
    """The lemma of one word: the project's lemmatizer when importable, else ``fallback_lemma``."""
    fn, _ = _project_lemmatizer()
    if fn is not None:
        try:
            return fn(word).lower()
        except Exception:  # noqa: BLE001 - one odd word must not stop the benchmark
            return fallback_lemma(word)
    return fallback_lemma(word)


def lemma_source() -> str:
    """Which lemmatizer ``_lemma`` uses, for the report."""
    return _project_lemmatizer()[1]


def _verb_like(word: str) -> bool:
    w = word.lower()
    return w in _irregular() or (len(w) > 4 and w.endswith(("ed", "ing")))


def head_word(tokens: Sequence[str]) -> str:
    """The head of a mention: its verb if it opens with one, else the noun its phrase ends on.

    There is no part-of-speech tagger to ask, so the shape of event mentions decides:
    a verb with particles or an object ("checked into", "made the rounds", "hands out")
    opens the mention; a noun phrase ends on its head ("Academy Awards ceremony"),
    or on the noun before a preposition ("tour of duty").
    """
    toks = _clean_tokens(tokens)
    if not toks:
        return ""
    content = [i for i, t in enumerate(toks) if t.lower() not in _FUNCTION]
    if len(content) > 1:
        full = [i for i in content if toks[i].lower() not in _AUXILIARY]
        content = full or content
    if not content:
        return toks[-1]
    if len(content) == 1:
        return toks[content[0]]
    first = content[0]
    after = toks[first + 1].lower() if first + 1 < len(toks) else ""
    if _verb_like(toks[first]) or after in _FUNCTION:
        return toks[first]
    return toks[content[-1]]


# --- the system hook --------------------------------------------------------------------

SystemMention = tuple[str, int, int, str]  # (doc_id, start, end, event id); Document offsets
_ENTRY_POINTS = ("system_mentions", "event_mentions", "cross_document_events", "cluster_events", "link_events")


def _event_layer() -> tuple[Callable[[Sequence[Document]], Iterable[Any]] | None, str]:
    """The event layer's entry point, or None with the reason it is unavailable."""
    why = []
    for where in ("factcheck.pipeline", "factcheck.events"):
        try:
            module = importlib.import_module(where)
        except ImportError as exc:
            why.append(f"{where} not importable ({exc})")
            continue
        for name in _ENTRY_POINTS:
            fn = getattr(module, name, None)
            if callable(fn):
                return fn, f"{where}.{name}"
        why.append(f"{where} has none of {', '.join(_ENTRY_POINTS)}")
    return None, "; ".join(why)


def _field(item: Any, *names: str) -> Any:
    for name in names:
        if isinstance(item, dict) and name in item:
            return item[name]
        if hasattr(item, name):
            return getattr(item, name)
    raise ValueError(f"event mention without any of {names}: {item!r}")


def system_mentions(docs: Sequence[Document]) -> list[SystemMention] | None:
    """The event layer's mentions in the Documents of one topic, with cross-document event ids.

    Returns None when the project has no event layer yet. The layer is given every
    Document of a topic at once, because coreference across articles is what is scored;
    it may return (path or doc id, start, end, event id) tuples, or objects/dicts with
    ``path`` or ``doc`` (a Document), ``start``, ``end`` and ``event_id``/``event``/
    ``cluster``. Offsets are into the Document's text; the event id must be shared by the
    mentions of one event in any of the documents.
    """
    fn, _ = _event_layer()
    if fn is None:
        return None
    by_path = {d.path: doc_id_of(d) for d in docs}
    out: list[SystemMention] = []
    for item in fn(list(docs)):
        if isinstance(item, tuple):
            where, start, end, event = item[:4]
        else:
            where = _field(item, "path", "doc", "doc_id")
            start, end = _field(item, "start"), _field(item, "end")
            event = _field(item, "event_id", "event", "cluster", "chain")
        if isinstance(where, Document):
            where = where.path
        doc_id = by_path.get(str(where), Path(str(where)).stem)
        out.append((doc_id, int(start), int(end), str(event)))
    return sorted(out)


# --- scoring ----------------------------------------------------------------------------


@dataclass
class TopicResult:
    """One topic's gold and responses, kept so that all topics can be scored as one union."""

    topic: str
    docs: int
    key: list[frozenset[int]]
    lemma: list[frozenset[int]]
    lemma_subtopic: list[frozenset[int]]
    system: list[frozenset[int]] | None
    matched: int


def _line(name: str, s: CorefScores) -> str:
    return (
        f"{name:28} MUC {100 * s.muc.recall:5.1f} {100 * s.muc.precision:5.1f} {100 * s.muc.f1:5.1f} | "
        f"B3 {100 * s.b3.recall:5.1f} {100 * s.b3.precision:5.1f} {100 * s.b3.f1:5.1f} | "
        f"CEAF-e {100 * s.ceaf_e.recall:5.1f} {100 * s.ceaf_e.precision:5.1f} {100 * s.ceaf_e.f1:5.1f} | "
        f"CoNLL {100 * s.conll:5.1f}"
    )


def score_topic(
    topic: str, ecb_docs: Sequence[EcbDoc], gold: Sequence[GoldMention], ids: Iterable[int], with_system: bool
) -> TopicResult:
    """Key, baselines and (if asked) the system's clustering of one topic's gold mentions.

    Mention ids are indices into the split's gold list, so clusters of different topics
    never share a mention and the union can be scored directly.
    """
    ids = list(ids)
    key = clusters_from_labels((i, gold[i].cluster) for i in ids)
    heads = {i: _lemma(head_word(gold[i].tokens)) for i in ids}
    lemma = clusters_from_labels((i, heads[i]) for i in ids)
    lemma_sub = clusters_from_labels((i, (gold[i].subtopic, heads[i])) for i in ids)
    system: list[frozenset[int]] | None = None
    matched = 0
    if with_system:
        built = {d.doc_id: build_document(d) for d in ecb_docs}
        found = system_mentions([built[d.doc_id].doc for d in ecb_docs]) or []
        spans: list[tuple[Hashable, int, int]] = []
        placed: list[int] = []
        for i in ids:
            m = gold[i]
            at = built[m.doc_id].place(m.sentence, m.start, m.end)
            if at is not None:
                spans.append((m.doc_id, at[0], at[1]))
                placed.append(i)
        pairs = match_spans(spans, [(d, s, e) for d, s, e, _ in found])
        matched = len(pairs)
        label: dict[int, Hashable] = {i: ("missed", i) for i in ids}
        for g, s in pairs.items():
            label[placed[g]] = ("event", found[s][3])
        system = clusters_from_labels((i, label[i]) for i in ids)
    return TopicResult(topic, len(ecb_docs), key, lemma, lemma_sub, system, matched)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("folder", type=Path, help="folder with docs.jsonl, mentions.jsonl, entities.jsonl")
    ap.add_argument("--split", default="dev", help="split name in docs.jsonl (default: dev)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print a line per topic")
    args = ap.parse_args(argv)

    by_topic = read_split(args.folder, args.split)
    if by_topic is None:
        return 2
    docs = {d.doc_id: d for ds in by_topic.values() for d in ds}
    gold = load_gold(args.folder, docs)
    layer, why = _event_layer()

    results: list[TopicResult] = []
    for topic, ecb_docs in by_topic.items():
        ids = [i for i, m in enumerate(gold) if m.topic == topic]
        results.append(score_topic(topic, ecb_docs, gold, ids, layer is not None))

    key = [c for r in results for c in r.key]
    n_docs = sum(r.docs for r in results)
    print(
        f"ecb+ events, split {args.split}: {len(results)} topics, {n_docs} documents, "
        f"{len(gold)} gold event mentions in annotated sentences, {len(key)} gold clusters"
    )
    print(f"lemma: {lemma_source()}")
    if args.verbose:
        for r in results:
            mentions = sum(len(c) for c in r.key)
            parts = [f"topic {r.topic:>3}: {r.docs:3} docs {mentions:4} mentions {len(r.key):4} clusters"]
            parts.append(f"same-lemma {100 * score(r.key, r.lemma).conll:5.1f}")
            parts.append(f"+subtopic {100 * score(r.key, r.lemma_subtopic).conll:5.1f}")
            if r.system is not None:
                rec = r.matched / mentions if mentions else 0.0
                parts.append(f"system recall {rec:.2f} CoNLL {100 * score(r.key, r.system).conll:5.1f}")
            print("  " + ", ".join(parts))
    baseline = score(key, [c for r in results for c in r.lemma])
    print(_line("same-lemma baseline", baseline))
    print(_line("same-lemma + subtopic", score(key, [c for r in results for c in r.lemma_subtopic])))
    if layer is None:
        print(f"system unavailable: {why}")
        print(f"events: mention recall n/a, CoNLL F1 n/a (same-lemma baseline {100 * baseline.conll:.1f})")
        return 0
    system = score(key, [c for r in results for c in r.system or []])
    recall = sum(r.matched for r in results) / len(gold) if gold else 0.0
    print(_line(f"system ({why})", system))
    print(
        f"events: mention recall {recall:.2f}, CoNLL F1 {100 * system.conll:.1f} "
        f"(same-lemma baseline {100 * baseline.conll:.1f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
