"""Personal names with their titles, one identity per person within a document.

A mention is a run of capitalized words that a title, an honorific, a known given
name or an adjacent reporting verb marks as a person; bare surnames and given
names later in the text resolve to the fullest name the document gives.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from factcheck.lexicon import mapping, sections, words
from factcheck.model import PersonMention, Sentence

_TOKEN = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*|\d+|[^\w\s]", re.UNICODE)
_POSSESSIVE = re.compile(r"[’']s$")
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "bin", "al", "da", "di", "le", "la", "del", "dos", "du", "ter"})
_MAX_NAME = 4
_MAX_TITLE = 7
_BACK_SPAN = 20  # characters read back for a title at first; more when the title runs on
_MAX_BACK = 1280
# A word opening on a letter other than a-z, where a token may open: not inside a word, nor after
# an apostrophe or hyphen inside one. The letter is matched before the look-behinds, and its class
# names a-z first, so that the engine passes over lower-case stretches quickly.
_OPEN_WORD = re.compile(r"[^a-z\W\d_](?<![^\W\d_].)(?<![^\W\d_][’'\-].)[^\W\d_]*(?:[’'\-][^\W\d_]+)*")
# what may not stand right before a capitalized word read as a later mention of a person
_STUCK = re.compile(r"[\d_’'\-]")
_SPACE = re.compile(r"\s")
# the non-space chunk that ends a search window, tried only where a chunk begins (not inside one);
# it finds nothing when the chunk begins before the window
_LAST_CHUNK = re.compile(r"(?<!\S)\S*\Z")
_TAIL_WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*$")
_LONGEST_CHUNK = 60
_TRANSLIT_END = re.compile(r"(?:iy|yy|ii|ij|y|ej)$")
_NAME_SPLIT = re.compile(r"[\s.]+")
_FEMININE = re.compile(r"woman\b|\bmrs\b|\bms\b|\bmiss\b|\bqueen\b|\bprincess\b")
_MASCULINE = re.compile(r"\bman\b|men\b|\bmr\b|\bking\b|\bprince\b")


class _Tok:
    """A word or punctuation token read from its match, with its offsets."""

    __slots__ = ("start", "end", "text", "low", "cap")

    def __init__(self, m: re.Match[str]) -> None:
        self.start, self.end = m.span()
        self.text = text = m.group()
        self.low = text.lower()
        self.cap = text[:1].isupper()


class _Tokens:
    """Tokens read on demand: forward from a run's first word, and a few words back for its title.

    Reading only around capitalized words keeps the scan over long lowercase stretches
    in the regular-expression engine instead of making one object per word.
    """

    __slots__ = ("_it", "buf")

    def __init__(self, text: str, start: int) -> None:
        self._it = _TOKEN.finditer(text, start)
        self.buf: list[_Tok] = []

    def has(self, k: int) -> bool:
        """Whether token ``k`` (0 = the run's first) exists, reading up to it."""
        while len(self.buf) <= k:
            m = next(self._it, None)
            if m is None:
                return False
            self.buf.append(_Tok(m))
        return True


def _tokens_before(text: str, start: int, span: int) -> tuple[list[_Tok], bool]:
    """The tokens in about ``span`` characters before ``start`` (a token boundary), and whether they reach the text's start."""
    lo = start - span
    if lo <= 0:
        lo = 0
    elif span >= _MAX_BACK:
        pass  # no title is this long: stop here even inside a word, so hostile text stays linear
    else:
        gap = _SPACE.search(text, lo, start)
        lo = gap.end() if gap else start
    complete = lo == 0 or span >= _MAX_BACK
    return [_Tok(m) for m in _TOKEN.finditer(text, lo, start)], complete


@cache
def _title_nouns() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in words("titles.txt"))


@cache
def _modifiers() -> frozenset[str]:
    return words("people_title_modifiers.txt")


@cache
def _honorifics() -> dict[str, str]:
    return {k.rstrip("."): v for k, v in mapping("people_honorifics.txt").items()}


@cache
def _not_names() -> frozenset[str]:
    return words("people_not_names.txt")


@cache
def _given() -> dict[str, str]:
    return mapping("people_first_names.txt")


