"""Claims: polarity, mood, source, actors, events, and the dates and places attached to events."""

from __future__ import annotations

from factcheck import analyse, document_from_text
from factcheck.model import Claim


def claims(text: str, published: str = "Published: Tuesday 2 December 2025") -> list[Claim]:
    doc = document_from_text("story.txt", f"{published}\n\n{text}\n")
    facts = analyse(doc)
    return list(facts.claims)


def only(text: str, predicate_words: str) -> Claim:
    found = [c for c in claims(text) if c.predicate is not None and c.text and predicate_words in
             c.text[c.pred_start - c.start : c.pred_end - c.start]]
    assert len(found) == 1, [(c.predicate, c.mood) for c in claims(text)]
    return found[0]


def group(c: Claim, text: str) -> str:
    return c.text[c.pred_start - c.start : c.pred_end - c.start]


def test_negation_is_kept_with_its_auxiliaries() -> None:
    text = "A meeting between the two presidents has not been scheduled, a spokeswoman for the mediators said."
    c = only(text, "scheduled")
    assert group(c, text) == "has not been scheduled"
    assert c.negated and c.frames == (("schedule", -1),)
    assert c.mood == "fact"
    assert c.source == "a spokeswoman for the mediators"


def test_opposed_predicate_gets_the_frame_sign() -> None:
    c = only("The planning commission rejected the stadium design on Monday.", "rejected")
    assert not c.negated
    assert ("approve", -1) in c.frames and ("agree", -1) in c.frames


def test_never_with_an_adverb_between() -> None:
    c = only("The rebels, for their part, never actually confirmed any dates for the talks.", "confirmed")
    assert group(c, c.text) == "never actually confirmed"
    assert c.frames == (("agree", -1),)
    assert c.source is None


def test_reported_speech_belongs_to_the_reporting_source() -> None:
    text = "Interior Minister Hanna Lode said on Monday that the two sides had agreed to hold talks in March."
    c = only(text, "agreed")
    assert c.source == "Hanna Lode"
    assert c.mood == "fact"
    assert c.collective
    assert "meeting" in c.events


def test_a_pronoun_subject_resolves_to_the_sentence_subject_before_it() -> None:
    text = ("Mayor Ivo Brant was upbeat on Friday, saying he and Governor Sela Marr were close to a deal. "
            "On Saturday, he posted online that the council had approved the budget.")
    c = only(text, "approved")
    assert c.source == "Ivo Brant"


def test_hedges_make_a_claim_hedged() -> None:
    assert only("The Dunstan yard may close if the takeover goes ahead.", "close").mood == "hedged"
    assert only("If the takeover goes ahead, the Dunstan yard will close.", "close").mood == "irrealis"
    c = only("Finance Minister Oren Vale is said to have resigned late on Friday.", "resigned")
    assert c.mood == "hedged" and c.hedge == "is said to"
    assert group(c, c.text) == "is said to have resigned"


def test_the_month_may_is_not_a_hedge() -> None:
    c = only("The council vote is due on May 4, after the commission approved the design last week.", "approved")
    assert c.mood == "fact"


def test_wishes_conditions_and_plans_assert_nothing() -> None:
    assert only("Senator Rhea Dune urged the council to back the project.", "back").mood == "irrealis"
    assert only("If the board approved the sale, the shares would jump.", "approved").mood == "irrealis"
    assert only("The two sides agreed to hold talks in January.", "hold").mood == "irrealis"
    assert only("The two sides agreed to hold talks in January.", "agreed").mood == "fact"


def test_a_refusal_to_say_is_its_own_mood_with_the_refusing_source() -> None:
    text = "A company spokeswoman would not say whether the firm had received a rival offer."
    c = only(text, "received")
    assert c.mood == "refusal" and not c.negated
    assert group(c, text) == "would not say whether the firm had received"
    assert c.source == "A company spokeswoman"


def test_future_claims_are_future() -> None:
    c = only("Council member Rosa Feld and her two allies will boycott the vote.", "boycott")
    assert c.mood == "future" and c.frames == (("attend", -1),)


