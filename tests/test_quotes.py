"""Quotations, their speakers and their normalized text, on the seed articles and invented wire copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract.quotes import GAP, extract_quotes, normalize_quote

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _find(quotes, prefix):
    hits = [q for q in quotes if q.text.startswith(prefix)]
    assert len(hits) == 1, prefix
    return hits[0]


SEED_003 = [
    # (start of the quotation, speaker, is_term)
    ("end the war in Ukraine", None, False),
    ("tabled,", "CNN", False),
    ("agreed", "Donald Trump", False),
    ("The United States’ initial meetings", "Donald Trump", False),
    ("unscrupulous", "Sergey Lavrov", False),
    ("compared to the understandings", "Sergey Lavrov", False),
    ("emphasized the importance", "A US State Department readout", False),
    ("key opportunity", None, True),
    ("durable resolution", None, True),
    ("We have an understanding of the presidents", "Dmitri Peskov", False),
    ("peace between Russia and Ukraine", None, False),
    ("Alaska summit", None, True),
    ("shouting match,", "The paper", False),
    ("cursing all the time.", None, True),
    ("It’s cut up right now.", "Donald Trump", False),
    ("They can negotiate something later", "Donald Trump", False),
    ("Stop at the battle line", "Donald Trump", False),
    ("Bitter Blow", None, True),
    ("President Putin and I will then meet", "Donald Trump", False),
]

SEED_000 = [
    ("unhappy,", "Trump", False),
    ("Optimism is Fading", None, True),
    ("To win a war without attacking", "Trump", False),
    ("simply cannot win.", None, True),
    ("I’ll see whose fault it is.", "Trump", False),
    ("This will be a very important decision", "Trump", False),
    ("not happy about it", "Trump", False),
    ("I’m not happy about anything", "Trump", False),
    ("major shift", "The Washington Post", False),
    ("Major Tactical Mistake", None, True),
    ("fight while negotiating.", "Trump", False),
    ("If Zelensky wanted to", "Trump", False),
    ("Kyiv’s call for a leaders’ meeting", "Sergey Lavrov", False),
    ("Some principles the U.S. side", "Sergey Lavrov", False),
    ("not give away its land.", "Zelensky", False),
]


@pytest.mark.parametrize("prefix,speaker,term", SEED_003)
def test_seed_003_every_quotation(prefix: str, speaker: str | None, term: bool) -> None:
    q = _find(extract_quotes(_seed("003_520133a741b9c9c4.txt")), prefix)
    assert (q.speaker, q.is_term) == (speaker, term)


@pytest.mark.parametrize("prefix,speaker,term", SEED_000)
def test_seed_000_quotations(prefix: str, speaker: str | None, term: bool) -> None:
    q = _find(extract_quotes(_seed("000_8f53e6e599409f6c.txt")), prefix)
    assert (q.speaker, q.is_term) == (speaker, term)


def test_seed_003_nested_term_stays_inside_trumps_quote() -> None:
    quotes = extract_quotes(_seed("003_520133a741b9c9c4.txt"))
    post = _find(quotes, "President Putin and I")
    assert "‘inglorious’ War" in post.text
    assert not any(q.text.startswith("inglorious") for q in quotes)


def test_span_covers_words_inside_the_marks() -> None:
    text = 'Rudd said: "The bridge will reopen before winter."'
    (q,) = extract_quotes(text)
    assert (q.start, q.end) == (12, 49)
    assert text[q.start : q.end] == q.text == "The bridge will reopen before winter."
    assert q.speaker is None or q.speaker == "Rudd"


def test_cue_forms_and_resolution() -> None:
    text = (
        "Senator Alma Rudd opened the hearing on Monday.\n\n"
        "“The bridge will reopen before the winter storms,” Rudd said.\n\n"
        "“We have the money and we have the crews,” she said.\n\n"
        "Council leader Tomas Brandt told reporters that “nobody in this town believes a word of it.”\n\n"
        "Brandt insisted: “We were never consulted about the closure.”\n\n"
        "“The timetable is a fantasy,” said Tomas Brandt, “and everyone here knows it.”\n\n"
        "“We will keep the quay open through the works.” — Ruth Kale\n\n"
        "The delay would cost the port “millions every month”, according to Ruth Kale.\n"
    )
    got = [(q.text, q.speaker, q.cue) for q in extract_quotes(text)]
    assert got == [
        ("The bridge will reopen before the winter storms,", "Alma Rudd", "said"),
        ("We have the money and we have the crews,", "Alma Rudd", "said"),
        ("nobody in this town believes a word of it.", "Tomas Brandt", "told"),
        ("We were never consulted about the closure.", "Tomas Brandt", "insisted"),
        ("The timetable is a fantasy,", "Tomas Brandt", "said"),
        ("and everyone here knows it.", "Tomas Brandt", "said"),
        ("We will keep the quay open through the works.", "Ruth Kale", "—"),
        ("millions every month", "Ruth Kale", "according to"),
    ]


def test_pronoun_prefers_the_subject_of_the_last_sentence() -> None:
    text = (
        "Harbour master Ruth Kale met Council leader Tomas Brandt on the quay. "
        "Kale said the diversion had cost the port dearly. "
        "“The lorries turn back before they reach us,” she said. "
        "Brandt disagreed with her. “The diversion is working,” he said."
    )
    got = [(q.text, q.speaker) for q in extract_quotes(text)]
    assert got == [
        ("The lorries turn back before they reach us,", "Ruth Kale"),
        ("The diversion is working,", "Tomas Brandt"),
    ]


def test_wire_tells_reporters_and_social_media() -> None:
    text = (
        "President Dana Morrow wrote on Truth Social, “The talks are off until further notice.” "
        "Her spokesman Ivo Lind told reporters that “no new date has been set.”"
    )
    got = [(q.text, q.speaker, q.cue) for q in extract_quotes(text)]
    assert got == [
        ("The talks are off until further notice.", "Dana Morrow", "wrote"),
        ("no new date has been set.", "Ivo Lind", "told"),
    ]


def test_marks_single_doubled_and_straight() -> None:
    text = (
        "Tomas Brandt said: ‘We were never told about the closure.’\n\n"
        "``It is a matter for the ministry now,'' said Alma Rudd.\n\n"
        "Ruth Kale's deputy said the port's \"busiest week\" was over, and Kale said 'the boats are back'."
    )
    got = [(q.text, q.speaker) for q in extract_quotes(text)]
    assert got[:2] == [
        ("We were never told about the closure.", "Tomas Brandt"),
        ("It is a matter for the ministry now,", "Alma Rudd"),
    ]
    assert ("busiest week", None) not in [(t, s) for t, s in got if s is not None]
    assert [t for t, _ in got][2:] == ["busiest week", "the boats are back"]


def test_multi_paragraph_quote_is_one_quotation_a_paragraph_with_the_speaker_of_its_cue() -> None:
    text = (
        "Alma Rudd read out the statement.\n\n"
        "“The ministry has found the money for the first stage.\n\n"
        "“The second stage will follow in the spring,” Rudd said.\n\n"
        "Nobody asked a question."
    )
    first, second = extract_quotes(text)
    assert first.text == "The ministry has found the money for the first stage."
    assert second.text == "The second stage will follow in the spring,"
    assert (first.speaker, first.speaker_by) == ("Alma Rudd", "continuation")
    assert (second.speaker, second.speaker_by) == ("Alma Rudd", "name")


def test_run_on_quotation_keeps_its_speaker_into_the_next_paragraph() -> None:
    text = (
        "Mayor Ruth Adeyemi told reporters: “We promised the people of Lower Calloway a wall.\n\n"
        "“It will buy families the hours they need to get out safely.”\n\n"
        "“It will not stop every flood,” said the engineer, Piet Varga."
    )
    first, second, third = extract_quotes(text)
    assert (first.speaker, second.speaker, second.speaker_by) == ("Ruth Adeyemi", "Ruth Adeyemi", "continuation")
    assert third.speaker == "Piet Varga"


def test_quotation_after_a_sentence_reporting_someone_is_theirs() -> None:
    text = (
        "Piet Varga, the chief engineer, said the design had been tested against the 2024 floods. "
        "“We built the model on the worst night this valley has seen.”\n\n"
        "The council said a meeting would follow. Residents were angry. “Nobody asked us at all.”"
    )
    first, second = extract_quotes(text)
    assert (first.speaker, first.speaker_by) == ("Piet Varga", "previous sentence")
    assert second.speaker is None  # the sentence before reports nobody


def test_quotation_after_its_speakers_cue_sentence_continues_it() -> None:
    text = (
        "“This is a commercial decision,” said Marta Lindqvist, who took over as chief executive in "
        "October. “Keston has simply lost too much volume.”\n\n"
        "“We will fight it,” said Gary Pell. Union members met on Friday. “It is over for us.”"
    )
    quotes = extract_quotes(text)
    assert [(q.speaker, q.speaker_by) for q in quotes] == [
        ("Marta Lindqvist", "name"), ("Marta Lindqvist", "continuation"), ("Gary Pell", "name"), (None, None)]


def test_quote_left_open_ends_with_its_paragraph() -> None:
    text = "Tomas Brandt said: “The council was never consulted.\n\nThe vote is on Thursday."
    (q,) = extract_quotes(text)
    assert q.text == "The council was never consulted."
    assert q.speaker == "Tomas Brandt"


def test_apostrophes_are_not_quotes() -> None:
    text = "The port's owners and the town's council met in the '90s, and Rudd's office didn't comment."
    assert extract_quotes(text) == ()


def test_scare_quotes_are_terms() -> None:
    text = "The ministry's so-called “durable settlement” and its “road map” were shelved on Friday."
    quotes = extract_quotes(text)
    assert [(q.text, q.is_term, q.speaker) for q in quotes] == [
        ("durable settlement", True, None),
        ("road map", True, None),
    ]


def test_normalize_quote_ignores_case_marks_and_punctuation() -> None:
    a = normalize_quote("We have written to the Ministry again and again - and we still don’t know!")
    b = normalize_quote("we have written to the ministry again and again, and we still do not know")
    assert a.plain == b.plain
    assert a.text == "we have written to the ministry again and again and we still do not know"


def test_normalize_quote_ellipses_and_brackets() -> None:
    for gap in ("...", "…", ". . ."):
        key = normalize_quote(f"The lorries queue from six {gap} before they reach us")
        assert key.words == ("the", "lorries", "queue", "from", "six", GAP, "before", "they", "reach", "us")
    key = normalize_quote("He (Zelensky) could end the war, [the president] said")
    assert key.plain == ("he", "could", "end", "the", "war", "said")
    assert key.optional == (False, True, False, False, False, False, True, True, False)


def test_quotes_payload_and_render() -> None:
    import io

    from rich.console import Console

    from factcheck.model import Document
    from factcheck.pipeline import quotes_ledger
    from factcheck.report.quotes import quotes_payload, render_quotes

    text = "date 2026-01-12\n“The quay stays shut,” Carla Amos said.\n"
    doc = Document("a.txt", text, text, line_starts=(0, 16, len(text)))
    other = Document("b.txt", "“The quay stays shut,” said Ruth Kale.", "“The quay stays shut,” said Ruth Kale.")
    items = [(doc, extract_quotes(doc.view)), (other, extract_quotes(other.view))]
    payload = quotes_payload(items)
    assert payload["schema"] == "factcheck/quotes@1"
    row = payload["documents"][0]["quotes"][0]
    assert row == {
        "start": 17, "end": 37, "line": 2, "column": 2, "text": "The quay stays shut,",
        "speaker": "Carla Amos", "speaker_start": 39, "speaker_end": 49, "cue": "said", "speaker_by": "name",
        "term": False,
    }
    out = io.StringIO()
    render_quotes(Console(file=out, width=140), items, quotes_ledger(items))
    shown = out.getvalue()
    assert "ledger" in shown and "Carla Amos, Ruth Kale" in shown


def test_a_pronoun_with_no_one_to_resolve_to_is_kept_as_written() -> None:
    text = "“It never crossed my mind that I was losing it,” she said. The hearing resumes on Monday."
    (q,) = [q for q in extract_quotes(text) if not q.is_term]
    assert (q.speaker, text[q.speaker_start : q.speaker_end], q.cue) == ("she", "she", "said")
    named = "Anna Fenn spoke first. “It never crossed my mind,” she said."
    from factcheck.extract.people import extract_people

    spoken = [(q.text, q.speaker) for q in extract_quotes(named, extract_people(named)) if not q.is_term]
    assert spoken == [("It never crossed my mind,", "Anna Fenn")]  # resolved when someone fits


def test_a_role_phrase_before_its_cue_is_the_speaker_without_the_verbs_helpers() -> None:
    cases = [
        ("If we lived in calmer times, a reader would now ask: “What is going on at the network?”", "a reader"),
        ("A chorus of senior councillors has said: “It is a disgrace to the town.”", "A chorus of senior councillors"),
        ("Another resident asked: “Who will pay for the repairs?”", "Another resident"),
    ]
    for text, speaker in cases:
        (q,) = [q for q in extract_quotes(text) if not q.is_term]
        assert q.speaker == speaker


def test_how_each_speaker_was_found_is_kept() -> None:
    from factcheck.extract.people import extract_people

    text = ("Anna Fenn spoke first. “It never crossed my mind,” she said. “We will appeal,” a company spokeswoman "
            "said. “The bridge is safe,” said Alma Rudd.\n\n“It will reopen in May.”\n\nAccording to the ministry, "
            "“the repairs are funded in full.”")
    found = [(q.speaker, q.speaker_by) for q in extract_quotes(text, extract_people(text)) if not q.is_term]
    assert found == [("Anna Fenn", "pronoun"), ("a company spokeswoman", "role"), ("Alma Rudd", "name"),
                     ("Alma Rudd", "continuation"), ("the ministry", "according to")]


def _speakers(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    from factcheck.extract.people import extract_people

    return [(q.text, q.speaker, q.speaker_by, q.is_term) for q in extract_quotes(text, extract_people(text))]


def test_the_subject_of_a_verb_of_using_or_calling_owns_the_words_it_takes() -> None:
    text = ("The council met on Monday.\n\nMayor Ilse Varga has used the phrase “managed retreat” in every "
            "speech since the flood.\n\nCritics called the plan “a surrender to the river.”\n\n"
            "A report titled “Living With Water” by Tomas Reyes set out the plan.\n")
    assert _speakers(text) == [
        ("managed retreat", "Ilse Varga", "subject", True),  # still a term: never compared as a quote
        ("a surrender to the river.", "Critics", "role", False),  # "called" is a cue of saying
        ("Living With Water", None, None, True),  # a title names a work, its author is someone else
    ]


def test_a_participle_after_a_comma_hands_the_words_to_its_clauses_subject() -> None:
    text = ("At the rally, Cora Lind thanked the volunteers, singing “We Shall Overcome” with the choir.\n\n"
            "Dean Obi, the party's former chairman, mocked the debate, tweeting, “Nobody won tonight.”\n")
    found = [(t, s) for t, s, _, _ in _speakers(text)]
    assert found == [("We Shall Overcome", "Cora Lind"), ("Nobody won tonight.", "Dean Obi")]


def test_a_headline_quotation_is_the_words_of_the_person_the_headline_names() -> None:
    text = ("Senator Alma Rudd to Bank Chief: ‘You Should Resign.’\n\n"
            "Senator Alma Rudd questioned the bank's chief on Tuesday.\n")
    assert _speakers(text)[0][:3] == ("You Should Resign.", "Alma Rudd", "headline")
    lead = ("Senator Alma Rudd's plan to “fix the banks” ran into trouble on Tuesday, when the committee she "
            "chairs voted to delay it for a month and two of her allies said they would not back it.\n")
    assert _speakers(lead)[0][1] is None  # a long first line is the lead paragraph, not a headline


def test_a_speaker_described_with_my_or_our_and_an_adverb_before_the_verb() -> None:
    text = "The farm was sold in 1990.\n\n“We live in hard times,” my father often said.\n"
    assert _speakers(text)[0][1:3] == ("my father", "role")


def test_a_time_on_the_hour_reads_the_same_with_or_without_its_minutes() -> None:
    full = normalize_quote("He gave himself up to police just after 6:00 p.m., and no one was hurt.")
    assert full == normalize_quote("He gave himself up to police just after 6 p.m., and no one was hurt.")
    assert normalize_quote("just after 6:30 p.m.") != normalize_quote("just after 6 p.m.")
    assert normalize_quote("a 6:00 start") != normalize_quote("a 6 start")  # not a clock time of day
