"""Train the UPOS tagger on a CoNLL-U treebank: ``python -m factcheck.lang.train TRAIN.conllu [-o PATH]``.

Deterministic: a fixed seed shuffles the sentences, and the model file is written
in sorted order with a zero gzip timestamp, so two runs give identical bytes.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from factcheck.lang import features as F
from factcheck.lang.conllu import Word, read_conllu

SEED = 20240611
ITERATIONS = 8
FOLDS = 4
CLASS_MIN_COUNT = 3
CLASS_MIN_SHARE = 0.05
FIXED_MIN_COUNT = 20
FIXED_MIN_SHARE = 0.995


def lexicon(sentences: Sequence[Sequence[Word]]) -> tuple[dict[str, str], dict[str, int]]:
    """Ambiguity classes (folded form -> ``NOUN|VERB``) and the words that always take one tag."""
    folded: dict[str, Counter[str]] = defaultdict(Counter)
    exact: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence in sentences:
        for w in sentence:
            folded[F.fold(w.form)][w.upos] += 1
            exact[w.form][w.upos] += 1
    classes: dict[str, str] = {}
    for form, counts in folded.items():
        total = sum(counts.values())
        if total >= CLASS_MIN_COUNT:
            classes[form] = "|".join(sorted(t for t, c in counts.items() if c / total >= CLASS_MIN_SHARE))
    fixed: dict[str, int] = {}
    for form, counts in exact.items():
        total = sum(counts.values())
        tag, count = counts.most_common(1)[0]
        if form[:1].isupper():
            continue  # a capital may start a name ("An", "May"): always scored
        if total >= FIXED_MIN_COUNT and count / total >= FIXED_MIN_SHARE:
            fixed[form] = F.TAG_INDEX[tag]
    return classes, fixed


class _Ids:
    """Feature strings to dense integer ids, so training keeps lists, not dicts of strings."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def get(self, names: list[str]) -> tuple[int, ...]:
        index = self.index
        out = []
        for name in names:
            i = index.get(name)
            if i is None:
                i = index[name] = len(index)
            out.append(i)
        return tuple(out)


Prepared = list[tuple[list[tuple[tuple[int, ...], tuple[str, ...], int | None]], list[int]]]


def _prepare(sentences: Sequence[Sequence[Word]], classes: dict[str, str], fixed: dict[str, int], ids: _Ids) -> Prepared:
    """Each token's static feature ids, its pair keys and its fixed tag, computed once for all iterations."""
    word_cache: dict[tuple[str, bool], tuple[int, ...]] = {}
    ctx_cache: dict[tuple[str | None, int], tuple[int, ...]] = {}
    pair_cache: dict[str, tuple[str, ...]] = {}
    data: Prepared = []
    for sentence in sentences:
        forms = [w.form for w in sentence]
        gold = [F.TAG_INDEX[w.upos] for w in sentence]
        n = len(forms)
        static = []
        for i, form in enumerate(forms):
            key = (form, i == 0)
            w0 = word_cache.get(key)
            if w0 is None:
                w0 = word_cache[key] = ids.get(F.word_features(form, i == 0, classes))
            parts = [w0]
            for off in F.OFFSETS:
                j = i + off
                other = forms[j] if 0 <= j < n else None
                ck = (other, off)
                c = ctx_cache.get(ck)
                if c is None:
                    c = ctx_cache[ck] = ids.get(F.context_features(other, off, classes))
                parts.append(c)
            parts.append(ids.get(F.bigram_features(forms[i - 1] if i else None, form, forms[i + 1] if i + 1 < n else None)))
            parts.append(ids.get(F.reach_features(forms, i, classes)))
            if form not in pair_cache:
                pair_cache[form] = tuple(F.pair_keys(form, classes))
            static.append((sum(parts, ()), pair_cache[form], fixed.get(form)))
        data.append((static, gold))
    return data


