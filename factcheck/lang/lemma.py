"""Lemmas from a word and its UPOS tag: a table of exceptions, then suffix rules.

Look-up order: the treebank-derived exception table (``en/lemma_exceptions.txt``,
rebuilt by ``python -m factcheck.lang.train``), the irregular verb and noun lists,
then regular suffix rules for the tag. Proper nouns keep their case; other lemmas
are lower case, as in Universal Dependencies English.
"""

from __future__ import annotations

from functools import cache

from factcheck.lang import data

EXCEPTIONS = "lemma_exceptions.txt"
_VOWELS = frozenset("aeiou")
_KEEP_DOUBLE = frozenset(("ll", "ss", "ff", "zz", "dd", "ee", "oo"))
_E_ENDINGS = ("v", "u", "z", "c", "ag", "ng", "rg", "dg", "ibe", "ob")
_STRAIGHT = str.maketrans({"’": "'", "‘": "'"})


@cache
def _exceptions() -> dict[tuple[str, str], str]:
    """(lower-cased form, UPOS) -> lemma, where the rules below get the treebank's lemma wrong."""
    out: dict[tuple[str, str], str] = {}
    for line in data.entries(EXCEPTIONS):
        form, upos, lemma = line.split("\t")
        out[(form, upos)] = lemma
    return out


@cache
def _irregular(name: str) -> dict[str, str]:
    """Inflected form -> base, from a list whose lines start with the base."""
    out: dict[str, str] = {}
    for line in data.entries(name):
        base, *forms = line.lower().split()
        for form in forms:
            out.setdefault(form, base)
    return out


def _vowel_groups(stem: str) -> int:
    groups = 0
    last = False
    for ch in stem:
        v = ch in _VOWELS or (ch == "y" and groups > 0)
        if v and not last:
            groups += 1
        last = v
    return groups


def _restore_e(stem: str) -> str:
    """A stem left by removing ``-ed``/``-ing``: undouble (``stopp``), or put back a silent ``e`` (``declar``)."""
    if len(stem) < 2:
        return stem
    last2 = stem[-2:]
    if stem.endswith("ell") and _vowel_groups(stem[:-3]):
        return stem[:-1]  # cancelled, labelled, travelling (but spelled, yelled)
    if last2[0] == last2[1] and last2 not in _KEEP_DOUBLE and last2[0] not in _VOWELS:
        return stem[:-1]
    if stem.endswith(("ang", "eng")) and len(stem) >= 5:
        return stem + "e"  # changed, arranged, challenged (but banged)
    if stem.endswith(_E_ENDINGS) and not stem.endswith(("eng", "ing", "ang", "ong", "ung")):
        return stem + "e"
    if stem.endswith(("iat", "uat")):
        return stem + "e"  # appreciated, evaluated
    c3 = stem[-3:]
    if len(stem) >= 3:
        a, b, c = c3
        single = a not in _VOWELS and b in _VOWELS
        if c == "r" and b not in _VOWELS and b not in "rwy":
            return stem + "e"  # centred, outmanoeuvred
        if c == "r" and b in "aiou" and (single or a == "u"):
            return stem + "e"  # declared, fired, scored, secured (but entered, offered)
        if c == "s" and (b in _VOWELS or b in "rnp") and not stem.endswith(("ss", "cus")):
            return stem + "e"  # used, caused, raised, nursed, collapsed (but focused)
        if c3 == "ced":
            return stem + "e"  # conceded, receded, ceded (but exceeded, succeeded: "-ceed")
        if c == "l" and b not in _VOWELS and b not in "lrwy":
            return stem + "e"  # handled, settled, struggled, tabled, enabled
        if c == "t" and b in "aou" and single:
            return stem + "e"  # created, voted, executed
        if c in "tdkmnpl" and single and b in "aiou" and c3 != "ion" and _vowel_groups(stem) == 1:
            return stem + "e"  # cited, liked, named, hoped, ruled
        if c in "dkmnl" and single and b in "aiu" and _vowel_groups(stem) > 1 and c3 not in ("ion", "ain", "oin"):
            return stem + "e"  # decided, provoked, defined, compiled
    return stem


def _verb(w: str) -> str:
    n = len(w)
    if w.endswith("ied") and n > 4:
        return w[:-3] + "y"
    if w.endswith("eed") and n > 4 and not w.endswith("ceed"):
        return w[:-1]  # agreed, guaranteed (but needed is need+ed, handled below as -eded)
    if w.endswith("ed") and n > 3:
        return _restore_e(w[:-2])
    if w.endswith("ing") and n > 4:
        stem = w[:-3]
        if stem.endswith("y") or _vowel_groups(stem) == 0:
            return stem if _vowel_groups(stem) else w
        return _restore_e(stem)
    if w.endswith("ies") and n > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes", "zzes", "oes")) and n > 4:
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and n > 2:
        return w[:-1]
    return w


def _noun(w: str) -> str:
    n = len(w)
    if w.endswith("men") and n > 4:
        return w[:-3] + "man"
    if w.endswith("ies") and n > 4 and w[-4] not in _VOWELS:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes", "zzes")) and n > 4:
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")) and n > 3:
        return w[:-1]
    return w


def _adjective(w: str) -> str:
    """Superlatives only: "-er" endings are too often not comparatives ("other", "proper")."""
    if w.endswith("iest") and len(w) > 5:
        return w[:-4] + "y"
    if w.endswith("est") and len(w) > 6:
        return _restore_e(w[:-3])
    return w


def rule_lemma(form: str, upos: str) -> str:
    """The lemma from the irregular lists and suffix rules alone (no treebank table)."""
    w = form.lower().translate(_STRAIGHT)
    if upos == "PROPN":
        return form
    if upos in ("VERB", "AUX"):
        base = _irregular("irregular_verbs.txt").get(w)
        return base if base is not None else _verb(w)
    if upos == "NOUN":
        base = _irregular("irregular_nouns.txt").get(w)
        return base if base is not None else _noun(w)
    if upos == "ADJ":
        return _adjective(w)
    if upos == "PRON" and w == "i":
        return "I"
    return w


def lemmatize(form: str, upos: str) -> str:
    """The dictionary form of ``form`` used as ``upos`` ("fled", "VERB" -> "flee")."""
    hit = _exceptions().get((form.lower().translate(_STRAIGHT), upos))
    if hit is not None:
        return hit
    return rule_lemma(form, upos)


