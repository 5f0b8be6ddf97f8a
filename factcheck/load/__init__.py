"""From a file (or standard input) to a Document: decode, find date and title, cut furniture, split."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from factcheck.load.header import parse_date
from factcheck.load.plain import parse_plain
from factcheck.load.read import DEFAULT_MAX_BYTES, read_text
from factcheck.model import IDENTITY, Document, OffsetMap
from factcheck.text.sentences import split_sentences

__all__ = ["DEFAULT_MAX_BYTES", "document_from_text", "load_document", "parse_date"]

_HTML_SNIFF = re.compile(r"\A\s*(?:<!doctype html|<html|<head|<body|<article)", re.IGNORECASE)
_FRONT_SNIFF = re.compile(r"\A---[ \t]*\r?\n")
_NEWLINE = re.compile("\n")


TITLE_MAX = 160


def _short_title(title: str | None) -> str | None:
    """A title as a report can show it: one line, cut at a word boundary past ``TITLE_MAX`` characters."""
    if title is None:
        return None
    title = " ".join(title.split())
    if len(title) <= TITLE_MAX:
        return title or None
    cut = title.rfind(" ", 0, TITLE_MAX)
    return title[: cut if cut > TITLE_MAX // 2 else TITLE_MAX].rstrip(" ,;:-—") + "…"


def _format_of(path: str, text: str) -> str:
    low = path.lower()
    if low.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if low.endswith((".md", ".markdown", ".mdx")):
        return "markdown"
    if low.endswith(".txt"):
        return "text"
    if _HTML_SNIFF.match(text):
        return "html"
    if _FRONT_SNIFF.match(text):
        return "markdown"
    return "text"


def document_from_text(path: str, text: str, *, published: date | None = None) -> Document:
    """Build a Document from already-decoded text; ``published`` overrides what the text says.

    Markdown and HTML are first reduced to their article text (front matter, markup and
    page chrome blanked or skipped); every format then goes through the plain-text pass,
    which finds a date line, the title and page furniture.
    """
    fmt = _format_of(path, text)
    offsets: OffsetMap = IDENTITY
    breaks: tuple[int, ...] = ()
    found: date | None = None
    origin: str | None = None
    title: str | None = None
    if fmt == "html":
        from factcheck.load.html import parse_html  # HTML and Markdown readers load only for such input

        parts = parse_html(text)
        body, offsets, title, found = parts.view, parts.offsets, parts.title, parts.published
        origin = "html-meta"
    elif fmt == "markdown":
        from factcheck.load.markdown import parse_markdown

        md = parse_markdown(text)
        body, title, found, breaks = md.view, md.title, md.published, md.breaks
        origin = "front-matter"
    else:
        body = text
    plain = parse_plain(body)
    view = plain.view
    title = _short_title(title or plain.title)
    if found is None and plain.published is not None:
        found, origin = plain.published, plain.published_from
    if published is not None:
        found, origin = published, "option"
    line_starts = (0, *(m.end() for m in _NEWLINE.finditer(text)))
    return Document(
        path=path,
        text=text,
        view=view,
        offsets=offsets,
        title=title,
        published=found,
        published_from=origin if found is not None else None,
        sentences=split_sentences(view, breaks),
        line_starts=line_starts,
    )


def load_document(
    path: str,
    *,
    published: Mapping[str, date] | None = None,
    default_published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read and parse one file; ``published`` maps paths to dates given on the command line."""
    text = read_text(path, max_bytes=max_bytes)
    override = (published or {}).get(path, default_published)
    return document_from_text(path, text, published=override)