@cache
def _verbs() -> frozenset[str]:
    return frozenset(v for v in words("reporting_verbs.txt") if " " not in v)


def _bare(tok: str) -> str:
    """The word without a possessive 's."""
    return tok[:-2] if tok.endswith(("'s", "’s")) else tok


def _is_title_word(low: str) -> bool:
    """A title noun, or a hyphened compound of title words ("secretary-general", "attorney-general")."""
    titles = _title_nouns()
    if low in titles:
        return True
    parts = low.split("-")
    return len(parts) > 1 and any(p in titles for p in parts) and all(p in titles or p in _modifiers() for p in parts)


def _nameish(tok: _Tok) -> bool:
    """A capitalized word that may belong to a personal name."""
    low = _bare(tok.low)
    return tok.cap and tok.text[0].isalpha() and low not in _not_names() and not tok.text.isupper() or (
        tok.cap and len(tok.text) == 1
    )


@dataclass(frozen=True)
class _Run:
    """A capitalized run: the first ``n`` tokens of its stream."""

    tokens: _Tokens
    n: int


_Span = tuple[int, int]


def _open_words(text: str) -> list[_Span]:
    """Spans of the words that open on a letter other than a-z, read once for every pass that needs them."""
    return [m.span() for m in _OPEN_WORD.finditer(text)]


def _runs(text: str, opens: Sequence[_Span]) -> Iterator[_Run]:
    """Capitalized runs joined by single spaces, initials or particles, from the ``opens`` of ``text``.

    A run's stream holds its ``n`` tokens followed by the token after it, when there is one.
    """
    resume = 0
    for start, end in opens:
        c = text[start]
        if start < resume or not (c.isupper() and c.isalpha()):
            continue
        if _lone_non_name(text, start, end):
            resume = end
            continue
        toks = _Tokens(text, start)
        toks.has(0)
        buf = toks.buf
        j = 1
        while toks.has(j):
            prev, tok = buf[j - 1], buf[j]
            gap = text[prev.end : tok.start]
            if tok.text == "." and (len(prev.text) == 1 or prev.low in _honorifics()):
                j += 1  # "J." or "Mr." : the period belongs to the run
                continue
            if gap not in (" ", "\u00a0") and not (gap == "" and prev.text == "."):
                break
            if tok.cap and tok.text[0].isalpha():
                j += 1
            elif tok.low in _PARTICLES and toks.has(j + 1) and buf[j + 1].cap and text[tok.end : buf[j + 1].start] == " ":
                j += 1
            else:
                break
        if buf[j - 1].text == "." and j - 1 > 0 and len(buf[j - 2].text) > 1 and buf[j - 2].low not in _honorifics():
            j -= 1
        resume = buf[j - 1].end
        yield _Run(toks, j)


