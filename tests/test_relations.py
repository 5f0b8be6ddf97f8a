"""Named values in slots: appositions after a possessor and venues an event is held at."""

from __future__ import annotations

from factcheck import analyse, document_from_text
from factcheck.model import Relation


def relations(body: str) -> list[tuple[str, str, str]]:
    facts = analyse(document_from_text("a.txt", "date 2026-03-10\n\n" + body + "\n"))
    return [(r.holder, r.relation, r.value) for r in facts.relations]


def only(body: str) -> Relation:
    facts = analyse(document_from_text("a.txt", "date 2026-03-10\n\n" + body + "\n"))
    (found,) = facts.relations
    return found


def test_a_role_after_a_possessor_names_its_holder_and_value() -> None:
    assert relations("Mara Brück opened the bridge on Monday. Her father, the engineer Anselm Brück, designed it.") == [
        ("person:bruck", "father", "Anselm Brück")]
    rel = only("Harwell's chief executive, Ann Holt, resigned on Monday.")
    assert (rel.holder, rel.relation, rel.value, rel.slot) == ("name:harwell", "chief executive", "Ann Holt",
                                                               "Harwell's chief executive")


def test_roles_a_holder_has_several_of_and_unknown_holders_give_no_slot() -> None:
    assert relations("Mara Brück opened the bridge. Her brother, Lorenz Brück, spoke after her.") == []
    assert relations("The father, Lorenz Brück, spoke after her.") == []  # no possessor: whose father?


def test_a_venue_an_event_is_held_at_with_its_alias() -> None:
    rel = only("The Harriers will play the cup final at the Northgate Stadium, known locally as the Cauldron, "
               "on Saturday.")
    assert (rel.holder, rel.relation, rel.value, rel.aliases) == (
        "event:cup final", "venue", "Northgate Stadium", ("Cauldron",))
    assert rel.slot == "the venue of the cup final"


def test_the_venue_of_an_event_is_one_slot_whoever_plays_in_it() -> None:
    a = only("Ashby Rovers and Caxton Athletic will meet in the Northern Counties Cup final at Hallam Park.")
    b = only("Ashby Rovers will face Caxton Athletic in the Northern Counties Cup final on May 30 at the "
             "Riverside Ground.")
    assert a.holder == b.holder == "event:northern county cup final"
    assert (a.value, b.value) == ("Hallam Park", "Riverside Ground")
    women = only("The women's final will be played at the Riverside Ground on May 29.")
    assert (women.holder, women.slot) == ("event:woman final", "the venue of the women's final")


def test_a_team_with_no_event_noun_holds_its_own_venue() -> None:
    rel = only("The Harriers play their home games at the Northgate Stadium.")
    assert (rel.holder, rel.relation) == ("name:harriers", "play game at")


def test_a_negated_dated_or_said_venue_gives_no_slot() -> None:
    assert relations("The Harriers will not play the cup final at the Northgate Stadium.") == []
    assert relations("The Harriers played their home games at the Northgate Stadium until 2004.") == []
    assert relations("The minister told reporters at the Grand Palace Hotel that talks would resume.") == []


def test_a_name_no_list_holds_is_a_venue_where_an_event_is_held_at_it() -> None:
    rel = only("The Cromer Shield final between Dunmore Athletic and Harlow Town will be played at the Cauldron.")
    assert (rel.holder, rel.value) == ("event:cromer shield final", "Cauldron")
    assert relations("Dunmore Athletic will train at the Cauldron on Friday.") == []  # no event held there


def test_where_an_accident_happened_is_no_venue_slot() -> None:
    assert relations("Dozens were killed in a fire at the Halvek Textiles factory on Tuesday.") == []
    assert relations("Dozens were killed in the fire at Dunmarrow on Tuesday.") == []
