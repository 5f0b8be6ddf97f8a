"""Quantities: number forms, hedges as exact intervals, units, what is counted, and what is not a quantity."""

from __future__ import annotations

import math

import pytest

from factcheck.extract.numbers import (
    extract_quantities,
    implicit_tolerance,
    lemma,
    noun_key,
)
from factcheck.model import Quantity
from factcheck.values.quantities import format_interval, tally_sides

INF = None  # an unbounded side


def only(text: str, span: str) -> Quantity:
    """The one quantity whose text is ``span``, checked against its offsets."""
    found = [q for q in extract_quantities(text) if q.text == span]
    assert len(found) == 1, [q.text for q in extract_quantities(text)]
    q = found[0]
    assert text[q.start : q.end] == span
    return q


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def interval(q: Quantity) -> tuple[float | None, float | None, bool, bool]:
    return q.low, q.high, q.low_open, q.high_open


FORMS = [
    # sentence, span, value, low, high, low_open, high_open, unit, kind
    ("Rescuers said eleven miners were still underground.", "eleven miners", 11, 11, 11, False, False, None, "count"),
    ("Sixty-three families lost their homes in the flood.", "Sixty-three families", 63, 63, 63, False, False, None, "count"),
    ("Police arrested a dozen protesters outside the embassy.", "a dozen protesters", 12, 12, 12, False, False, None, "count"),
    ("The festival drew twenty thousand visitors on Saturday.", "twenty thousand visitors", 20000, 20000, 20000,
     False, False, None, "count"),
    ("The council hired one hundred and twenty nurses last spring.", "one hundred and twenty nurses", 120, 120, 120,
     False, False, None, "count"),
    ("The bank raised its rate by half a percentage point on Thursday.", "half a percentage point", 0.5, 0.5, 0.5,
     False, False, "pp", "points"),
    ("The bank raised its rate by 0.5 percentage points on Thursday.", "0.5 percentage points", 0.5, 0.5, 0.5,
     False, False, "pp", "points"),
    ("Markets expect a cut of 25 basis points.", "25 basis points", 0.25, 0.25, 0.25, False, False, "pp", "points"),
    ("The project will take three and a half years to finish.", "three and a half years", 3.5, 3.5, 3.5,
     False, False, "year", "measure"),
    ("The mayor won a fifth of the vote in the first round.", "a fifth", 20, 20, 20, False, False, "percent", "percent"),
    ("Two-thirds of the members backed the plan.", "Two-thirds", 200 / 3, 200 / 3, 200 / 3, False, False, "percent",
     "percent"),
    ("The group agreed a $3.1 billion takeover of the port operator.", "$3.1 billion takeover", 3.1e9, 3.1e9, 3.1e9,
     False, False, "USD", "money"),
    ("The club was sold for 45m pounds in August.", "45m pounds", 45e6, 45e6, 45e6, False, False, "GBP", "money"),
    ("The club was sold for £45m in August.", "£45m", 45e6, 45e6, 45e6, False, False, "GBP", "money"),
    ("Brussels approved a €2.4bn package for farmers.", "€2.4bn package", 2.4e9, 2.4e9, 2.4e9, False, False, "EUR",
     "money"),
    ("Turnout fell to 61 percent, the lowest since the war.", "61 percent", 61, 61, 61, False, False, "percent",
     "percent"),
    ("Turnout fell to 61 per cent, the lowest since the war.", "61 per cent", 61, 61, 61, False, False, "percent",
     "percent"),
    ("Turnout fell to 61%, the lowest since the war.", "61%", 61, 61, 61, False, False, "percent", "percent"),
    ("The train reached 90 km/h before the bend.", "90 km/h", 90, 90, 90, False, False, "km/h", "measure"),
    ("The train reached 56 mph before the bend.", "56 mph", 56 * 1.609344, 56 * 1.609344, 56 * 1.609344,
     False, False, "km/h", "measure"),
    ("The convoy drove 30 miles to the border.", "30 miles", 30 * 1.609344, 30 * 1.609344, 30 * 1.609344,
     False, False, "km", "measure"),
    ("The convoy drove 48 kilometres to the border.", "48 kilometres", 48, 48, 48, False, False, "km", "measure"),
    ("The tenants signed a 36-month lease.", "36-month lease", 3, 3, 3, False, False, "year", "measure"),
    ("Between 20 and 30 people were treated for smoke inhalation.", "Between 20 and 30 people", 25, 20, 30,
     False, False, None, "range"),
    ("Officials expect 20 to 30 buses to be replaced.", "20 to 30 buses", 25, 20, 30, False, False, None, "range"),
    ("Officials expect 20-30 buses to be replaced.", "20-30 buses", 25, 20, 30, False, False, None, "range"),
    ("The scheme will cost $20-30 million over a decade.", "$20-30 million", 25e6, 20e6, 30e6, False, False, "USD",
     "range"),
]