def test_nouns_and_participles_are_not_predicates() -> None:
    text = "Any delay in the peace plan, ending years of fighting, would be costly, bonds backed by the state aside."
    assert [c.predicate for c in claims(text) if c.frames] == []


def test_dates_attach_to_the_event_they_time_not_to_the_reporting() -> None:
    text = ("Rescue crews said on Sunday that at least 11 miners were killed in the cave-in late on "
            "Thursday at the Harnick colliery.")
    anchored = [a for c in claims(text) for a in c.dates]
    assert [(a.text, a.value) for a in anchored] == [("Thursday", "2025-11-27")]
    assert "collapse" in anchored[0].events


def test_a_date_before_an_event_noun_belongs_to_it() -> None:
    text = "Supporters are preparing for a packed evening at the May 11 vote in Harlow Springs."
    (c,) = [c for c in claims(text) if c.dates]
    assert [(a.text, sorted(a.events)) for a in c.dates] == [("May 11", ["vote"])]
    assert [(a.text, sorted(a.events)) for a in c.places] == [("Harlow Springs", ["vote"])]


def test_light_verbs_leave_the_date_with_the_subject_event() -> None:
    text = "The City Council vote on the ballpark is due on May 4, after the commission approved the design last week."
    dated = {a.text: sorted(a.events) for c in claims(text) for a in c.dates}
    assert dated == {"May 4": ["vote"], "last week": []}  # "last week" times the approval, of no listed event


def test_places_need_a_locative_preposition() -> None:
    text = "The government and the rebels will sign the accord in Nairobi next Thursday, Kenyan officials said."
    placed = [(a.text, sorted(a.events)) for c in claims(text) for a in c.places]
    assert placed == [("Nairobi", ["accord", "signing"])]


def test_event_comes_from_context_when_a_clause_names_none() -> None:
    text = ("Officials said the summit between the two leaders had been shelved. "
            "Moscow, for its part, never confirmed any dates.")
    c = only(text, "confirmed")
    assert c.inherited and "meeting" in c.events


def test_a_date_opening_its_clause_times_the_event_after_it_not_the_reporting() -> None:
    met = claims("On Monday, the two presidents met at the lakeside villa for talks.")
    assert [(a.text, sorted(a.events)) for c in met for a in c.dates] == [("Monday", ["meeting"])]
    said = claims("On Monday, the ministry said the summit had not been scheduled.")
    assert [a.text for c in said for a in c.dates] == []


def _date_findings(a: str, b: str) -> list[list[str]]:
    from factcheck import compare, document_from_text

    docs = [document_from_text("a.txt", "Published: Wednesday 8 April 2026\n\n" + a + "\n"),
            document_from_text("b.txt", "Published: Thursday 9 April 2026\n\n" + b + "\n")]
    return [[e.text for e in f.evidence] for f in compare(docs) if f.kind == "date"]


def test_a_date_opened_by_by_or_until_bounds_the_event_and_is_never_its_date() -> None:
    text = ("Rescue teams recovered another 56 bodies on Wednesday from the hillside that collapsed on Sunday. "
            "Rescuers had recovered 174 bodies by Tuesday night.")
    assert _date_findings(text, "The agency said little.") == []
    bounded = [c for c in claims(text) if any(a.bound for a in c.dates)]
    assert [a.text for c in bounded for a in c.dates if a.bound] == ["Tuesday night"]


def test_an_attributive_participle_is_not_the_event_a_date_times() -> None:
    a = ("ORVELL — A six-storey office block collapsed in the harbour town of Orvell late on Tuesday, killing "
         "12 people, the town's fire service said on Wednesday.")
    b = ("ORVELL — Crews ended their search of the collapsed office block in Orvell on Thursday, and the fire "
         "service said 12 people had died when the building came down late on Tuesday.")
    assert _date_findings(a, b) == []
    assert _date_findings(a, "ORVELL — The office block in Orvell collapsed on Thursday, the fire service said.") == [
        ["Tuesday", "Thursday"]]


