"""The sentence splitter: abbreviations, initials, quotations, paragraphs and headings, offsets kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.load import load_document
from factcheck.text.sentences import split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def split(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_are_exact() -> None:
    text = "  The ferry left at dawn.  It docked at noon.\n\nCrews cheered. "
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
    assert [(s.start, s.end, s.paragraph) for s in split_sentences(text)] == [(2, 25, 0), (27, 45, 0), (47, 61, 1)]


# --- the seeds -------------------------------------------------------------------------------

def test_seed_000_sentences() -> None:
    doc = load_document(str(SEEDS / "000_8f53e6e599409f6c.txt"))
    texts = [s.text for s in doc.sentences]
    assert len(texts) == 45
    assert texts[2] == (
        "In recent days, U.S. media outlets such as The Washington Post and The Wall Street Journal have continued "
        "to cast doubt on President Trump’s heavily promoted Russia-Ukraine peace plan."
    )
    assert texts[5] == "On the 18th, U.S., Ukrainian, and European leaders met at the White House."
    # A quotation of three sentences, one ending in "!", stays inside the sentence that introduces it.
    assert texts[8].startswith("By the 21st, Trump had posted a rather ambiguous message on social media: “To win")
    assert texts[8].endswith("That’s exactly the situation between Ukraine and Russia.”")
    # A quote that ends the sentence, then a new sentence.
    assert texts[9].endswith("implying that Ukraine “simply cannot win.”")
    assert texts[10] == "Others argued that Trump was actually encouraging Ukraine to strike Russia."
    assert texts[-1].startswith("The Associated Press reported that momentum for peace talks has already stalled")
    assert [s.text for s in doc.sentences if s.heading] == [
        "Did Trump’s Russia-Ukraine Peace Plan Quickly Stall?",
        "Trump, Russia and Ukraine",
        "“Optimism is Fading”",
        "“Major Tactical Mistake”",
        "High Hurdles for a Russia-Ukraine Leaders’ Meeting",
    ]


def test_seed_003_sentences() -> None:
    doc = load_document(str(SEEDS / "003_520133a741b9c9c4.txt"))
    texts = [s.text for s in doc.sentences]
    assert len(texts) == 35
    assert texts[6:10] == [
        "White House insiders have told reporters that a pre-meeting, is being at work which is likely to lay the "
        "groundwork for the Trump-Putin peace talks, which have now been shelved.",
        "The reason?",
        "Apparently, both sides came to the table with completely different expectations.",
        "Russia, for its part, never actually confirmed any dates.",
    ]
    assert texts[28] == (
        "On Sunday, Trump doubled down on his new stance, telling reporters aboard Air Force One: "
        "“It’s cut up right now. Leave it the way it is right now.”"
    )
    assert texts[29:31] == [
        "“They can negotiate something later on down the line,” he added.",
        "“Stop at the battle line, go home, stop fighting, stop killing people.”",
    ]
    assert [s.text for s in doc.sentences if s.heading] == [
        "Kremlin Shrugs, White House Spins", "The Zelensky Disaster", "A “Bitter Blow” for Trump’s Big Plan",
    ]


# --- abbreviations and initials ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gov. Idris Coleman signed the levy on Friday. Critics called it rushed.",
         ["Gov. Idris Coleman signed the levy on Friday.", "Critics called it rushed."]),
        ("Mr. Okafor and Mrs. Bell met Ms. Grant and Dr. Ito at the hall. They spoke for an hour.",
         ["Mr. Okafor and Mrs. Bell met Ms. Grant and Dr. Ito at the hall.", "They spoke for an hour."]),
        ("Sen. Ama Osei and Rep. Tom Vale toured the base with Gen. Rita Holm and Lt. Ben Sato. Nobody spoke.",
         ["Sen. Ama Osei and Rep. Tom Vale toured the base with Gen. Rita Holm and Lt. Ben Sato.", "Nobody spoke."]),
        ("The U.S. Senate voted 61-39. The U.K. abstained.", ["The U.S. Senate voted 61-39.", "The U.K. abstained."]),
        ("The plan was drafted in the U.S. The vote is in May.",
         ["The plan was drafted in the U.S.", "The vote is in May."]),
        ("The meeting starts at 9 a.m. Officials expect a long day.",
         ["The meeting starts at 9 a.m.", "Officials expect a long day."]),
        ("Voting closes at 8 p.m. Friday in most districts.", ["Voting closes at 8 p.m. Friday in most districts."]),
        ("The march passed St. Mary's church. It ended on Dock St. The police watched.",
         ["The march passed St. Mary's church.", "It ended on Dock St.", "The police watched."]),
        ("The ruling came on Jan. 14 and the appeal on Feb. 3. Both failed.",
         ["The ruling came on Jan. 14 and the appeal on Feb. 3.", "Both failed."]),
        ("It was filed in Dec. The court sat in March.", ["It was filed in Dec.", "The court sat in March."]),
        ("She lives at No. 10 Harbour Row. It floods.", ["She lives at No. 10 Harbour Row.", "It floods."]),
        ("Asked if he would stay, the minister said no. Then he left.",
         ["Asked if he would stay, the minister said no.", "Then he left."]),
    ],
)
def test_abbreviations(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Ines Q. Ferrand opened the bridge. Crowds cheered.",
         ["Mayor Ines Q. Ferrand opened the bridge.", "Crowds cheered."]),
        ("J. R. Okoro and A.B. Lund wrote the report. It was leaked.",
         ["J. R. Okoro and A.B. Lund wrote the report.", "It was leaked."]),
        ("The council backed Plan B. The mayor did not.", ["The council backed Plan B.", "The mayor did not."]),
    ],
)
def test_initials(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_numbers_and_ellipses() -> None:
    assert split("The levy raised $4.5 million. Officials said 3.2 percent more was due.") == [
        "The levy raised $4.5 million.", "Officials said 3.2 percent more was due.",
    ]
    assert split("We waited… Nothing came. Then the bus arrived!") == [
        "We waited…", "Nothing came.", "Then the bus arrived!",
    ]
    assert split("Why now? Nobody knows.") == ["Why now?", "Nobody knows."]
    assert split("The ferry left. the crew stayed.") == ["The ferry left. the crew stayed."]


# --- quotations --------------------------------------------------------------------------------

def test_a_quote_that_ends_a_sentence() -> None:
    assert split("He said he would “never sign.” The talks ended.") == [
        "He said he would “never sign.”", "The talks ended.",
    ]
    assert split('She called the plan "a disgrace." Her party agreed.') == [
        'She called the plan "a disgrace."', "Her party agreed.",
    ]
    assert split("Asked about the cuts, he said: “No.” The room went quiet.") == [
        "Asked about the cuts, he said: “No.”", "The room went quiet.",
    ]


def test_a_quote_of_several_sentences_is_kept_whole() -> None:
    text = "“We will rebuild. We will not leave. This is our home,” said Mayor Ana Ruiz. Others agreed."
    assert split(text) == [
        "“We will rebuild. We will not leave. This is our home,” said Mayor Ana Ruiz.", "Others agreed.",
    ]
    straight = 'The minister said: "The money is there. The bridge will open." Engineers disagree.'
    assert split(straight) == [
        'The minister said: "The money is there. The bridge will open."', "Engineers disagree.",
    ]


def test_a_question_inside_a_quote_before_a_lower_case_cue_does_not_split() -> None:
    assert split("“Is it over?” she asked. Nobody answered.") == ["“Is it over?” she asked.", "Nobody answered."]


def test_an_unclosed_quote_ends_at_the_paragraph() -> None:
    text = "“The pier is safe. We checked it twice.\n\n“Then we checked it again,” the engineer said."
    got = split_sentences(text)
    assert [s.text for s in got] == [
        "“The pier is safe. We checked it twice.", "“Then we checked it again,” the engineer said.",
    ]
    assert [s.paragraph for s in got] == [0, 1]


# --- paragraphs and headings -----------------------------------------------------------------

def test_paragraph_breaks_end_sentences_even_without_punctuation() -> None:
    text = "Floods close the valley road\n\nThe road closed at noon\n \nCrews are on site.\r\n\r\nMore rain is due."
    got = split_sentences(text)
    assert [s.text for s in got] == [
        "Floods close the valley road", "The road closed at noon", "Crews are on site.", "More rain is due.",
    ]
    assert [s.paragraph for s in got] == [0, 1, 2, 3]


def test_loader_breaks_are_boundaries() -> None:
    text = "Storm warning\nThe coast road is closed."
    got = split_sentences(text, breaks=[len("Storm warning")])
    assert [(s.text, s.heading) for s in got] == [("Storm warning", True), ("The coast road is closed.", False)]


def test_headings_are_flagged_and_prose_is_not() -> None:
    got = split_sentences(
        "Council backs new harbour wall\n\n"
        "The council voted for the wall on Monday.\n\n"
        "“A Wall for Fifty Years”\n\n"
        "Is the wall worth it?\n\n"
        "Work starts in June, the council said, and the wall should be finished within two years of the vote,"
    )
    assert [s.heading for s in got] == [True, False, True, True, False]
