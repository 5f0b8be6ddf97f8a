"""Verb and noun groups on news sentences: spans, negation, voice, modality, subjects, counted nouns."""

from __future__ import annotations

from factcheck.lang import analyse_text
from factcheck.lang.chunks import Chunks, chunk, complement_nouns, counted_noun, subject_of
from factcheck.lang.model import VerbGroup


def groups(text: str) -> tuple[str, Chunks]:
    return text, chunk(analyse_text(text))


def span(text: str, s: tuple[int, int] | None) -> str | None:
    return None if s is None else text[s[0]:s[1]]


def verb(c: Chunks, lemma: str) -> VerbGroup:
    (found,) = [g for g in c.verb_groups if g.lemma == lemma]
    return found


def subject(text: str, c: Chunks, lemma: str) -> str | None:
    ng = subject_of(c, verb(c, lemma))
    return None if ng is None else span(text, ng.span)


def test_negated_perfect_with_inner_adverb() -> None:
    text, c = groups("The government had not yet agreed to the plan, officials said on Tuesday.")
    g = verb(c, "agree")
    assert span(text, g.span) == "had not yet agreed"
    assert g.negated and span(text, g.negation) == "not"
    assert [c.tokens[k].text for k in g.auxiliaries] == ["had"]
    assert g.voice == "active" and g.modals == ()
    assert subject(text, c, "agree") == "The government"
    assert subject(text, c, "say") == "officials"
    assert not verb(c, "say").negated


def test_never_opens_the_group() -> None:
    text, c = groups("The ministry never confirmed the figures.")
    g = verb(c, "confirm")
    assert span(text, g.span) == "never confirmed"
    assert g.negated and span(text, g.negation) == "never"
    assert subject(text, c, "confirm") == "The ministry"


def test_negation_belongs_to_its_own_verb() -> None:
    text, c = groups("The union said it will not attend the talks.")
    say, attend = verb(c, "say"), verb(c, "attend")
    assert not say.negated
    assert attend.negated and span(text, attend.span) == "will not attend"
    assert attend.modals == ("will",)
    assert subject(text, c, "attend") == "it"


def test_passive_and_particle() -> None:
    text, c = groups("The match was cancelled after the strike was called off.")
    cancel, call = verb(c, "cancel"), verb(c, "call")
    assert span(text, cancel.span) == "was cancelled" and cancel.passive
    assert span(text, call.span) == "was called off" and call.passive
    assert [c.tokens[k].text for k in call.particles] == ["off"]
    assert subject(text, c, "cancel") == "The match"
    assert subject(text, c, "call") == "the strike"


def test_catenative_hands_over_and_negates() -> None:
    text, c = groups("Lawmakers fell short of approving the budget.")
    g = verb(c, "approve")
    assert span(text, g.span) == "fell short of approving"
    assert g.catenatives == ("fall",) and g.negated
    assert span(text, g.negation) == "fell short of"
    assert subject(text, c, "approve") == "Lawmakers"


def test_modal_could() -> None:
    text, c = groups("Prices could rise again next year, the central bank warned.")
    assert verb(c, "rise").modals == ("could",)
    assert subject(text, c, "rise") == "Prices"
    assert subject(text, c, "warn") == "the central bank"


def test_reporting_verb_after_a_quotation() -> None:
    text, c = groups("“We don’t accept it,” said the spokeswoman.")
    assert subject(text, c, "say") == "the spokeswoman"
    accept = verb(c, "accept")
    assert accept.negated and span(text, accept.negation) == "n’t"
    assert subject(text, c, "accept") == "We"


def test_subject_across_a_relative_clause_and_prepositions() -> None:
    text, c = groups("The head of the agency, who arrived late, denied the report.")
    assert subject(text, c, "deny") == "The head"
    assert subject(text, c, "arrive") == "The head"


def test_coordinated_verbs_share_the_subject() -> None:
    text, c = groups("The minister arrived in Cairo and met officials.")
    assert subject(text, c, "meet") == "The minister"


def test_title_before_a_name_is_one_noun_group() -> None:
    text, c = groups("Deputy Foreign Minister Sergei Ryabkov said on Tuesday that talks had stalled.")
    assert subject(text, c, "say") == "Deputy Foreign Minister Sergei Ryabkov"
    ng = subject_of(c, verb(c, "say"))
    assert ng is not None and c.tokens[ng.head].text == "Ryabkov"


def test_counted_nouns() -> None:
    text, c = groups("At least 11 miners died and $48 million in aid was pledged for 1,500 families.")
    toks = c.tokens
    at = {t.text: i for i, t in enumerate(toks)}
    assert toks[counted_noun(c, at["11"])].text == "miners"
    assert span(text, c.noun_at[at["11"]].span) == "11 miners"
    assert toks[counted_noun(c, at["48"])].text == "$"
    assert toks[counted_noun(c, at["1,500"])].text == "families"


def test_number_of_a_noun_group() -> None:
    text, c = groups("Police arrested 12 of the protesters.")
    toks = c.tokens
    i = [t.text for t in toks].index("12")
    assert toks[counted_noun(c, i)].text == "protesters"


def test_an_article_before_verb_tagged_modifiers_opens_one_noun_group() -> None:
    text, c = groups("Nurses have accepted a revised pay offer, and porters rejected a proposed change.")
    spans = [span(text, g.span) for g in c.noun_groups]
    assert "a revised pay offer" in spans and "a proposed change" in spans
    text, c = groups("The company reported profits that rose sharply.")
    assert "The company" in [span(text, g.span) for g in c.noun_groups]  # a noun, then a verb: no group


def test_a_subject_is_not_climbed_to_across_a_clause_opening_word() -> None:
    text, c = groups("The vote came two months after nurses rejected an earlier offer.")
    assert subject(text, c, "reject") == "nurses"
    text, c = groups("The head of the agency resigned on Monday.")
    assert subject(text, c, "resign") == "The head"


def test_complement_nouns_of_a_to_phrase_after_a_predicate() -> None:
    text = "The bridge is open to cars, buses and cyclists from Wednesday. It is open now."
    toks = analyse_text(text)
    to = next(k for k, t in enumerate(toks) if t.norm == "to")
    assert complement_nouns(chunk(toks), to) == {"car", "bus", "cyclist"}
    assert complement_nouns(chunk(toks), len(toks) - 2) == frozenset()  # "now": no to-phrase


def test_complement_of_to_and_a_verb_is_that_verb_s_object() -> None:
    text = "The union had agreed to suspend the strike while the ballot was held."
    toks = analyse_text(text)
    to = next(k for k, t in enumerate(toks) if t.norm == "to")
    assert complement_nouns(chunk(toks), to) == {"strike"}
