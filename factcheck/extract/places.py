"""Places and organizations named in news text.

Names come from a small shipped gazetteer (countries, cities, regions, venues,
demonyms, institutions; ``factcheck/data/places_*.txt``) and from context:
capitalized names after "in", "near", "at"..., names ending in an organization
word ("Acme Holdings", "Harlow Town") and "Budapest, Hungary" pairs. Spans never
include a leading "the". ``relation`` says how two mentions sit on the map.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from factcheck.lexicon import entries, sections
from factcheck.model import PlaceMention

# Latin capitals, with those of Latin Extended-A listed one by one.
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CAP_WORD = re.compile(rf"[{_UP}][^\W_]*")
_WORD = re.compile(r"[^\W_]+")
# A capitalized token: an acronym with dots (U.S.), or a word with inner hyphens/apostrophes.
_TOKEN = re.compile(rf"[{_UP}][^\W_]*(?:[-'’][^\W_]+)*")
_ACRONYM_TAIL = re.compile(r"\.(?:[A-Z]\.)+")  # the rest of "U.S.", "U.A.E."
_ABBREV_DOT = ("St", "Mt", "Ft")  # "St. Petersburg", "Port St. Lucie"
_NOT_BEFORE_TOKEN = frozenset("'’.-_")
_POSSESSIVE = ("'s", "’s")
_APOSTROPHES = ("'", "’")
_RUN_GAP = re.compile(r" (?:(?:of(?: the)?|for|on|and|&|de|du|von) )?")  # a single space, or a name connector
_AND_JOIN = re.compile(r" (?:and|&) ")
_HEAD_FIRST = re.compile(r" (?:of(?: the)?|for|on) ")
_THE_BEFORE = re.compile(r"(?:^|\W)[Tt]he\s+$")
_PREV_WORD = re.compile(rf"(?:^|[\s(\"“])([{_UP}][\w'’.\-]*) $")
_NEXT_WORD = re.compile(rf" ([{_UP}][\w'’\-]*)")
_COMMA_GAP = ", "
_LAST_WORD = re.compile(r"([A-Za-z'’\-]+)$")
_NEXT_LOWER = re.compile(r"[ \t]+([a-z][a-z'’\-]*)")
_LOWER_COMPANY = re.compile(r" (?:plc|llc)\b")


@dataclass(frozen=True)
class Entry:
    """One gazetteer name: its canonical form, kind, country and what it lies within."""

    name: str
    kind: str
    country: str | None = None
    within: str | None = None


@dataclass(frozen=True)
class _Gazetteer:
    surfaces: dict[str, tuple[tuple[str, Entry], ...]]  # first word -> (surface, entry), longest first
    by_name: dict[tuple[str, str], Entry]  # (kind, canonical lower) -> entry
    venue_within: dict[str, str]  # venue canonical lower -> what it lies in
    demonyms: dict[str, str | None]
    aliases: dict[str, str]  # organization canonical lower -> country
    sections: dict[str, frozenset[str]]
    suffix_kind: dict[str, str]  # capitalized organization word -> section
    lower_sections: dict[str, frozenset[str]]
    cue_re: re.Pattern[str]
    venue_cue_re: re.Pattern[str]
    cue_len: int  # characters in the longest location cue
    venue_cue_len: int
    speech_re: re.Pattern[str]
    portfolio_re: re.Pattern[str]
    area_lower_re: re.Pattern[str]
    ministry_head_re: re.Pattern[str]
    ministry_heads: tuple[str, ...] | None  # the heads lower-cased, when all are ASCII (see _may_hold)


def _split(line: str) -> tuple[list[str], str]:
    """``a | b = value`` -> ([a, b], value)."""
    names, _, value = line.partition("=")
    return [n.strip() for n in names.split("|") if n.strip()], value.strip()


def _first_word(surface: str) -> str:
    m = _WORD.match(surface)
    return m.group() if m else surface


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def _gazetteer() -> _Gazetteer:
    """Load and index the word lists once."""
    claims: dict[str, list[Entry]] = {}
    by_name: dict[tuple[str, str], Entry] = {}

    def claim(surfaces: list[str], entry: Entry) -> None:
        by_name[(entry.kind, entry.name.lower())] = entry
        for s in surfaces:
            claims.setdefault(s, []).append(entry)

    for line in entries("places_countries.txt"):
        canonical, _, rest = line.partition("=")
        canonical = canonical.strip()
        aliases = [a.strip() for a in rest.split(",") if a.strip()]
        claim([canonical, *aliases], Entry(canonical, "country", canonical))

    for section, lines in sections("places_cities.txt").items():
        kind = "region" if section == "regions" else "city"
        for line in lines:
            names, value = _split(line)
            country, _, region = value.partition("/")
            country = country.strip()
            hyphened = [n.replace(" ", "-") for n in names if " " in n]  # "Dar-es-Salaam" is Dar es Salaam
            claim([*names, *hyphened], Entry(names[0], kind, None if country == "-" else country, region.strip() or None))

    demonyms: dict[str, str | None] = {}
    for line in entries("places_demonyms.txt"):
        names, value = _split(line)
        country = None if value == "-" else value
        forms = list(names)
        for n in names:
            if not n.endswith(("s", "sh", "ch", "x", "z", "ese")):
                forms.append(n + "s")
        for f in forms:
            demonyms[f.lower()] = country
            claims.setdefault(f, []).append(Entry(country or names[0], "demonym", country))

    aliases: dict[str, str] = {}
    org_surfaces: dict[str, Entry] = {}
    for line in entries("places_aliases.txt"):
        names, value = _split(line)
        for n in names:
            aliases[n.lower()] = value
        entry = Entry(names[0], "organization", value)
        for n in names:
            org_surfaces[n] = entry
    for line in entries("places_organizations.txt"):
        names, _ = _split(line)
        entry = Entry(names[0], "organization", aliases.get(names[0].lower()))
        for n in names:
            org_surfaces.setdefault(n, entry)

    venue_within: dict[str, str] = {}
    venue_surfaces: dict[str, tuple[str, str]] = {}
    for line in entries("places_venues.txt"):
        names, value = _split(line)
        venue_within[names[0].lower()] = value
        for n in names:
            venue_surfaces[n] = (names[0], value)

    # Venues and organizations are named things, not ambiguous place names: they win.
    for s, (canonical, _) in venue_surfaces.items():
        org = org_surfaces.pop(s, None)
        country = _country_of(canonical.lower(), venue_within, by_name)
        if org is not None:
            # A seat of power: an organization unless a location cue precedes it.
            e = Entry(org.name, "organization", org.country or country, canonical)
        else:
            e = Entry(canonical, "venue", country, venue_within[canonical.lower()])
        by_name[(e.kind, e.name.lower())] = e
        claims[s] = [e]
    for s, e in org_surfaces.items():
        by_name[(e.kind, e.name.lower())] = e
        claims[s] = [e]

    resolved: dict[str, Entry] = {}
    for s, found in claims.items():
        distinct = {(e.name, e.kind, e.country) for e in found}
        if len(distinct) == 1:
            resolved[s] = found[0]
        else:
            kinds = {e.kind for e in found}
            resolved[s] = Entry(s, kinds.pop() if len(kinds) == 1 else "place", None)

    surfaces: dict[str, list[tuple[str, Entry]]] = {}
    for s, e in resolved.items():
        surfaces.setdefault(_first_word(s), []).append((s, e))
    index = {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in surfaces.items()}

    ctx = {k: frozenset(v) for k, v in sections("places_context.txt").items()}
    ctx["titles"] = frozenset(w.rstrip(".") for w in ctx["titles"])
    suffix_sections = sections("places_org_suffixes.txt")
    suffix_kind: dict[str, str] = {}
    for section in ("company", "body", "club", "venue", "area"):
        for w in suffix_sections.get(section, []):
            suffix_kind.setdefault(w, section)
    lower = {k: frozenset(v) for k, v in suffix_sections.items() if k in ("area_lower", "ministry_lower", "portfolio")}

    cue_re = re.compile(rf"(?:^|[^\w'’])({_alternation(ctx['cues'])})\s+(?:the\s+)?$", re.IGNORECASE)
    venue_cue_re = re.compile(rf"(?:^|[^\w'’])({_alternation(ctx['venue_cues'])})\s+(?:the\s+)?$", re.IGNORECASE)
    speech_re = re.compile(rf"\s+(?:{_alternation(ctx['speech'])})\b")
    portfolio_re = re.compile(
        rf"\b(?:{_alternation(lower['portfolio'])})(?:\s+(?:and|&)\s+(?:{_alternation(lower['portfolio'])}))?"
        rf"\s+(?:{_alternation(lower['ministry_lower'])})$",
        re.IGNORECASE,
    )
    ministry_head_re = re.compile(rf"\b(?:{_alternation(lower['ministry_lower'])})\b", re.IGNORECASE)
    area_lower_re = re.compile(rf"\s(?:{_alternation(lower['area_lower'])})\b")
    return _Gazetteer(
        index, by_name, venue_within, demonyms, aliases, ctx, suffix_kind, lower,
        cue_re, venue_cue_re, max(map(len, ctx["cues"]), default=0), max(map(len, ctx["venue_cues"]), default=0),
        speech_re, portfolio_re, area_lower_re, ministry_head_re, _ascii_lower(lower["ministry_lower"]),
    )


def _ascii_lower(words: Iterable[str]) -> tuple[str, ...] | None:
    """The words lower-cased, or None when one is not plain ASCII."""
    low = tuple(w.lower() for w in words)
    return low if all(w.isascii() for w in low) else None


def _may_hold(text: str, words: tuple[str, ...] | None) -> bool:
    """Whether a case-blind search for ``words`` (lower-cased ASCII, or None) may find one in ``text``.

    Most texts name no ministry, and a case-blind search of a long text is slow. In ASCII text,
    ASCII words match case-blind exactly where they occur in the lower-cased text, which a plain
    substring test finds quickly; anything else is left to the search.
    """
    if words is None or not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in words)


def _country_of(key: str, venue_within: dict[str, str], by_name: dict[tuple[str, str], Entry]) -> str | None:
    """Follow a venue's "lies in" chain (Oval Office -> White House -> Washington) to a country."""
    seen: set[str] = set()
    while key in venue_within and key not in seen:
        seen.add(key)
        key = venue_within[key].lower()
    for kind in ("city", "region", "country"):
        e = by_name.get((kind, key))
        if e is not None:
            return e.country
    return None