@pytest.mark.parametrize("sentence,span,value,low,high,lo_open,hi_open,unit,kind", FORMS)
def test_number_forms(sentence, span, value, low, high, lo_open, hi_open, unit, kind):
    q = only(sentence, span)
    assert close(q.value, value)
    assert close(q.low, low) and close(q.high, high)
    assert (q.low_open, q.high_open) == (lo_open, hi_open)
    assert q.unit == unit
    assert q.kind == kind
    assert q.hedge is None


HEDGES = [
    # sentence, span, hedge, low, high, low_open, high_open
    ("At least 9 people were taken to hospital.", "At least 9 people", "at least", 9, INF, False, False),
    ("More than 30 passengers were on board.", "More than 30 passengers", "more than", 30, INF, True, False),
    ("Over 30 passengers were on board.", "Over 30 passengers", "over", 30, INF, True, False),
    ("Almost 50,000 fans attended the final.", "Almost 50,000 fans", "almost", 45000, 50000, False, True),
    ("Nearly 50,000 fans attended the final.", "Nearly 50,000 fans", "nearly", 45000, 50000, False, True),
    ("About 70 homes were damaged.", "About 70 homes", "about", 63, 77, False, False),
    ("Some 1,500 workers face redundancy.", "Some 1,500 workers", "some", 1350, 1650, False, False),
    ("Roughly 200 soldiers crossed the river.", "Roughly 200 soldiers", "roughly", 180, 220, False, False),
    ("Around 1,500 staff face redundancy.", "Around 1,500 staff", "around", 1350, 1650, False, False),
    ("Up to 400 homes could lose power.", "Up to 400 homes", "up to", 0, 400, False, False),
    ("At most 12 ministers will attend.", "At most 12 ministers", "at most", 0, 12, False, False),
    ("No more than 12 ministers will attend.", "No more than 12 ministers", "no more than", 0, 12, False, False),
    ("Fewer than 40 residents stayed behind.", "Fewer than 40 residents", "fewer than", 0, 40, False, True),
    ("Less than 5 percent of the budget went to repairs.", "Less than 5 percent", "less than", 0, 5, False, True),
    ("Just over 300 patients were moved.", "Just over 300 patients", "just over", 300, 330, True, False),
    ("The strike may last 10 days or more.", "10 days or more", "or more", 10, INF, False, False),
]


@pytest.mark.parametrize("sentence,span,hedge,low,high,lo_open,hi_open", HEDGES)
def test_hedges_as_intervals(sentence, span, hedge, low, high, lo_open, hi_open):
    q = only(sentence, span)
    assert q.hedge == hedge
    assert close(q.low, low) and close(q.high, high)
    assert (q.low_open, q.high_open) == (lo_open, hi_open)


def test_interval_text():
    q = only("At least 11 miners were killed in the collapse.", "At least 11 miners")
    assert format_interval(q) == "[11, ∞) miner"
    q = only("Nearly 50,000 fans attended the final.", "Nearly 50,000 fans")
    assert format_interval(q) == "[45,000, 50,000) fan"