def _lone_non_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end``, alone before a lower-case one, cannot be a name: a word
    that never is one, or one with neither a reporting verb after it nor a title before it.
    Deciding this before the run is read spares reading one for most capitalized words."""
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return False
    nxt = _TOKEN.match(text, end + 1)
    after = nxt.group().lower() if nxt else ""
    if after in _PARTICLES:
        return False
    return _bare(text[start:end].lower()) in _not_names() or (after not in _verbs() and not _may_follow_title(text, start))


def _may_follow_title(text: str, start: int) -> bool:
    """Whether the word before offset ``start`` can end a title: one space before, and not a plain non-title word."""
    if start == 0 or text[start - 1] not in " \u00a0":
        return False
    chunk = _chunk_before(text, start - 1)
    if not chunk or not chunk[-1].isalpha():
        return True  # "Gov. Smith" and the like: let the full title walk decide
    tail = _TAIL_WORD.search(chunk)
    return tail is None or _is_title_word(_bare(tail.group().lower()))


def _chunk_before(text: str, end: int) -> str:
    """The non-space characters right before ``end``, at most ``_LONGEST_CHUNK`` of them; a newline
    just before ``end`` is passed over (the chunk before it counts)."""
    lo = max(0, end - _LONGEST_CHUNK)
    if end > lo and text[end - 1] == "\n":
        end -= 1
    m = _LAST_CHUNK.search(text, lo, end)
    return m.group() if m else text[lo:end]


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    name_tokens: tuple[str, ...]
    title: str | None
    title_start: int | None
    honorific: str | None


def _title_before(text: str, toks: list[_Tok], k: int, apposition: bool = False
                  ) -> tuple[tuple[str, int] | None, bool]:
    """The title phrase ending right before token ``k`` ("Russia's veteran foreign minister"), or
    before the comma that opens an ``apposition`` ("the company's chief executive, Anders Holm").

    The flag says the walk used every token given without stopping, so more may belong to it.
    """
    i = k - 1
    first = None
    last_noun = None
    count = 0
    while i >= 0 and count < _MAX_TITLE:
        tok = toks[i]
        gap = text[tok.end : toks[i + 1].start]
        if apposition and i == k - 1:
            gap = gap.replace(",", "", 1)
        if gap not in (" ", "\u00a0") and not (gap == "" and toks[i + 1].text == "."):
            break
        low = _bare(tok.low)
        if tok.text == ".":
            i -= 1
            continue
        if low in _title_stops():
            break
        if _is_title_word(low):
            first = i
            if last_noun is None:
                last_noun = i
        elif last_noun is None:
            # "Secretary of State": a capitalized complement after "of"
            if tok.cap and i >= 2 and toks[i - 1].low == "of" and _is_title_word(toks[i - 2].low):
                last_noun = i
                first = i
            else:
                break
        elif low in _modifiers() or (tok.cap and tok.text[0].isalpha()):
            first = i
        else:
            break
        count += 1
        i -= 1
    exhausted = i < 0
    if first is None or last_noun is None:
        return None, exhausted
    while first < last_noun and toks[first].low in ("of", "and", "the"):
        first += 1
    start, end = toks[first].start, toks[last_noun].end
    if end < len(text) and text[end] == "." and toks[last_noun].low in ("rep", "sen", "gov"):
        end += 1
    return (text[start:end], start), exhausted


@cache
def _title_stops() -> frozenset[str]:
    return words("people_title_stops.txt")


_APPOSITIVE_END = re.compile(r"[,;:.!?\n]|\s(?:said|says|told|who|which|and)\b|[“”\"]")


def _title_after(text: str, end: int) -> str | None:
    """An appositive title after the name: ", the director of the VOA Eurasian division,"."""
    if not text.startswith(", ", end):
        return None
    rest = text[end + 2 : end + 160]
    m = _APPOSITIVE_END.search(rest)
    phrase = rest[: m.start()] if m else rest
    toks = phrase.split()
    if not toks or len(toks) > 14:
        return None
    body = toks[1:] if toks[0].lower() in ("the", "a", "an") else toks
    for w in body[:5]:
        low = _bare(w.lower()).strip(".,")
        if _is_title_word(low):
            return " ".join(body)
        if not (low in _modifiers() or w[:1].isupper() or w.lower() in ("of", "and")):
            return None
    return None


def _standing_alone(text: str, opens: Sequence[_Span]) -> frozenset[str]:
    """Capitalized words a text also writes on their own, between lower-case words or punctuation
    ("Cheeks was fired", "said DiLeo"): a two-word name whose last word the story repeats alone is
    a person named, then referred to by surname, as news writing does.

    Only capitalized words are read: a word's neighbour is capitalized exactly when it is the
    capitalized word just before or after it, one space away.
    """
    caps = [(a, b) for a, b in opens if text[a].isupper()]
    out = set()
    for i, (start, end) in enumerate(caps):
        w = text[start:end]
        if len(w) < 2 or w.isupper():
            continue
        prev_cap = i > 0 and caps[i - 1][1] == start - 1 and text[start - 1] == " "
        next_cap = i + 1 < len(caps) and caps[i + 1][0] == end + 1 and text[end] == " "
        if not prev_cap and not next_cap:
            out.add(w)
    return frozenset(out)


@cache
def _place_cues() -> frozenset[str]:
    return frozenset(sections("places_context.txt")["cues"])


@cache
def _place_openers() -> frozenset[str]:
    return frozenset(sections("places_context.txt")["place_openers"])


@cache
def _body_endings() -> frozenset[str]:
    """Endings of companies and public bodies, never of a person's name (unlike venues' "Hall", "Park")."""
    parts = sections("places_org_suffixes.txt")
    return frozenset(e.lower() for e in (*parts["company"], *parts["body"]))


def _place_or_body(ws: Sequence[_Tok]) -> bool:
    """A run of capitalised words that names a place or a body, not a person: "Port Adrenne", "the
    Maritime Safety Authority", "Adrenne Island Lines" (a cue verb after them is no evidence)."""
    return _bare(ws[0].text) in _place_openers() or (len(ws) > 1 and _bare(ws[-1].text).lower() in _body_endings())