def demonym_country(word: str) -> str | None:
    """The country a demonym names ("Russian" -> "Russia"), or None."""
    return _gazetteer().demonyms.get(word.strip().lower())


def lookup(name: str) -> Entry | None:
    """The gazetteer entry for a surface form ("Kiev" -> Kyiv, Ukraine), or None."""
    for surface, entry in _gazetteer().surfaces.get(_first_word(name), ()):
        if surface == name:
            return entry
    return None


# ---------------------------------------------------------------------------
# Extraction


class _Tok(NamedTuple):
    start: int
    end: int
    text: str
    possessive: bool


class _Hit(NamedTuple):
    start: int
    end: int
    entry: Entry


def _tokens(text: str) -> list[_Tok]:
    """Capitalized words with their spans; a possessive "'s" is cut off and noted."""
    out = []
    append = out.append
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if start:
            c = text[start - 1]
            if c.isalnum() or c in _NOT_BEFORE_TOKEN:
                continue
        word = m.group()
        nxt = text[end : end + 1]
        if nxt == ".":
            if len(word) == 1:
                tail = _ACRONYM_TAIL.match(text, end)
                if tail:
                    append(_Tok(start, tail.end(), text[start : tail.end()], False))
                    continue
            elif word in _ABBREV_DOT and text[end + 1 : end + 2] == " " and text[end + 2 : end + 3].isupper():
                append(_Tok(start, end + 1, word + ".", False))
                continue
        elif word[-2:] in _POSSESSIVE:
            if len(word) > 2:
                append(_Tok(start, end - 2, word[:-2], True))
            continue
        elif nxt in _APOSTROPHES and word[-1] == "s" and not text[end + 1 : end + 2].isalpha():
            append(_Tok(start, end, word, True))
            continue
        append(_Tok(start, end, word, False))
    return out