COUNTED = [
    ("Nine miners died when the shaft collapsed.", "Nine miners", "miner", "die", False),
    ("At least 11 miners were killed when the shaft collapsed.", "At least 11 miners", "miner", "die", False),
    ("Eleven miners were later rescued from the shaft.", "Eleven miners", "miner", "rescue", False),
    ("The ferry was carrying 34 passengers and six crew.", "34 passengers", "passenger", "board", False),
    ("The company signed a three-year lease on the warehouse.", "three-year lease", "lease", None, False),
    ("Ministers imposed a 15 percent duty on imported cars.", "15 percent duty", "duty", None, False),
    ("Ministers imposed a 10% tax on imported cars.", "10% tax", "duty", None, False),
    ("Ministers imposed a tariff of 10% on imported cars.", "10%", "duty", None, False),
    ("The Greens took 12 percent of the vote.", "12 percent", "vote", None, False),
    ("Around 1,500 staff were told on Monday.", "Around 1,500 staff", "worker", None, False),
    ("Some 1,500 workers were told on Monday.", "Some 1,500 workers", "worker", None, False),
    ("The death toll rose to 14 on Friday.", "14", None, "die", False),
    ("At least 11 were killed, officials said.", "At least 11", None, "die", False),
    ("The blast left 14 injured.", "14", None, "injure", False),
    ("Two of the nine miners died.", "Two", "miner", "die", True),
    ("Three of the injured were children.", "Three", None, "injure", True),
    ("Acme made a $3.1 billion bid for the port.", "$3.1 billion bid", "bid", None, False),
    ("The board valued the port at $4 billion.", "$4 billion", "value", None, False),
    ("The justices ruled 5-4 on Tuesday.", "5-4", "ruling", None, False),
]


@pytest.mark.parametrize("sentence,span,counted,event,partitive", COUNTED)
def test_what_is_counted(sentence, span, counted, event, partitive):
    q = only(sentence, span)
    assert (q.counted, q.event, q.partitive) == (counted, event, partitive)


def test_an_earlier_figure_is_not_counted():
    qs = extract_quantities("The council budget rose to $89.7 million from $94.8 million a year earlier.")
    assert [(q.text, q.counted) for q in qs] == [("$89.7 million", "budget"), ("$94.8 million", None)]


def test_vague_nouns_do_not_identify_a_count():
    assert only("The fund sold 43,000 shares on Friday.", "43,000 shares").counted is None


def test_the_whole_of_a_partitive_takes_no_event():
    qs = extract_quantities("Two of the nine miners died in hospital.")
    assert [(q.text, q.counted, q.event, q.partitive) for q in qs] == [
        ("Two", "miner", "die", True), ("nine miners", "miner", None, False)]


def test_tally_is_a_vote_not_a_range():
    q = only("The Supreme Court ruled 5-4 that the law stands.", "5-4")
    assert q.kind == "tally" and tally_sides(q) == (5, 4)
    assert format_interval(q) == "5-4 ruling"
    # without a vote, a ruling or a score nearby, a rising pair is a range
    q = only("Forecasters expect 5-8 centimetres of snow.", "5-8 centimetres")
    assert q.kind == "range" and (q.low, q.high) == (5 * 0.00001, 8 * 0.00001)


def test_a_change_keeps_only_the_new_value():
    qs = extract_quantities("The death toll rose from 9 to 11 overnight.")
    assert [q.text for q in qs] == ["11"]


