"""Loading articles: date lines, front matter, HTML pages, furniture, and spans that map back to the file."""

from __future__ import annotations

import io
import re
import sys
from datetime import date
from html import unescape
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.extract.people import extract_people
from factcheck.extract.quotes import extract_quotes
from factcheck.load import document_from_text, load_document
from factcheck.load.read import read_text
from factcheck.model import Document

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
SEED_000 = str(SEEDS / "000_8f53e6e599409f6c.txt")
SEED_003 = str(SEEDS / "003_520133a741b9c9c4.txt")

BODY = (
    "Harbour works stall\n\n"
    "Engineers halted work at Pier 4 in Port Wenlow on Tuesday after divers found an old power cable.\n"
)


def _sentences(doc: Document) -> list[str]:
    return [s.text for s in doc.sentences]


# --- date lines -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date 2025-10-21", date(2025, 10, 21)),
        ("Thursday , 6 November 2025", date(2025, 11, 6)),
        ("Wednesday, 4 February 2026", date(2026, 2, 4)),
        ("Published April 2, 2026", date(2026, 4, 2)),
        ("Published: Monday 12 January 2026", date(2026, 1, 12)),
        ("Posted on 3 March 2026", date(2026, 3, 3)),
        ("Updated: 2026-01-05 14:00 GMT", date(2026, 1, 5)),
        ("Tues., Sept. 8, 2026", date(2026, 9, 8)),
        ("12 January 2026 at 9.30 a.m.", date(2026, 1, 12)),
        ("2026/01/12", date(2026, 1, 12)),
        ("POSTED: 1052 GMT (1852 HKT), April 10, 2026", date(2026, 4, 10)),  # clock times before the date
        ("Sat Nov 12 2026, 01:19 hrs", date(2026, 11, 12)),
    ],
)
def test_each_date_line_format_is_read_and_blanked(line: str, expected: date) -> None:
    doc = document_from_text("story.txt", line + "\n" + BODY)
    assert (doc.published, doc.published_from) == (expected, "header")
    assert doc.view[: len(line)].strip() == ""  # the date line is not article text
    assert doc.view[len(line):] == "\n" + BODY  # and nothing else moved
    assert doc.title == "Harbour works stall"
    assert _sentences(doc)[0] == "Harbour works stall"


def test_a_labelled_date_may_run_on_into_the_first_sentence() -> None:
    doc = document_from_text("story.txt", " date 2026-02-09 The council met on Monday.\n")
    assert doc.published == date(2026, 2, 9)
    assert _sentences(doc) == ["The council met on Monday."]
    assert doc.position(doc.sentences[0].start, doc.sentences[0].end).column == 18


def test_a_date_line_under_the_headline_and_byline_counts() -> None:
    text = "Ferry strike ends\nBy Mara Olsen\nPublished: Friday 6 March 2026\n\nThe crews went back to work.\n"
    doc = document_from_text("story.txt", text)
    assert (doc.published, doc.title) == (date(2026, 3, 6), "Ferry strike ends")
    assert "Published" not in doc.view


@pytest.mark.parametrize(
    "text",
    [
        "5 May 2026 is the day of the vote, the council said.\n",  # a bare date running into prose
        "The council met on Monday.\n2 March 2026\n",  # a date after prose is content
        "March 2026 was the wettest month on record.\n",  # no day: not a publication date
        "Published 2026-02-30\nThe council met.\n",  # no such day
        "Published 14 June 1850\nThe council met.\n",  # implausibly old
    ],
)
def test_near_misses_are_not_publication_dates(text: str) -> None:
    doc = document_from_text("story.txt", text)
    assert (doc.published, doc.published_from) == (None, None)
    assert doc.view == text


# --- Markdown -----------------------------------------------------------------------------------

MARKDOWN = (
    "---\n"
    'title: "Tunnel fire: what we know"\n'
    "date: 2026-03-05\n"
    "author: Lene Vik\n"
    "---\n\n"
    "# Tunnel fire closes the Skarvik link\n\n"
    "The **Skarvik tunnel** stayed shut on Thursday, the [roads agency](https://example.org/roads) said.\n\n"
    "- Traffic is diverted over the *old* pass.\n"
)


def test_front_matter_gives_date_and_title_and_markup_keeps_offsets() -> None:
    doc = document_from_text("analysis.md", MARKDOWN)
    assert (doc.published, doc.published_from) == (date(2026, 3, 5), "front-matter")
    assert doc.title == "Tunnel fire: what we know"
    assert len(doc.view) == len(MARKDOWN)
    assert _sentences(doc) == [
        "Tunnel fire closes the Skarvik link",
        "The   Skarvik tunnel   stayed shut on Thursday, the  roads agency" + " " * 29 + "said.",
        "Traffic is diverted over the  old  pass.",
    ]
    assert [s.heading for s in doc.sentences] == [True, False, False]
    first = doc.sentences[1]
    pos = doc.position(first.start, first.end)
    assert pos.text == "The **Skarvik tunnel** stayed shut on Thursday, the [roads agency](https://example.org/roads) said."
    assert (pos.line, pos.column) == (9, 1)


