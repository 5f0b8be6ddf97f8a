"""HTML articles: the article body as text, with an offset map back into the page.

Navigation, scripts, comment sections and other furniture are skipped; block
elements become paragraph breaks; entities are decoded. Published dates come from
``article:published_time`` and similar meta tags, JSON-LD ``datePublished`` or
``<time datetime>``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from bisect import bisect_right
from html import unescape
from html.parser import HTMLParser

from factcheck import lexicon
from factcheck.load.header import parse_date
from factcheck.model import OffsetMap

_BLOCK = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 article section blockquote tr td th table main hr pre dd dt".split()
)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_META_DATE = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date")
_CLASS_WORD = re.compile(r"[a-z]+")
_SCOPE = re.compile(r"<(article|main)\b", re.IGNORECASE)
_SITE_SEPARATOR = re.compile(r" [|·•] ")


@dataclass(frozen=True)
class ReferenceOffsetMap(OffsetMap):
    """An offset map whose runs may stand for longer source text: a character reference.

    ``source_ends[i]`` is where run ``i`` ends in the page when the run is one decoded
    reference ("&eacute;" read as "é"), or -1 when the run is copied verbatim. A span
    that starts in such a run starts at the "&"; one that ends in it ends after the ";".
    """

    source_ends: tuple[int, ...] = ()

    def _reference(self, offset: int) -> int:
        i = bisect_right(self.view_starts, offset) - 1
        return i if i >= 0 and self.source_ends and self.source_ends[i] >= 0 else -1

    def to_source(self, offset: int) -> int:
        i = self._reference(offset)
        return self.source_starts[i] if i >= 0 else super().to_source(offset)

    def to_source_end(self, offset: int) -> int:
        if offset <= 0:
            return self.to_source(offset)
        i = self._reference(offset - 1)
        return self.source_ends[i] if i >= 0 else super().to_source_end(offset)


@dataclass(frozen=True)
class HtmlParts:
    view: str
    offsets: OffsetMap
    title: str | None
    published: date | None


class _Extractor(HTMLParser):
    def __init__(self, text: str, scope: str | None) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.scope = scope
        self.in_scope = scope is None
        self.scope_depth = 0
        self.skip_tag: str | None = None
        self.skip_depth = 0
        self.skip_by_class = False
        self.pieces: list[str] = []
        self.view_len = 0
        self.view_starts: list[int] = []
        self.source_starts: list[int] = []
        self.source_ends: list[int] = []
        self.meta: dict[str, str] = {}
        self.jsonld: list[str] = []
        self.times: list[str] = []
        self.h1: list[str] = []
        self.title: list[str] = []
        self._capture: str | None = None

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, chunk: str, source: int, source_end: int = -1) -> None:
        """Append ``chunk`` to the view; ``source_end`` >= 0 marks a decoded reference."""
        if not chunk:
            return
        self.view_starts.append(self.view_len)
        self.source_starts.append(source)
        self.source_ends.append(source_end)
        self.pieces.append(chunk)
        self.view_len += len(chunk)

    def _headline_visible(self) -> bool:
        """An article's own <header> holds its headline; a site header or a teaser box does not."""
        if self.skip_tag is None:
            return self.in_scope
        return self.scope is not None and self.in_scope and not self.skip_by_class

    def _skipping(self) -> bool:
        return self.skip_tag is not None or not self.in_scope

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
            return
        if tag == "time" and a.get("datetime") and not (self.skip_tag is not None and self.skip_by_class):
            self.times.append(a["datetime"])  # a comment's or a teaser's timestamp is not the article's
        if tag == "script" and "ld+json" in a.get("type", ""):
            self._capture = "jsonld"
        elif tag == "title":
            self._capture = "title"
        elif tag == "h1" and not self.h1 and self._headline_visible():
            self._capture = "h1"
        if self.scope and tag == self.scope:
            self.in_scope = True
            self.scope_depth += 1
        if self.skip_tag is not None:
            if tag != self.skip_tag:
                return
            if tag != "p":
                self.skip_depth += 1
                return
            self.skip_tag = None  # a <p> never nests: a new one closes the skipped one
        if tag in _VOID:
            if tag in ("br", "hr") and not self._skipping():
                self._emit("\n\n", self._offset())
            return
        words = set(_CLASS_WORD.findall((a.get("class", "") + " " + a.get("id", "")).lower()))
        by_class = bool(words & lexicon.words("html_skip_classes.txt"))
        if tag in lexicon.words("html_skip.txt") or by_class:
            self.skip_tag, self.skip_depth, self.skip_by_class = tag, 1, by_class
            return
        if tag in _BLOCK and not self._skipping():
            self._emit("\n\n", self._offset())

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "title", "h1"):
            self._capture = None
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
            return
        if tag in _BLOCK and not self._skipping():
            self._emit("\n\n", self._offset())
        if self.scope and tag == self.scope:
            self.scope_depth -= 1
            if self.scope_depth == 0:
                self.in_scope = False

    def _text(self, chunk: str, source: int, source_end: int = -1) -> None:
        if self._capture == "jsonld":
            self.jsonld.append(chunk)
            return
        if self._capture == "title":
            self.title.append(chunk)
            return
        if self._capture == "h1":
            self.h1.append(chunk)
        if not self._skipping():
            self._emit(chunk, source, source_end)

    def handle_data(self, data: str) -> None:
        self._text(data, self._offset())

    def _reference(self, prefix: str, name: str) -> None:
        """A character reference: decoded in the view, the whole "&…;" in the page."""
        start = self._offset()
        end = start + len(prefix) + len(name)
        if self.text.startswith(";", end):
            end += 1
        decoded = unescape(f"{prefix}{name};")
        if decoded == f"{prefix}{name};":  # not a known reference: keep it as written
            self._text(self.text[start:end], start)
        else:
            self._text(decoded, start, end)

    def handle_entityref(self, name: str) -> None:
        self._reference("&", name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#", name)


def _jsonld_date(blobs: list[str]) -> date | None:
    for blob in blobs:
        try:
            data = json.loads(blob)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    found = parse_date(item["datePublished"])
                    if found:
                        return found
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return None


def _clean(parts: list[str]) -> str | None:
    text = " ".join(unescape("".join(parts)).split())
    return text or None


def _site_name_cut(title: str | None) -> str | None:
    """A <title> usually ends with the site's name after a bar: "Harbour works stall | The Ledger"."""
    if title is None:
        return None
    head = _SITE_SEPARATOR.split(title, maxsplit=1)[0].strip()
    return head or title


def parse_html(text: str) -> HtmlParts:
    """The article text of a page with its offset map, title and published date."""
    scope = _SCOPE.search(text)
    parser = _Extractor(text, scope[1].lower() if scope else None)
    parser.feed(text)
    parser.close()
    published = None
    for key in _META_DATE:
        if key in parser.meta:
            published = parse_date(parser.meta[key])
            if published:
                break
    if published is None:
        published = _jsonld_date(parser.jsonld)
    if published is None:
        published = next((d for d in map(parse_date, parser.times) if d), None)
    title = _clean(parser.h1) or _clean([parser.meta.get("og:title", "")]) or _site_name_cut(_clean(parser.title))
    offsets = ReferenceOffsetMap(tuple(parser.view_starts), tuple(parser.source_starts), tuple(parser.source_ends))
    return HtmlParts("".join(parser.pieces), offsets, title, published)