@cache
def _org_suffixes() -> frozenset[str]:
    return frozenset(e.lower() for part in sections("places_org_suffixes.txt").values() for e in part)


def _name_part(run_toks: list[_Tok], j: int) -> tuple[list[_Tok], str | None, int | None] | None:
    """The words among the first ``j`` tokens of a run that may be a name, the honorific before them
    and where it starts: an honorific, a title and the words that never are names are left out
    ("Mr.", "Foreign Minister", "On"). None when what is left cannot be a name."""
    honorifics, not_names = _honorifics(), _not_names()
    ws = [t for t in run_toks[:j] if t.text != "."]
    if not ws:
        return None
    honorific = None
    mention_start = None
    if ws[0].low in honorifics and len(ws) > 1:
        honorific = ws[0].text
        mention_start = ws[0].start
        ws = ws[1:]
    else:
        modifiers = _modifiers()
        cut = None
        for x, tok in enumerate(ws[:-1]):
            low = tok.low.rstrip(".")
            if _is_title_word(low) or (cut is not None and low in modifiers):
                cut = x
        if cut is not None:
            ws = ws[cut + 1 :]
    # drop leading words that cannot be names ("On", "The")
    lead = 0
    while lead < len(ws) and _bare(ws[lead].low) in not_names:
        lead += 1
    ws = ws[lead:]
    if not ws or len(ws) > _MAX_NAME:
        return None
    if any(not _nameish(t) for t in ws if len(t.text) > 1):
        return None
    if any(_POSSESSIVE.search(t.text) for t in ws[:-1]):
        return None
    if honorific is None and all(_is_title_word(t.low) for t in ws):
        return None
    return ws, honorific, mention_start


def _candidates(text: str, opens: Sequence[_Span]) -> list[_Found]:
    out: list[_Found] = []
    alone: frozenset[str] | None = None
    for run in _runs(text, opens):
        stream, j = run.tokens, run.n
        run_toks = stream.buf
        part = _name_part(run_toks, j)
        if part is None:
            continue
        ws, honorific, mention_start = part
        first_at = run_toks[0].start
        at = next(x for x in range(j) if run_toks[x] is ws[0])
        if len(ws) == 1 and honorific is None and at == 0 and not _may_follow_title(text, first_at):
            appositive = text.startswith(", the ", ws[0].end) and _title_after(text, ws[0].end) is not None
            if not (stream.has(j) and run_toks[j].low in _verbs()) and not appositive:
                continue  # one word, no title before or after it, no cue after it: not a name on its own
        span = _BACK_SPAN
        while True:
            back, complete = _tokens_before(text, first_at, span)
            titled, exhausted = _title_before(text, back + run_toks[:j], len(back) + at)
            if complete or (back and not exhausted):
                break
            span *= 4
        last = ws[-1]
        end = last.end
        name_tokens = tuple(_bare(t.text) for t in ws)
        if _POSSESSIVE.search(last.text):
            end = last.start + len(_bare(last.text))
        if titled is None and len(back) > 1 and back[-1].text == "," and text[end : end + 1] in (",", "."):
            # "the company's chief executive, Anders Holm, said": a title in apposition before the name
            titled, _ = _title_before(text, back[:-1] + [ws[0]], len(back) - 1, apposition=True)
        title, title_start = (titled if titled else (None, None))
        before_title = title is not None
        if title is None:
            title = _title_after(text, end)
        after = run_toks[j].low if stream.has(j) else ""
        before = back[-1].low if back else ""
        evidence = (
            title is not None
            or honorific is not None
            or ws[0].low in _given()
            or after in _verbs()
            or before in ("said", "says", "told", "according")
        )
        if not evidence and len(ws) == 2 and _bare(ws[-1].text).lower() not in _org_suffixes():
            alone = _standing_alone(text, opens) if alone is None else alone
            evidence = _bare(ws[-1].text) in alone  # "Maurice Cheeks became …", later "Cheeks was fired"
        if not evidence or (title is None and honorific is None and _place_or_body(ws)):
            continue
        appositive = not before_title and title is not None and text.startswith(", the ", end)
        if len(name_tokens) == 1 and not (before_title or honorific or after in _verbs() or appositive):
            continue  # one word is a name only with a title or a cue ("Ardelean, the regional transport minister,")
        before2 = " ".join(t.low for t in back[-2:]) if len(back) > 1 else ""
        if len(name_tokens) == 1 and not (before_title or honorific) and (before in _place_cues() or before2 in _place_cues()):
            continue  # "the prosecutor's office in Adrenne said", "the town of Sellick said": a place
        start = mention_start if mention_start is not None else ws[0].start
        out.append(_Found(start, end, name_tokens, title, title_start, honorific))
    return out


