"""Direct quotations with their speakers, and the normalized text used to match them.

Quotation marks are read per paragraph with a small stack, so nested, split and
unclosed quotations keep their extent, and each paragraph of a run-on quotation is one
of its own that keeps the run's speaker; the speaker comes from the cue next to the
quotation (or the sentence before it) and resolves through the document's people.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from factcheck.extract.people import extract_people, gender
from factcheck.lang import Token, analyse_text
from factcheck.lang import data as lang_data
from factcheck.lang.chunks import Chunks, chunk, subject_of
from factcheck.lexicon import mapping, words
from factcheck.model import PersonMention, Quote

_MARK = re.compile(r"''|``|[“”‘’\"'„«»]")
_OPEN_DOUBLE = frozenset("“„«")
_CLOSE_DOUBLE = frozenset("”»")
_OPENERS_AT_LINE = re.compile(r"[ \t\u00a0]*(?:``|''|[“\"„«”])")
_WORD = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*", re.UNICODE)
_TERM_WORDS = 4
_BEFORE_WINDOW = 320
_AFTER_WINDOW = 200
_ABBREV = frozenset({"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "jr", "sr", "u.s", "u.k", "no", "vs", "inc", "co"})


@dataclass(frozen=True)
class _Raw:
    """One outer quotation: its marks and the words between them."""

    open_at: int
    start: int
    end: int
    close_end: int
    continues: bool = False  # opens a paragraph that carries on the quotation before it


# ---------------------------------------------------------------- scanning marks


def _paragraph_breaks(text: str) -> list[int]:
    """Offsets of line breaks that end a paragraph (all of them unless the text is hard-wrapped)."""
    lines = text.split("\n")
    lengths = [len(x) for x in lines if x.strip()]
    wrapped = len(lengths) >= 6 and sum(1 for n in lengths if 55 <= n <= 100) >= 0.7 * len(lengths)
    out = []
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        if not wrapped or not line.strip() or not nxt.strip() or _OPENERS_AT_LINE.match(nxt):
            out.append(pos)
        pos += 1
    return out


def _left_flank(text: str, i: int, j: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[j] if j < len(text) else " "
    return (prev.isspace() or prev in "([{—–-/:;“‘\"'…") and not nxt.isspace()


def _right_flank(text: str, i: int, j: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[j] if j < len(text) else " "
    return not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}—–-”’\"'…" or j >= len(text))


def _scan(text: str) -> list[_Raw]:
    """Outer quotations in reading order."""
    breaks = _paragraph_breaks(text)
    out: list[_Raw] = []
    stack: list[tuple[str, int, int]] = []  # (kind "d"/"s", mark style, offset after the mark)
    outer_open = -1
    continued = False  # the open quotation carries on one from an earlier paragraph
    bi = 0
    skip_until = -1
    for m in _MARK.finditer(text):
        i, j, mark = m.start(), m.end(), m.group()
        if i < skip_until:
            continue
        # paragraph ends passed since the last mark
        while bi < len(breaks) and breaks[bi] <= i:
            brk = breaks[bi]
            bi += 1
            if not stack:
                continue
            if stack[0][0] == "d":
                nxt = _OPENERS_AT_LINE.match(text, _next_line(text, brk))
                end = _rstrip(text, stack[0][2], brk)
                if nxt and _continues(text, breaks, bi, brk, nxt.end()):
                    # each paragraph of a run-on quotation is a quotation of its own, the later
                    # ones marked as continuing it, so they keep its speaker and their own place
                    if end > stack[0][2]:
                        out.append(_Raw(outer_open, stack[0][2], end, end, continued))
                    skip_until = nxt.end()
                    stack[:] = [(stack[0][0], stack[0][1], nxt.end())]
                    outer_open, continued = nxt.start(), True
                    continue
                if end > stack[0][2]:
                    out.append(_Raw(outer_open, stack[0][2], end, end, continued))
            stack.clear()
        if i < skip_until:
            continue
        kind = _kind(text, i, j, mark, stack)
        if kind == "open-d":
            if not stack:
                outer_open, continued = i, False
            stack.append(("d", ord(mark[0]), j))
        elif kind == "open-s":
            if not stack:
                outer_open, continued = i, False
            stack.append(("s", ord(mark[0]), j))
        elif kind == "close-d":
            while stack and stack[-1][0] != "d":
                stack.pop()
            if stack:
                opened = stack.pop()
                if not stack:
                    out.append(_Raw(outer_open, opened[2], i, j, continued))
        elif kind == "close-s":
            opened = stack.pop()
            if not stack:
                out.append(_Raw(outer_open, opened[2], i, j, continued))
    if stack and stack[0][0] == "d":
        k = bisect_right(breaks, stack[0][2])
        end = _rstrip(text, stack[0][2], breaks[k] if k < len(breaks) else len(text))
        if end > stack[0][2]:
            out.append(_Raw(outer_open, stack[0][2], end, end, continued))
    return [r for r in out if _WORD.search(text, r.start, r.end)]


def _next_line(text: str, brk: int) -> int:
    """The first offset after a paragraph break and any blank lines."""
    k = brk
    n = len(text)
    while k < n and text[k] in "\n\r \t\u00a0":
        k += 1
    return k


def _continues(text: str, breaks: list[int], bi: int, brk: int, after_mark: int) -> bool:
    """A paragraph that opens with a mark continues the open quotation (no close before the break)."""
    return after_mark < len(text) and not text[after_mark].isspace()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _kind(text: str, i: int, j: int, mark: str, stack: list[tuple[str, int, int]]) -> str | None:
    """What a mark does here: open or close a double or single quotation, or nothing (an apostrophe)."""
    open_d = any(k == "d" for k, _, _ in stack)
    top_s = bool(stack) and stack[-1][0] == "s"
    if mark in _OPEN_DOUBLE or mark == "``":
        return "open-d"
    if mark in _CLOSE_DOUBLE:
        if open_d:
            return "close-d"
        return "open-d" if _left_flank(text, i, j) and not stack else None
    if mark == '"' or mark == "''":
        left, right = _left_flank(text, i, j), _right_flank(text, i, j)
        if open_d and (right or not left):
            if mark == "''" or stack[-1][0] == "d" or right:
                return "close-d"
        if left:
            return "open-d"
        return "close-d" if open_d else None
    if mark == "‘":
        return "open-s" if _left_flank(text, i, j) or not text[i - 1 : i].isalpha() else None
    # ’ or '
    nxt = text[j] if j < len(text) else " "
    if top_s and _right_flank(text, i, j) and not nxt.isalpha():
        return "close-s"
    if mark == "'" and _left_flank(text, i, j) and nxt.isalpha():
        prev = text[i - 1] if i > 0 else " "
        if not prev.isalnum():
            return "open-s"
    return None


# ---------------------------------------------------------------- cues and speakers


@cache
def _verbs() -> frozenset[str]:
    return words("reporting_verbs.txt")


@cache
def _single_verbs() -> frozenset[str]:
    return frozenset(v for v in _verbs() if " " not in v)


@cache
def _pronoun_gender() -> dict[str, str]:
    return mapping("pronouns.txt")


@cache
def _term_cues() -> tuple[str, ...]:
    return tuple(sorted(words("quotes_term_cues.txt"), key=len, reverse=True))


_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ"})
_NOUN_PHRASE_LEFT = frozenset({"DET", "ADJ", "NUM"})
_SENT_END = re.compile(r"[.!?…][”’\"']*\s+|\n")
_DASH_CUE = re.compile(r"\s*(?:―|—|–|--)\s*(?=[A-Z\u00c0-\u024f])")
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
_NP_STOP = re.compile(r"[,;:.!?()\n“”\"]|\s(?:who|which|that|in|on|at|after|before|during|when|while)\s")
_DETERMINER = re.compile(r"^(?:the|a|an|his|her|their|its|my|our|your|one|another)\s", re.IGNORECASE)
_PUT_IT = re.compile(r"\bput it\b")
_PRONOUN_HEAD = re.compile(r"(?:he|she|they|it)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she|they|it|He|She|They|It)\b")


@dataclass
class _Ctx:
    text: str
    people: Sequence[PersonMention]
    starts: list[int]
    genders: dict[str, str]
    quote_starts: list[int]
    quote_ends: list[int]
    tokens: Sequence[Token]
    token_starts: list[int]


def _sentence_start(text: str, pos: int, floor: int) -> int:
    """Start of the sentence holding ``pos`` (never before ``floor``)."""
    lo = max(floor, pos - _BEFORE_WINDOW)
    for m in reversed(list(_SENT_END.finditer(text, lo, pos))):
        if m.group().startswith("\n") or not _is_abbrev(text, m.start()):
            return m.end()
    return lo


def _is_abbrev(text: str, dot: int) -> bool:
    k = dot
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    word = text[k:dot].lower()
    return word in _ABBREV or len(word) == 1


def _sentence_end(text: str, pos: int, ceiling: int) -> int:
    hi = min(ceiling, pos + _AFTER_WINDOW)
    for m in _SENT_END.finditer(text, pos, hi):
        if m.group().startswith("\n") or not _is_abbrev(text, m.start()):
            return m.start() + 1
    return hi


def _mentions_in(ctx: _Ctx, lo: int, hi: int) -> list[PersonMention]:
    i = bisect_left(ctx.starts, lo)
    j = bisect_left(ctx.starts, hi)
    return [p for p in ctx.people[i:j] if p.end <= hi]


def _verb_hits(ctx: _Ctx, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Reporting verbs and cue phrases in ``text[lo:hi]`` as (start, end, cue).

    A listed word is no cue inside a noun phrase: tagged as a noun or adjective after a
    determiner, possessive, adjective or number ("his latest remarks", "Trump's
    comments", "the stated aim"). A nominal tag alone is not enough: "a narrator in the
    ad asks" is a tagger's slip, not a noun.
    """
    text = ctx.text
    out = []
    verbs = _single_verbs()
    tokens = ctx.tokens
    k = bisect_left(ctx.token_starts, lo)
    while k < len(tokens) and tokens[k].end <= hi:
        tok = tokens[k]
        prev = tokens[k - 1] if k > 0 else None
        compound = prev is not None and prev.norm == "-" and prev.end == tok.start  # "so-called"
        if tok.norm in verbs and not compound and not (
                tok.upos in _NOMINAL and prev is not None and _inside_noun_phrase(prev)):
            out.append((tok.start, tok.end, tok.norm))
        k += 1
    for m in _ACCORDING.finditer(text, lo, hi):
        out.append((m.start(), m.start() + len("according to"), "according to"))
    for m in _PUT_IT.finditer(text, lo, hi):
        out.append((m.start(), m.end(), "put it"))
    out.sort()
    return out


