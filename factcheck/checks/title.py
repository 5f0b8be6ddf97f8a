"""title: one person given two titles that cannot both hold."""

from __future__ import annotations

import re
from functools import cache

from factcheck.calibration import grade
from factcheck.checks import check
from factcheck.describe import file_name
from factcheck.facts import Located, Pair
from factcheck.lexicon import groups, mapping, words
from factcheck.model import Evidence, Finding, PersonMention

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
    kept = [t.rstrip(".") for t in tokens if t.rstrip(".") in _vocabulary() or t == "of"]
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


def _clash(a: str, b: str) -> str | None:
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


def _title_span(loc: Located[PersonMention]) -> tuple[int, int]:
    p = loc.fact
    view = loc.doc.view
    title = p.title or ""
    i = view.rfind(title, max(0, p.start - len(title) - 80), p.start)
    if i < 0:
        i = view.find(title, p.end, p.end + 200)
    if i < 0:
        return p.start, p.end
    return i, i + len(title)


def _evidence(loc: Located[PersonMention]) -> Evidence:
    start, end = _title_span(loc)
    return loc.evidence(start, end, value=loc.fact.title, source=loc.fact.name)


def _later_past(loc: Located[PersonMention], office: str) -> bool:
    """The same document also gives the person this office as a past one ("former chief constable")."""
    for p in loc.facts.people:
        if p.name == loc.fact.name and p.title:
            o, _, past = canonical_title(p.title)
            if past and o == office:
                return True
    return False


@check(
    "title", over="people", rank=50, rule="TitleMismatch",
    summary="the role or title of the same person",
    example=('Finance Minister Oren Vale resigned.',
             'Transport Minister Oren Vale resigned.'),
)
def judge(pair: Pair[PersonMention]) -> Finding | None:
    """The same person with two titles that cannot both hold (not 'former', not a second role)."""
    a, b = pair.a.fact, pair.b.fact
    if not a.title or not b.title:
        return None
    severity = _clash(a.title, b.title)
    if severity is None:
        return None
    oa, ob = canonical_title(a.title)[0], canonical_title(b.title)[0]
    if _later_past(pair.a, ob) or _later_past(pair.b, oa):
        return None
    name = a.name if len(a.name) >= len(b.name) else b.name
    surname = name.split()[-1]
    ev_a, ev_b = _evidence(pair.a), _evidence(pair.b)
    name_a, name_b = file_name(pair.a), file_name(pair.b)
    if pair.a.doc is pair.b.doc:
        message = (
            f"{name_a} calls {name} '{a.title}' at line {ev_a.line} "
            f"and '{b.title}' at line {ev_b.line}."
        )
    else:
        message = f"{name_a} calls {name} '{a.title}'; {name_b} calls {surname} '{b.title}'."
    graded = grade(pair.score, most=severity)
    if graded is None:
        return None
    return Finding("title", graded.severity, graded.confidence, message, (ev_a, ev_b))
