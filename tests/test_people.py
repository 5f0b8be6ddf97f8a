"""People with their titles, one identity per person, and names across documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.people import extract_people, same_person

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


@pytest.mark.parametrize(
    "text,name,title",
    [
        ("Assistant Chief Constable Carla Amos said the road was closed.", "Carla Amos", "Assistant Chief Constable"),
        ("Russian Foreign Minister Sergey Lavrov said on Monday.", "Sergey Lavrov", "Russian Foreign Minister"),
        ("Harlow Town coach Piet Achterberg was sent off.", "Piet Achterberg", "Harlow Town coach"),
        ("Shares rose after Miro Bank chairwoman Lise Tan spoke.", "Lise Tan", "Miro Bank chairwoman"),
        ("On Monday Kremlin spokesperson Dmitri Peskov declined.", "Dmitri Peskov", "Kremlin spokesperson"),
        ("It was signed by Secretary of State Marco Rubio.", "Marco Rubio", "Secretary of State"),
        ("Rep. Gwen Moore said it on Friday.", "Gwen Moore", "Rep."),
        ("Elez Biberaj, the director of the Eurasian service, said so.", "Elez Biberaj", "director of the Eurasian service"),
        ("The company's chief executive, Anders Holm, said on a call.", "Anders Holm", "chief executive"),
        ("said the association's secretary, Lyn Carver.", "Lyn Carver", "secretary"),
        ("Ardelean, the regional transport minister, told supporters.", "Ardelean", "regional transport minister"),
    ],
)
def test_titles(text: str, name: str, title: str) -> None:
    first = extract_people(text)[0]
    assert (first.name, first.title) == (name, title)
    assert text[first.start : first.end] == first.text


def test_surnames_resolve_to_the_fullest_name() -> None:
    text = "Senator Alma Rudd opened the session. Rudd said little. Later Rudd left."
    got = [(m.text, m.name, m.title) for m in extract_people(text)]
    assert got == [("Alma Rudd", "Alma Rudd", "Senator"), ("Rudd", "Alma Rudd", None), ("Rudd", "Alma Rudd", None)]


def test_two_people_sharing_a_surname_follow_the_last_full_mention() -> None:
    text = "Hillary Clinton spoke first. Then Bill Clinton took the stage. Clinton said he was proud."
    got = [(m.text, m.name) for m in extract_people(text)]
    assert got == [("Hillary Clinton", "Hillary Clinton"), ("Bill Clinton", "Bill Clinton"), ("Clinton", "Bill Clinton")]


def test_honorific_and_initials() -> None:
    got = [(m.text, m.name) for m in extract_people("Charles B. Rangel and Mr. Obama met. Rangel said so.")]
    assert got == [("Charles B. Rangel", "Charles B. Rangel"), ("Mr. Obama", "Obama"), ("Rangel", "Charles B. Rangel")]


def test_places_and_headings_are_not_people() -> None:
    text = "Russia said on Friday that Ukraine had not replied. The White House said nothing."
    assert extract_people(text) == ()


def test_seed_003_people() -> None:
    text = (SEEDS / "003_520133a741b9c9c4.txt").read_text(encoding="utf-8")
    titled = {(m.name, m.title) for m in extract_people(text) if m.title}
    assert ("Sergey Lavrov", "Russia’s veteran foreign minister") in titled
    assert ("Marco Rubio", "Secretary of State") in titled
    assert ("Dmitri Peskov", "Kremlin spokesperson") in titled
    assert ("Volodymyr Zelensky", "Ukrainian President") in titled
    lavrov = [m for m in extract_people(text) if m.text == "Lavrov"]
    assert lavrov and all(m.name == "Sergey Lavrov" for m in lavrov)


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Sergey Lavrov", "Sergei Lavrov", True),
        ("Dmitri Peskov", "Dmitry Peskov", True),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
        ("Lavrov", "Sergei V. Lavrov", True),
        ("C. Amos", "Carla Amos", True),
        ("Carla Amos", "Ruth Amos", False),
        ("Alma Rudd", "Alma Rudge", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


def test_a_name_in_apposition_to_a_thing_is_no_person() -> None:
    assert extract_people("The company's new drug, Velora Max, was approved.") == ()


def test_a_two_word_name_whose_surname_the_story_repeats_alone_is_a_person() -> None:
    text = "Now, Maurice Cheeks became the fifth coach fired this season. On Saturday, Cheeks was let go."
    assert [p.name for p in extract_people(text)] == ["Maurice Cheeks", "Maurice Cheeks"]
    # a company whose last word is an organisation's, or a name never repeated, is not taken this way
    text = "The deal values Brightwell Labs at 1.2 billion euros. Labs across the region cheered."
    assert extract_people(text) == ()
    assert extract_people("Now, Maurice Cheeks became the fifth coach fired this season.") == ()


def test_a_single_word_before_an_appositive_that_is_no_title_is_no_person() -> None:
    assert extract_people("Paris, the French capital, was quiet on Sunday.") == ()


def test_places_and_bodies_before_a_cue_verb_are_no_people_but_surnames_like_hall_are() -> None:
    text = ("The Maritime Safety Authority said 15 people were missing. Adrenne Island Lines said the ferry "
            "was not overloaded. Port Adrenne said its quay was closed. The prosecutor's office in Adrenne said "
            "it had opened an inquiry, and the town of Sellick said it would help. Stuart Hall said the vote "
            "was close, and Lien Park told reporters she had seen the ferry leave.")
    assert [p.text for p in extract_people(text)] == ["Stuart Hall", "Lien Park"]


def test_a_discourse_adverb_opening_a_sentence_is_no_person() -> None:
    text = ("Similarly, the Hungarian foreign minister, Janos Martonyi, said membership meant a return. "
            "Separately, Kelly Brandt said the vote would wait.")
    found = {p.text for p in extract_people(text)}
    assert "Similarly" not in found and "Separately" not in found
    assert {"Janos Martonyi", "Kelly Brandt"} <= found


def test_a_hyphened_title_is_a_title_not_part_of_the_name() -> None:
    found = [(p.name, p.title) for p in extract_people("NATO Secretary-General Javier Solana said the alliance "
                                                         "would grow. Attorney-General Mara Fenn resigned.")]
    assert found[:2] == [("Javier Solana", "NATO Secretary-General"), ("Mara Fenn", "Attorney-General")]
    assert [p.name for p in extract_people("Jean-Pierre Raffarin said so.")] == ["Jean-Pierre Raffarin"]