def _inside_noun_phrase(prev: Token) -> bool:
    """Whether a word after ``prev`` would sit inside a noun phrase: after "the", "his", "Trump's", "latest"."""
    return prev.upos in _NOUN_PHRASE_LEFT or prev.norm in ("'s", "'") or prev.norm in _possessives()


@cache
def _possessives() -> frozenset[str]:
    return lang_data.words("possessive_determiners.txt")


@dataclass(frozen=True)
class _Speaker:
    name: str | None
    start: int
    end: int
    pronoun: str | None = None


def _np_after(ctx: _Ctx, lo: int, hi: int) -> _Speaker | None:
    """The speaker named right after a cue: "said Senator Alma Rudd", "according to CNN"."""
    text = ctx.text
    while lo < hi and text[lo] in " \u00a0\t":
        lo += 1
    for p in _mentions_in(ctx, lo, hi):
        if p.start - lo <= 40:
            return _Speaker(p.name, p.start, p.end)
        break
    m = _PRONOUN_HEAD.match(text, lo, hi)
    if m:
        return _Speaker(None, lo, m.end(), m.group().lower())
    return _description(ctx, lo, hi)


_VERB_GROUP_TAGS = frozenset({"AUX", "ADV", "PART"})


def _subject_end(ctx: _Ctx, lo: int, end: int) -> int:
    """Where a subject before its cue verb ends: without the auxiliaries and adverbs of the verb's
    group ("a reader [would now] ask", "a chorus of Republicans [has] said"), read off the text's tokens."""
    first, k = bisect_left(ctx.token_starts, lo), bisect_left(ctx.token_starts, end)
    helpers = lang_data.words("auxiliaries.txt") | lang_data.words("modals.txt")
    last = k
    while last - 1 > first and (ctx.tokens[last - 1].upos in _VERB_GROUP_TAGS or ctx.tokens[last - 1].lemma in helpers):
        last -= 1
    return ctx.tokens[last - 1].end if last < k else end