@cache
def _fold(token: str) -> str:
    """A transliteration-tolerant key for one name token (Sergey/Sergei, Dmitri/Dmitry)."""
    s = token.lower()
    if not s.isascii():  # plain ASCII has no accents to strip nor curly apostrophes
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c)).replace("’", "'")
    variants = _variant_heads()
    s = variants.get(s, s)
    s = _TRANSLIT_END.sub("i", s)
    return s.replace("ks", "x")


@cache
def _variant_heads() -> dict[str, str]:
    out: dict[str, str] = {}
    for line_head, members in _groups_raw().items():
        for m in (line_head, *members):
            out[m] = line_head
    return out


@cache
def _groups_raw() -> dict[str, tuple[str, ...]]:
    from factcheck.lexicon import groups

    return groups("name_variants.txt")


@cache
def same_person(a: str, b: str) -> bool:
    """Whether two names can denote one person: same surname, compatible given names."""
    ta = [t for t in _NAME_SPLIT.split(a) if t and t.lower().rstrip(".") not in _honorifics()]
    tb = [t for t in _NAME_SPLIT.split(b) if t and t.lower().rstrip(".") not in _honorifics()]
    if not ta or not tb or _fold(ta[-1]) != _fold(tb[-1]):
        return False
    ga, gb = ta[:-1], tb[:-1]
    if not ga or not gb:
        return True
    fa, fb = _fold(ga[0]), _fold(gb[0])
    if len(ga[0]) == 1 or len(gb[0]) == 1:
        return fa[0] == fb[0]
    return fa == fb


def name_key(name: str) -> str:
    """A blocking key for one person across documents: the folded surname."""
    parts = name.split()
    return _fold(parts[-1]) if parts else ""


def gender(name: str, titles: tuple[str | None, ...] = ()) -> str:
    """'m', 'f' or 'x' from the given name, an honorific or a gendered title."""
    first = name.split()[0].lower() if name.split() else ""
    g = _given().get(first)
    if g:
        return g
    for title in titles:
        if not title:
            continue
        low = title.lower()
        hon = _honorifics().get(low.rstrip("."))
        if hon in ("m", "f"):
            return hon
        if _FEMININE.search(low):
            return "f"
        if _MASCULINE.search(low) and "woman" not in low:
            return "m"
    return "x"


def _render(tokens: tuple[str, ...]) -> str:
    return " ".join(t + "." if len(t) == 1 else t for t in tokens)


_Names = tuple[str, ...]


def _identities(found: Sequence[_Found]) -> dict[str, list[_Names]]:
    """Each distinct person per surname key, with the fullest form of the name the text gives."""
    people: dict[str, list[_Names]] = {}
    for f in found:
        key = _fold(f.name_tokens[-1])
        known = people.setdefault(key, [])
        for x, names in enumerate(known):
            if same_person(" ".join(f.name_tokens), " ".join(names)):
                if len(f.name_tokens) > len(names):
                    known[x] = f.name_tokens
                break
        else:
            known.append(f.name_tokens)
    for key, known in people.items():  # a bare surname is not a person of its own when a full name exists
        if len(known) > 1:
            people[key] = [n for n in known if len(n) > 1] or known
    return people