def test_a_day_timed_in_gmt_may_be_the_next_local_day() -> None:
    a = "The ferry Orla crashed into a trawler off Calapan on Tuesday at 22:30 GMT, the coastguard said."
    local = "CALAPAN, Philippines — The ferry Orla crashed into a trawler off Calapan early on Wednesday."
    assert _date_findings(a, local) == []
    assert _date_findings(a, "The ferry Orla crashed into a trawler off Calapan on Sunday.") == [["Tuesday", "Sunday"]]
    plain = "The ferry Orla crashed into a trawler off Calapan on Tuesday at 22:30, the coastguard said."
    assert _date_findings(plain, local) == [["Tuesday", "Wednesday"]]  # a local clock time names its own day


def test_a_negation_belongs_to_its_own_verb_not_to_the_clause_after_it() -> None:
    filed = only("Officer Dale Brun said he didn't think charges would be filed against him.", "filed")
    assert not filed.negated
    think = only("Officer Dale Brun said he didn't think charges would be filed against him.", "think")
    assert think.negated
    assert only("No charges were filed against the officer, prosecutors said.", "filed").negated
    assert only("The rebels never confirmed the talks.", "confirmed").negated


def _kinds(a: str, b: str) -> list[str]:
    from factcheck import compare, document_from_text

    docs = [document_from_text("a.txt", "Published: Tuesday 14 April 2026\n\n" + a + "\n"),
            document_from_text("b.txt", "Published: Tuesday 14 April 2026\n\n" + b + "\n")]
    return [f.kind for f in compare(docs)]


def test_one_verb_on_two_different_objects_is_no_polarity_clash() -> None:
    assert _kinds("The Harbour Workers' Union accepted the wage offer from the port authority on Monday.",
                  "The Harbour Workers' Union rejected the pension plan from the port authority on Monday.") == []
    assert _kinds("The Harbour Workers' Union accepted the wage offer from the port authority on Monday.",
                  "The Harbour Workers' Union rejected the wage offer from the port authority on Monday.") == ["polarity"]


def test_a_copula_and_a_class_is_a_claim_with_its_negation() -> None:
    text = "The new bridge is not a suspension bridge, the roads authority said."
    c = only(text, "suspension")
    assert group(c, text) == "is not a suspension bridge"
    assert c.negated and c.predicate == "a suspension bridge"
    text = "The old bridge was a swing bridge."
    assert not only(text, "swing").negated


def test_a_noun_that_takes_of_is_a_relation_not_a_class() -> None:
    text = "Olsen is not a member of the board."
    assert not [c for c in claims(text) if c.predicate and "member" in c.predicate]


def test_the_claims_view_shows_who_does_what_and_how_the_source_was_found() -> None:
    from factcheck.report.claims import claims_payload

    doc = document_from_text("story.txt", "Published: Tuesday 2 December 2025\n\n"
                             "Nurses rejected an earlier offer in January, when the union said the sum was too low. "
                             "The board did not approve the deal, according to two governors who asked not to be "
                             "named.\n")
    entries = [c for s in claims_payload([analyse(doc)])["documents"][0]["sentences"] for c in s["claims"]]
    rejected = next(c for c in entries if c["predicate"] == "reject")
    assert rejected["structure"] == {"doer": "nurse", "agents": [], "object": "offer"}
    assert rejected["source_by"] == "article"
    approve = next(c for c in entries if c["predicate"] == "approve")
    assert (approve["source"], approve["source_by"]) == ("two governors", "reported")
    assert approve["structure"]["doer"] == "board" and approve["polarity"] == "negative"


def test_a_particle_after_a_listed_verb_makes_another_verb() -> None:
    assert only("The frigate carried out a boarding operation.", "carried").frames == ()
    assert only("The Labour candidate carried the district easily.", "carried").frames == (("win", 1),)


def test_a_place_named_as_the_town_of_x_locates_the_event() -> None:
    c = only("An express train derailed near the town of Sorrend on Wednesday.", "derailed")
    assert [a.text for a in c.places] == ["Sorrend"]


