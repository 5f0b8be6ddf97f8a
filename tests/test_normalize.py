"""Normalization for matching: quotes, dashes, whitespace, NFKC, and the map back to the original."""

from __future__ import annotations

import pytest

from factcheck.text.normalize import fold, normalize


def _round_trip(text: str) -> None:
    """Every normalized character comes from a span of the original that holds it after folding."""
    n = normalize(text)
    assert len(n.positions) == len(n.ends) == len(n.text)
    for i, ch in enumerate(n.text):
        source = text[n.positions[i]:n.ends[i]]
        assert source, (i, ch)
        assert ch == " " or ch in normalize(source).text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("“The bridge is safe,” she said.", '"The bridge is safe," she said.'),
        ("the mayor’s ‘final’ offer", "the mayor's 'final' offer"),
        ("«Non», a-t-il dit", '"Non", a-t-il dit'),
        ("2024–2026 — a decade‑long row − 3", "2024-2026 - a decade-long row - 3"),
        ("wait…", "wait..."),
        ("  four   spaces\tand\r\nlines  ", "four spaces and lines"),
        ("a\u00a0non-breaking\u2009thin space", "a non-breaking thin space"),
        ("ﬁnal ﬂight", "final flight"),
        ("１２ ｍｉｎｅｒｓ", "12 miners"),
        ("Cafe\u0301 Mu\u0308ller", "Café Müller"),
        ("co\u00adoperation and zero\u200bwidth", "cooperation and zerowidth"),
        ("\ufeffA BOM inside", "A BOM inside"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected
    _round_trip(raw)


def test_composed_and_decomposed_accents_match() -> None:
    assert normalize("Café").text == normalize("Cafe\u0301").text
    assert fold("CAFÉ") == fold("cafe\u0301")


def test_source_span_maps_back_to_the_original() -> None:
    raw = "The  “Skarvik”  tunnel — closed…"
    n = normalize(raw)
    assert n.text == 'The "Skarvik" tunnel - closed...'
    at = n.text.index('"Skarvik"')
    start, end = n.source_span(at, at + len('"Skarvik"'))
    assert raw[start:end] == "“Skarvik”"
    at = n.text.index("closed...")
    start, end = n.source_span(at, len(n.text))
    assert raw[start:end] == "closed…"
    # An ellipsis is three characters from one: a span ending inside it still covers it all.
    start, end = n.source_span(at, len(n.text) - 1)
    assert raw[start:end] == "closed…"


def test_source_span_of_decomposed_accent_covers_the_mark() -> None:
    raw = "Mu\u0308ller said"
    n = normalize(raw)
    assert n.text == "Müller said"
    start, end = n.source_span(0, 6)
    assert raw[start:end] == "Mu\u0308ller"


def test_collapsed_whitespace_maps_to_the_whole_run() -> None:
    raw = "north \t\n south"
    n = normalize(raw)
    assert n.text == "north south"
    assert n.source_span(5, 6) == (5, 9)


def test_empty_spans_and_empty_text() -> None:
    n = normalize("abc")
    assert n.source_span(1, 1) == (1, 1)
    assert n.source_span(3, 3) == (3, 3)
    empty = normalize("   ")
    assert (empty.text, empty.positions, empty.source_span(0, 0)) == ("", (), (0, 0))


def test_fold_is_case_insensitive_and_punctuation_kind_insensitive() -> None:
    assert fold("“STRASSE” — Now") == fold('"straße" - now')
    assert fold("Pier 4") != fold("Pier 5")