def _first_verb(ctx: _Ctx, lo: int, hi: int) -> int:
    """Where the first verb after a subject's start begins, else ``hi``: "Cora Lind [thanked] the volunteers"."""
    k = bisect_left(ctx.token_starts, lo) + 1
    while k < len(ctx.tokens) and ctx.tokens[k].start < hi:
        if ctx.tokens[k].upos == "VERB":
            return ctx.tokens[k].start
        k += 1
    return hi


def _description(ctx: _Ctx, lo: int, hi: int) -> _Speaker | None:
    """A speaker named by a phrase rather than a person: "the Kremlin", "a narrator in the ad"."""
    text = ctx.text
    stop = _NP_STOP.search(text, lo, hi)
    end = _subject_end(ctx, lo, _first_verb(ctx, lo, stop.start() if stop else hi))
    phrase = text[lo:end].strip()
    ws = phrase.split()
    if not ws or len(ws) > 6 or not (ws[0][:1].isupper() or _DETERMINER.match(phrase) or ws[-1][:1].isupper()):
        return None
    if ws[-1].lower() in _single_verbs():
        return None
    start = lo + text[lo:end].index(ws[0])
    tail = 0
    while tail < len(ws) and ws[len(ws) - 1 - tail][:1].isupper():
        tail += 1
    if 2 <= tail < len(ws):  # "9/11 widow Terry Strada": the name at the end
        name = " ".join(ws[-tail:])
        nstart = start + phrase.rindex(name)
        return _Speaker(name, nstart, nstart + len(name))
    return _Speaker(phrase, start, start + len(phrase))


