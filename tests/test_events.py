"""Event mentions, event identity, and the checks that only compare facts of one event."""

from __future__ import annotations

import json

from click.testing import CliRunner

from factcheck import analyse, document_from_text
from factcheck.cli import main
from factcheck.events import EventMention, events, link, same_event
from factcheck.facts import DocFacts
from factcheck.pipeline import run_checks

PUBLISHED = "Published: Wednesday 11 March 2026\n\n"


def facts(text: str, name: str = "a.txt") -> DocFacts:
    return analyse(document_from_text(name, PUBLISHED + text + "\n"))


def mention(f: DocFacts, word: str) -> EventMention:
    found = [m for m in f.events if m.text == word]
    assert len(found) == 1, [(m.text, m.kind) for m in f.events]
    return found[0]


# --- mentions -----------------------------------------------------------------------------------

def test_verbs_event_nouns_and_states_are_mentions() -> None:
    f = facts("The dam collapsed on Monday night after the storm, and two people were found dead in Orrin.")
    assert mention(f, "collapsed").kind == "verb" and mention(f, "collapsed").lemma == "collapse"
    assert mention(f, "storm").kind == "noun"
    assert mention(f, "dead").kind == "state"
    assert not [m for m in f.events if m.text in ("dam", "people", "night")]


def test_a_mention_carries_negation_modality_date_and_place() -> None:
    f = facts("The governor did not attend the hearing in Dalby on Tuesday. The operators may rebuild the dam.")
    attend = mention(f, "attend")
    assert attend.negated and attend.modality == "fact"
    assert attend.when == "2026-03-10" and attend.where == "Dalby"
    assert mention(f, "rebuild").modality == "possibility"
    assert facts("The two leaders agreed to meet in Geneva.").events[-1].modality == "plan"


def test_other_instance_cues_and_years() -> None:
    f = facts("Another flood damaged 12 homes. The 2019 flood was worse. The second round starts today.")
    floods = [m for m in f.events if m.text == "flood"]
    assert [m.instance for m in floods] == ["other", None]
    assert floods[1].year == 2019
    assert mention(f, "round").instance == "second"


def test_the_speaker_is_not_a_participant_and_the_subject_is_an_agent() -> None:
    f = facts("Tony DiLeo coached the team for ten seasons, spokeswoman Hanne Brekke said.")
    coached = mention(f, "coached")
    assert coached.agents == frozenset({"person:dileo"})
    assert "person:brekke" not in coached.participants


# --- identity ------------------------------------------------------------------------------------

def test_one_lemma_or_one_hint_across_articles_is_one_event() -> None:
    a = facts("Trade minister Halvard Rusk resigned on Tuesday.")
    b = facts("The resignation of Halvard Rusk on Tuesday surprised the cabinet.", "b.txt")
    resigned, resignation = mention(a, "resigned"), mention(b, "resignation")
    assert same_event(resigned, resignation) >= 0.45
    ids = link([a.events, b.events])
    assert ids[0][a.events.index(resigned)] == ids[1][b.events.index(resignation)]


def test_the_2019_flood_and_another_strike_are_other_events() -> None:
    a = facts("The flood this week reached the village of Orrin.")
    b = facts("The 2019 flood reached the village of Orrin.", "b.txt")
    assert same_event(mention(a, "flood"), mention(b, "flood")) == 0.0
    c = facts("Dockworkers began a strike on Monday. Another strike by ferry crews is planned.")
    strikes = [m for m in c.events if m.text == "strike"]
    assert same_event(strikes[0], strikes[1]) == 0.0


def test_different_named_subjects_make_two_events() -> None:
    a = facts("Tony DiLeo coached the Sixers for ten seasons.")
    b = facts("Maurice Cheeks coached the Sixers for eleven seasons.", "b.txt")
    assert same_event(mention(a, "coached"), mention(b, "coached")) == 0.0
    c = facts("Maurice Cheeks coached the Sixers for four seasons.", "c.txt")
    assert same_event(mention(b, "coached"), mention(c, "coached")) > 0.5