def _runs(text: str, toks: list[_Tok]) -> list[list[_Tok]]:
    """Capitalized tokens joined by single spaces or name connectors ("of", "for", "&")."""
    runs: list[list[_Tok]] = []
    current: list[_Tok] = []
    for t in toks:
        if current:
            prev = current[-1]
            if not prev.possessive and _RUN_GAP.fullmatch(text, prev.end, t.start):
                current.append(t)
                continue
            runs.append(current)
        current = [t]
    if current:
        runs.append(current)
    return runs


def _hits(text: str, g: _Gazetteer) -> list[_Hit]:
    """Longest gazetteer names at each capitalized word start, left to right."""
    out: list[_Hit] = []
    last = -1
    n = len(text)
    surfaces = g.surfaces
    for m in _CAP_WORD.finditer(text):
        cands = surfaces.get(m.group())
        if cands is None:
            continue
        pos = m.start()
        if pos < last or (pos and (text[pos - 1].isalnum() or text[pos - 1] == "_")):
            continue
        for surface, entry in cands:
            end = pos + len(surface)
            if text.startswith(surface, pos) and (end >= n or not (text[end].isalnum() or text[end] == "_")):
                if surface[-1] == "." or end >= n or text[end] != "." or not text[end + 1 : end + 2].isalpha():
                    out.append(_Hit(pos, end, entry))
                    last = end
                    break
    return out