def _np_before(ctx: _Ctx, lo: int, verb: int, nearest: bool) -> _Speaker | None:
    """The subject of a cue verb: the nearest (or, for a participle, the first) person before it."""
    text = ctx.text
    found = _mentions_in(ctx, lo, verb)
    prons = [(m.start(), m.end(), m.group().lower()) for m in _PRONOUN.finditer(text, lo, verb)]
    cands: list[_Speaker] = [_Speaker(p.name, p.start, p.end) for p in found]
    cands += [_Speaker(None, a, b, w) for a, b, w in prons]
    if cands and nearest:
        # "When pressed, the 34-year-old mother of three replied": a described subject
        # right before the verb wins unless it is an appositive to a name before it.
        cut = text.rfind(",", lo, verb)
        seg = text[cut + 1 : verb].strip() if cut >= 0 else ""
        if seg and _DETERMINER.match(seg + " ") and all(c.start < cut for c in cands):
            head = text[lo:cut].rstrip()
            if not any(c.end >= lo + len(head) - 1 for c in cands if c.pronoun is None):
                desc = _description(ctx, cut + 1, verb)
                if desc:
                    return desc
    if cands:
        cands.sort(key=lambda s: s.start)
        if nearest:
            best = cands[-1]
            # the subject of "X, the y of z, said" is the first name of the clause
            gap = text[best.end : verb]
            if best.pronoun is None and "," in gap:
                return best
            for c in reversed(cands):
                if "," not in text[c.end : verb] or c is cands[0]:
                    return c
            return best
        return cands[0]
    # "the president said", "The Kremlin, meanwhile, said"
    hi = verb
    for _ in range(3):
        cut = max(text.rfind(",", lo, hi), text.rfind("”", lo, hi), text.rfind('"', lo, hi), lo - 1)
        seg = text[cut + 1 : hi].strip()
        if seg and (len(seg.split()) > 2 or seg[:1].isupper() or _DETERMINER.match(seg + " ")):
            return _description(ctx, cut + 1, hi)
        if cut < lo:
            return None
        hi = cut
    return None


def _after_cue(ctx: _Ctx, raw: _Raw, ceiling: int) -> tuple[_Speaker, str] | None:
    """A cue after the closing mark: `,” X said`, `,” said X`, `” — X`."""
    text = ctx.text
    pos = raw.close_end
    last = text[raw.end - 1] if raw.end > raw.start else ""
    dash = _DASH_CUE.match(text, pos)
    if dash:
        line_end = text.find("\n", dash.end())
        hi = min(len(text), dash.end() + 60, line_end if line_end >= 0 else len(text))
        near = [p for p in _mentions_in(ctx, dash.end(), hi) if p.start - dash.end() <= 2]
        sp = _Speaker(near[0].name, near[0].start, near[0].end) if near else _description(ctx, dash.end(), hi)
        if sp:
            return sp, "—"
    end = _sentence_end(text, pos, ceiling)
    head = text[pos:end]
    stripped = head.lstrip(" ,\u00a0\t")
    if not stripped:
        return None
    new_sentence = last in ".…" and stripped[:1].isupper() and not head.lstrip(" \u00a0").startswith(",")
    if raw.close_end == raw.end:  # left open to the paragraph end
        return None
    hits = _verb_hits(ctx, pos, end)
    if not hits:
        return None
    vs, ve, cue = hits[0]
    lead = text[pos:vs]
    limit = 9
    first = _mentions_in(ctx, pos, vs)
    if first and first[0].start - pos <= 3 and text.startswith(",", first[0].end):
        limit = 25  # "Scott Pruitt, the attorney general of Oklahoma, one of ..., said"
    if len(lead.split()) > limit or any(c in lead for c in "“\""):
        return None
    if new_sentence and (end >= ceiling or not _subject_verb_after(ctx, pos, vs, ve, end)):
        return None  # a new sentence that leads into the next quotation is that one's cue
    if lead.strip(" ,\u00a0\t") == "" or cue == "according to":
        sp = _np_after(ctx, ve, end)
    else:
        sp = _np_before(ctx, pos, vs, nearest=False)
    return (sp, cue) if sp else None


