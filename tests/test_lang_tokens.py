"""The tokenizer: news English split as UD English does, spans exact, time linear."""

from __future__ import annotations

import time

import pytest

from factcheck.lang.tokens import tokenize, words


def test_spans_point_into_the_text() -> None:
    text = "  Deputy Foreign Minister Sergei Ryabkov said on Tuesday.\n"
    spans = tokenize(text)
    assert [text[s:e] for s, e in spans] == ["Deputy", "Foreign", "Minister", "Sergei", "Ryabkov", "said", "on", "Tuesday", "."]
    assert spans[0] == (2, 8)
    assert spans[-1] == (len(text) - 2, len(text) - 1)


def test_span_window() -> None:
    text = "First one. Second one here."
    assert [text[s:e] for s, e in tokenize(text, 11, len(text))] == ["Second", "one", "here", "."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zelenskyy flew to Gdańsk", ["Zelenskyy", "flew", "to", "Gdańsk"]),
        ("Hồ Chí Minh City", ["Hồ", "Chí", "Minh", "City"]),
        ("Ho\u0302\u0300 Chi", ["Ho\u0302\u0300", "Chi"]),
        ("Sean O'Brien and O’Neill", ["Sean", "O'Brien", "and", "O’Neill"]),
        ("the U.S. and the U.N. met Mr. Lee", ["the", "U.S.", "and", "the", "U.N.", "met", "Mr.", "Lee"]),
        ("they co-operate", ["they", "co", "-", "operate"]),
        ("we don't know", ["we", "do", "n't", "know"]),
        ("they won’t and can't", ["they", "wo", "n’t", "and", "ca", "n't"]),
        ("it's Biden's call", ["it", "'s", "Biden", "'s", "call"]),
        ("the workers' union", ["the", "workers", "'", "union"]),
        ("he cannot go, gonna stay", ["he", "can", "not", "go", ",", "gon", "na", "stay"]),
        ("a $48m deal", ["a", "$", "48", "m", "deal"]),
        ("$48 million", ["$", "48", "million"]),
        ("1,500 people", ["1,500", "people"]),
        ("up 3.5 points", ["up", "3.5", "points"]),
        ("at 22:30 local time", ["at", "22:30", "local", "time"]),
        ("at 90km/h", ["at", "90", "km", "/", "h"]),
        ("rose 50%", ["rose", "50", "%"]),
        ("the 1990s and the 21st century", ["the", "1990s", "and", "the", "21st", "century"]),
        ("calm—for now", ["calm", "—", "for", "now"]),
        ("“No,” she said", ["“", "No", ",", "”", "she", "said"]),
        ("‘never’ again", ["‘", "never", "’", "again"]),
        ("and then… silence...", ["and", "then", "…", "silence", "..."]),
        ("Really?!", ["Really", "?!"]),
        ("see https://example.org/a?b=1.", ["see", "https://example.org/a?b=1", "."]),
        ("No. 10 said no.", ["No.", "10", "said", "no", "."]),
        ("John F. Kennedy", ["John", "F.", "Kennedy"]),
        ("CAIRO, March 3 (Reuters) -", ["CAIRO", ",", "March", "3", "(", "Reuters", ")", "-"]),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_empty_and_blank() -> None:
    assert tokenize("") == []
    assert tokenize(" \n\t ") == []


@pytest.mark.parametrize(
    "unit",
    ["x", "Mr. ", "Mr.", "1", '"', "“’", "a'", "a.", ".", "a@", "x1-", "a,1.", "\u0301a", "can"],
)
def test_linear_time_on_hostile_input(unit: str) -> None:
    small = unit * (8_000 // len(unit))
    large = unit * (80_000 // len(unit))
    t0 = time.perf_counter()
    tokenize(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    tokenize(large)
    t_large = time.perf_counter() - t0
    # Ten times the text may take at most about ten times as long (with slack for noise).
    assert t_large < 25 * t_small + 0.05
