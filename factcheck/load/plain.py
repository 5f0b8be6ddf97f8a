"""Plain-text articles: the date line at the top, the title, and page furniture masked out.

The analysed view keeps every character's offset: masked furniture becomes
spaces (newlines kept) and everything from a furniture marker such as
"Leave a comment" on is cut, so spans need no offset map.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from factcheck import lexicon
from factcheck.load.header import dateline_date, header_date

_LINE = re.compile(r"[^\n]*\n?")
_COUNTER = re.compile(r"[\d,.]++[kKmM]?[ \t]*(?:shares?|comments?|views?)?", re.IGNORECASE)
_COUNT = re.compile(r"\A\d[\d,]*[ \t]+|[ \t]*\(\d[\d,]*\)\Z")
_BREADCRUMB = re.compile(r"(?P<root>[a-z]+)(?:[ \t]*[>/|»›:]|[ \t]+[a-z&]+[ \t]*[>/|»›:])")
MARKER_MAX_CHARS = 80
_SENTENCE_END = re.compile(r"[.…][\"”’)\]]*\s*\Z")
TITLE_MAX_WORDS = 20
HEAD_LINES = 8


@dataclass(frozen=True)
class PlainParts:
    view: str
    title: str | None
    published: date | None
    published_from: str = "header"  # or "dateline"


def mask(text: str, start: int, end: int) -> str:
    """Replace ``text[start:end]`` by spaces, keeping line breaks, so offsets stay put."""
    return mask_spans(text, [(start, end)])


def mask_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Blank several spans in one pass (overlaps allowed), keeping line breaks."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def _norm_line(line: str) -> str:
    """A line as furniture markers are listed: lower case, markup, counts and a final ':' gone."""
    low = _COUNT.sub("", line.strip().strip("#*_> \t").lower()).rstrip(":").strip()
    return " ".join(low.split())


def furniture_cut(text: str) -> int:
    """Offset where trailing page furniture starts (len(text) when there is none)."""
    markers = lexicon.words("furniture.txt")
    for m in _LINE.finditer(text):
        if not m.group():
            break
        if len(m.group()) <= MARKER_MAX_CHARS and _norm_line(m.group()) in markers:
            return m.start()
    return len(text)


def _breadcrumb(low: str) -> bool:
    m = _BREADCRUMB.match(low)
    return m is not None and m["root"] in lexicon.words("furniture_breadcrumbs.txt")


def _furniture_line(line: str, *, head: bool) -> bool:
    """A line of page furniture; share counts and breadcrumbs count only at the top."""
    stripped = line.strip()
    if not stripped:
        return False
    low = stripped.lower()
    if head and (_COUNTER.fullmatch(stripped) or _breadcrumb(low)):
        return True
    return any(low == p or low.startswith(p + " ") for p in lexicon.words("furniture_lines.txt"))


def _title_candidate(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= TITLE_MAX_WORDS and not _SENTENCE_END.search(line)


def parse_plain(text: str) -> PlainParts:
    """Find the header date and title and build the masked, cut view."""
    view = text[: furniture_cut(text)]
    published = None
    found = header_date(view)
    if found is not None:
        published, start, end = found
        view = mask(view, start, end)
    origin = "header"
    dateline = dateline_date(view)
    if dateline is not None:  # the day the article was filed: it dates the article, never an event
        filed, start, end = dateline
        if published is None and filed is not None:
            published, origin = filed, "dateline"
        view = mask(view, start, end)
    title = None
    furniture = []
    head_lines = []
    in_head = True
    for m in _LINE.finditer(view):
        line = m.group()
        if not line:
            break
        head = in_head and len(head_lines) < HEAD_LINES
        if _furniture_line(line, head=head):
            furniture.append(m)
            continue
        if not head or not line.strip():
            continue
        head_lines.append(line.strip())  # furniture lines do not count towards the head
        if _title_candidate(line):
            title = title or line.strip()
        else:
            in_head = False
    view = mask_spans(view, [(m.start(), m.end()) for m in furniture])
    # A breadcrumb ("Home Politics: … <title>") repeats the title: prefer the bare title line.
    if title is not None:
        for bare in head_lines:
            if bare != title and title.endswith(bare) and _title_candidate(bare):
                title = bare
                break
    return PlainParts(view, title, published, origin)