def _subject_verb_after(ctx: _Ctx, pos: int, verb: int, verb_end: int, end: int) -> bool:
    """`.” Rudd said.` : a short subject then the verb, ending the sentence, attributes it too."""
    lead = ctx.text[pos:verb].strip(" \u00a0")
    rest = ctx.text[verb_end:end]
    if not (rest.lstrip().startswith(",") or len(rest.split()) <= 5):
        return False
    return 0 < len(lead.split()) <= 4 and (
        bool(_mentions_in(ctx, pos, verb)) or lead.lower() in ("he", "she", "they")
    )


def _before_cue(ctx: _Ctx, raw: _Raw, floor: int, short: bool) -> tuple[_Speaker, str] | None:
    """A cue before the opening mark: `X said: “`, `X told reporters that “`, `saying, “`."""
    text = ctx.text
    lo = _sentence_start(text, raw.open_at, floor)
    if lo == raw.open_at or text[lo:raw.open_at].strip() == "":
        lo = _colon_lead(text, raw.open_at, floor)
        if lo is None:
            return None
    hits = _verb_hits(ctx, lo, raw.open_at)
    if not hits:
        return None
    vs, ve, cue = hits[-1]
    between = text[ve:raw.open_at]
    if len(between.split()) > (8 if short else 14):
        return None
    if any(c in between for c in "“”\""):
        return None
    if cue == "according to":
        sp = _np_after(ctx, ve, raw.open_at)
        return (sp, cue) if sp else None
    participle = cue.endswith("ing")
    sp = _np_before(ctx, lo, vs, nearest=not participle)
    if sp is None and not participle and text[lo:vs].strip(" ,\u00a0\n") == "":
        sp = _np_after(ctx, ve, raw.open_at)  # "Said Ellis: “…”"
    if sp is None and participle:
        # the participle's subject opens its sentence, which may begin before an earlier quotation
        # ("Mr. Trump treated the remark as praise -- “…” -- and later asserting, “…”"), or the one before
        start = _sentence_start(text, lo, 0) if lo == floor else lo
        sp = _np_before(ctx, start, vs, nearest=False) or _description(ctx, start, vs)
        if sp is None and lo > floor:
            sp = _np_before(ctx, _sentence_start(text, lo - 1, floor), vs, nearest=False)
    return (sp, cue) if sp else None


CLAUSE_REACH = 12  # tokens between a verb and the quotation it takes
_QUOTE_MARKS = frozenset('"“”‘’\'')


@cache
def _attitude_verbs() -> frozenset[str]:
    return words("quotes_attitude_verbs.txt")


def _clause_subject(ctx: _Ctx, raw: _Raw, chunks: Chunks) -> tuple[_Speaker, str] | None:
    """A cue-less quotation that a verb of using or calling takes: its subject owns the words
    ("Trump has used the phrase “radical Islam”"). The verb is the last one before the quotation
    in its sentence, with no other quotation between."""
    k = bisect_left(ctx.token_starts, raw.open_at)
    if k == 0 or k > len(ctx.tokens):
        return None
    sent = ctx.tokens[k - 1].sent
    group = None
    for j in range(k - 1, max(-1, k - 1 - CLAUSE_REACH), -1):
        tok = ctx.tokens[j]
        if tok.sent != sent or tok.norm in _QUOTE_MARKS:
            return None
        g = chunks.verb_at.get(j)
        if g is not None and g.head == j:
            group = g
            break
    if group is None or ctx.tokens[group.head].lemma not in _attitude_verbs():
        return None
    owner = group
    if ctx.tokens[group.head].norm.endswith("ing") and group.first > 0 and ctx.tokens[group.first - 1].norm == ",":
        # "the band leader called them to the stage, singing “…”": the clause's verb has the subject
        earlier = [g for g in chunks.verb_groups if g.last < group.first and ctx.tokens[g.head].sent == sent]
        if not earlier:
            return None
        owner = earlier[-1]
    subject = subject_of(chunks, owner)
    if subject is None:
        return None
    lo, hi = subject.span
    named = _mentions_in(ctx, lo, hi + 1)
    head = ctx.tokens[subject.head]
    if named:
        sp = _Speaker(named[-1].name, named[-1].start, named[-1].end)
    elif head.norm in _pronoun_gender():
        sp = _Speaker(None, head.start, head.end, head.norm)
    else:
        sp = _description(ctx, lo, hi)
    return (sp, ctx.tokens[group.head].norm) if sp else None


