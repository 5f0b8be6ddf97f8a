"""Markdown articles: front matter for title and date, markup masked so offsets stay put."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from factcheck.load.header import parse_date
from factcheck.load.plain import furniture_cut, mask, mask_spans

_FRONT = re.compile(r"\A---[ \t]*\r?\n(?P<body>(?:(?!---)[^\n]*\n)*?)---[ \t]*(?:\r?\n|\Z)")
_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>[^\n]*)$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(?P<text>[^\n]*)$", re.MULTILINE)
# Markup replaced by spaces: list and quote markers, emphasis, code ticks, link targets, images, comments.
# Each pattern stops at the next bracket or tag opener, so hostile input is scanned once.
_MARKUP = [
    re.compile(r"^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)]|>)[ \t]", re.MULTILINE),
    re.compile(r"^[ \t]{0,3}(?:-{3,}|\*{3,}|_{3,})[ \t\r]*$", re.MULTILINE),
    re.compile(r"!\[[^\[\]\n]*+\]\([^()\n]*+\)"),
    re.compile(r"\]\([^()\n]*+\)"),
    re.compile(r"\[(?=[^\[\]\n]*+\]\()"),
    re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`+"),
    re.compile(r"</?[A-Za-z][^<>\n]*+>"),
]
_COMMENT_OPEN = "<!--"
_COMMENT_CLOSE = "-->"


@dataclass(frozen=True)
class MarkdownParts:
    view: str
    title: str | None
    published: date | None
    breaks: tuple[int, ...]


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _comments(text: str) -> list[tuple[int, int]]:
    """HTML comments, found with ``str.find`` so an unclosed one costs one scan."""
    spans = []
    at = text.find(_COMMENT_OPEN)
    while at >= 0:
        close = text.find(_COMMENT_CLOSE, at + len(_COMMENT_OPEN))
        if close < 0:
            break
        spans.append((at, close + len(_COMMENT_CLOSE)))
        at = text.find(_COMMENT_OPEN, close + len(_COMMENT_CLOSE))
    return spans


def parse_markdown(text: str) -> MarkdownParts:
    """Read front matter and mask markup; heading ends become sentence breaks."""
    view = text[: furniture_cut(text)]
    title: str | None = None
    published: date | None = None
    front = _FRONT.match(view)
    if front:
        for f in _FIELD.finditer(front["body"]):
            key, value = f["key"].lower(), _unquote(f["value"])
            if key == "title" and value:
                title = value
            elif key in ("date", "published", "pubdate", "published_at") and published is None:
                published = parse_date(value)
        view = mask(view, 0, front.end())
    breaks = []
    spans = []
    for h in _HEADING.finditer(view):
        if title is None and len(h[1]) == 1:
            title = h["text"].strip().strip("#").strip() or None
        spans.append((h.start(1), h.end(1)))
        breaks.append(h.end())
    for pattern in _MARKUP:
        spans.extend(m.span() for m in pattern.finditer(view))
    spans.extend(_comments(view))
    view = mask_spans(view, spans)
    return MarkdownParts(view, title, published, tuple(breaks))