def _dynamic(prev: int, prev2: int, pkeys: tuple[str, ...], right: tuple[int, int] | None) -> list[str]:
    names = F.tag_features(prev, prev2)
    names.extend(f"P{prev}|{k}" for k in pkeys)
    if right is not None:
        names.extend(F.right_features(prev, right[0], right[1]))
        names.extend(f"R{right[0]}|{k}" for k in pkeys)
    return names


def _rights(tags: Sequence[int]) -> list[tuple[int, int]]:
    n = len(tags)
    return [(tags[i + 1] if i + 1 < n else F.END, tags[i + 2] if i + 2 < n else F.END) for i in range(n)]


def _fit(data: Prepared, ids: _Ids, rights: list[list[int]] | None, iterations: int, log=None) -> dict[str, dict[int, float]]:
    """Averaged perceptron over prepared data; ``rights`` are first-pass tags for the second pass."""
    weights: list[dict[int, int]] = []
    totals: list[dict[int, int]] = []
    index = ids.index
    step = 1
    rng = random.Random(SEED)
    order = list(range(len(data)))
    ntags = len(F.TAGS)
    for it in range(iterations):
        t0 = time.perf_counter()
        rng.shuffle(order)
        correct = seen = 0
        for si in order:
            static, gold = data[si]
            right = _rights(rights[si]) if rights is not None else None
            prev, prev2 = F.START, F.START
            for ti, ((feats, pkeys, fix), g) in enumerate(zip(static, gold)):
                if fix is not None:
                    prev2, prev = prev, fix
                    continue
                dids = []
                for name in _dynamic(prev, prev2, pkeys, right[ti] if right is not None else None):
                    i = index.get(name)
                    if i is None:
                        i = index[name] = len(index)
                    dids.append(i)
                allf = feats + tuple(dids)
                if len(weights) < len(index):
                    grow = len(index) - len(weights)
                    weights.extend({} for _ in range(grow))
                    totals.extend({} for _ in range(grow))
                scores = [0] * ntags
                for f in allf:
                    for t, v in weights[f].items():
                        scores[t] += v
                best = max(range(ntags), key=scores.__getitem__)
                if best != g:
                    for f in allf:
                        wf = weights[f]
                        tf = totals[f]
                        wf[g] = wf.get(g, 0) + 1
                        tf[g] = tf.get(g, 0) + step
                        wf[best] = wf.get(best, 0) - 1
                        tf[best] = tf.get(best, 0) - step
                else:
                    correct += 1
                seen += 1
                step += 1
                prev2, prev = prev, best
        if log:
            log(f"  iteration {it + 1}: {correct / seen:.4f} on scored tokens, {time.perf_counter() - t0:.1f}s")
    names = sorted(index, key=index.__getitem__)
    averaged: dict[str, dict[int, float]] = {}
    for fid in range(len(weights)):
        wf, tf = weights[fid], totals[fid]
        avg = {t: v - tf[t] / step for t, v in wf.items()}
        avg = {t: v for t, v in avg.items() if abs(v) > 1e-9}
        if avg:
            averaged[names[fid]] = avg
    return averaged


def predict(weights: dict[str, dict[int, float]], data: Prepared, ids: _Ids, rights: list[list[int]] | None = None) -> list[list[int]]:
    """Greedy decoding with plain dicts: slow, but the reference the fast tagger must agree with."""
    names = sorted(ids.index, key=ids.index.__getitem__)
    out = []
    ntags = len(F.TAGS)
    for si, (static, _gold) in enumerate(data):
        right = _rights(rights[si]) if rights is not None else None
        prev, prev2 = F.START, F.START
        tags = []
        for ti, (feats, pkeys, fix) in enumerate(static):
            if fix is not None:
                best = fix
            else:
                scores = [0.0] * ntags
                for name in [names[f] for f in feats] + _dynamic(prev, prev2, pkeys, right[ti] if right is not None else None):
                    for t, v in weights.get(name, {}).items():
                        scores[t] += v
                best = max(range(ntags), key=scores.__getitem__)
            tags.append(best)
            prev2, prev = prev, best
        out.append(tags)
    return out