HEADLINE_WORDS = 16  # a first line longer than this is the lead paragraph, not a headline
_FIRST_CHARACTER = re.compile(r"\S")


def _headline(ctx: _Ctx, raw: _Raw) -> tuple[_Speaker, str] | None:
    """A quotation in the article's first line, its headline, is the words of the first person the
    line names before it ("Warren Hammers Bank Chief: ‘You Should Be Investigated’")."""
    text = ctx.text
    first = _FIRST_CHARACTER.search(text)
    if first is None or text.find("\n", first.start(), raw.open_at) >= 0:
        return None  # not on the first line: looked for up to the first line break, not over the whole text
    line_end = text.find("\n", raw.open_at)
    if len(text[first.start() : line_end if line_end >= 0 else len(text)].split()) > HEADLINE_WORDS:
        return None
    named = _mentions_in(ctx, 0, raw.open_at)
    return (_Speaker(named[0].name, named[0].start, named[0].end), "headline") if named else None


def _colon_lead(text: str, open_at: int, floor: int) -> int | None:
    """A quotation opening a paragraph after one that ends with a colon ("Rudd continued:")."""
    k = open_at - 1
    while k > floor and text[k] in "\n\r \t\u00a0":
        k -= 1
    if k <= floor or text[k] != ":":
        return None
    return _sentence_start(text, k, floor)


def _reported_before(ctx: _Ctx, raw: _Raw, floor: int) -> tuple[_Speaker, str] | None:
    """A cue-less quotation opening a sentence after one, in its paragraph, that reports someone's
    words: "According to X, …" or "X, the chief engineer, said the design … ." — the quotation
    goes on in X's voice."""
    text = ctx.text
    lo = _sentence_start(text, raw.open_at, floor)
    if text[lo:raw.open_at].strip():
        return None  # the quotation sits inside a sentence, not at its start
    lo = raw.open_at
    prev = _sentence_start(text, max(floor, lo - 1), floor) if lo > floor else lo
    if prev >= lo or "\n" in text[prev:lo].rstrip():
        return None
    m = _ACCORDING.search(text, prev, raw.open_at)
    if m:
        sp = _np_after(ctx, m.end(), min(raw.open_at, m.end() + 60))
        return (sp, "according to") if sp and sp.name else None
    hits = [h for h in _verb_hits(ctx, prev, lo) if not h[2].endswith("ing")]
    if not hits or any(c in text[prev:lo] for c in _QUOTE_MARKS - {"'", "’"}):
        return None
    vs, _, cue = hits[0]
    sp = _np_before(ctx, prev, vs, nearest=False)
    return (sp, cue) if sp and sp.name and sp.pronoun is None else None


def _resolve(ctx: _Ctx, sp: _Speaker, previous: list[tuple[int, str]]) -> str | None:
    """A pronoun's person: the subject of its own or an earlier sentence whose gender fits."""
    if sp.pronoun is None:
        return sp.name
    want = _pronoun_gender().get(sp.pronoun, "x")
    if sp.pronoun in ("it", "they"):
        for pos, name in reversed(previous):
            if sp.start - pos < 1500:
                return name
            break
        return None
    text = ctx.text
    hi = sp.start
    lo = _sentence_start(text, hi, 0)
    for p in _mentions_in(ctx, lo, hi):
        if not _quoted(ctx, p.start) and _fits(ctx, p.name, want):
            return p.name
    for _ in range(5):
        if lo <= 0:
            break
        hi = lo
        lo = _sentence_start(text, max(0, hi - 1), 0)
        spoken = [
            name for pos, name in previous[bisect_left(previous, (lo, "")) : bisect_left(previous, (hi, ""))]
            if _fits(ctx, name, want) and name in ctx.genders
        ]
        if spoken:
            return spoken[0]
        for p in _mentions_in(ctx, lo, hi):
            if not _quoted(ctx, p.start) and _fits(ctx, p.name, want):
                return p.name
    for pos, name in reversed(previous[-20:]):
        if name in ctx.genders and _fits(ctx, name, want):
            return name
    return None


def _quoted(ctx: _Ctx, offset: int) -> bool:
    i = bisect_right(ctx.quote_starts, offset) - 1
    return i >= 0 and offset < ctx.quote_ends[i]