def test_the_main_event_comes_first() -> None:
    a = facts("Dam collapses above Orrin\n\nThe dam above Orrin collapsed on Monday, officials said. A meeting followed.")
    b = facts("The collapse of the dam above Orrin flooded the valley, officials said.", "b.txt")
    found = events([a.events, b.events], skip_main=frozenset({"say"}))
    assert found[0].main and found[0].lemma == "collapse"
    assert {d for d, _ in found[0].mentions} == {0, 1}
    assert sum(e.main for e in found) == 1


# --- checks read identity -------------------------------------------------------------------------

def _kinds(*texts: str) -> list[tuple[str, tuple[str, ...]]]:
    fs = [facts(t, f"{chr(97 + i)}.txt") for i, t in enumerate(texts)]
    return [(f.kind, tuple(e.text for e in f.evidence)) for f in run_checks(fs)]


def test_a_count_under_another_verb_is_another_figure() -> None:
    assert _kinds("The navy captured 23 pirates in the Gulf of Aden.",
                  "The navy intercepted a boat carrying 26 pirates in the Gulf of Aden.") == []
    assert ("number", ("23 pirates", "26 pirates")) in _kinds(
        "The navy captured 23 pirates in the Gulf of Aden.", "The navy captured 26 pirates in the Gulf of Aden.")


def test_a_count_of_another_year_or_another_person_is_not_compared() -> None:
    assert _kinds("The river flooded 62 homes in Orrin this week.",
                  "In 2019 the river flooded 300 homes in Orrin.") == []
    assert _kinds("Tony DiLeo coached the Sixers for ten seasons.",
                  "Maurice Cheeks coached the Sixers for eleven seasons.") == []


def test_the_same_collapse_as_a_verb_and_as_a_noun_on_two_dates_still_fires() -> None:
    found = _kinds("The earth dam above Orrin collapsed on Monday night, flooding the valley.",
                   "The collapse of the earth dam above Orrin on Sunday flooded the valley.")
    assert ("date", ("Monday night", "Sunday")) in found


# --- the view --------------------------------------------------------------------------------------