class _Extractor:
    """One pass over one text; holds the shared indexes while mentions are built."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.g = _gazetteer()
        self.toks = _tokens(text)
        self.tok_starts = [t.start for t in self.toks]
        self.hits = _hits(text, self.g)
        self.hit_starts = [h.start for h in self.hits]
        self.hit_at = {h.start: h for h in self.hits}
        self.covered: dict[int, _Hit] = {}
        for h in self.hits:
            for t in self._toks_in(h.start, h.end):
                self.covered[t.start] = h
        self.runs = _runs(text, self.toks)
        self.persons = self._person_words()
        self._enders: dict[str, bool] = {}

    # -- helpers
    def _toks_in(self, start: int, end: int) -> list[_Tok]:
        i = bisect_left(self.tok_starts, start)
        out = []
        while i < len(self.toks) and self.toks[i].start < end:
            out.append(self.toks[i])
            i += 1
        return out

    def _is_skip(self, word: str) -> bool:
        s = self.g.sections
        return word in s["skip"] or word in s["openers"] or word in s["titles"]

    def _ends_name(self, word: str) -> bool:
        """A word an unknown place name stops before: a skip word or one with a digit; known once per word."""
        ends = self._enders.get(word)
        if ends is None:
            ends = self._enders[word] = self._is_skip(word) or any(c.isdigit() for c in word)
        return ends

    def _person_like(self, word: str) -> bool:
        """A word seen as a person's name, or one whose last hyphenated part is lower-case ("Kremlin-backed")."""
        return word in self.persons or word.rsplit("-", 1)[-1].islower()

    def _cue(self, pos: int, venue: bool = False) -> tuple[str, str] | None:
        """The location cue right before ``pos`` and the word before it, lower-cased.

        A capitalized "In" in mid-line is headline case, not a cue.
        """
        lo = max(0, pos - 40)
        g = self.g
        pattern, longest = (g.venue_cue_re, g.venue_cue_len) if venue else (g.cue_re, g.cue_len)
        start = _cue_search_start(self.text, lo, pos, longest)
        m = None if start is None else pattern.search(self.text, start, pos)
        if m is None:
            return None
        cue_start = m.start(1)
        before = self.text[lo:cue_start].rstrip(" ")
        if self.text[cue_start].isupper() and before and (before[-1].isalnum() or before[-1] == ","):
            return None
        prev = _LAST_WORD.search(before)
        return m.group(1).lower(), prev.group(1).lower() if prev else ""

    def _cue_before(self, pos: int, venue: bool = False) -> bool:
        return self._cue(pos, venue) is not None

    def _person_words(self) -> frozenset[str]:
        """Words seen as a person's name: right after a title, or before a speech verb."""
        out: set[str] = set()
        titles = self.g.sections["titles"]
        for run in self.runs:
            after_title = False
            for t in run:
                if t.text in titles:
                    after_title = True
                elif after_title and t.start not in self.covered:
                    out.add(t.text)
            if self._speaks(run):
                out.update(x.text for x in run if x.start not in self.covered and not self._is_skip(x.text))
        return frozenset(out)

    def _speaks(self, run: list[_Tok]) -> bool:
        """A run right before a speech verb, with no place opener or location cue before it (the cheap tests first)."""
        last = run[-1]
        if last.possessive or last.start in self.covered or not self.g.speech_re.match(self.text, last.end):
            return False
        return run[0].text not in self.g.sections["place_openers"] and self._cue(run[0].start) is None

    def _mention(self, start: int, end: int, name: str, kind: str, country: str | None) -> PlaceMention:
        return PlaceMention(start, end, self.text[start:end], name, kind, country)

    # -- gazetteer hits as mentions
    def _hit_mention(self, h: _Hit) -> PlaceMention | None:
        e = h.entry
        ctx = self.g.sections
        surface = self.text[h.start : h.end]
        if surface in ctx["context_only"] and not (self._cue_before(h.start) or self._comma_place_after(h.end)):
            return None
        if surface in ctx["person_like"] and self._next_to_name(h):
            return None
        if e.kind == "organization" and e.within and self._cue_before(h.start, venue=True):
            return self._mention(h.start, h.end, e.within, "venue", e.country)
        return self._mention(h.start, h.end, e.name, e.kind, e.country)

    def _comma_place_after(self, end: int) -> bool:
        if not self.text.startswith(_COMMA_GAP, end):
            return False
        h = self.hit_at.get(end + len(_COMMA_GAP))
        return h is not None and h.entry.kind in ("country", "region")

    def _next_to_name(self, h: _Hit) -> bool:
        """A capitalized name right before or after ("Michael Jordan", "Israel Katz")."""
        prev = _PREV_WORD.search(self.text, max(0, h.start - 40), h.start)
        if prev:
            w = prev.group(1)
            ctx = self.g.sections
            if not (w.lower() in ctx["cues"] or w in ctx["openers"] or w in ctx["skip"] or w in ctx["area_prefixes"]):
                if w.rstrip(".") in self.g.sections["titles"] or (h.start - len(w) - 1) not in self.hit_at:
                    return True
        nxt = _NEXT_WORD.match(self.text, h.end)
        if nxt:
            w = nxt.group(1)
            if h.end + 1 not in self.hit_at and not self._is_skip(w) and w not in self.g.suffix_kind:
                return True
        return False

    # -- capitalized runs: organizations, venues, areas, unknown places
    def _run_mentions(self, run: list[_Tok]) -> list[PlaceMention]:
        g = self.g
        i = 0
        while i < len(run) and (run[i].text in g.sections["openers"] or run[i].text.lower() in g.sections["cues"]):
            i += 1
        run = run[i:]
        if not run:
            return []
        k = -1
        for j in range(len(run) - 1, -1, -1):
            t = run[j]
            if t.text in g.suffix_kind and t.start not in self.covered:
                k = j
                break
        if k >= 0:
            m = self._named_by_suffix(run, k)
            if m is not None:
                return [m]
        return self._unknown_place(run)

    def _named_by_suffix(self, run: list[_Tok], k: int) -> PlaceMention | None:
        g = self.g
        head = run[k]
        section = g.suffix_kind[head.text]
        end_tok = k
        connector = k + 1 < len(run) and _HEAD_FIRST.fullmatch(self.text[head.end : run[k + 1].start])
        if connector and section in ("body", "company", "venue", "area") and not self._is_skip(run[k + 1].text):
            if section == "venue" and self.text[head.end : run[k + 1].start] == " for ":
                section = "body"  # "Center for Strategic Studies" is an organization
            # Head-first names: "Ministry of Mines", "Bank of England", "Palace of Culture".
            end_tok = k + 1
            while end_tok + 1 < len(run) and not self._is_skip(run[end_tok + 1].text):
                end_tok += 1
            if run[end_tok].text in g.sections["titles"]:
                return None
        elif k == 0:
            return None
        first = k
        while first > 0 and self.text[run[first - 1].end : run[first].start] == " ":
            first -= 1
        if first > 0 and _AND_JOIN.fullmatch(self.text[run[first - 1].end : run[first].start]):
            # "Securities and Exchange Commission": one name, unless the left part is known.
            j = first - 1
            while j > 0 and self.text[run[j - 1].end : run[j].start] == " ":
                j -= 1
            if not any(t.start in self.covered or self._is_skip(t.text) for t in run[j:first]):
                first = j
        for j in range(k - 1, first - 1, -1):
            if run[j].text in g.sections["titles"] or run[j].text in g.sections["openers"] or run[j].text in g.sections["name_breakers"]:
                first = j + 1  # "President Park", "Operation Desert Storm": not part of the name
                break
        if first == k and end_tok == k:
            return None
        toks = run[first : end_tok + 1]
        if any(t.possessive for t in toks[:-1]):
            return None
        start, end = toks[0].start, toks[-1].end
        if section == "company":
            tail = _LOWER_COMPANY.match(self.text, end)
            end = tail.end() if tail else end
        span = self.text[start:end]
        if section == "club" and (_THE_BEFORE.search(self.text, max(0, start - 8), start) or k > 3):
            return None
        inner = self.hits[bisect_left(self.hit_starts, start) : bisect_left(self.hit_starts, end)]
        if section == "venue":
            whose = toks[-1].text.lower() in _missions()  # "U.S. Embassy": the state it stands for, elsewhere
            return self._mention(start, end, span, "venue", None if whose else _single_country(h.entry for h in inner))
        if section == "area":
            if all(t.start in self.covered for t in toks[:-1]) and not any(h.entry.kind in ("city", "region") for h in inner):
                return None  # "U.S. District": a court or judge, not an area
            within = [h.entry for h in inner if h.entry.kind in ("city", "region")]
            return self._mention(start, end, span, "region", _single_country(within))
        name = _org_name(span)
        country = g.aliases.get(name.lower()) or _single_country(h.entry for h in inner)
        return self._mention(start, end, name, "organization", country)

    def _unknown_place(self, run: list[_Tok]) -> list[PlaceMention]:
        """A name after a location cue that the gazetteer does not know: "near Cape Loma"."""
        ctx = self.g.sections
        first = run[0]
        if first.start in self.covered or len(first.text) < 2 or self._person_like(first.text):
            return []  # the first word alone fails a test below: the name need not be read
        cue = self._cue(first.start)
        if cue is None or cue[1] in ctx["cue_blockers"]:
            return []
        if _THE_BEFORE.search(self.text, max(0, first.start - 8), first.start):
            return []
        toks: list[_Tok] = []
        for t in run:
            if (
                t.start in self.covered
                or self._ends_name(t.text)
                or (toks and self.text[toks[-1].end : t.start] != " ")
            ):
                break
            toks.append(t)
            if t.possessive or len(toks) == 4:
                break
        if not toks or toks[-1].possessive or len(toks[0].text) < 2:
            return []
        if len(toks) == 1 and toks[0].text.isupper():
            return []  # an acronym: an organization more often than a place
        if all(t.text in ctx["area_prefixes"] for t in toks):
            return []
        if any(self._person_like(t.text) for t in toks):
            return []
        start, end = toks[0].start, toks[-1].end
        if toks[-1] is not run[-1] and run[len(toks)].start == end + 1:
            return []  # a longer name we chose not to cut ("Little Havana", "South Florida")
        nxt = _NEXT_LOWER.match(self.text, end)
        if nxt and nxt.group(1) not in ctx["after_ok"]:
            return []  # a modifier: "in Hughes earnings", "in Republican votes"
        name = " ".join(t.text for t in toks)
        weak = (cue[0] in ctx["weak_cues"] and cue[1] not in ctx["weak_cue_verbs"] and not self._comma_place_after(end)
                and toks[0].text not in ctx["place_openers"])  # "at Port Adrenne": the name says it is a place
        return [self._mention(start, end, name, "place?" if weak else "place", None)]

    # -- lower-case patterns
    def _ministries(self) -> list[PlaceMention]:
        """"the interior ministry", "Russia's foreign ministry", "the Russian defence ministry"."""
        out: list[PlaceMention] = []
        if not _may_hold(self.text, self.g.ministry_heads):
            return out
        for head in self.g.ministry_head_re.finditer(self.text):
            m = self.g.portfolio_re.search(self.text, max(0, head.start() - 40), head.end())
            if m is None or m.end() != head.end():
                continue
            start, end = m.start(), m.end()
            name = " ".join(w.capitalize() for w in m.group().split())
            country = self.g.aliases.get(name.lower())
            prev = self._hit_ending_before(start)
            if prev is not None and prev.entry.kind in ("demonym", "country") and prev.entry.country:
                start, country = prev.start, prev.entry.country
            out.append(self._mention(start, end, name, "organization", country))
        return out

    def _hit_ending_before(self, pos: int) -> _Hit | None:
        """The gazetteer hit that ends one space before ``pos``."""
        i = bisect_right(self.hit_starts, pos - 2) - 1
        if i >= 0 and self.hits[i].end == pos - 1 and self.text[pos - 1] == " ":
            return self.hits[i]
        return None

    def _areas(self, runs: list[list[_Tok]]) -> list[PlaceMention]:
        """"the Kursk region", "Rakhine state": a name followed by a lower-case area word."""
        out = []
        for run in runs:
            last = run[-1]
            if last.possessive:
                continue
            m = self.g.area_lower_re.match(self.text, last.end)
            if not m:
                continue
            toks = []
            for t in reversed(run):
                if self._is_skip(t.text) or len(toks) == 3:
                    break
                toks.insert(0, t)
            if not toks:
                continue
            inner = [self.covered.get(t.start) for t in toks]
            entries_ = [h.entry for h in inner if h is not None]
            if any(e.kind in ("demonym", "country", "organization") for e in entries_):
                continue
            head = m.group().strip()
            start, end = toks[0].start, m.end()
            base = self.text[start : toks[-1].end]
            name = f"{base} {'Region' if head.lower() == 'oblast' else head.capitalize()}"
            known = inner[0] if len(inner) == 1 else None
            if known is not None and known.entry.kind == "region" and known.start == start and known.end == toks[-1].end:
                name = known.entry.name  # "the Donbas region" is the Donbas
            country = _single_country(e for e in entries_ if e.kind in ("city", "region"))
            out.append(self._mention(start, end, name, "region", country))
        return out

    # -- putting it together
    def run(self) -> tuple[PlaceMention, ...]:
        runs = self.runs
        cands: list[tuple[PlaceMention, int]] = []
        for m in self._ministries():
            cands.append((m, 0))
        for m in self._areas(runs):
            cands.append((m, 0))
        found = [m for run in runs for m in self._run_mentions(run)]
        strong = {m.name for m in found if m.kind == "place"}
        for m in found:
            if m.kind == "place?":
                if m.name not in strong:
                    continue
                m = replace(m, kind="place")
            cands.append((m, 1))
        for h in self.hits:
            hm = self._hit_mention(h)
            if hm is not None:
                cands.append((hm, 2))
        cands.sort(key=lambda c: (c[0].start, -(c[0].end - c[0].start), c[1]))
        chosen: list[PlaceMention] = []
        last_end = -1
        for m, _ in cands:
            if m.start >= last_end:
                chosen.append(m)
                last_end = m.end
        return tuple(self._attach(_merge_commas(self.text, chosen)))

    def _attach(self, ms: list[PlaceMention]) -> list[PlaceMention]:
        """Give a venue the country of the place after "in"; an organization that of a "Russia's" before it."""
        out = list(ms)
        for i, m in enumerate(out):
            if m.country is not None:
                continue
            if m.kind == "venue" and i + 1 < len(out):
                nxt = out[i + 1]
                if self.text[m.end : nxt.start] == " in " and nxt.country and nxt.kind != "demonym":
                    out[i] = replace(m, country=nxt.country)
            if m.kind == "organization" and i > 0 and m.name.rsplit(" ", 1)[-1] in self.g.suffix_kind:
                prev = out[i - 1]
                gap = self.text[prev.end : m.start]
                if prev.kind == "country" and gap in ("'s ", "’s "):
                    out[i] = replace(m, country=prev.name)
        return out