def _subjectish(text: str, p: PersonMention) -> bool:
    """A mention that opens its clause, so it is more likely the one a later pronoun means."""
    k = p.start - 1
    while k >= 0 and text[k] in " \u00a0\t":
        k -= 1
    return k < 0 or text[k] in ".\n,;:”\"!?"


def _fits(ctx: _Ctx, name: str, want: str) -> bool:
    if want == "x":
        return True
    g = ctx.genders.get(name, "x")
    return g in ("x", want)


def _is_term(text: str, raw: _Raw, has_cue: bool) -> bool:
    """Scare quotes and quoted terms: a few words, no sentence, no cue (or a naming cue)."""
    inner = text[raw.start : raw.end]
    n = len(_WORD.findall(inner))
    if n > _TERM_WORDS:
        return False
    if inner[:1].isupper() and inner.rstrip()[-1:] in ".!?" and n > 1:
        return False  # a short sentence ("Nobody should doubt that.") is a statement
    before = text[max(0, raw.open_at - 20) : raw.open_at].lower().rstrip()
    if any(before.endswith(cue) for cue in _term_cues()):
        return True
    return not has_cue


def _genders(people: Sequence[PersonMention], text: str) -> dict[str, str]:
    titles: dict[str, list[str | None]] = {}
    for p in people:
        titles.setdefault(p.name, []).extend((p.title, p.text.split()[0] if " " in p.text else None))
    return {name: gender(name, tuple(ts)) for name, ts in titles.items()}


def extract_quotes(
    text: str, people: Sequence[PersonMention] | None = None, tokens: Sequence[Token] | None = None,
    chunks: Chunks | None = None,
) -> tuple[Quote, ...]:
    """Every outer quotation with its speaker, cue and whether it is only a term.

    ``tokens`` are the text's tagged tokens (``Document.tokens``) and ``chunks`` their groups
    (``Document.chunks``); made here when not given.
    """
    if people is None:
        people = extract_people(text)
    if tokens is None:
        tokens = analyse_text(text)
    people = sorted(people, key=lambda p: (p.start, p.end))
    raws = _scan(text)
    chunks = chunk(tokens) if chunks is None else chunks
    ctx = _Ctx(
        text, people, [p.start for p in people], _genders(people, text),
        [r.start for r in raws], [r.end for r in raws], tokens, [t.start for t in tokens],
    )
    out: list[Quote] = []
    previous: list[tuple[int, str]] = []
    prev_raw: _Raw | None = None
    prev_speaker: tuple[_Speaker, str, str | None] | None = None
    for k, raw in enumerate(raws):
        floor = prev_raw.close_end if prev_raw else 0
        ceiling = raws[k + 1].open_at if k + 1 < len(raws) else len(text)
        n_words = len(_WORD.findall(text, raw.start, raw.end))
        name = None
        by = None
        found = _after_cue(ctx, raw, ceiling) or _before_cue(ctx, raw, floor, n_words <= _TERM_WORDS)
        if found is None and raw.continues and prev_speaker is not None:
            sp, cue, name = prev_speaker
            found, by = (sp, cue), "continuation"
        sentence_like = text[raw.start : raw.start + 1].isupper() and text[raw.start : raw.end].rstrip()[-1:] in ".!?"
        if found is None and (n_words > _TERM_WORDS or sentence_like):
            if prev_speaker is not None and _same_run(text, prev_raw, raw, ctx, prev_speaker[2]):
                sp, cue, name = prev_speaker
                found, by = (sp, cue), "continuation"
            elif (found := _reported_before(ctx, raw, floor)) is not None and found[1] != "according to":
                by = "previous sentence"
        owned = found is None and (found := _clause_subject(ctx, raw, chunks) or _headline(ctx, raw)) is not None
        as_written = False
        if found is not None and name is None:
            name = _resolve(ctx, found[0], previous)
            if name is None and found[0].pronoun is not None:
                name, as_written = text[found[0].start : found[0].end], True  # "she said", no one it can be
        term = _is_term(text, raw, found is not None and not owned)
        if found is not None and (not term or owned):
            sp, cue = found
            by = by or (("headline" if cue == "headline" else "subject") if owned else _found_by(ctx, sp, cue))
            out.append(Quote(raw.start, raw.end, text[raw.start : raw.end], name, sp.start, sp.end, cue, term, by))
            if name and not as_written:
                insort(previous, (sp.start, name))
            prev_speaker = (sp, cue, name)
            if raw.continues:
                _back_fill(out, raws, k)
        else:
            out.append(Quote(raw.start, raw.end, text[raw.start : raw.end], None, None, None, None, term))
            if not term:
                prev_speaker = None
        prev_raw = raw
    return tuple(out)