NOT_QUANTITIES = [
    "The summit was held in 2025 after months of talks.",
    "On October 16, he posted on social media.",
    "He posted on 16 October and again on Oct. 18.",
    "On the 22nd, the president admitted he was unhappy.",
    "The meeting starts at 6:00 a.m. and ends at 9 pm.",
    "Air Force One landed in the rain.",
    "The Patriot 125 battery was moved north.",
    "COVID-19 cases fell while the G7 met.",
    "For details call 020 7946 0958 or 555-123-4567.",
    "He lives at 10 Downing Street.",
    "One of the miners spoke to reporters.",
    "At one point the talks stalled.",
    "The 2025-26 season starts in August.",
    "In nineteen ninety-one the plant closed.",
    "It was the first time the Boeing 737 had flown the route.",
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_quantities(sentence):
    assert extract_quantities(sentence) == ()


def test_ages_are_never_counts():
    q = only("A 45-year-old man was charged.", "45-year-old")
    assert q.counted is None and q.unit == "year"


def test_offsets_point_into_the_text():
    text = "Police said 14 people were hurt.\nBy evening, at least 20 were in hospital and 3 had died."
    qs = extract_quantities(text)
    assert [q.text for q in qs] == ["14 people", "at least 20", "3"]
    assert all(text[q.start : q.end] == q.text for q in qs)


def test_implicit_tolerance():
    assert implicit_tolerance(only("The plant employs 1,500 workers.", "1,500 workers")) == 0.02
    assert implicit_tolerance(only("The plant employs 1,512 workers.", "1,512 workers")) == pytest.approx(0.5 / 1512)
    assert implicit_tolerance(only("The car hit 56 mph.", "56 mph")) == pytest.approx(0.5 / 56)
    assert implicit_tolerance(only("The deal is worth $3.1 billion.", "$3.1 billion")) == pytest.approx(0.05 / 3.1)
    assert implicit_tolerance(only("Nine miners died.", "Nine miners")) == 0.02


def test_lemmas_and_synonyms():
    assert [lemma(w) for w in ("miners", "people", "casualties", "taxes", "fishermen", "staff")] == [
        "miner", "people", "casualty", "tax", "fisherman", "staff"]
    assert noun_key("people") == noun_key("persons") == noun_key("residents") == "person"
    assert noun_key("staff members") == "worker"
    assert noun_key("employees") == "worker"
    assert noun_key("tariffs") == "duty"


def test_hostile_input_is_linear():
    text = "1-" * 20000 + " nine " * 20000 + "at least " * 5000
    assert isinstance(extract_quantities(text), tuple)


# ---------------------------------------------------------------- rates, changes, vague plurals, weights


def fields(q: Quantity) -> tuple[object, ...]:
    return q.text, q.unit, q.counted, q.event, q.partitive


def test_a_price_per_share_is_a_rate_not_a_total():
    qs = extract_quantities("Harwell's offer of 11.20 euros a share values the operator at 640 million euros.")
    assert [fields(q) for q in qs] == [
        ("11.20 euros a share", "EUR/share", "bid", None, False),
        ("640 million euros", "EUR", "value", None, False),
    ]
    assert only("The fund paid $5 per share in cash.", "$5 per share").unit == "USD/share"
    assert only("The island has three flights a day to the mainland.", "three flights").unit == "n/day"
    assert format_interval(only("Tickets cost 4 euros each.", "4 euros each")) == "[4, 4] EUR/each"


def test_a_year_ago_is_a_time_not_a_rate():
    assert only("Profit was $2 million a year ago.", "$2 million").unit == "USD"


def test_denominators_are_not_counts():
    assert [q.text for q in extract_quantities("About $4 of every $5 in exports goes north.")] == ["About $4"]
    nine = only("Nine out of 10 voters backed the plan.", "Nine out of 10 voters")
    assert (nine.low, nine.unit, nine.counted) == (90.0, "percent", "voter")  # a share, never a count of voters
    qs = extract_quantities("The notes sold at $308 per $1,000 face amount.")
    assert [(q.text, q.unit) for q in qs] == [("$308", "USD/amount")]


def test_a_change_is_its_direction():
    assert fields(only("Sales rose 4 percent in the quarter.", "4 percent")) == ("4 percent", "percent", "revenue",
                                                                             "rise", False)
    assert only("Net income fell by 2% to $5 million.", "2%").event == "fall"
    # "rose to" gives the new level, which keeps the event of its noun
    assert only("The death toll rose to 14 on Friday.", "14").event == "die"


VAGUE = [
    ("Dozens of miners were killed in the collapse.", "Dozens of miners", 24, "miner", "die"),
    ("Tens of thousands of protesters marched on the palace.", "Tens of thousands of protesters", 20000,
     "protester", "attend"),
    ("Hundreds were evacuated from the valley.", "Hundreds", 200, None, "evacuate"),
    ("The storm left thousands of homes without power.", "thousands of homes", 2000, "house", None),
]


@pytest.mark.parametrize("sentence,span,low,counted,event", VAGUE)
def test_vague_plurals_are_open_intervals(sentence, span, low, counted, event):
    q = only(sentence, span)
    assert interval(q) == (low, None, False, False)
    assert (q.counted, q.event) == (counted, event)
    assert q.hedge is not None and q.hedge.startswith(span.split()[0].lower())


@pytest.mark.parametrize("sentence", [
    "The scores of the tests were close.",
    "Thousands is a lot to pay for a bicycle.",
    "A four-way race leaves the party split.",
])
def test_vague_plural_near_misses(sentence):
    assert extract_quantities(sentence) == ()


def test_tons_cover_short_and_long_tons_and_metric_tonnes_are_exact():
    q = only("The freighter carried 10,000 tons of grain.", "10,000 tons")
    assert q.unit == "kg" and close(q.low, 9_071_847.4) and close(q.high, 10_160_469.088)
    q = only("The freighter carried 9,500 metric tonnes of grain.", "9,500 metric tonnes")
    assert (q.low, q.high) == (9_500_000, 9_500_000)
    assert only("The freighter carried 9,500 metric tons of grain.", "9,500 metric tons").high == 9_500_000


def test_pounds_are_weight_where_the_text_speaks_of_weight():
    q = only("Rangers said the bear weighed 300 pounds.", "300 pounds")
    assert q.unit == "kg" and close(q.low, 300 * 0.45359237)
    assert fields(only("A 300-pound bear wandered into the car park.", "300-pound bear"))[1:3] == ("kg", "bear")
    assert only("The court imposed a 50-pound fine.", "50-pound fine").unit == "GBP"
    assert only("He paid 300 pounds for the ticket.", "300 pounds").unit == "GBP"


def test_a_coordinated_group_is_its_own_thing():
    qs = extract_quantities("Of her nine brothers and sisters, two brothers and two sisters stayed in the village.")
    assert [(q.text, q.counted) for q in qs] == [
        ("nine brothers and sisters", "brother and sister"), ("two brothers", "brother"), ("two sisters", "sister")]


def test_a_share_keeps_its_whole():
    qs = extract_quantities("The fact-checkers rated 18% of Republican statements and 24% of Democratic statements true.")
    assert [q.counted for q in qs] == ["republican statement", "democratic statement"]
    assert only("The Greens took 12 percent of the vote.", "12 percent").counted == "vote"


def test_a_clause_of_subset_makes_a_part():
    assert only("Of those killed, 11 were miners from the village.", "11").partitive
    assert only("Among the injured, 40 were children.", "40").partitive


def test_one_in_four_is_a_share_not_a_count():
    q = only("One in four residents of Halden lost power during the storm.", "One in four residents")
    assert (q.low, q.unit, q.kind, q.counted) == (25.0, "percent", "percent", "person")
    assert [x.text for x in extract_quantities("Two in the morning, the sirens started.")] == ["Two"]


def test_another_56_bodies_is_an_increment_not_a_count():
    q = only("Rescuers recovered another 56 bodies from the rubble on Tuesday.", "56 bodies")
    assert (q.counted, q.event) == (None, None)
    assert only("The death toll stands at 230.", "230").event == "die"


def test_a_magnitude_measures_its_quake_and_is_never_a_count():
    q = only("The magnitude 6.1 earthquake struck the coast of Kaltra.", "magnitude 6.1 earthquake")
    assert (q.low, q.unit, q.counted, q.kind) == (6.1, "magnitude", "earthquake", "measure")
    assert only("A 6.1-magnitude quake struck on Sunday.", "6.1-magnitude quake").unit == "magnitude"
    assert only("The earthquake killed 61 people.", "61 people").unit is None


def test_a_figure_in_brackets_is_the_same_measure_in_another_unit():
    q = only("The fire burned 31 miles (50 km) of forest along the ridge.", "31 miles (50 km)")
    assert (q.unit, q.counted, round(q.low, 1)) == ("km", "forest", 49.9)
    assert only("Winds of 90 km/h (56 mph) hit the coast.", "90 km/h (56 mph)").unit == "km/h"
    assert [x.text for x in extract_quantities("He paid $5 (4 euros) for it.")] == ["$5", "4 euros"]  # money never converts


def test_of_the_after_a_noun_is_no_partitive_so_the_figure_keeps_its_event() -> None:
    (q,) = extract_quantities("Relatives of the 14 workers trapped at Tarnbeck Quarry spent a long night.")
    assert (q.counted, q.event) == ("worker", "trap")
    two, nine = extract_quantities("Two of the nine miners were rescued.")
    assert two.partitive and nine.event is None  # the whole a part is taken from


def test_a_length_before_the_dimension_it_gives_measures_the_noun_before_it() -> None:
    q = only("Oil washed up on a stretch of coast 25 miles (40 km) long.", "25 miles (40 km)")
    assert (q.unit, q.counted) == ("km", "coast")
    assert only("The queue was 2 km long by noon.", "2 km").counted is None  # "was" is no noun
    assert only("A crack three metres wide opened in the dam wall.", "three metres").counted == "crack"
