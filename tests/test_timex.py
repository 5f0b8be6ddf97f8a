"""TIMEX3 value arithmetic: the days a value denotes and how it reads."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.values.timex import at_granularity, describe, duration, interval, shift


@pytest.mark.parametrize("value, mod, expected", [
    ("2025-10-14", None, (date(2025, 10, 14), date(2025, 10, 14))),
    ("2025-10", None, (date(2025, 10, 1), date(2025, 10, 31))),
    ("2024-02", None, (date(2024, 2, 1), date(2024, 2, 29))),
    ("2025", None, (date(2025, 1, 1), date(2025, 12, 31))),
    ("2025-W42", None, (date(2025, 10, 13), date(2025, 10, 19))),
    ("2025-W01", None, (date(2024, 12, 30), date(2025, 1, 5))),
    ("2024-SP", None, (date(2024, 3, 1), date(2024, 5, 31))),
    ("2024-WI", None, (date(2024, 12, 1), date(2025, 2, 28))),
    ("1997-Q3", None, (date(1997, 7, 1), date(1997, 9, 30))),
    ("1997-H2", None, (date(1997, 7, 1), date(1997, 12, 31))),
    ("2025-10-14TNI", None, (date(2025, 10, 14), date(2025, 10, 14))),
    ("2025-10-14T14:30", None, (date(2025, 10, 14), date(2025, 10, 14))),
    ("199", None, (date(1990, 1, 1), date(1999, 12, 31))),
    ("19", None, (date(1900, 1, 1), date(1999, 12, 31))),
    ("2025-W44-WE", None, (date(2025, 11, 1), date(2025, 11, 2))),
])
def test_interval(value: str, mod: str | None, expected: tuple[date, date]) -> None:
    assert interval(value, mod) == expected


def test_interval_narrows_by_mod() -> None:
    assert interval("2025", "END") == (date(2025, 9, 1), date(2025, 12, 31))
    assert interval("2025", "START") == (date(2025, 1, 1), date(2025, 5, 1))
    assert interval("2025-10", "END") == (date(2025, 10, 21), date(2025, 10, 31))
    lo, hi = interval("2025", "MID")
    assert date(2025, 5, 1) <= lo < hi <= date(2025, 9, 1)
    assert interval("2025-10-14", "END") == (date(2025, 10, 14), date(2025, 10, 14))
    assert interval("2025", "APPROX") == (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize("value", ["P2W", "P4D", "XXXX-WXX-7", "PRESENT_REF", "PAST_REF", "XXXX-10-16", "2025-13", "2025-02-30", "XXXX"])
def test_no_interval_for_what_is_not_a_dated_span(value: str) -> None:
    assert interval(value) is None


def test_disjoint_intervals_mean_different_dates() -> None:
    a = interval("2025-10-22")
    b = interval("2025-W43")
    assert a is not None and b is not None and a[0] >= b[0] and a[1] <= b[1]
    c = interval("2025-10", "START")
    assert c is not None and c[1] < date(2025, 10, 22)


@pytest.mark.parametrize("value, mod, words", [
    ("2025-10-22", None, "Wednesday 22 October 2025"),
    ("2025-W43", None, "the week of 20 October 2025"),
    ("2025-10", None, "October 2025"),
    ("2025-10", "END", "late October 2025"),
    ("P2W", None, "2 weeks"),
    ("P1D", None, "1 day"),
    ("PXY", None, "some years"),
    ("PT5H30M", None, "5 hours 30 minutes"),
    ("P2W", "EQUAL_OR_LESS", "at most 2 weeks"),
    ("2024-SP", None, "spring 2024"),
    ("1997-Q3", None, "the third quarter of 1997"),
    ("2025-10-31TNI", None, "Friday 31 October 2025, night"),
    ("2025-11-05T22:00", None, "Wednesday 5 November 2025 at 22:00"),
    ("2026-01-09T24:00", None, "Friday 9 January 2026 at midnight"),
    ("2026-01-09T12:00", None, "Friday 9 January 2026 at noon"),
    ("XXXX-WXX-7", None, "every Sunday"),
    ("XXXX-10-16", None, "16 October (year unknown)"),
    ("199", None, "the 1990s"),
    ("19", None, "the 20th century"),
    ("PRESENT_REF", None, "the present"),
])
def test_describe(value: str, mod: str | None, words: str) -> None:
    assert describe(value, mod) == words


def test_value_builders() -> None:
    d = date(2025, 11, 3)
    assert at_granularity(shift(d, "W", -1), "W") == "2025-W44"
    assert at_granularity(shift(d, "M", -1), "M") == "2025-10"
    assert at_granularity(shift(date(2025, 3, 31), "M", -1), "D") == "2025-02-28"
    assert at_granularity(d, "Q") == "2025-Q4"
    assert at_granularity(d, "10Y") == "202"
    assert duration(2, "W") == "P2W"
    assert duration(None, "D") == "PXD"
    assert duration(3, "TH") == "PT3H"
    assert duration(1, "10Y") == "P10Y"


def test_shift_takes_multiples_of_any_unit() -> None:
    """A fortnight is two weeks; the multiple prefix works for every unit, not only years."""
    from datetime import date

    from factcheck.values import timex

    assert timex.shift(date(2026, 1, 5), "2W", -1) == date(2025, 12, 22)
    assert timex.shift(date(2026, 1, 5), "10Y", -1) == date(2016, 1, 5)
