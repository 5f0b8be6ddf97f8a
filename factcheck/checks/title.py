"""title: one person given two titles that cannot both hold."""

from __future__ import annotations

from factcheck.calibration import grade
from factcheck.checks import TUESDAY, WEDNESDAY, Example, Pairs, article, check
from factcheck.describe import file_name
from factcheck.facts import Pair, TitleMatch
from factcheck.model import Finding, PersonMention


EXAMPLES = (
    Example((
        article("a.txt", TUESDAY, "Chief Constable Ruth Calloway said the roads were closed."),
        article("b.txt", WEDNESDAY, "Assistant Chief Constable Ruth Calloway said the roads would reopen."),
    ), fires=("Chief Constable", "Assistant Chief Constable")),
    Example((
        article("a.txt", TUESDAY, "Russian Foreign Minister Sergey Lavrov said the talks would go ahead."),
        article("b.txt", WEDNESDAY, "Russia's veteran foreign minister Sergei Lavrov said the talks would go "
                                    "ahead."),
    ), fires=None),
)


@check(
    "title", over=Pairs.PEOPLE, rank=50, rule="TitleMismatch",
    summary="the role or title of the same person",
    example=('Finance Minister Oren Vale resigned.',
             'Transport Minister Oren Vale resigned.'),
    examples=EXAMPLES,
)
def judge(pair: Pair[PersonMention]) -> Finding | None:
    """The same person with two titles that cannot both hold (not 'former', not a second role)."""
    a, b = pair.a.fact, pair.b.fact
    match: TitleMatch = pair.detail
    if match.clash is None or match.past_elsewhere:
        return None  # one office, a second role, or an office the other article gives as a past one
    name = a.name if len(a.name) >= len(b.name) else b.name
    surname = name.split()[-1]
    ev_a = pair.a.evidence(*match.span_a, value=a.title, source=a.name)
    ev_b = pair.b.evidence(*match.span_b, value=b.title, source=b.name)
    name_a, name_b = file_name(pair.a), file_name(pair.b)
    if pair.a.doc is pair.b.doc:
        message = (
            f"{name_a} calls {name} '{a.title}' at line {ev_a.line} "
            f"and '{b.title}' at line {ev_b.line}."
        )
    else:
        message = f"{name_a} calls {name} '{a.title}'; {name_b} calls {surname} '{b.title}'."
    graded = grade(pair.score, most=match.clash)
    if graded is None:
        return None
    return Finding("title", graded.severity, graded.confidence, message, (ev_a, ev_b))