def _by_given(people: dict[str, list[_Names]]) -> dict[str, set[_Names]]:
    """The full names of the document's people under their folded given name."""
    by_given: dict[str, set[_Names]] = {}
    for known in people.values():
        for names in known:
            if len(names) > 1:
                by_given.setdefault(_fold(names[0]), set()).add(names)
    return by_given


def _named_by(word: str, people: dict[str, list[_Names]], by_given: dict[str, set[_Names]]) -> tuple[int, _Names] | None:
    """The length of ``word`` without its 's and the name it stands for on its own: one of the
    document's surnames, or a given name only one of its people has."""
    bare = _bare(word)
    key = _fold(bare)
    if key in people:
        return len(bare), (bare,)
    given = by_given.get(key)
    if given and len(given) == 1 and bare.lower() not in _not_names():
        return len(bare), next(iter(given))
    return None


def _later_mentions(text: str, opens: Sequence[_Span], found: Sequence[_Found], people: dict[str, list[_Names]],
                    by_given: dict[str, set[_Names]]) -> list[tuple[int, int, _Names]]:
    """Capitalized words outside the mentions found that name one of the people on their own.

    What a word names is looked up once per distinct word, not at each of its occurrences.
    """
    spans = sorted({(f.start, f.end) for f in found})
    starts = [a for a, _ in spans]
    named: dict[str, tuple[int, _Names] | None] = {}
    out: list[tuple[int, int, _Names]] = []
    for start, end in opens:
        word = text[start:end]
        if word not in named:
            named[word] = _named_by(word, people, by_given)
        hit = named[word]
        if hit is None or (start and _STUCK.match(text, start - 1)):
            continue
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < spans[i][1]:
            continue  # inside a mention already found
        out.append((start, start + hit[0], hit[1]))
    return out


def extract_people(text: str) -> tuple[PersonMention, ...]:
    """Every person mention, surnames and given names resolved to the fullest name given."""
    opens = _open_words(text)
    found = _candidates(text, opens)
    people = _identities(found)
    last_seen: dict[str, _Names] = {}

    def fullest(tokens: _Names) -> _Names:
        key = _fold(tokens[-1])
        known = people.get(key, [tokens])
        if len(tokens) > 1:
            match = [n for n in known if same_person(" ".join(tokens), " ".join(n))]
            return max(match, key=len) if match else tokens
        if len(known) == 1:
            return known[0]
        return last_seen.get(key, known[0])

    items: list[tuple[int, int, _Names, str | None]] = [(f.start, f.end, f.name_tokens, f.title) for f in found]
    items += [(a, b, n, None) for a, b, n in _later_mentions(text, opens, found, people, _by_given(people))]
    items.sort(key=lambda x: (x[0], x[1]))
    mentions: list[PersonMention] = []
    for start, end, tokens, title in items:
        names = fullest(tokens)
        last_seen[_fold(names[-1])] = names
        mentions.append(PersonMention(start, end, text[start:end], _render(names), title))
    return tuple(mentions)


PRONOUN_REACH = 4  # sentences, this one included, searched for the person a he or she stands for


def antecedent(want: str, at: int, sentences: Sequence[Sentence], index: int,
               people_in: Callable[[int, int], Sequence[PersonMention]]) -> PersonMention | None:
    """The person a pronoun of gender ``want`` ('m' or 'f') at ``at`` in sentence ``index`` most likely names.

    The first person whose gender fits in this sentence before the pronoun, else in
    each sentence before it in turn: a paragraph's subject is named first. ``people_in``
    gives the document's people starting in a span, in text order.
    """
    for k in range(index, max(-1, index - PRONOUN_REACH), -1):
        s = sentences[k]
        for p in people_in(s.start, at if k == index else s.end):
            if gender(p.name, (p.title,)) in (want, "x"):
                return p
    return None