def _cue_search_start(text: str, lo: int, pos: int, longest: int) -> int | None:
    """Where in ``text[lo:pos]`` a cue of at most ``longest`` characters, then spaces and perhaps a
    "the" and spaces, that ends at ``pos`` may begin (the character before it included); None when no
    space comes before ``pos``. Searching only there spares trying every character of the window."""
    i = pos
    while i > lo and text[i - 1].isspace():
        i -= 1
    if i == pos:
        return None
    j = max(lo, i - 3)  # before a "the"
    while j > lo and text[j - 1].isspace():
        j -= 1
    return max(lo, j - longest - 1)


@cache
def _missions() -> frozenset[str]:
    """Venue words naming a state's mission abroad (``places_missions.txt``)."""
    return frozenset(e.lower() for e in entries("places_missions.txt"))


def _single_country(es: Iterable[Entry]) -> str | None:
    found = {e.country for e in es if e.country}
    return found.pop() if len(found) == 1 else None


_MINISTRY_OF = re.compile(r"^(Ministry|Department) (?:of|for) (?:the )?(.+)$")


def _org_name(span: str) -> str:
    """Canonical organization name: "Ministry of the Interior" -> "Interior Ministry"."""
    m = _MINISTRY_OF.match(span)
    if m:
        return f"{m.group(2)} {m.group(1)}"
    return span