def train(sentences: Sequence[Sequence[Word]], iterations: int = ITERATIONS, folds: int = FOLDS, log=None) -> dict:
    """Two passes: a left-to-right model, then one that also sees the first pass's tags to the right.

    The second pass learns from first-pass tags predicted on held-out folds, so it
    trusts them as much as they deserve on unseen text.
    """
    classes, fixed = lexicon(sentences)
    ids = _Ids()
    data = _prepare(sentences, classes, fixed, ids)
    rights: list[list[int]] = [[] for _ in data]
    for k in range(folds):
        if log:
            log(f"fold {k + 1}/{folds}")
        train_idx = [i for i in range(len(data)) if i % folds != k]
        held = [i for i in range(len(data)) if i % folds == k]
        w = _fit([data[i] for i in train_idx], ids, None, iterations, log)
        for i, tags in zip(held, predict(w, [data[i] for i in held], ids)):
            rights[i] = tags
    if log:
        log("first pass")
    first = _fit(data, ids, None, iterations, log)
    if log:
        log("second pass")
    second = _fit(data, ids, rights, iterations, log)
    return {"classes": classes, "fixed": fixed, "first": first, "second": second}


def lemma_exceptions(sentences: Sequence[Sequence[Word]]) -> list[tuple[str, str, str]]:
    """(form, UPOS, lemma) triples where the rules of ``lemma.rule_lemma`` miss the treebank's lemma.

    A pair enters the table when its commonest treebank lemma would be right more
    often than the rules are.
    """
    from factcheck.lang.lemma import rule_lemma

    seen: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    ruled: Counter[tuple[str, str]] = Counter()
    for sentence in sentences:
        for w in sentence:
            form = w.form.lower().replace("’", "'").replace("‘", "'")
            if "#" in form or "#" in w.lemma or any(c.isspace() for c in form + w.lemma) or w.lemma == "_":
                continue
            key = (form, w.upos)
            seen[key][w.lemma] += 1
            ruled[key] += rule_lemma(w.form, w.upos) == w.lemma
    out = []
    for key in sorted(seen):
        counts = seen[key]
        lemma, count = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if count > ruled[key]:
            out.append((key[0], key[1], lemma))
    return out


def write_lemmas(rows: list[tuple[str, str, str]], path: Path) -> None:
    """The exception table: one ``form<TAB>UPOS<TAB>lemma`` line each, sorted."""
    head = (
        "# Lemmas the suffix rules get wrong: form (lower case), UPOS, lemma; one per line, tab-separated.\n"
        "# Derived from Universal Dependencies English Web Treebank v2.15 (CC BY-SA 4.0) by\n"
        "# python -m factcheck.lang.train; see LICENSE-UD-EWT.txt.\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(head + "".join(f"{f}\t{u}\t{l}\n" for f, u, l in rows), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factcheck.lang.train", description=__doc__.splitlines()[0])
    parser.add_argument("treebank", help="training CoNLL-U file")
    parser.add_argument("-o", "--output", default=None, help="model file to write")
    parser.add_argument("--lemmas", default=None, help="lemma exception table to write (default: beside the model)")
    parser.add_argument("-n", "--iterations", type=int, default=ITERATIONS)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    sentences = list(read_conllu(args.treebank))
    from factcheck.lang import modelfile
    out = Path(args.output) if args.output else modelfile.DEFAULT_PATH
    lemmas = Path(args.lemmas) if args.lemmas else out.parent / "lemma_exceptions.txt"
    rows = lemma_exceptions(sentences)
    write_lemmas(rows, lemmas)
    print(f"wrote {lemmas} ({len(rows)} exceptions)", file=sys.stderr)
    model = train(sentences, args.iterations, log=lambda m: print(m, file=sys.stderr))
    modelfile.write(model, out)
    print(f"wrote {out} ({out.stat().st_size} bytes) in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
