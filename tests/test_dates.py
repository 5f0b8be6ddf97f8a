"""The dates tagger: spans and TIMEX3 values on news prose, the seed articles, and near-misses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.extract.dates import extract_dates

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
MON_3_NOV = date(2025, 11, 3)  # a Monday
TUE_21_OCT = date(2025, 10, 21)
THU_6_NOV = date(2025, 11, 6)


def read(text: str, published: date | None = MON_3_NOV) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.value, m.mod) for m in extract_dates(text, published)]


def values(text: str, published: date | None = MON_3_NOV) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in extract_dates(text, published)]


# ---- the seed articles -------------------------------------------------------

def _body(name: str) -> str:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text.split("Leave a comment")[0]


def _rows(text: str, published: date) -> list[tuple]:
    out = []
    for m in extract_dates(text, published):
        anchor = m.anchor
        if isinstance(anchor, int):
            anchor = text[anchor:anchor + 11]
        out.append((m.text, m.type, m.value, m.mod, anchor))
    return out


def _seed_000(day22: str, day18: str, day21: str, day23: str, month: str) -> list[tuple]:
    return [
        ("Thursday , 6 November 2025", "DATE", "2025-11-06", None, None),
        ("recent days", "DATE", "PAST_REF", None, None),
        ("On the 22nd", "DATE", day22, None, "published"),
        ("two-week", "DURATION", "P2W", None, None),
        ("On the 18th", "DATE", day18, None, "published"),
        ("by the end of this month", "DATE", month, "END", "published"),
        ("the 21st", "DATE", day21, None, "published"),
        ("On the 22nd", "DATE", day22, None, "published"),
        ("within two weeks", "DURATION", "P2W", "EQUAL_OR_LESS", None),
        ("four days after", "DATE", day22, None, "on the 18th"),
        ("on the 18th", "DATE", day18, None, "published"),
        ("the past week", "DURATION", "P1W", None, None),
        ("currently", "DATE", "PRESENT_REF", None, None),
        ("at present", "DATE", "PRESENT_REF", None, None),
        ("At present", "DATE", "PRESENT_REF", None, None),
        ("recent", "DATE", "PAST_REF", None, None),
        ("on the 21st", "DATE", day21, None, "published"),
        ("On the 22nd", "DATE", day22, None, "published"),
        ("recently", "DATE", "PAST_REF", None, None),
        ("On the 23rd", "DATE", day23, None, "published"),
        ("currently", "DATE", "PRESENT_REF", None, None),
    ]


def test_seed_000_against_its_header_date() -> None:
    expected = _seed_000("2025-10-22", "2025-10-18", "2025-10-21", "2025-10-23", "2025-11")
    assert _rows(_body("000_8f53e6e599409f6c.txt"), THU_6_NOV) == expected


def test_seed_000_against_an_override_date() -> None:
    expected = _seed_000("2025-08-22", "2025-08-18", "2025-08-21", "2025-08-23", "2025-08")
    assert _rows(_body("000_8f53e6e599409f6c.txt"), date(2025, 8, 25)) == expected


def _seed_003(monday: str, sunday: str) -> list[tuple]:
    return [
        ("2025-10-21", "DATE", "2025-10-21", None, None),
        ("now", "DATE", "PRESENT_REF", None, None),
        ("days ago", "DATE", "PAST_REF", None, "published"),
        ("weeks", "DURATION", "PXW", None, None),
        ("On October 16", "DATE", "2025-10-16", None, "published"),
        ("now", "DATE", "PRESENT_REF", None, None),
        ("Monday", "DATE", monday, None, "published"),
        ("August", "DATE", "2025-08", None, "published"),
        ("days later", "DURATION", "PXD", None, None),
        ("recent", "DATE", "PAST_REF", None, None),
        ("On Sunday", "DATE", sunday, None, "published"),
        ("right now", "DATE", "PRESENT_REF", None, None),
        ("right now", "DATE", "PRESENT_REF", None, None),
        ("now", "DATE", "PRESENT_REF", None, None),
    ]


def test_seed_003_against_its_header_date() -> None:
    assert _rows(_body("003_520133a741b9c9c4.txt"), TUE_21_OCT) == _seed_003("2025-10-20", "2025-10-19")


def test_seed_003_against_an_override_date() -> None:
    assert _rows(_body("003_520133a741b9c9c4.txt"), date(2025, 10, 28)) == _seed_003("2025-10-27", "2025-10-26")


def test_spans_are_offsets_into_the_text() -> None:
    text = _body("000_8f53e6e599409f6c.txt")
    mentions = extract_dates(text, THU_6_NOV)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert text[m.start:m.end] == m.text


# ---- absolute dates --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The council voted on 6 November 2025 to close the depot.", [("6 November 2025", "2025-11-06")]),
    ("The filing, dated 2025-10-14, was sealed.", [("2025-10-14", "2025-10-14")]),
    ("Talks resumed on Oct. 16, 2024, in Geneva.", [("Oct. 16, 2024", "2024-10-16")]),
    ("The plant shut in March 2019 after the flood.", [("March 2019", "2019-03")]),
    ("The dam was finished in 1998.", [("1998", "1998")]),
    ("Tariffs rose sharply in the 1990s.", [("the 1990s", "199")]),
    ("Riots spread across the city in the early 1980s.", [("the early 1980s", "198")]),
    ("Engineers expect the bridge to reopen in late 2030.", [("late 2030", "2030")]),
    ("The treaty lapsed in the winter of 2021.", [("the winter of 2021", "2021-WI")]),
    ("Profit fell in the third quarter of 2024.", [("the third quarter of 2024", "2024-Q3")]),
    ("The cut applies from fiscal 2026.", [("fiscal 2026", "2026")]),
    ("Sales doubled in the first half of 2023.", [("the first half of 2023", "2023-H1")]),
])
def test_absolute_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_edges_of_years_carry_a_mod() -> None:
    assert read("The line should open in late 2030.") == [("late 2030", "2030", "END")]
    assert read("Fares went up at the start of this year.") == [("the start of this year", "2025", "START")]
    assert read("Fares went up early this month.") == [("early this month", "2025-11", "START")]


# ---- month-days and weekdays ---------------------------------------------------

@pytest.mark.parametrize("text, published, expected", [
    # a bare month-day is the nearest such day
    ("The ministry published the figures on October 16.", TUE_21_OCT, [("On October 16", "2025-10-16")]),
    ("Ballots must arrive by Jan. 9, officials said.", date(2025, 12, 2), [("Jan. 9", "2026-01-09")]),
    ("The strike began Dec. 28 and is still going.", date(2026, 1, 5), [("Dec. 28", "2025-12-28")]),
    ("Shares were suspended on 2 September.", date(2025, 9, 10), [("On 2 September", "2025-09-02")]),
])
def test_month_days(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    got = values(text, published)
    assert [(t.lower(), v) for t, v in got] == [(t.lower(), v) for t, v in expected]


@pytest.mark.parametrize("text, expected", [
    # Monday 3 November 2025: the past for reports, the future for plans
    ("The minister said on Thursday that the deal was dead.", [("on Thursday", "2025-10-30")]),
    ("The minister will testify on Thursday before the committee.", [("on Thursday", "2025-11-06")]),
    ("Police said Saturday that two men had been arrested.", [("Saturday", "2025-11-01")]),
    ("The union is expected to vote Wednesday on the offer.", [("Wednesday", "2025-11-05")]),
    ("The governor spoke to reporters on Monday.", [("on Monday", "2025-11-03")]),
    ("The company announced the closure last Friday.", [("last Friday", "2025-10-31")]),
    ("The board meets this Thursday to approve the budget.", [("this Thursday", "2025-11-06")]),
    ("Crews worked through Friday night to clear the line.", [("Friday night", "2025-10-31TNI")]),
    ("The talks were extended until Wednesday morning.", [("Wednesday morning", "2025-11-05TMO")]),
    ("The judge rejected Friday's appeal.", [("Friday's", "2025-10-31")]),
])
def test_weekdays_follow_the_tense_of_their_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_next_and_last_skip_the_current_day() -> None:
    assert values("Voters go to the polls next Tuesday.", THU_6_NOV) == [("next Tuesday", "2025-11-11")]
    assert values("The inquiry reported last Thursday.", THU_6_NOV) == [("last Thursday", "2025-10-30")]


@pytest.mark.parametrize("text, expected", [
    ("On the 22nd, the mayor resigned.", [("On the 22nd", "2025-10-22")]),
    ("The hearing will resume on the 12th.", [("on the 12th", "2025-11-12")]),
    ("Prices had already doubled by the 2nd.", [("the 2nd", "2025-11-02")]),
    ("The embassy reopens on the 3rd, a spokesman said.", [("on the 3rd", "2025-11-03")]),
])
def test_bare_days_of_the_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


# ---- relative to the publication date -------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The ferry sank yesterday off the coast.", [("yesterday", "2025-11-02")]),
    ("The court rules today on the appeal.", [("today", "2025-11-03")]),
    ("The inquiry opens tomorrow in Leeds.", [("tomorrow", "2025-11-04")]),
    ("Protesters will gather tonight outside parliament.", [("tonight", "2025-11-03")]),
    ("The storm hit late yesterday.", [("late yesterday", "2025-11-02")]),
    ("Inflation eased last week, the bank said.", [("last week", "2025-W44")]),
    ("The rail strike begins next week.", [("next week", "2025-W46")]),
    ("Talks resume this week.", [("this week", "2025-W45")]),
    ("Turnout fell last month.", [("last month", "2025-10")]),
    ("A decision is due next month.", [("next month", "2025-12")]),
    ("The deficit widened last year.", [("last year", "2024")]),
    ("The museum closed last spring for repairs.", [("last spring", "2024-SP")]),
    ("The festival returns this summer.", [("this summer", "2025-SU")]),
    ("Hospitals were overwhelmed in August.", [("August", "2025-08")]),
    ("The airline will add routes in February.", [("February", "2026-02")]),
    ("A summit could be held by the end of this month.", [("by the end of this month", "2025-11")]),
    ("The mine flooded three days ago.", [("three days ago", "2025-10-31")]),
    ("The rebels took the town two weeks ago.", [("two weeks ago", "2025-W43")]),
    ("The clinic opened six months ago.", [("six months ago", "2025-05")]),
    ("The law changed a year ago.", [("a year ago", "2024")]),
    ("The ban dates from the last decade.", [("the last decade", "P10Y")]),
])
def test_relative_expressions(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_week_and_month_granularity_is_kept() -> None:
    (m,) = extract_dates("Inflation eased last week.", MON_3_NOV)
    assert (m.type, m.value, m.anchor) == ("DATE", "2025-W44", "published")
    (m,) = extract_dates("Inflation eased last month.", MON_3_NOV)
    assert m.value == "2025-10"


def test_n_days_after_a_date_in_the_text() -> None:
    text = "Talks collapsed four days after the summit on the 18th of October."
    first, second = extract_dates(text, MON_3_NOV)
    assert (first.text, first.value, first.anchor) == ("four days after", "2025-10-22", second.start)
    assert (second.text, second.value) == ("on the 18th of October", "2025-10-18")


def test_n_days_after_an_event_with_no_date_stays_a_duration() -> None:
    assert read("The fire broke out two days after the election.") == [("two days after", "P2D", None)]


# ---- durations, sets and references ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Trump set a two-week deadline for the talks.", [("two-week", "P2W", None)]),
    ("The strike lasted four days.", [("four days", "P4D", None)]),
    ("Repairs will take a decade.", [("a decade", "P10Y", None)]),
    ("Crews have two weeks to finish.", [("two weeks", "P2W", None)]),
    ("Sanctions follow if nothing moves within two weeks.", [("within two weeks", "P2W", "EQUAL_OR_LESS")]),
    ("Shares fell 12% in the last twenty four hours.", [("the last twenty four hours", "P1D", None)]),
    ("The trial could last more than six months.", [("more than six months", "P6M", "MORE_THAN")]),
    ("He served nearly 18 years in prison.", [("nearly 18 years", "P18Y", "EQUAL_OR_LESS")]),
    ("The flight took 5 1/2 hours.", [("5 1/2 hours", "PT5H30M", None)]),
    ("Rescuers have worked for several days.", [("several days", "PXD", None)]),
    ("Prices climbed over the past three months.", [("the past three months", "P3M", None)]),
])
def test_durations(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The market opens every Sunday.", [("every Sunday", "XXXX-WXX-7")]),
    ("The paper is printed daily.", [("daily", "P1D")]),
    ("Inspectors visit each month.", [("each month", "P1M")]),
    ("The club meets on Tuesdays.", [("Tuesdays", "XXXX-WXX-2")]),
])
def test_sets(text: str, expected: list[tuple[str, str]]) -> None:
    got = extract_dates(text, MON_3_NOV)
    assert [(m.text, m.value) for m in got] == expected
    assert all(m.type == "SET" for m in got)


@pytest.mark.parametrize("text, expected", [
    ("The port is now closed.", [("now", "PRESENT_REF")]),
    ("The mayor is currently abroad.", [("currently", "PRESENT_REF")]),
    ("The bank recently raised rates.", [("recently", "PAST_REF")]),
    ("Nothing will change in the near future.", [("the near future", "FUTURE_REF")]),
])
def test_references(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_clock_times_join_their_day() -> None:
    assert values("The polls will close at 10 p.m. Wednesday.") == [("10 p.m. Wednesday", "2025-11-05T22:00")]
    assert values("The blast was heard at 6:15 a.m. on Saturday.") == [("6:15 a.m. on Saturday", "2025-11-01T06:15")]
    assert values("The vote was at 14:30 on 2025-10-14.", None) == [("2025-10-14", "2025-10-14")]


def test_named_days() -> None:
    assert values("Shops stayed shut on Christmas Day.", date(2025, 12, 29)) == [("on Christmas Day", "2025-12-25")]
    assert values("Sales jumped after Thanksgiving 2024.") == [("Thanksgiving 2024", "2024-11-28")]


# ---- no publication date ---------------------------------------------------------

def test_without_a_publication_date_relative_values_stay_underspecified() -> None:
    assert values("On October 16 the ministry said it was now ready.", None) == [
        ("October 16", "XXXX-10-16"), ("now", "PRESENT_REF")]
    assert values("Talks resumed on Tuesday.", None) == [("Tuesday", "XXXX-WXX-2")]
    assert values("The inquiry opened yesterday.", None) == [("yesterday", "PAST_REF")]
    assert values("The law passed in 2019.", None) == [("2019", "2019")]
    (m,) = extract_dates("The law passed in 2019.", None)
    assert m.anchor is None


# ---- near-misses: no date here -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Officials may delay the vote.",
    "May I ask what the plan is?",
    "Thousands will march on the capital.",
    "The Sunday Times reported the leak first.",
    "The hotline is staffed 24/7 by volunteers.",
    "The court ruled 5-4 in favour of the state.",
    "Rovers won 3-1 at home.",
    "Call the newsroom on 555-0142 for details.",
    "The former minister denied the claim.",
    "About 2000 troops crossed the border.",
    "The 6-year-old boy was rescued.",
    "Firefighters reached the 22nd floor.",
    "She finished in second place.",
    "The jury heard the case once more.",
])
def test_near_misses_are_not_dates(text: str) -> None:
    assert extract_dates(text, MON_3_NOV) == ()


def test_a_century_is_not_a_day_of_the_month() -> None:
    assert values("The 19th century mill was demolished.") == [("The 19th century", "18")]


# ---- earnings reports ----------------------------------------------------------------

def test_quarters_and_year_ago_comparisons_in_an_earnings_report() -> None:
    text = ("Acme said third-quarter profit rose 8% from a year earlier. For the quarter, sales "
            "were flat against the year-ago period, and the company expects fourth-quarter growth.")
    assert values(text) == [
        ("third-quarter", "2025-Q3"),
        ("a year earlier", "2024-Q3"),
        ("the quarter", "2025-Q3"),
        ("the year-ago period", "2024-Q3"),
        ("fourth-quarter", "2025-Q4"),
    ]


def test_a_year_ago_outside_a_report_is_last_year() -> None:
    assert values("The law changed a year ago.") == [("a year ago", "2024")]


# ---- the tense of the governing clause ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # an infinitive takes the tense of what governs it
    ("The offer had been due to expire on Friday.", [("on Friday", "2025-10-31")]),
    ("The offer is due to expire on Friday.", [("on Friday", "2025-11-07")]),
    # a capitalized word ending in -ed is a name, not a past tense
    ("Officials said the envoy would travel to the United Kingdom on Thursday.", [("on Thursday", "2025-11-06")]),
    # a verb right after the day governs it, whatever came before
    ("Ahead of the summit, the ministry on Sunday issued a travel warning.", [("on Sunday", "2025-11-02")]),
    # "plans to" after the expression looks ahead; "announced plans to" is a noun after a past verb
    ("On Wednesday, the union plans to stage a walkout.", [("On Wednesday", "2025-11-05")]),
    ("On Wednesday, the union announced plans to stage a walkout.", [("On Wednesday", "2025-10-29")]),
    # a plan made in the past is for a day ahead, unless it was an earlier plan
    ("Farmers planned a protest march on Saturday.", [("on Saturday", "2025-11-08")]),
    ("The launch went ahead as previously planned on Saturday.", [("on Saturday", "2025-11-01")]),
    # a second clause after "and" keeps its own tense
    ("On Saturday, crowds filled the square and will return on Sunday.",
     [("On Saturday", "2025-11-01"), ("on Sunday", "2025-11-09")]),
    # a reporting verb after a comma frames the sentence, the clause's own tense dates it
    ("The ferry will sail from the northern harbour at first light on Thursday, the captain said.",
     [("on Thursday", "2025-11-06")]),
    ("``The ferry will sail from the northern harbour at first light on Thursday,'' the captain said.",
     [("on Thursday", "2025-11-06")]),
    ("The ferry sailed on Thursday, the captain said.", [("on Thursday", "2025-10-30")]),
])
def test_tense_of_the_governing_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_participle_after_a_present_auxiliary_is_not_a_past() -> None:
    assert values("The appeal is heard in May in the high court.", date(2026, 3, 25)) == [("May", "2026-05")]


def test_plural_parts_of_the_day_are_sets() -> None:
    got = extract_dates("The night market opens on Saturday nights.", MON_3_NOV)
    assert [(m.text, m.type, m.value) for m in got] == [("Saturday nights", "SET", "XXXX-WXX-6TNI")]


# ---- periods in earnings reports and narratives ------------------------------------------

def test_year_ago_comparisons_follow_the_period_of_their_sentence() -> None:
    assert values("For the nine months, profit rose to $40 million from $31 million a year earlier.") == [
        ("the nine months", "P9M"), ("a year earlier", "2024")]
    assert values("In the first nine months, sales rose 4% from the 2024 period.") == [
        ("the first nine months", "P9M"), ("the 2024 period", "2024")]
    assert values("Third-quarter profit rose to $12 million from $9 million a year earlier.") == [
        ("Third-quarter", "2025-Q3"), ("a year earlier", "2024-Q3")]


def test_a_decade_ago_is_a_year() -> None:
    assert values("The plant closed a decade ago.") == [("a decade ago", "2015")]
    assert values("The mill shut two decades ago.") == [("two decades ago", "2005")]


def test_trading_days_after_a_date_stay_a_duration() -> None:
    assert values("Shares recovered eight trading days after October 9.") == [
        ("eight trading days after", "P8D"), ("October 9", "2025-10-09")]
    assert values("Shares recovered eight days after October 9.") == [
        ("eight days after", "2025-10-17"), ("October 9", "2025-10-09")]


def test_that_year_and_the_following_month_count_from_the_last_date_named() -> None:
    text = "The firm was founded in May 2019, and the following year it moved to Leeds."
    first, second = extract_dates(text, MON_3_NOV)
    assert (second.text, second.value, second.anchor) == ("the following year", "2020", first.start)
    assert values("Sales topped $2 billion in 2018, a record that year.") == [("2018", "2018"), ("that year", "2018")]
    assert values("The plant opened in March 2021. The following month, it doubled its staff.") == [
        ("March 2021", "2021-03"), ("The following month", "2021-04")]
    assert values("That year, nobody came.") == [("That year", "PAST_REF")]


def test_the_year_in_a_report() -> None:
    assert values("For the year, revenue rose 3%.") == [("the year", "2025")]
    assert read("In the year ended June 30, profit fell.") == [
        ("the year", "P1Y", None), ("June 30", "2025-06-30", None)]
    assert values("Revenue fell over the first nine months of the year.") == [
        ("the first nine months", "P9M"), ("the year", "2025")]
    assert values("She was named player of the year.") == []


# ---- readings met in multi-source stories ------------------------------------------------

TUE_2_DEC = date(2025, 12, 2)
SAT_10_JAN = date(2026, 1, 10)


@pytest.mark.parametrize("text, published, expected", [
    # a meeting scheduled for a day looks ahead, unless the schedule was overtaken
    ("A meeting between the two leaders was scheduled for Friday, a spokesman said.", TUE_2_DEC,
     [("Friday", "2025-12-05")]),
    ("A meeting between the two leaders had been scheduled for Friday.", TUE_2_DEC, [("Friday", "2025-11-28")]),
    # an event named by its day is the nearest such day, whatever the tense of the verb
    ("The envoy left the capital on Tuesday for Wednesday's signing.", TUE_2_DEC,
     [("on Tuesday", "2025-12-02"), ("Wednesday's", "2025-12-03")]),
    ("Crowds gathered after Sunday's vote.", TUE_2_DEC, [("Sunday's", "2025-11-30")]),
    # "agreed to" looks ahead of the agreement
    ("The two sides agreed to open talks in January.", TUE_2_DEC, [("January", "2026-01")]),
    # a season still to come when the clause looks ahead
    ("Farmers will need help to return before the spring sowing.", TUE_2_DEC, [("the spring", "2026-SP")]),
    ("The new line opens in the fall.", SAT_10_JAN, [("the fall", "2026-FA")]),
    ("The roof collapsed late on Thursday.", SAT_10_JAN, [("late on Thursday", "2026-01-08")]),
    ("The bridge will reopen by the end of the year.", TUE_2_DEC, [("by the end of the year", "2025")]),
    ("The bidder has until the end of the month to make a firm offer.", TUE_2_DEC,
     [("the end of the month", "2025-12")]),
    # overnight in a report of what happened is the night just gone
    ("Divers searched the harbour overnight.", TUE_2_DEC, [("overnight", "2025-12-01TNI")]),
    ("Crews will work overnight to clear the line.", TUE_2_DEC, [("overnight", "2025-12-02TNI")]),
    # a bare clock time is on the day the story last named
    ("The tunnel gave way on Friday morning. The last miners were brought up just before midnight.", SAT_10_JAN,
     [("on Friday morning", "2026-01-09TMO"), ("midnight", "2026-01-09T24:00")]),
    ("The count will close at midnight.", TUE_2_DEC, [("midnight", "2025-12-02T24:00")]),
])
def test_story_readings(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert values(text, published) == expected


def test_edges_and_their_mods() -> None:
    assert read("The roof collapsed late on Thursday.", SAT_10_JAN) == [("late on Thursday", "2026-01-08", "END")]
    assert read("The bridge will reopen by the end of the year.", TUE_2_DEC) == [
        ("by the end of the year", "2025", "END")]


@pytest.mark.parametrize("text", [
    "Rescuers reached the men sheltering behind the fall.",
    "Historians studied the fall of the empire.",
    "Traders braced for the fall in prices.",
])
def test_a_fall_that_is_not_a_season(text: str) -> None:
    assert extract_dates(text, SAT_10_JAN) == ()


def test_a_month_after_by_is_a_deadline_ahead() -> None:
    oct_30 = date(2025, 10, 30)
    assert values("The group must repay the bridge loan by February.", oct_30) == [("February", "2026-02")]
    assert values("The group had repaid the bridge loan by February.", oct_30) == [("February", "2025-02")]
    assert values("Sales were flat this year through August.", oct_30) == [("this year", "2025"), ("August", "2025-08")]


def test_a_clock_time_points_at_the_mention_that_gave_its_day() -> None:
    text = "The tunnel gave way on Friday morning. The last miners were brought up just before midnight."
    friday, midnight = extract_dates(text, SAT_10_JAN)
    assert friday.text == "on Friday morning"
    assert midnight.anchor == friday.start


def test_a_quarter_not_yet_begun_in_a_past_clause_is_last_years() -> None:
    jan_26 = date(2026, 1, 26)
    assert values("Profit at the carrier fell sharply in the fourth quarter.", jan_26) == [
        ("the fourth quarter", "2025-Q4")]
    assert values("The carrier expects a rebound in the fourth quarter.", jan_26) == [("the fourth quarter", "2026-Q4")]
    assert values("In the fiscal year ended June 30, sales were flat against the year-ago quarter.") == [
        ("the fiscal year", "P1Y"), ("June 30", "2025-06-30"), ("the year-ago quarter", "2024-Q3")]


def test_a_season_of_a_spoken_year() -> None:
    assert values("The pass was closed in the winter of nineteen eighty-two.") == [
        ("the winter of nineteen eighty-two", "1982-WI")]


def test_a_fortnight_ago_is_the_week_two_weeks_back() -> None:
    from datetime import date

    from factcheck.extract.dates import extract_dates

    (m,) = extract_dates("The destroyer took over the patrol about a fortnight ago.", date(2026, 1, 5))
    assert (m.text, m.value, m.mod) == ("about a fortnight ago", "2025-W52", "APPROX")
