"""``polarity``: one source asserts what another denies, by negation or by an opposed predicate."""

from __future__ import annotations

from factcheck.calibration import grade
from factcheck.checks import TUESDAY, WEDNESDAY, Example, Pairs, article, check
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


def _one_relation(a: Located[Claim], b: Located[Claim]) -> bool:
    """Whether two opposed predicates relate the same things: the same object, or none, or the one's
    subject as the other's object ("the motion passed", "councillors rejected the motion"). A verb
    with no object against one with an object its subject is not is another sense of it ("a coach
    overturned" against "the coach had passed its inspection")."""
    ea = a.facts.predicate_event(a.fact.pred_start, a.fact.pred_end)
    eb = b.facts.predicate_event(b.fact.pred_start, b.fact.pred_end)
    if ea is None or eb is None or ea.theme == eb.theme:
        return True
    if ea.theme is not None and eb.theme is not None:
        return True  # two objects named differently: the claims' alignment has judged them one
    bare, other = (ea, eb) if ea.theme is None else (eb, ea)
    return bare.doer is None or bare.doer == other.theme.split()[-1]  # "the road reopened", "closed the ring road"


def _told_reversed(item: Located[Claim], other: Claim) -> bool:
    """Whether the sentence of ``item`` also tells the predicate opposed to it that ``other`` gives
    ("the road was closed for most of the morning and reopened shortly before 1 p.m."): a state and
    its reversal told in turn, which agree with a report of the reversal."""
    here = item.doc.sentence_index(item.fact.pred_start)
    theirs = dict(other.frames)
    return any(c is not item.fact and c.mood == item.fact.mood and any(theirs.get(f) == sign for f, sign in c.frames)
               for c in item.facts.claims_by_sentence.get(here, ()))


def _evidence(item: Located[Claim], value: str) -> object:
    c = item.fact
    return item.evidence(c.pred_start, c.pred_end, value=value, source=voice(c))