def _back_fill(out: list[Quote], raws: Sequence[_Raw], k: int) -> None:
    """A run-on quotation whose cue comes in a later paragraph: the earlier paragraphs of it,
    still without a speaker, are that speaker's too."""
    last = out[-1]
    j = k
    while raws[j].continues and out[j - 1].speaker is None and not out[j - 1].is_term:
        out[j - 1] = replace(last, start=out[j - 1].start, end=out[j - 1].end, text=out[j - 1].text,
                             speaker_by="continuation")
        j -= 1


def _found_by(ctx: _Ctx, sp: _Speaker, cue: str | None) -> str:
    """How a speaker was found: "according to", a pronoun, a person named at the cue, or a role phrase."""
    if cue == "according to":
        return "according to"
    if sp.pronoun is not None:
        return "pronoun"
    return "name" if _mentions_in(ctx, sp.start, sp.end) else "role"


def _same_run(text: str, prev: _Raw | None, raw: _Raw, ctx: _Ctx, name: str | None) -> bool:
    """A cue-less quotation continuing the previous speaker's: nothing but a cue or a break between,
    or, in one paragraph, only the sentence of the cue that named that speaker
    ("…,” said Marta Lindqvist, who took over in October. “Keston has …”). Someone reported
    after that cue's sentence ("The council said …") ends the run."""
    if prev is None:
        return False
    lo, hi = prev.close_end, raw.open_at
    gap = text[lo:hi]
    first_end = _sentence_end(text, lo, hi)
    if len(gap) > 2 * _AFTER_WINDOW or any(h[0] >= first_end for h in _verb_hits(ctx, lo, hi)):
        return False
    near = _mentions_in(ctx, lo, hi)
    if len(gap) <= 160 and not (near and len(gap.split()) > 6) and ("\n\n" in gap or len(gap.split()) <= 8):
        return True
    return name is not None and "\n" not in gap and first_end >= lo + len(gap.rstrip())


# ---------------------------------------------------------------- normalization


GAP = "…"


@dataclass(frozen=True)
class QuoteKey:
    """A quotation's words for matching: ``words[i]`` is a word or GAP; ``optional`` marks bracketed words."""

    words: tuple[str, ...]
    optional: tuple[bool, ...]

    @property
    def text(self) -> str:
        return " ".join(w for w, o in zip(self.words, self.optional) if not o)

    @property
    def plain(self) -> tuple[str, ...]:
        """The words that must match: no gaps, no bracketed insertions."""
        return tuple(w for w, o in zip(self.words, self.optional) if not o and w != GAP)


_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
_BRACKET = re.compile(r"\[[^\[\]]{0,80}\]|\([^()]{0,80}\)")
_NT = re.compile(r"\b(ca|wo|do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)n[’']t\b", re.IGNORECASE)
_NT_IRREGULAR = {"ca": "can", "wo": "will"}
_NORM_TOKEN = re.compile(r"\x00|\x01|\x02|[^\W_]+(?:[’'][^\W_]+)*|\d+(?:[.,]\d+)*")


_ON_THE_HOUR = re.compile(r"\b(\d{1,2})[:.]00(?=\s*[ap]\.?m\b)")


@lru_cache(maxsize=8192)
def normalize_quote(text: str) -> QuoteKey:
    """Words for matching, ignoring case, marks and punctuation; ellipses become gaps, brackets optional.

    Cached: pairing, every quotation check and the report normalize the same quotation again.
    """
    s = unicodedata.normalize("NFKC", text).lower()
    s = s.replace("’", "'").replace("‘", "'")
    s = _NT.sub(lambda m: _NT_IRREGULAR.get(m.group(1).lower(), m.group(1).lower()) + " not", s)
    s = s.replace("cannot", "can not")
    s = _ON_THE_HOUR.sub(r"\1", s)  # "6:00 p.m." is "6 p.m."
    s = _ELLIPSIS.sub(" \x00 ", s)
    s = _BRACKET.sub(lambda m: " \x01 " + m.group()[1:-1] + " \x02 ", s)
    s = s.replace("-", " ")
    out: list[str] = []
    opt: list[bool] = []
    inside = False
    for m in _NORM_TOKEN.finditer(s):
        tok = m.group()
        if tok == "\x00":
            if not out or out[-1] != GAP:
                out.append(GAP)
                opt.append(False)
        elif tok == "\x01":
            inside = True
        elif tok == "\x02":
            inside = False
        else:
            out.append(tok.strip("'"))
            opt.append(inside)
    return QuoteKey(tuple(out), tuple(opt))
