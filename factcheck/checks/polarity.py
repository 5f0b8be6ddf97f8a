"""``polarity``: one source asserts what another denies, by negation or by an opposed predicate."""

from __future__ import annotations

from factcheck.calibration import grade
from factcheck.checks import Pairs, check
from factcheck.describe import two_sides, voice
from factcheck.facts import ClaimMatch, Located, Pair
from factcheck.model import Claim, Finding

ASSERTING = frozenset({"fact", "future"})
SAME_ARTICLE_WORDING = 0.6


def opposition(a: Claim, b: Claim) -> tuple[str, float] | None:
    """How the two predicates clash: ("negation", strength), ("antonym", …) or ("refusal", …)."""
    if a.mood == "refusal" or b.mood == "refusal":
        other = b if a.mood == "refusal" else a
        if other.mood in ASSERTING and a.predicate == b.predicate:
            return "refusal", 0.6
        return None
    if a.mood not in ASSERTING or b.mood not in ASSERTING or a.mood != b.mood:
        return None
    if a.predicate == b.predicate and a.negated != b.negated:
        return "negation", 1.0
    signs_a = dict(a.frames)
    for frame, sign in b.frames:
        if frame in signs_a and signs_a[frame] != sign:
            return "antonym", 0.92
    return None


def _evidence(item: Located[Claim], value: str) -> object:
    c = item.fact
    return item.evidence(c.pred_start, c.pred_end, value=value, source=voice(c))


@check(
    "polarity", over=Pairs.CLAIMS, rank=10, rule="Polarity",
    summary="whether something happened or holds: negation, or opposed predicates",
    example=('Russia agreed to hold the meeting.',
             'Russia never confirmed the meeting.'),
)
def polarity(pair: Pair[Claim]) -> Finding | None:
    """Flag two claims about the same event and actors where one asserts and the other denies."""
    a, b = pair.a, pair.b
    if a.fact.quoted and b.fact.quoted:
        return None  # a quotation's changed words are the quote-wording check's to report
    clash = opposition(a.fact, b.fact)
    if clash is None:
        return None
    how, strength = clash
    match: ClaimMatch = pair.detail
    if a.facts is b.facts and how == "negation" and match.wording < SAME_ARTICLE_WORDING:
        return None  # one article negating the same verb about something else ("haven't lost control")
    graded = grade(pair.score, strength, most="warning" if how == "refusal" else "error")
    if graded is None:
        return None
    if a.fact.mood == "refusal":
        a, b = b, a
    values = {"negation": ("asserted", "denied"), "antonym": ("asserted", "opposed"), "refusal": ("asserted", "not confirmed")}
    first, second = values[how]
    if how == "negation" and a.fact.negated:
        first, second = second, first
    message = two_sides(a, b)
    if how == "refusal":
        message = message[:-1] + " (a refusal to say, weaker than a denial)."
    return Finding(
        kind="polarity",
        severity=graded.severity,
        confidence=graded.confidence,
        message=message,
        evidence=(_evidence(a, first), _evidence(b, second)),  # type: ignore[arg-type]
    )
