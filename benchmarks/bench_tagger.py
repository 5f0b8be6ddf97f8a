"""Speed of the language layer on about 1 MB of generated news prose.

    python benchmarks/bench_tagger.py [--size BYTES]

Prints the model's load time, then tokens per second for tokenizing and tagging,
and for the whole ``analyse_text`` (tokens, tags, lemmas, Token objects).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.lang import modelfile, tagger  # noqa: E402
from factcheck.lang.analyse import analyse_text, sentence_spans  # noqa: E402
from factcheck.lang.tokens import tokenize  # noqa: E402

CITIES = ["CAIRO", "KYIV", "GDAŃSK", "HANOI", "NAIROBI", "LIMA", "OSLO", "QUITO", "DHAKA", "ACCRA"]
MONTHS = ["January", "March", "April", "June", "August", "October", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PEOPLE = ["Sergei Ryabkov", "Amina Okafor", "Nguyễn Văn An", "Sean O'Brien", "Maria Łukasz", "José Núñez", "Li Wei"]
TITLES = ["Deputy Foreign Minister", "Prime Minister", "the finance minister", "a senior official", "the mayor", "Police Chief"]
GROUPS = ["the government", "the central bank", "rescue workers", "the opposition party", "officials", "the company", "the union"]
VERBS = ["said", "announced", "confirmed", "denied", "warned", "told reporters", "added"]
EVENTS = ["had not yet agreed to the plan", "was cancelled after the storm", "called off the strike", "will not attend the summit",
          "fell short of approving the budget", "would raise interest rates", "never confirmed the figures", "is expected to resign"]
NOUNS = ["miners", "workers", "people", "homes", "tonnes of grain", "vehicles", "students", "soldiers"]


def sentence(rng: random.Random) -> str:
    """One sentence of news prose from a template."""
    n = rng.randint(2, 1500)
    who = rng.choice(PEOPLE)
    title = rng.choice(TITLES)
    choice = rng.randrange(8)
    if choice == 0:
        return f"{rng.choice(CITIES)}, {rng.choice(MONTHS)} {rng.randint(1, 28)} (Reuters) - {title.capitalize()} {who} {rng.choice(VERBS)} on {rng.choice(DAYS)} that {rng.choice(GROUPS)} {rng.choice(EVENTS)}."
    if choice == 1:
        return f"At least {n:,} {rng.choice(NOUNS)} were killed or injured, {rng.choice(GROUPS)} {rng.choice(VERBS)}."
    if choice == 2:
        return f"“We don’t accept it,” said {title} {who}, adding that the ${rng.randint(2, 99)} million deal {rng.choice(EVENTS)}."
    if choice == 3:
        return f"The figure rose {rng.randint(1, 9)}.{rng.randint(0, 9)}% to {n:,} by {rng.randint(10, 23)}:{rng.randint(10, 59)} on {rng.choice(DAYS)}, up from {n // 2:,} a year earlier."
    if choice == 4:
        return f"{rng.choice(GROUPS).capitalize()}, which {rng.choice(EVENTS)}, {rng.choice(VERBS)} it {rng.choice(['could', 'might', 'should', 'must'])} review the decision…"
    if choice == 5:
        return f"{who}’s spokeswoman told reporters the U.S. and Mr. {who.split()[-1]} {rng.choice(EVENTS)} — but didn’t say why."
    if choice == 6:
        return f"Officials Say {rng.choice(NOUNS).title()} Stranded As Floods Hit {rng.choice(CITIES).title()}"
    return f"{rng.choice(GROUPS).capitalize()} {rng.choice(EVENTS)}, driving at {rng.randint(40, 120)}km/h on the co-operative’s road, {rng.choice(VERBS)} {who}."


def corpus(size: int, seed: int = 7) -> str:
    """About ``size`` characters of prose, in paragraphs of a few sentences."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        para = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        parts.append(para)
        total += len(para) + 2
    return "\n\n".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args()
    t0 = time.perf_counter()
    model = tagger.load()
    load = time.perf_counter() - t0
    size = modelfile.DEFAULT_PATH.stat().st_size
    print(f"model: {modelfile.DEFAULT_PATH.name}, {size / 1e6:.2f} MB, loaded in {load:.3f}s")
    text = corpus(args.size)

    t0 = time.perf_counter()
    spans = tokenize(text)
    sentences = sentence_spans(text, spans)
    ntok = 0
    for a, b in sentences:
        forms = [text[s:e] for s, e in spans[a:b]]
        model.tag_indices(forms)
        ntok += len(forms)
    elapsed = time.perf_counter() - t0
    print("analyse_text: ", end="")
    t1 = time.perf_counter()
    tokens = analyse_text(text)
    full = time.perf_counter() - t1
    print(f"{len(tokens) / full:,.0f} tokens/s ({len(tokens)} tokens with lemmas and Token objects in {full:.2f}s)")
    print(f"tokenize+tag: {ntok / elapsed:,.0f} tokens/s ({ntok} tokens, {len(text) / 1e6:.2f} MB in {elapsed:.2f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
