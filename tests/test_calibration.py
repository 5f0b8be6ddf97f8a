"""The one calibration table: the same evidence earns the same confidence and severity in every check."""

from __future__ import annotations

from factcheck.calibration import CEILING, ERROR_AT, REPORT_AT, WARNING_AT, confidence, grade, severity


def test_confidence_rises_with_each_kind_of_evidence() -> None:
    assert confidence(1.0) == CEILING
    assert confidence(0.5) < confidence(0.8) < confidence(1.0)
    assert confidence(0.8, strength=0.6) < confidence(0.8)
    assert confidence(0.8, identity=0.5) < confidence(0.8)
    assert confidence(2.0) == CEILING and confidence(-1.0) >= 0.0  # out-of-range scores are clamped


def test_severity_follows_the_shared_thresholds_and_the_checks_cap() -> None:
    assert severity(ERROR_AT) == "error"
    assert severity(ERROR_AT - 0.01) == "warning"
    assert severity(WARNING_AT - 0.01) == "info"
    assert severity(0.95, most="warning") == "warning"
    assert severity(0.95, most="info") == "info"
    assert severity(0.5, most="error") == "warning"  # the cap never raises a severity


def test_too_weak_evidence_is_not_reported() -> None:
    assert grade(0.0, strength=0.5) is None
    g = grade(0.9)
    assert g is not None and g.confidence >= REPORT_AT and g.severity == "error"


def test_a_strong_refusal_is_a_warning_and_a_plain_denial_an_error() -> None:
    refusal, denial = grade(0.8, strength=0.6, most="warning"), grade(0.8, strength=1.0)
    assert refusal is not None and denial is not None
    assert refusal.severity == "warning" and denial.severity == "error"
    assert refusal.confidence < denial.confidence
