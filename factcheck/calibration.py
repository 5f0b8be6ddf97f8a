"""One calibration table: the evidence a check weighs goes in, a confidence and a severity come out.

Every check scores up to three things about its pair, each from 0 to 1:

- ``alignment``: how surely the two passages speak of the same thing (the aligner's score);
- ``strength``: how plainly the two values disagree (1 for a denial or two named
  speakers; less for an antonym, a refusal to confirm, two figures close together);
- ``identity``: how surely the two passages report one event (1 where the kind has none).

    confidence = CEILING × identity × strength × (FLOOR + (1 − FLOOR) × alignment)

The floor says that a clash found at all, between passages the aligner paired, is
already evidence; the ceiling that no text-only reading is certain. Severity then
follows from the confidence under shared thresholds (error from ``ERROR_AT``, warning
from ``WARNING_AT``), never above the most the check allows for what it saw (a hedge
against a fact is only ever information; a vague "dozens of" is at most a warning), and
a finding under ``REPORT_AT`` is not reported. So ``--min-confidence 0.8`` means the same
for every kind.
"""

from __future__ import annotations

from dataclasses import dataclass

CEILING = 0.95
FLOOR = 0.4
ERROR_AT = 0.68
WARNING_AT = 0.45
REPORT_AT = 0.45
SEVERITIES = ("info", "warning", "error")  # in rising order


@dataclass(frozen=True)
class Grade:
    """A finding's confidence and severity."""

    confidence: float
    severity: str


def confidence(alignment: float, strength: float = 1.0, identity: float = 1.0) -> float:
    """The table's confidence for a pair's evidence, rounded to two places."""
    clamp = [min(1.0, max(0.0, x)) for x in (alignment, strength, identity)]
    alignment, strength, identity = clamp
    return round(CEILING * identity * strength * (FLOOR + (1 - FLOOR) * alignment), 2)


def severity(conf: float, most: str = "error") -> str:
    """The severity a confidence earns, capped at ``most``."""
    earned = "error" if conf >= ERROR_AT else "warning" if conf >= WARNING_AT else "info"
    return min(earned, most, key=SEVERITIES.index)


def grade(alignment: float, strength: float = 1.0, identity: float = 1.0, most: str = "error") -> Grade | None:
    """Confidence and severity for a pair's evidence; None when it is too weak to report."""
    conf = confidence(alignment, strength, identity)
    if conf < REPORT_AT:
        return None
    return Grade(conf, severity(conf, most))