def _merge_commas(text: str, ms: list[PlaceMention]) -> list[PlaceMention]:
    """"Budapest, Hungary" and "Port Averne, Kenya" are one mention with that country."""
    out: list[PlaceMention] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        if i + 1 < len(ms):
            b = ms[i + 1]
            after = text[b.end : b.end + 2]
            if (
                text[a.end : b.start] == _COMMA_GAP
                and a.kind in ("city", "place", "venue")
                and b.kind in ("country", "region")
                and b.country
                and after[:1] not in ("'", "’")
                and (a.country is None or a.country == b.country or b.kind == "region")
            ):
                out.append(PlaceMention(a.start, b.end, text[a.start : b.end], a.name, a.kind, b.country))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def extract_places(text: str) -> tuple[PlaceMention, ...]:
    """Places, demonyms and organizations in ``text``, in order, without overlaps."""
    if not text:
        return ()
    return _Extractor(text).run()


# ---------------------------------------------------------------------------
# Relations

_LEVEL = {"venue": 0, "city": 1, "region": 2, "country": 3}


def _containers(m: PlaceMention) -> set[tuple[str, str]]:
    """(kind, lower name) of every known place that holds ``m``."""
    g = _gazetteer()
    out: set[tuple[str, str]] = set()
    if m.country:
        out.add(("country", m.country.lower()))
    if m.kind == "venue" or (m.kind == "organization" and m.name.lower() in g.venue_within):
        key, seen = m.name.lower(), set()
        while key in g.venue_within and key not in seen:
            seen.add(key)
            key = g.venue_within[key].lower()
            for kind in ("venue", "city", "region"):
                if (kind, key) in g.by_name or (kind == "venue" and key in g.venue_within):
                    out.add((kind, key))
                    e = g.by_name.get((kind, key))
                    if e is not None and e.kind == "city" and e.within:
                        out.add(("region", e.within.lower()))
                    break
    if m.kind == "city":
        e = g.by_name.get(("city", m.name.lower()))
        if e is not None and e.within and e.country == m.country:
            out.add(("region", e.within.lower()))
    return out