EXAMPLES = (
    Example((
        article("a.txt", TUESDAY, "A meeting between President Samuel Ardan and rebel commander Idris Kahle "
                                  "was scheduled for Friday, a government spokesman said."),
        article("b.txt", WEDNESDAY, "A meeting between President Samuel Ardan and rebel commander Idris "
                                    "Kahle has not been scheduled, said Miriam Achola, a spokeswoman for the "
                                    "mediators."),
    ), fires=("was scheduled", "has not been scheduled")),
    Example((
        article("a.txt", TUESDAY, "The city's planning commission approved the stadium design last week."),
        article("b.txt", WEDNESDAY, "The city's planning commission rejected the stadium design on November "
                                    "24."),
    ), fires=("approved", "rejected")),
    Example((
        article("a.txt", TUESDAY, "President Ardan's office said on Tuesday that the two sides agreed to "
                                  "open talks on a prisoner exchange. The rebels never confirmed the talks, "
                                  "and their negotiator was silent."),
    ), fires=("agreed", "never confirmed")),
    Example((
        article("a.txt", TUESDAY, "The ferry operator has received a rival offer from the Nordvik Line, two "
                                  "people familiar with the talks said."),
        article("b.txt", WEDNESDAY, "A spokeswoman for the ferry operator would not say whether the operator "
                                    "had received a rival offer."),
    ), fires=("has received", "would not say whether the operator had received")),
    Example((
        article("a.txt", TUESDAY, "All ferry sailings to the islands were called off on Monday as the storm "
                                  "closed in."),
        article("b.txt", WEDNESDAY, "The operator cancelled all ferry sailings to the islands on Monday as "
                                    "the storm closed in."),
    ), fires=None),
    Example((
        article("a.txt", TUESDAY, "The board rejected the 640 million euro takeover offer on Monday."),
        article("b.txt", WEDNESDAY, "The board turned down the takeover offer within hours on Monday."),
    ), fires=None),
    Example((
        article("a.txt", TUESDAY, "The council can approve the project regardless, officials said. The "
                                  "planning commission rejected the design."),
    ), fires=None),
    Example((
        article("a.txt", TUESDAY, "Junk funds have lost a total of $6 billion this year, the tracking firm "
                                  "said. Fund groups haven't lost control of the outgoing money, says Lou "
                                  "Harvey, its president."),
    ), fires=None),
    # a copula puts the subject in a class, or says it is not in it
    Example((
        article("a.txt", TUESDAY, "The new bridge at Corlow is a suspension bridge, its deck hung from two cables."),
        article("b.txt", TUESDAY, "The new bridge at Corlow is not a suspension bridge: its deck is cable-stayed."),
    ), fires=("is a suspension bridge", "is not a suspension bridge")),
    # opposed verbs done to two things: a request rejected, a party agreed with
    Example((
        article("a.txt", TUESDAY, "A judge in Corlow has rejected a media request to open the divorce file "
                                  "of the mayor. The judge agreed with the mayor's former wife that there was "
                                  "no reason to intrude on her privacy, the court said."),
    ), fires=None),
    # agreeing to one thing and rejecting another
    Example((
        article("a.txt", TUESDAY, "The port authority said on Sunday that the dockers' union had agreed to "
                                  "suspend the strike while the ballot was held."),
        article("b.txt", TUESDAY, "The crane operators' union said it had rejected the port's offer of 4 percent "
                                  "and would ask its members whether to strike."),
    ), fires=None),
    # a name with another number is another product
    Example((
        article("a.txt", TUESDAY, "Microsoft said Internet Explorer 8 is affected by the flaw."),
        article("b.txt", TUESDAY, "Microsoft said Internet Explorer 10 is not affected by the flaw."),
    ), fires=None),
    # an imperative in a quotation asserts nothing
    Example((
        article("a.txt", TUESDAY, '"Don\'t shoot him," she says. The chief also said the clips do not show '
                                  "whether Harlan held a knife, and said his hands were at his side when he was "
                                  "shot."),
    ), fires=None),
    # the same state said of two things: open to cars, not open to heavy lorries
    Example((
        article("a.txt", TUESDAY, "The bridge at Corlow is open to cars, buses and cyclists from Wednesday."),
        article("b.txt", TUESDAY, "The bridge at Corlow is not open to heavy lorries until July."),
    ), fires=None),
    # a denial of the others ("no one else") says nothing of the one named
    Example((
        article("a.txt", TUESDAY, "At least one bomb technician was injured when the device exploded at the "
                                  "Woodburn bank, police said."),
        article("b.txt", TUESDAY, "Police said no one else was injured when the device exploded at the Woodburn "
                                  "bank."),
    ), fires=None),
    # a verb with no object is another sense of one whose object its subject is not
    Example((
        article("a.txt", TUESDAY, "A tour coach overturned on the Harwick ring road on Monday, the ambulance "
                                  "service said."),
        article("b.txt", TUESDAY, "The tour coach had passed its safety inspection in March, its owner said."),
    ), fires=None),
    # a state and its reversal told in one sentence agree with a report of the reversal
    Example((
        article("a.txt", TUESDAY, "The ring road at Harwick was closed for most of Monday morning and reopened "
                                  "shortly before 1 p.m., police said."),
        article("b.txt", TUESDAY, "The ring road at Harwick reopened early on Monday afternoon, police said."),
    ), fires=None),
    Example((
        article("a.txt", TUESDAY, "The ring road at Harwick was closed all day on Monday, police said."),
        article("b.txt", TUESDAY, "The ring road at Harwick reopened on Monday morning, police said."),
    ), fires=("was closed", "reopened")),
    Example((
        article("a.txt", TUESDAY, '"Don\'t shoot him," she says on the recording. "Don\'t shoot him. He has '
                                  'no weapon. He has no weapon," a second voice shouts.'),
    ), fires=None),
)


@check(
    "polarity", over=Pairs.CLAIMS, rank=10, rule="Polarity",
    summary="whether something happened or holds: negation, or opposed predicates",
    example=('Russia agreed to hold the meeting.',
             'Russia never confirmed the meeting.'),
    examples=EXAMPLES,
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
    if how == "antonym" and (_told_reversed(a, b.fact) or _told_reversed(b, a.fact) or not _one_relation(a, b)):
        return None  # "was closed … and reopened" against "reopened"; "the coach overturned" against "passed its inspection"
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