def test_rarely_asserts_nothing_and_until_defers_a_negation() -> None:
    assert only("Klitschko has rarely lost a round in four years.", "lost").mood == "hedged"
    assert only("The reporters would not reveal the source's identity until the source died.",
                "reveal").mood == "irrealis"
    assert only("The reporters would not reveal the source's identity.", "reveal").mood == "future"


def test_an_adjective_completing_the_verb_makes_another_predicate() -> None:
    public = only("Their offer was never made public.", "made")
    offer = only("The Red Sox have made an eight-year offer to Teixeira.", "made")
    assert public.predicate != offer.predicate and public.predicate.startswith("make")


def test_a_sentence_final_said_after_a_comma_is_the_source_of_what_comes_before() -> None:
    text = ("The service was carrying 212 passengers and four crew when it came off the track, "
            "authority spokesman Piet Ansel said.")
    assert only(text, "carrying").source == "Piet Ansel"


def test_a_place_after_a_relative_clauses_verb_is_where_that_verb_happens() -> None:
    text = ("He said there was no evidence linking the bombings in Nairobi to Bin Laden, who now lives in "
            "Afghanistan.")
    placed = [(a.text, sorted(a.events)) for c in claims(text) for a in c.places]
    assert placed == [("Nairobi", ["attack"])]  # Afghanistan is where he lives, not where the bombs went off
    # a participle after a noun is no clause of its own: the hearing's place and date stay the hearing's
    later = claims("The court will hear arguments on the remedy owed to the workers in Dunmere on Wednesday.")
    assert any(a.text == "Dunmere" for c in later for a in c.places)


def test_a_list_of_places_with_a_serial_comma_is_one_clause_and_each_place_is_the_events() -> None:
    text = ("The almost simultaneous attacks at the embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania, "
            "killed 257 people.")
    placed = [(a.text, sorted(a.events)) for c in claims(text) for a in c.places]
    assert placed == [("Nairobi, Kenya", ["attack"]), ("Dar es Salaam, Tanzania", ["attack"])]
    # a clause after ", and" that is not a list of places is still a clause of its own
    later = claims("Leaders met in Harlow, and workers went on strike in Brennock.")
    assert [(c.predicate, [a.text for a in c.places]) for c in later] == [("meet", ["Harlow"]), ("go", ["Brennock"])]


def test_a_place_after_but_belongs_to_its_own_clause() -> None:
    text = "Agents were sent to investigate the bombings but there was no word in Washington of any leads."
    assert not [a.text for c in claims(text) for a in c.places]  # no word in Washington: not where they were
    text = "The embassy in Kampala was spared but the blast in Nairobi killed 10 people."
    placed = [(a.text, sorted(a.events)) for c in claims(text) for a in c.places]
    assert ("Nairobi", ["explosion"]) in placed


def test_a_reporting_verb_with_a_thing_for_object_is_a_deed() -> None:
    deed = claims("Caldoria has recalled its ambassador for consultations, the foreign ministry said.")
    assert [(c.predicate, c.negated) for c in deed if c.predicate == "recall"] == [("recall", False)]
    denied = claims("Caldoria has not recalled its ambassador, a spokeswoman said.")
    assert [(c.predicate, c.negated) for c in denied if c.predicate == "recall"] == [("recall", True)]
    # what a source recalls is reported, not done
    assert not [c for c in claims("The envoy recalled that the talks had failed in March.") if c.predicate == "recall"]
    assert not [c for c in claims('"The talks failed in March," recalled the envoy.') if c.predicate == "recall"]


def test_going_to_is_the_future_of_the_verb_after_it_not_a_predicate_of_its_own() -> None:
    assert [(c.predicate, c.negated, c.mood) for c in claims("The plant is going to close in May.")] == [
        ("close", False, "future")]
    assert [(c.predicate, c.negated, c.mood) for c in claims("The plant is not going to close in May.")] == [
        ("close", True, "future")]
    # going somewhere is a deed of its own, and an agreed plan stays a plan
    assert [c.predicate for c in claims("The minister is going to Paris on Monday.")] == ["go"]
    assert ("close", "irrealis") in [(c.predicate, c.mood) for c in claims("The council agreed to close the plant.")]