def test_events_json_lists_every_mention_with_a_shared_event_id(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(PUBLISHED + "Trade minister Halvard Rusk resigned on Tuesday.\n", encoding="utf-8")
    b.write_text(PUBLISHED + "Halvard Rusk resigned on Tuesday after a cabinet row.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["events", str(a), str(b), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["schema"] == "factcheck/events@1"
    assert payload["events"][0]["main"] and payload["events"][0]["lemma"] == "resign"
    resigned = [m for m in payload["mentions"] if m["text"] == "resigned"]
    assert len(resigned) == 2 and len({m["event"] for m in resigned}) == 1
    first = resigned[0]
    assert {"path", "start", "end", "line", "column", "text", "lemma", "sentence", "event"} <= set(first)
    assert a.read_text(encoding="utf-8")[first["start"]:first["end"]] == "resigned"
    assert first["source"] == "the article" and first["when"] == "2026-03-10"
    text = CliRunner().invoke(main, ["events", str(a), str(b)])
    assert text.exit_code == 0 and "resign  (main)" in text.output


def test_dates_in_two_years_are_two_events() -> None:
    assert not [k for k, _ in _kinds("She hosted the ceremony on Sunday, February 22, 2009, in Los Angeles.",
                                     "She hosted the 2007 ceremony in Los Angeles.") if k == "date"]
    assert not [k for k, _ in _kinds("Trade minister Halvard Rusk resigned on 3 May 2019.",
                                     "Trade minister Halvard Rusk resigned on 3 May 2020.") if k == "date"]


def test_one_deed_of_one_named_person_on_two_days_fires_without_an_event_list() -> None:
    assert ("date", ("3 May", "13 May")) in _kinds("Trade minister Halvard Rusk resigned on 3 May.",
                                                   "Trade minister Halvard Rusk resigned on 13 May.")
    assert ("date", ("4 June 1961", "14 June 1961")) in _kinds(
        "Opera singer Marta Ivanova was born on 4 June 1961 in Odesa.", "Marta Ivanova was born on 14 June 1961.")
    # Two deeds of two people, and a plan against what happened, are not one deed.
    assert not _kinds("Halvard Rusk resigned on 3 May.", "Nadia Oss resigned on 13 May.")
    assert not [k for k, _ in _kinds("Halvard Rusk was due to resign on 3 May.",
                                     "Halvard Rusk resigned on 13 May.") if k == "date"]


def test_a_verb_governs_every_item_of_the_list_it_takes() -> None:
    found = _kinds("Commandos seized seven rifles, two pistols, a grenade launcher and 13 magazines.",
                   "The navy said it had confiscated 14 rifles, 31 magazines and 900 rounds over five operations.")
    assert not [k for k, _ in found if k == "number"]  # a seizure and five operations' confiscations
    same = _kinds("Commandos seized seven rifles, two pistols, a grenade launcher and 13 magazines.",
                  "Commandos seized seven rifles, two pistols, a grenade launcher and 31 magazines.")
    assert ("number", ("13 magazines", "31 magazines")) in same


def test_one_deed_on_one_object_on_two_days_fires_and_two_objects_do_not() -> None:
    assert ("date", ("Thursday", "Friday")) in _kinds(
        "The province imposed a curfew on Thursday after two nights of rioting.",
        "The province imposed a curfew on Friday after two nights of rioting.")
    assert not [k for k, _ in _kinds("Governor Tomas Lind met the dam's operators on Tuesday morning.",
                                     "Governor Tomas Lind met residents in Dalby on Wednesday evening.") if k == "date"]


def test_reports_sharing_names_are_one_story_and_others_another() -> None:
    from factcheck.events import stories

    docs = [document_from_text(f"{n}.txt", PUBLISHED + text + "\n") for n, text in enumerate((
        "Tara Quill checked into the Promises clinic in Malibu on Monday, her publicist Jack Kett said.",
        "Actress Tara Quill entered the Promises clinic in Malibu, publicist Jack Kett told People on Monday.",
        "Singer Lina Sorel checked into the Cliffside centre in Santa Monica, her manager Ray Dunn said.",
        "The clinic said little.",
    ))]
    assert stories(docs) == [0, 0, 1, 0]  # too few names to judge: never split off


def test_the_subject_of_a_passive_verb_is_its_theme() -> None:
    f = facts("A curfew was imposed on Friday in the Marsh Lane district.")
    assert mention(f, "imposed").theme == "curfew"
    assert ("date", ("Thursday", "Friday")) in _kinds("Police imposed a curfew on Thursday in the Marsh Lane district.",
                                                       "A curfew was imposed on Friday in the Marsh Lane district.")


def test_one_head_with_other_names_is_another_thing() -> None:
    assert not [k for k, _ in _kinds("The Ishros bridge repairs were approved on Tuesday morning.",
                                     "The Lopel bridge repairs were approved on Wednesday morning.") if k == "date"]
    assert ("date", ("Tuesday morning", "Wednesday morning")) in _kinds(
        "The Ishros bridge repairs were approved on Tuesday morning.",
        "The Ishros bridge repairs were approved on Wednesday morning.")


def test_a_previous_attack_is_not_dated_against_this_one() -> None:
    this = "Militants attacked the rail depot at Varna on Tuesday night, cutting the line to the coast."
    assert not [k for k, _ in _kinds(this, "A previous attack on the rail depot at Varna on 3 June cut the line "
                                           "to the coast.") if k == "date"]
    assert [k for k, _ in _kinds(this, "The attack on the rail depot at Varna on Monday night cut the line "
                                       "to the coast.") if k == "date"] == ["date"]


def test_a_deed_done_once_before_is_an_earlier_event() -> None:
    assert mention(facts("Voters rejected a merger once before, in a referendum."), "rejected").instance == "other"
    assert mention(facts("The port was previously closed to tankers."), "closed").instance == "other"
    assert not _kinds("Councillors backed the merger plan.", "Voters in both towns previously rejected the merger plan.")
    assert _kinds("Voters backed the merger plan.", "Voters in both towns rejected the merger plan.")
    # two actors, two deeds: councillors backing a plan and voters rejecting it is no contradiction
    assert not _kinds("Councillors backed the merger plan.", "Voters in both towns rejected the merger plan.")


def test_a_noun_only_trigger_names_no_event_as_a_verb() -> None:
    from factcheck.extract import lexis

    assert lexis.event_classes(("fire",), "NOUN") == {"fire"}
    assert "fire" not in lexis.event_classes(("fire",), "VERB")
    dismissed = facts("A man who was fired last week from his job at an accounting firm in Detroit walked in.")
    assert "fire" not in mention(dismissed, "fired").classes
    assert not [k for k, _ in _kinds("A gunman opened fire at an office party in Vancouver on Friday.",
                                     "A man who was fired last week from his job in Detroit shot three people.")
                if k == "place"]


def test_a_verb_and_its_nominalization_are_one_event() -> None:
    a = facts("The board nominated Ilse Varga as chair on Tuesday.")
    b = facts("Her nomination on Tuesday surprised the shareholders.", "b.txt")
    nominated, nomination = mention(a, "nominated"), mention(b, "nomination")
    assert same_event(nominated, nomination) >= 0.45
    ids = link([a.events, b.events])
    assert ids[0][a.events.index(nominated)] == ids[1][b.events.index(nomination)]
    c = facts("The station on Elm Street stated nothing.", "c.txt")
    assert [m.text for m in c.events] == ["stated"]  # "station" is no event, so never meets "state"


def test_synonym_hints_link_a_defeat_and_a_victory_but_claims_never_read_them() -> None:
    from factcheck.extract import lexis

    a = facts("The Harbour Kings defeated the Miners 3-1 at Elm Park on Saturday.")
    b = facts("The Kings' victory at Elm Park on Saturday lifted them to second.", "b.txt")
    assert same_event(mention(a, "defeated"), mention(b, "victory")) >= 0.45
    assert "victory" in lexis.event_classes(("victory",), "NOUN", hints=True)
    assert "victory" not in lexis.event_classes(("victory",), "NOUN")
    assert not any("victory" in classes for classes in lexis.events().values())


def test_a_verb_only_trigger_names_no_event_as_a_noun() -> None:
    from factcheck.extract import lexis

    assert "dismissal" in lexis.event_classes(("fire",), "VERB", hints=True)
    assert "dismissal" not in lexis.event_classes(("fire",), "NOUN", hints=True)


def test_the_lead_verbs_tell_a_hiring_from_a_firing_of_one_coach() -> None:
    from factcheck.events import stories

    fired = ("The Harbour Kings fired coach Arlo Venn on Saturday after a dismal start to the season. "
             "Assistant Tom Hale was named interim coach, general manager Dana Cole said.")
    hired = ("The Harbour Kings hired Arlo Venn as their new head coach on a four-year contract. "
             "Venn was introduced at a news conference by general manager Dana Cole.")
    texts = (fired, fired.replace("dismal", "poor"), hired, hired.replace("conference", "briefing"))
    docs = [document_from_text(f"{n}.txt", PUBLISHED + t + "\n") for n, t in enumerate(texts)]
    assert stories(docs) == [0, 0, 1, 1]


# --- background events ---------------------------------------------------------------------------

SHOOTING = ("A gunman killed two people at a bank in Corrin on Monday, police said.\n\n"
            "Officers arrested a 41-year-old man at his home that evening.\n\n"
            "The bank stayed shut on Tuesday.\n\n"
            "In January, a gunman killed five people at a shopping centre in Talbridge.\n")


def test_an_event_of_the_leads_kind_dated_apart_from_the_lead_is_background() -> None:
    f = facts(SHOOTING)
    killed = [m for m in f.events if m.text == "killed"]
    assert [(m.sent, m.instance) for m in killed] == [(0, None), (3, "other")]


def test_a_date_after_a_verb_of_saying_times_the_saying_not_the_event() -> None:
    f = facts(SHOOTING.replace("In January, a gunman killed five people at a shopping centre in Talbridge.",
                               "Police said on Wednesday that the gunman killed two people."))
    assert [m.instance for m in f.events if m.text == "killed"] == [None, None]
    assert mention(f, "arrested").instance is None  # not the lead's kind of event: never background


def test_a_figure_of_a_background_event_is_not_the_storys_figure() -> None:
    other = "A gunman killed two people at a bank in Corrin on Monday, police said.\n"
    assert [k for k, _ in _kinds(other, SHOOTING)] == []
    assert ("number", ("two people", "three people")) in _kinds(
        other, SHOOTING.replace("killed two people at a bank", "killed three people at a bank"))


def test_a_sentence_capital_makes_no_name_but_a_name_capitalized_elsewhere_stays_one() -> None:
    from factcheck import analyse, document_from_text

    def doers(text: str) -> list[tuple[str | None, frozenset[str]]]:
        facts = analyse(document_from_text("s.txt", "Published: Tuesday 2 December 2025\n\n" + text + "\n"))
        return [(m.doer, m.agents) for m in facts.events if m.lemma in ("reject", "receive")]

    assert doers("Nurses rejected an earlier offer in January.") == [("nurse", frozenset())]
    found = doers("Saltmere has received a rival offer. Analysts said the bid for Saltmere was low.")
    assert found == [(None, frozenset({"person:saltmere"}))]


def test_two_reports_whose_central_names_the_other_never_names_are_two_events() -> None:
    from factcheck import document_from_text
    from factcheck.events.stories import names_of, other_stories

    def names(text: str):
        return names_of(document_from_text("s.txt", "Published: Tuesday 2 December 2025\n\n" + text + "\n"))

    navy_2008 = names(
        "The frigate Tabar captured 23 pirates in the Gulf of Aden. Tabar's commander, Arvind Rao, said the "
        "pirates had attacked the Jag Arnav. Rao said Tabar would hand them to Yemen. The Jag Arnav was unhurt. "
        "Arvind Rao praised the crew of the Tabar.")
    navy_2011 = names(
        "The patrol ship Sukanya seized 26 pirates near Socotra. Sukanya's captain, Meena Kaul, said the "
        "pirates had fired at the Lu Feng. Kaul said Sukanya would sail to Mumbai. The Lu Feng reached Salalah. "
        "Meena Kaul thanked the crew of the Sukanya.")
    same_story = names(
        "The frigate Tabar captured 26 pirates in the Gulf of Aden, its commander Arvind Rao said. The Jag "
        "Arnav had been attacked. Rao said Tabar would sail to Yemen.")
    assert other_stories(navy_2008, navy_2011)
    assert not other_stories(navy_2008, same_story)
    assert not other_stories(navy_2008, names("Pirates were captured on Monday."))  # too few names to tell


def test_two_short_company_reports_are_told_apart_by_their_own_names_not_by_generic_capitals() -> None:
    from factcheck import compare, document_from_text
    from factcheck.events.stories import names_of, other_stories

    def doc(name: str, text: str):
        return document_from_text(name, "Published: Tuesday 14 November 1989\n\n" + text + "\n")

    ogden = doc("ogden.txt", "Ogden Corp. said third-quarter net income rose 12%. Revenue rose 33% to $504 "
                             "million in the quarter ended Sept. 30. Ogden, based in Fairfield, runs the waste "
                             "plants of Ogden Martin in Tulsa.")
    delta = doc("delta.txt", "Delta Air Lines Corp. said its net income fell in the quarter ended Sept. 30. "
                             "Revenue rose 21% to $2.1 billion, Delta said. Delta serves Atlanta.")
    ogden_again = doc("ogden-b.txt", "Revenue at Ogden Corp. of Fairfield rose 33% in the third quarter, the "
                                     "company said.")
    # "Corp.", "Sept." and a sentence's opening "Revenue" say nothing of whose report it is
    assert "revenue" not in (names_of(ogden).central or ()) and "sept." not in (names_of(ogden).central or ())
    assert other_stories(names_of(ogden), names_of(delta))
    assert not other_stories(names_of(ogden), names_of(ogden_again))
    assert not [f for f in compare([ogden, delta]) if f.kind == "number"]
    found = [f for f in compare([ogden, doc("ogden-c.txt", "Ogden Corp. of Fairfield said revenue rose 31% to "
                                                             "$504 million in the quarter ended Sept. 30.")])]
    assert [f.kind for f in found] == ["number"]  # the same company's figure still meets its own


def test_two_reports_whose_ship_or_storm_differs_are_two_events_though_their_setting_is_one() -> None:
    from factcheck import compare, document_from_text

    def doc(path: str, text: str):
        return document_from_text(path, "Published: Tuesday 2 December 2025\n\n" + text + "\n")

    setting = ("The Indian Navy said the Gulf of Aden patrol would go on. Indian officials in New Delhi "
               "praised the Navy. The Gulf of Aden is a busy lane for Indian trade.")
    mysore = doc("a.txt", "The Indian warship INS Mysore arrested 23 pirates in the Gulf of Aden on Saturday. "
                          "INS Mysore answered a call from the MV Gibe. " + setting)
    sukanya = doc("b.txt", "The Indian patrol ship INS Sukanya arrested 26 pirates in the Gulf of Aden on "
                           "Thursday. INS Sukanya was escorting a convoy. " + setting)
    same_rescue = doc("c.txt", "The Indian frigate INS Tabar arrested 26 pirates who had fired on the MV Gibe "
                               "in the Gulf of Aden. INS Tabar took them aboard. " + setting)
    assert not [f for f in compare([mysore, sukanya]) if f.kind == "number"]
    # one rescue of the MV Gibe, told with another warship's name: still one event, so the counts clash
    clash = [f for f in compare([mysore, same_rescue]) if f.kind == "number"]
    assert [tuple(e.text for e in f.evidence) for f in clash] == [("23 pirates", "26 pirates")]

def test_a_sentence_opening_on_another_instance_puts_its_deeds_there() -> None:
    from factcheck import analyse, document_from_text

    facts = analyse(document_from_text("s.txt", "Published: Tuesday 2 December 2025\n\n"
                                       "Dockers accepted the offer. In a separate dispute, the crane operators "
                                       "had rejected the port's offer of 4 percent.\n"))
    by_lemma = {m.lemma: m.instance for m in facts.events if m.kind == "verb"}
    assert by_lemma["accept"] is None and by_lemma["reject"] == "other"


def test_a_place_the_places_finder_knows_is_no_agent() -> None:
    from factcheck import analyse, document_from_text

    facts = analyse(document_from_text("s.txt", "Published: Tuesday 2 December 2025\n\n"
                                       "Relatives waited while Tarnbeck Quarry stayed closed. Tarnbeck Quarry said "
                                       "it would reopen.\n"))
    assert all(not m.agents for m in facts.events if m.lemma == "stay")


def test_two_earlier_instances_in_two_places_are_two_events() -> None:
    from factcheck.events.identity import two_instances
    from factcheck.events.model import EventMention

    def attack(where: str | None, instance: str | None) -> EventMention:
        return EventMention(0, 6, "attack", "attack", 3, "noun", frozenset({"attack"}), where=where,
                            instance=instance)

    assert two_instances(attack("Millbrook", "other"), attack("Ashcombe", "other"))
    assert not two_instances(attack("Millbrook", "other"), attack("Millbrook", "other"))
    assert not two_instances(attack("Millbrook", "other"), attack(None, "other"))
    assert not two_instances(attack("Millbrook", None), attack("Ashcombe", None))  # the story's own: the place check's


def test_a_date_across_a_word_of_time_relation_does_not_time_the_event() -> None:
    from factcheck import analyse, document_from_text

    facts = analyse(document_from_text("s.txt", "Published: Thursday 19 March 2026\n\n"
                                       "Union leaders met the operator on Wednesday, hours after the end of a "
                                       "two-day strike. Drivers walked out on Monday.\n"))
    when = {m.text: m.when for m in facts.events if m.text in ("met", "strike", "walked")}
    assert when == {"met": "2026-03-18", "strike": None, "walked": "2026-03-16"}
