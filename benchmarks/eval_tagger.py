"""Score the shipped tagger and lemmatizer on a CoNLL-U file, with the treebank's own tokenization.

    python benchmarks/eval_tagger.py ../shared/data/ud-ewt/en_ewt-ud-dev.conllu [--train TRAIN.conllu] [--model PATH]

Unknown words are those absent from the training file (found beside the scored file
when ``--train`` is not given). The last line is the UPOS accuracy.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.lang import lemma, modelfile, tagger  # noqa: E402
from factcheck.lang.conllu import read_conllu  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conllu")
    parser.add_argument("--train", default=None, help="training CoNLL-U, for unknown-word accuracy")
    parser.add_argument("--model", default=None, help="a model file other than the shipped one")
    parser.add_argument("--confusions", type=int, default=0, help="print the N commonest confusions")
    args = parser.parse_args()
    sentences = list(read_conllu(args.conllu))
    model = tagger.Tagger(modelfile.read(Path(args.model).read_bytes())) if args.model else tagger.load()
    train = Path(args.train) if args.train else None
    if train is None:
        siblings = sorted(Path(args.conllu).resolve().parent.glob("*-train.conllu"))
        train = siblings[0] if siblings and siblings[0].resolve() != Path(args.conllu).resolve() else None
    known = {w.form for s in read_conllu(train) for w in s} if train else None

    t0 = time.perf_counter()
    correct = total = unk_correct = unk_total = 0
    lemma_pred = lemma_gold = 0
    confusions: Counter[tuple[str, str]] = Counter()
    for sentence in sentences:
        forms = [w.form for w in sentence]
        tags = model.tag(forms)
        for w, t in zip(sentence, tags):
            ok = t == w.upos
            correct += ok
            total += 1
            if not ok:
                confusions[(w.upos, t)] += 1
            if known is not None and w.form not in known:
                unk_total += 1
                unk_correct += ok
            lemma_pred += lemma.lemmatize(w.form, t) == w.lemma
            lemma_gold += lemma.lemmatize(w.form, w.upos) == w.lemma
    elapsed = time.perf_counter() - t0
    for (gold, pred), n in confusions.most_common(args.confusions):
        print(f"  gold {gold:6} tagged {pred:6} {n}")
    print(f"sentences: {len(sentences)}, tokens: {total}, tagged in {elapsed:.2f}s")
    if known is not None and unk_total:
        print(f"unknown words: UPOS accuracy {unk_correct / unk_total:.3f} on {unk_total} tokens absent from {train.name}")
    print(f"lemma: accuracy {lemma_pred / total:.3f} with predicted tags, {lemma_gold / total:.3f} with gold tags")
    print(f"tagger: UPOS accuracy {correct / total:.3f} on {total} tokens (gold tokenization)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
