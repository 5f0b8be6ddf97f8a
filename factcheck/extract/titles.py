"""Titles as offices: "Russia's veteran foreign minister" is the office "foreign minister" of the
minister family, and two titles of one person clash when they name two offices of one family.

The offices, their families, aliases ("Rep." is a representative), ranks and the words that
make a title a past one ("former") are data files under ``factcheck/data``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from factcheck.lexicon import groups, mapping, words
from factcheck.model import PersonMention

_WORD = re.compile(r"[a-z]+\.?(?:-[a-z]+)?")


@cache
def _vocabulary() -> frozenset[str]:
    vocab = {w.rstrip(".") for w in words("titles.txt")}
    for members in groups("people_title_ranks.txt").values():
        for m in members:
            vocab.update(t.rstrip(".") for t in m.split())
    vocab.update(k.rstrip(".") for k in words("people_title_rank_words.txt"))
    return frozenset(vocab)


@cache
def _families() -> dict[str, str]:
    out: dict[str, str] = {}
    for family, members in groups("people_title_ranks.txt").items():
        for m in members:
            out[_alias(m)] = family
    return out


def _alias(phrase: str) -> str:
    aliases = mapping("people_title_aliases.txt")
    return aliases.get(phrase, aliases.get(phrase.rstrip("."), phrase))


@cache
def canonical_title(title: str) -> tuple[str, str | None, bool]:
    """(office, family, past): "Russia's veteran foreign minister" -> ("foreign minister", "minister", False)."""
    low = title.lower().replace("’", "'")
    tokens = [t for t in _WORD.findall(low) if not t.endswith("'s")]
    past = any(t in words("people_title_former.txt") or t.rstrip("-") in words("people_title_former.txt") for t in tokens)
    # each word through the aliases too, so "interim" reads as "acting" inside any title
    kept = [_alias(t.rstrip(".")) for t in tokens if t.rstrip(".") in _vocabulary() or t == "of"]
    while kept and kept[-1] == "of":
        kept.pop()
    while kept and kept[0] == "of":
        kept.pop(0)
    # "director of the VOA division" keeps its head; "secretary of state" keeps its complement
    phrase = " ".join(kept)
    fams = _families()
    best = None
    for n in range(len(kept), 0, -1):
        for i in range(0, len(kept) - n + 1):
            cand = _alias(" ".join(kept[i : i + n]))
            if cand in fams:
                best = cand
                break
        if best:
            break
    if best:
        return best, fams[best], past
    office = _alias(phrase.split(" of ")[0]) if phrase else ""
    return office, None, past


def _short_form(a: str, b: str) -> bool:
    """One office is the bare rank by which the other is addressed ("colonel" for "lieutenant colonel")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short in words("people_title_address.txt") and long.endswith(" " + short)


def clash(a: str, b: str) -> str | None:
    """'error' when two offices of one family differ, 'warning' for a different rank of one office."""
    oa, fa, pa = canonical_title(a)
    ob, fb, pb = canonical_title(b)
    if pa or pb or not oa or not ob or oa == ob or _short_form(oa, ob):
        return None
    if fa and fa == fb:
        return "error"
    if fa is None and fb is None:
        ta, tb = oa.split(), ob.split()
        if ta[-1] == tb[-1] and (set(ta) ^ set(tb)) & words("people_title_rank_words.txt"):
            return "warning"
    return None


def past_office(people: Iterable[PersonMention], name: str, office: str) -> bool:
    """Whether ``people`` (one document's) also give ``name`` this office as a past one ("former chief constable")."""
    for p in people:
        if p.name == name and p.title:
            o, _, past = canonical_title(p.title)
            if past and o == office:
                return True
    return False


def title_span(view: str, p: PersonMention) -> tuple[int, int]:
    """Where the mention's title is written: just before the name, else just after it, else the name."""
    title = p.title or ""
    i = view.rfind(title, max(0, p.start - len(title) - 80), p.start)
    if i < 0:
        i = view.find(title, p.end, p.end + 200)
    if i < 0:
        return p.start, p.end
    return i, i + len(title)
