"""Feature templates of the tagger, shared by training and tagging so the two never drift apart.

Most templates look at one word only (the word itself, or one neighbour at a fixed
offset), or at a tag paired with one word. That keeps the model mostly a sum of
per-word parts, which the tagger caches per word type and adds in a few operations
per token; the few templates over two words are looked up by name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

TAGS: tuple[str, ...] = (
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
)
TAG_INDEX: dict[str, int] = {tag: i for i, tag in enumerate(TAGS)}
START = len(TAGS)  # the tag "before" a sentence
END = len(TAGS) + 1  # the tag "after" it
OFFSETS: tuple[int, ...] = (-2, -1, 1, 2)

_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "`": "'",
    "–": "-", "—": "-", "―": "-", "−": "-", "…": "...",
    "0": "0", "1": "0", "2": "0", "3": "0", "4": "0", "5": "0", "6": "0", "7": "0", "8": "0", "9": "0",
})


def fold(word: str) -> str:
    """The form features see: lower case, straight quotes, every digit ``0`` (numbers share evidence)."""
    return word.lower().translate(_FOLD)


def shape(word: str) -> str:
    """Character classes with repeats collapsed: ``Zelenskyy`` -> ``Xx``, ``1,500`` -> ``d,d``."""
    out: list[str] = []
    last = ""
    for ch in word[:12]:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        elif ch.isalpha():
            c = "a"
        else:
            c = ch
        if c != last:
            out.append(c)
            last = c
    if len(word) > 12:
        out.append("+")
    return "".join(out)


def case(word: str) -> str:
    """A one-letter case class: all upper, title, lower, or other."""
    if word.isupper():
        return "U" if len(word) > 1 else "T"
    if word[:1].isupper():
        return "T"
    if word.islower():
        return "L"
    return "O"


def ambiguity(word: str, classes: Mapping[str, str]) -> str:
    """The set of tags a frequent training word was seen with; ``?`` for rare and unseen words."""
    return classes.get(fold(word), "?")


def word_features(word: str, first: bool, classes: Mapping[str, str]) -> list[str]:
    """Features of the word being tagged; ``first`` marks the sentence's first token."""
    f = fold(word)
    c = case(word)
    n = len(f)
    a = ambiguity(word, classes)
    feats = ["b", "w=" + f, "W=" + word, "h=" + shape(word), "a=" + a, "c=" + c, "cf=" + c + str(first),
             f"a{a}|s3={f[-3:]}", f"c={c}|s2={f[-2:]}"]
    for k in range(1, 6):
        if n > k:
            feats.append(f"s{k}=" + f[-k:])
    for k in range(1, 4):
        if n > k:
            feats.append(f"p{k}=" + f[:k])
    if n > 1 and "-" in f:
        feats.append("hy")
    if first:
        feats.append("fw=" + f)
    return feats


def context_features(word: str | None, offset: int, classes: Mapping[str, str]) -> list[str]:
    """Features a neighbour at ``offset`` contributes; ``None`` is past the sentence's edge."""
    if word is None:
        return [f"{offset}<>"]
    f = fold(word)
    feats = [f"{offset}w=" + f, f"{offset}a=" + ambiguity(word, classes), f"{offset}c=" + case(word)]
    if offset in (-1, 1):
        feats.append(f"{offset}h=" + shape(word))
        if len(f) > 3:
            feats.append(f"{offset}s3=" + f[-3:])
        if len(f) > 2:
            feats.append(f"{offset}s2=" + f[-2:])
    return feats


def pair_keys(word: str, classes: Mapping[str, str]) -> list[str]:
    """Parts of the word that are paired with the previous tag (``P3|w=the``-style features): the
    word's own first, then the parts other words share (the tagger caches only those)."""
    f = fold(word)
    keys = ["w=" + f, "a=" + ambiguity(word, classes), "c=" + case(word)]
    if len(f) > 3:
        keys.append("s3=" + f[-3:])
    return keys


def tag_features(prev: int, prev2: int) -> list[str]:
    """Features of the tags already chosen to the left."""
    return [f"t1={prev}", f"t2={prev2}", f"t12={prev},{prev2}"]


def right_features(prev: int, right: int, right2: int) -> list[str]:
    """Second pass only: the first pass's tags for the next two words."""
    return [f"r1={right}", f"r2={right2}", f"r12={right},{right2}", f"t1r1={prev},{right}"]


def bigram_features(left: str | None, word: str, right: str | None) -> list[str]:
    """The word with each neighbour, and the three words' case classes (``None`` past the sentence's edge)."""
    f = fold(word)
    return [
        "bl=" + (fold(left) if left is not None else "<>") + "|" + f,
        "br=" + f + "|" + (fold(right) if right is not None else "<>"),
        "cc=" + (case(left) if left is not None else "<") + case(word) + (case(right) if right is not None else ">"),
    ]


ADVERB_CLASSES = frozenset(("ADV", "PART", "ADV|PART"))


def adverb_like(word: str, classes: Mapping[str, str]) -> bool:
    """Words seen only as adverbs or particles ("not", "yet", "also"): looked past by ``reach_features``."""
    return classes.get(fold(word)) in ADVERB_CLASSES


def verb_like(word: str, classes: Mapping[str, str]) -> bool:
    """Words seen as verbs or auxiliaries."""
    tags = classes.get(fold(word), "")
    return "VERB" in tags or "AUX" in tags


def reach_features(forms: Sequence[str], i: int, classes: Mapping[str, str]) -> list[str]:
    """Two looks past the window: the next word after a run of adverbs ("had not yet agreed"),
    and the nearest verb-like word further left than the previous word ("said on Tuesday that")."""
    feats = []
    n = len(forms)
    j = i + 1
    while j < n and j <= i + 3 and adverb_like(forms[j], classes):
        j += 1
    if j > i + 1 and j < n:
        f = fold(forms[j])
        feats.append("nx=" + f)
        feats.append("nxs=" + f[-2:])
    for k in range(i - 2, max(-1, i - 6), -1):
        if verb_like(forms[k], classes):
            feats.append("pv=" + fold(forms[k]))
            break
    return feats