def test_front_matter_without_a_date_falls_back_to_the_date_line() -> None:
    text = "---\ntitle: Night buses return\n---\n\nPublished: Monday 12 January 2026\n\nNight buses ran again on Sunday.\n"
    doc = document_from_text("late.md", text)
    assert (doc.published, doc.published_from, doc.title) == (date(2026, 1, 12), "header", "Night buses return")
    assert _sentences(doc) == ["Night buses ran again on Sunday."]


def test_front_matter_date_wins_over_a_date_line_and_the_line_is_not_text() -> None:
    text = "---\ndate: 2026-01-13\n---\ndate 2026-01-12\n\nNight buses ran again on Sunday.\n"
    doc = document_from_text("late.md", text)
    assert (doc.published, doc.published_from) == (date(2026, 1, 13), "front-matter")
    assert _sentences(doc) == ["Night buses ran again on Sunday."]


def test_markdown_furniture_heading_cuts_the_rest() -> None:
    text = "# Dam report\n\nThe dam held overnight.\n\n## Related Articles\n\n- Floods hit the valley in 2024.\n"
    doc = document_from_text("dam.md", text)
    assert _sentences(doc) == ["Dam report", "The dam held overnight."]


# --- HTML -----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour works stall | The Wenlow Ledger</title>
<meta property="article:published_time" content="2026-03-04T08:15:00Z">
</head>
<body>
<nav class="site-nav"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour works stall after AT&amp;T cable find</h1>
<p>The council&rsquo;s engineers halted work at Pier&nbsp;4 on Tuesday after divers found a cable owned by AT&amp;T.</p>
<p>&ldquo;We will not dig until the line is moved,&rdquo; said Mayor In&eacute;s Q. Ferrand. The work was due to end in May &amp; June.</p>
<p>Residents met at the Caf&eacute;</p>
<div class="share-bar"><a href="#">Share on Facebook</a> <span>12 shares</span></div>
</article>
<aside class="related"><h2>Related Articles</h2><p>Pier 2 reopens after repairs</p></aside>
<section id="comments"><h2>Leave a comment</h2>
<p>Great piece! <time datetime="2026-03-09">9 March</time></p></section>
<footer>&copy; 2026 The Wenlow Ledger</footer>
</body>
</html>
"""

PAGE_SENTENCES = [
    "Harbour works stall after AT&T cable find",
    "The council’s engineers halted work at Pier\xa04 on Tuesday after divers found a cable owned by AT&T.",
    "“We will not dig until the line is moved,” said Mayor Inés Q. Ferrand.",
    "The work was due to end in May & June.",
    "Residents met at the Café",
]


def _assert_maps_back(doc: Document, start: int, end: int) -> None:
    pos = doc.position(start, end)
    assert doc.text[pos.start:pos.end] == pos.text
    assert unescape(pos.text) == doc.view[start:end]


def test_html_article_text_title_and_meta_date() -> None:
    doc = document_from_text("page.html", PAGE)
    assert (doc.published, doc.published_from) == (date(2026, 3, 4), "html-meta")
    assert doc.title == "Harbour works stall after AT&T cable find"
    assert _sentences(doc) == PAGE_SENTENCES
    for gone in ("Home", "Sport", "Share on", "12 shares", "Related", "Pier 2", "Leave a comment", "Great piece", "©"):
        assert gone not in doc.view


def test_html_spans_map_back_to_the_page_including_ones_ending_at_an_entity() -> None:
    doc = document_from_text("page.html", PAGE)
    for s in doc.sentences:
        _assert_maps_back(doc, s.start, s.end)
    for word in re.finditer(r"\S+", doc.view):
        _assert_maps_back(doc, word.start(), word.end())
    cafe = doc.sentences[-1]
    assert doc.position(cafe.start, cafe.end).text == "Residents met at the Caf&eacute;"
    amp = doc.view.index("AT&T.")
    assert doc.position(amp, amp + 3).text == "AT&amp;"
    quote = doc.sentences[2]
    pos = doc.position(quote.start, quote.end)
    assert pos.text == "&ldquo;We will not dig until the line is moved,&rdquo; said Mayor In&eacute;s Q. Ferrand."
    assert (pos.line, pos.column) == (13, 4)


def test_html_quotes_extracted_from_the_view_map_back_exactly() -> None:
    doc = document_from_text("page.html", PAGE)
    quotes = extract_quotes(doc.view, extract_people(doc.view))
    assert [q.text for q in quotes] == ["We will not dig until the line is moved,"]
    pos = doc.position(quotes[0].start, quotes[0].end)
    assert pos.text == "We will not dig until the line is moved,"
    assert PAGE[pos.start:pos.end] == pos.text


def test_html_with_crlf_line_endings_counts_columns_on_the_file_as_it_is() -> None:
    page = PAGE.replace("\n", "\r\n")
    doc = document_from_text("page.html", page)
    assert _sentences(doc) == PAGE_SENTENCES
    s = doc.sentences[1]
    pos = doc.position(s.start, s.end)
    assert page[pos.start:pos.end] == pos.text
    assert (pos.line, pos.column) == (12, 4)


def test_html_time_element_when_there_is_no_meta_tag() -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2026-03-04T08:15:00Z">', "")
    page = page.replace("<h1>", '<p class="dateline"><time datetime="2026-03-03T19:00:00+01:00">3 March</time></p><h1>')
    doc = document_from_text("page.html", page)
    assert (doc.published, doc.published_from) == (date(2026, 3, 3), "html-meta")


def test_html_json_ld_date_published() -> None:
    page = PAGE.replace(
        '<meta property="article:published_time" content="2026-03-04T08:15:00Z">',
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
        '[{"@type": "NewsArticle", "headline": "Harbour", "datePublished": "2026-03-02T07:00:00Z"}]}</script>',
    )
    doc = document_from_text("page.html", page)
    assert (doc.published, doc.published_from) == (date(2026, 3, 2), "html-meta")
    assert "NewsArticle" not in doc.view


def test_a_comment_timestamp_is_not_the_publication_date() -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2026-03-04T08:15:00Z">', "")
    doc = document_from_text("page.html", page)
    assert (doc.published, doc.published_from) == (None, None)


def test_a_page_without_an_article_element_keeps_the_body_minus_chrome() -> None:
    page = (
        "<html><body><header><a href='/'>Home</a></header><div class='story'>"
        "<p>Ferries to Halm resumed on Friday.</p><p class='social-links'>Follow us</p></div>"
        "<footer>Contact</footer></body></html>"
    )
    doc = document_from_text("bare.htm", page)
    assert _sentences(doc) == ["Ferries to Halm resumed on Friday."]


# --- furniture and the seeds -----------------------------------------------------------------

def test_seed_000_date_title_and_nothing_from_leave_a_comment_on() -> None:
    doc = load_document(SEED_000)
    assert (doc.published, doc.published_from) == (date(2025, 11, 6), "header")
    assert doc.title == "Did Trump’s Russia-Ukraine Peace Plan Quickly Stall?"
    cut = doc.text.index("Leave a comment")
    assert doc.view.strip() == doc.view[:cut].strip()
    for later in ("Leave a Reply", "Related Articles", "Sanae Takaichi", "Madagascar", "$130M"):
        assert later not in doc.view
    assert all(s.end <= cut for s in doc.sentences)
    # The breadcrumb and the share count at the top are furniture too.
    assert "Home Politics" not in doc.view and "211" not in doc.view


def test_seed_003_date_runs_on_into_the_first_sentence() -> None:
    doc = load_document(SEED_003)
    assert (doc.published, doc.published_from) == (date(2025, 10, 21), "header")
    assert doc.title is None
    assert doc.sentences[0].text.startswith("Donald Trump’s grand plan")
    assert doc.position(doc.sentences[0].start, doc.sentences[0].end).column == 18


def test_a_file_that_is_only_furniture_has_no_sentences() -> None:
    doc = document_from_text("chrome.txt", "Leave a comment\n\nRelated Articles\n\nPier 2 reopens after repairs\n")
    assert (doc.sentences, doc.title, doc.view.strip()) == ((), None, "")


def test_furniture_lines_are_masked_in_place() -> None:
    text = "Dam holds\n\nThe dam held overnight.\nAdvertisement\nRepairs start on Monday.\n"
    doc = document_from_text("dam.txt", text)
    assert len(doc.view) == len(text)
    assert _sentences(doc) == ["Dam holds", "The dam held overnight.", "Repairs start on Monday."]
    assert doc.view[doc.view.index("overnight.") + 11:][:14] == " " * 13 + "\n"


def test_a_headline_starting_with_home_is_not_a_breadcrumb() -> None:
    doc = document_from_text("home.txt", "Home Secretary Ada Lind resigns\n\nAda Lind resigned on Friday.\n")
    assert doc.title == "Home Secretary Ada Lind resigns"


# --- bytes, BOM, line endings, standard input, --published -----------------------------------

def test_crlf_plain_text_keeps_offsets_and_columns_on_the_raw_text(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("date 2026-01-12\r\n\r\nFirst line.\r\nThe mayor, Ana Ruiz, spoke.\r\n".encode())
    doc = load_document(str(path))
    assert doc.text == "date 2026-01-12\r\n\r\nFirst line.\r\nThe mayor, Ana Ruiz, spoke.\r\n"
    assert _sentences(doc) == ["First line.", "The mayor, Ana Ruiz, spoke."]
    ruiz = doc.view.index("Ana Ruiz")
    pos = doc.position(ruiz, ruiz + 8)
    assert (pos.start, pos.line, pos.column, pos.end_line, pos.end_column) == (43, 4, 12, 4, 20)
    assert pos.text == "Ana Ruiz"


def test_a_bom_is_removed_before_offsets_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfdate 2026-01-12\nThe pier reopened.\n")
    doc = load_document(str(path))
    assert doc.text.startswith("date") and doc.published == date(2026, 1, 12)
    assert doc.position(doc.sentences[0].start, doc.sentences[0].end).start == 16


def test_standard_input_is_read_as_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = "Published April 2, 2026\n\nThe ferry sailed at dawn.\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    doc = load_document("-")
    assert (doc.path, doc.published, _sentences(doc)) == ("-", date(2026, 4, 2), ["The ferry sailed at dawn."])


def test_published_option_wins_with_origin_option() -> None:
    doc = load_document(SEED_003, published={SEED_003: date(2025, 10, 20)})
    assert (doc.published, doc.published_from) == (date(2025, 10, 20), "option")
    doc = load_document(SEED_000, default_published=date(2025, 11, 1))
    assert (doc.published, doc.published_from) == (date(2025, 11, 1), "option")
    doc = load_document(SEED_000, published={SEED_003: date(2025, 10, 20)})
    assert doc.published_from == "header"


def test_read_text_refuses_utf16_and_oversized_input(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("The pier reopened.".encode("utf-16"))
    with pytest.raises(InputError, match="UTF-16"):
        read_text(str(path))
    path.write_text("The pier reopened.\n", encoding="utf-8")
    with pytest.raises(InputError, match="over the 10-byte limit"):
        read_text(str(path), max_bytes=10)
    assert read_text(str(path), max_bytes=19) == "The pier reopened.\n"


def test_html_headline_inside_the_articles_own_header_and_site_name_cut_from_title() -> None:
    page = (
        "<html><head><title>Pier shut | The Wenlow Ledger</title></head><body>"
        "<header><h1 class='logo'>The Wenlow Ledger</h1></header>"
        "<article><header><h1>Pier 4 stays shut</h1><time datetime='2026-03-02'>2 March</time></header>"
        "<p>The pier stayed shut on Monday.</p></article></body></html>"
    )
    doc = document_from_text("pier.html", page)
    assert (doc.title, doc.published) == ("Pier 4 stays shut", date(2026, 3, 2))
    assert _sentences(doc) == ["The pier stayed shut on Monday."]
    no_h1 = page.replace("<h1>Pier 4 stays shut</h1>", "")
    assert document_from_text("pier.html", no_h1).title == "Pier shut"


def test_a_huge_first_line_makes_a_short_title() -> None:
    """A 100,000-character first line is not a headline a report can show: it is cut at a word, with an ellipsis."""
    from factcheck.load import TITLE_MAX, document_from_text

    for path, text in (("a.md", "# " + "Council " * 12_500 + "\n\nThe council met on Monday.\n"),
                       ("a.html", "<html><head><title>" + "Council " * 12_500 + "</title></head>"
                                  "<body><p>The council met on Monday.</p></body></html>")):
        title = document_from_text(path, text).title
        assert title is not None and len(title) <= TITLE_MAX + 1
        assert title.endswith(" Council…")


def test_a_wire_dateline_dates_the_article_and_never_an_event() -> None:
    from factcheck.pipeline import dates_of

    doc = document_from_text("a.txt", "KYIV, Ukraine, Oct. 4, 2026 (AP) — The vote was held on Friday.\n")
    assert (doc.published, doc.published_from) == (date(2026, 10, 4), "dateline")
    assert [(d.text, d.value) for d in dates_of(doc)] == [("on Friday", "2026-10-02")]
    yearless = document_from_text("b.txt", "Published: Tuesday 3 March 2026\n\nCAIRO, March 3 (Reuters) - "
                                           "The vote was held on Monday.\n")
    assert yearless.published_from == "header"
    assert [d.text for d in dates_of(yearless)] == ["on Monday"]  # "March 3" is the filing day, not the vote's
