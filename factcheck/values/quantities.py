"""Quantities as values: the sides of a tally, and an interval written out for reports."""

from __future__ import annotations

import re

from factcheck.model import Quantity

INF = float("inf")


def tally_sides(q: Quantity) -> tuple[int, int] | None:
    """The two sides of a tally quantity ("5-4" -> (5, 4))."""
    if q.kind != "tally":
        return None
    nums = re.findall(r"\d+", q.text)
    if len(nums) < 2:
        return None
    return int(nums[0]), int(nums[1])


def format_number(v: float) -> str:
    """A bound as a reader writes it: thousands separated, four significant digits below 1,000."""
    if v == INF:
        return "∞"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.4g}" if abs(v) < 1000 else f"{v:,.0f}"


def format_interval(q: Quantity) -> str:
    """The interval as text, e.g. ``"[11, ∞) miner"`` or ``"(30, 35] km/h"``."""
    sides = tally_sides(q)
    if sides is not None:
        body = f"{sides[0]}-{sides[1]}"
    else:
        low = format_number(q.low) if q.low is not None else "-∞"
        high = format_number(q.high) if q.high is not None else "∞"
        lb = "(" if q.low_open or q.low is None else "["
        hb = ")" if q.high_open or q.high is None else "]"
        body = f"{lb}{low}, {high}{hb}"
    what = q.unit if q.unit not in (None, "tally") else q.counted
    return f"{body} {what}" if what else body