def _known(m: PlaceMention) -> bool:
    return (m.kind, m.name.lower()) in _gazetteer().by_name


def _city_of(m: PlaceMention) -> str | None:
    for kind, name in _containers(m):
        if kind == "city":
            return name
    return None


def relation(a: PlaceMention, b: PlaceMention) -> str:
    """How ``a`` sits relative to ``b``: same, inside, contains, disjoint or unknown (when unsure)."""
    if "demonym" in (a.kind, b.kind):
        return "unknown"
    same_name = a.name.lower() == b.name.lower()
    if a.kind == "organization" or b.kind == "organization":
        if same_name and a.kind == b.kind:
            return "same"
        if a.kind == "organization" and b.kind == "country" and a.country == b.name:
            return "inside"
        if b.kind == "organization" and a.kind == "country" and b.country == a.name:
            return "contains"
        return "unknown"
    if same_name:
        if a.country and b.country and a.country != b.country:
            return "disjoint"
        return "same"
    if (b.kind, b.name.lower()) in _containers(a):
        return "inside"
    if (a.kind, a.name.lower()) in _containers(b):
        return "contains"
    la, lb = _LEVEL.get(a.kind), _LEVEL.get(b.kind)
    if la == 3 and lb == 3:
        return "disjoint"
    if a.country and b.country and a.country != b.country:
        # A region spanning countries has no country, so any two places that do are apart.
        return "disjoint"
    if la is None or lb is None:
        return "unknown"
    if la == lb and la in (1, 2) and _known(a) and _known(b):
        return "disjoint"
    if la == 0 and lb == 0:
        ca, cb = _city_of(a), _city_of(b)
        return "disjoint" if ca and cb and ca != cb else "unknown"
    if {la, lb} == {0, 1}:
        venue, city = (a, b) if la == 0 else (b, a)
        vc = _city_of(venue)
        return "disjoint" if vc and _known(city) and vc != city.name.lower() else "unknown"
    if {la, lb} == {1, 2}:
        city, region = (a, b) if la == 1 else (b, a)
        regions = {n for k, n in _containers(city) if k == "region"}
        if regions and _known(region) and region.name.lower() not in regions:
            return "disjoint"
    return "unknown"


def same_area(a: PlaceMention, b: PlaceMention) -> bool:
    """True when one of the two places holds the other (or they are the same)."""
    return relation(a, b) in ("same", "inside", "contains")
