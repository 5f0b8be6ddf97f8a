"""Places, demonyms and organizations, and how two places relate on the map."""

from __future__ import annotations

import pytest

from factcheck.extract.places import demonym_country, extract_places, lookup, relation, same_area
from factcheck.model import PlaceMention


def rows(text: str) -> list[tuple[int, int, str, str, str, str | None]]:
    return [(m.start, m.end, m.text, m.name, m.kind, m.country) for m in extract_places(text)]


def only(text: str, kind: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.name, m.country) for m in extract_places(text) if m.kind == kind]


def test_city_with_its_country_is_one_mention_and_kremlin_is_an_organization() -> None:
    text = (
        "Trump said he and Putin were weeks away from a summit in Budapest, Hungary. "
        "The Kremlin has since fired back."
    )
    assert rows(text) == [
        (57, 74, "Budapest, Hungary", "Budapest", "city", "Hungary"),
        (80, 87, "Kremlin", "Kremlin", "organization", "Russia"),
    ]


def test_unknown_places_from_their_cue() -> None:
    text = "Fishing boats were stranded near Cape Loma, and ferries stopped in Port Averne on Sunday."
    assert rows(text) == [
        (33, 42, "Cape Loma", "Cape Loma", "place", None),
        (67, 78, "Port Averne", "Port Averne", "place", None),
    ]


def test_unknown_place_takes_the_country_that_follows_it() -> None:
    text = "Aid convoys arrived in Tarvik, Kenya late on Thursday."
    assert rows(text) == [(23, 36, "Tarvik, Kenya", "Tarvik", "place", "Kenya")]


def test_aliases_and_gazetteer_cities() -> None:
    text = "Shelling resumed in Kiev and Kharkov overnight, officials in Odessa said."
    assert [(m.text, m.name, m.kind, m.country) for m in extract_places(text)] == [
        ("Kiev", "Kyiv", "city", "Ukraine"),
        ("Kharkov", "Kharkiv", "city", "Ukraine"),
        ("Odessa", "Odesa", "city", "Ukraine"),
    ]


def test_venue_named_with_its_city() -> None:
    text = "The accord is to be signed at the Kenyatta International Convention Centre in Nairobi on Friday."
    assert rows(text) == [
        (34, 74, "Kenyatta International Convention Centre", "Kenyatta International Convention Centre", "venue", "Kenya"),
        (78, 85, "Nairobi", "Nairobi", "city", "Kenya"),
    ]


def test_seat_of_power_is_a_venue_after_a_location_cue_and_an_organization_otherwise() -> None:
    text = "Leaders met at the White House on Monday. White House officials later spoke in the Oval Office."
    assert rows(text) == [
        (19, 30, "White House", "White House", "venue", "United States"),
        (42, 53, "White House", "White House", "organization", "United States"),
        (83, 94, "Oval Office", "Oval Office", "venue", "United States"),
    ]


def test_demonyms_are_marked_so_a_place_check_can_skip_them() -> None:
    text = "Russian and Ukrainian negotiators met Hungarian officials."
    assert rows(text) == [
        (0, 7, "Russian", "Russia", "demonym", "Russia"),
        (12, 21, "Ukrainian", "Ukraine", "demonym", "Ukraine"),
        (38, 47, "Hungarian", "Hungary", "demonym", "Hungary"),
    ]
    assert demonym_country("Russian") == "Russia"
    assert demonym_country("ukrainians") == "Ukraine"
    assert demonym_country("Martian") is None


def test_ministries_named_both_ways() -> None:
    text = (
        "The interior ministry denied the report, while the Ministry of Mines said it had not been told. "
        "Russia's foreign ministry and the Ukrainian defence ministry issued statements."
    )
    assert only(text, "organization") == [
        ("interior ministry", "Interior Ministry", None),
        ("Ministry of Mines", "Mines Ministry", None),
        ("foreign ministry", "Foreign Ministry", "Russia"),
        ("Ukrainian defence ministry", "Defence Ministry", "Ukraine"),
    ]


def test_companies_clubs_agencies_and_papers() -> None:
    text = (
        "Acme Holdings plc and Corbel Mining Group bid for the site. Harlow Town lost 2-1. "
        "The Financial Times and Reuters reported that the State Department was consulted, CNN said."
    )
    assert only(text, "organization") == [
        ("Acme Holdings plc", "Acme Holdings plc", None),
        ("Corbel Mining Group", "Corbel Mining Group", None),
        ("Harlow Town", "Harlow Town", None),
        ("Financial Times", "Financial Times", None),
        ("Reuters", "Reuters", None),
        ("State Department", "State Department", "United States"),
        ("CNN", "CNN", None),
    ]


def test_organization_takes_the_country_of_a_place_in_its_name() -> None:
    text = "Moscow City Council and the Bank of England declined to comment."
    assert only(text, "organization") == [
        ("Moscow City Council", "Moscow City Council", "Russia"),
        ("Bank of England", "Bank of England", "United Kingdom"),
    ]


def test_gazetteer_city_names_that_end_like_clubs_stay_cities() -> None:
    text = "Flights from Mexico City and Cape Town were cancelled, while Manchester City won."
    assert [(m.text, m.kind) for m in extract_places(text)] == [
        ("Mexico City", "city"),
        ("Cape Town", "city"),
        ("Manchester City", "organization"),
    ]


def test_region_named_with_a_lower_case_area_word() -> None:
    text = "Drones struck the Kursk region overnight, and shelling went on in the Donbas region."
    assert rows(text) == [
        (18, 30, "Kursk region", "Kursk Region", "region", "Russia"),
        (70, 83, "Donbas region", "Donbas", "region", "Ukraine"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The vote is due in May, officials said.",
        "The two sides are in talks, a spokesman said.",
        "In Trump's view the deal was fair.",
        "At least nine miners died.",
        "The figure appeared in Reuters' report.",
        "Meanwhile, the ceasefire held.",
        "Aides gathered in Zelensky's office.",
        "The decision came on Tuesday in Parliament.",
        "An analyst at Lenox said the shares would fall.",
        "The offer came in a call from Kopp on Friday.",
        "Ministers Meet In Brennock To Discuss Floods",
        "The board holds a stake in Corvale and a stake in Jaguar.",
        "Kahle said the talks would continue. Supporters gathered around Kahle.",
        "The cuts were felt in Hughes earnings and in Republican votes.",
    ],
)
def test_near_misses_are_not_places(text: str) -> None:
    assert [m for m in extract_places(text) if m.kind in ("place", "city", "country", "region", "venue")] == []


def test_weak_cue_counts_after_a_verb_of_movement() -> None:
    text = "Thousands fled from Marrow as the river rose."
    assert rows(text) == [(20, 26, "Marrow", "Marrow", "place", None)]


def test_weak_cue_counts_when_the_name_follows_a_strong_cue_elsewhere() -> None:
    text = "The shelter in Brennock was full. Buses left from Brennock at dawn."
    assert [(m.start, m.text, m.kind) for m in extract_places(text)] == [
        (15, "Brennock", "place"),
        (50, "Brennock", "place"),
    ]


def test_given_names_that_are_places() -> None:
    text = "Michael Jordan visited Jordan, and Israel Katz spoke about Israel."
    assert rows(text) == [
        (23, 29, "Jordan", "Jordan", "country", "Jordan"),
        (59, 65, "Israel", "Israel", "country", "Israel"),
    ]


def test_ambiguous_name_is_left_without_a_country() -> None:
    assert rows("Troops were sent to Georgia.") == [(20, 27, "Georgia", "Georgia", "place", None)]


def test_city_in_a_us_state_by_abbreviation() -> None:
    text = "The plant in Greenville, N.C., will close."
    assert rows(text) == [(13, 29, "Greenville, N.C.", "Greenville", "place", "United States")]


def test_nothing_in_empty_text() -> None:
    assert extract_places("") == ()


# --- relations


def one(text: str, kind: str | None = None) -> PlaceMention:
    found = [m for m in extract_places(text) if kind is None or m.kind == kind]
    assert len(found) == 1, found
    return found[0]


NAIROBI = one("The signing was held in Nairobi.")
KIGALI = one("The signing ceremony was held in Kigali.")
KENYA = one("Talks were held in Kenya.")
WASHINGTON = one("He flew in to Washington on Monday.")
OVAL = one("They met in the Oval Office.")
WHITE_HOUSE = one("They met at the White House.")
KICC = one("It took place at the Kenyatta International Convention Centre.")
LAKEVIEW = one("It took place at the Lakeview Conference Centre in Nairobi.", "venue")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (NAIROBI, KIGALI, "disjoint"),
        (NAIROBI, KENYA, "inside"),
        (KENYA, NAIROBI, "contains"),
        (KIGALI, KENYA, "disjoint"),
        (NAIROBI, NAIROBI, "same"),
        (OVAL, WASHINGTON, "inside"),
        (OVAL, WHITE_HOUSE, "inside"),
        (WHITE_HOUSE, OVAL, "contains"),
        (WHITE_HOUSE, KENYA, "disjoint"),
        (KICC, NAIROBI, "inside"),
        (KICC, KENYA, "inside"),
        (LAKEVIEW, KENYA, "inside"),
        (LAKEVIEW, NAIROBI, "unknown"),
        (LAKEVIEW, KIGALI, "disjoint"),
        (LAKEVIEW, KICC, "unknown"),
    ],
)
def test_relation(a: PlaceMention, b: PlaceMention, expected: str) -> None:
    assert relation(a, b) == expected


def test_relation_of_names_the_gazetteer_spells_differently() -> None:
    assert relation(one("Sirens sounded in Kiev."), one("Sirens sounded in Kyiv.")) == "same"


def test_relation_of_cities_and_states() -> None:
    houston = one("The launch was delayed in Houston.")
    assert relation(houston, one("The launch was delayed in Texas.")) == "inside"
    assert relation(houston, one("The launch was delayed in California.")) == "disjoint"
    assert relation(one("The launch was delayed in Ohio."), one("The launch was delayed in Texas.")) == "disjoint"


def test_same_name_in_different_countries_is_disjoint() -> None:
    paris_texas = one("The rally was held in Paris, Texas.")
    assert paris_texas.country == "United States"
    assert relation(one("The rally was held in Paris."), paris_texas) == "disjoint"


def test_unknown_places_relate_only_through_their_countries() -> None:
    loma = one("Boats sank near Cape Loma.")
    averne = one("Boats sank near Port Averne.")
    tarvik_kenya = one("Aid arrived in Tarvik, Kenya.")
    assert relation(loma, averne) == "unknown"
    assert relation(loma, NAIROBI) == "unknown"
    assert relation(tarvik_kenya, KIGALI) == "disjoint"
    assert relation(tarvik_kenya, KENYA) == "inside"


def test_unsure_cases_are_unknown() -> None:
    georgia = one("Troops were sent to Georgia.")
    assert relation(georgia, one("Troops were sent to Tbilisi.")) == "unknown"
    russian = one("Russian troops advanced.")
    assert relation(russian, one("Troops advanced in Russia.")) == "unknown"
    assert relation(one("Troops advanced in Europe."), one("Troops advanced in Russia.")) == "unknown"


def test_institution_lies_in_the_country_it_stands_for() -> None:
    kremlin = one("The Kremlin declined to comment.")
    russia = one("Officials in Russia declined to comment.")
    assert relation(kremlin, russia) == "inside"
    assert relation(russia, kremlin) == "contains"
    assert relation(kremlin, one("Officials in Ukraine declined to comment.")) == "unknown"


def test_same_area() -> None:
    assert same_area(NAIROBI, KENYA)
    assert same_area(KENYA, NAIROBI)
    assert not same_area(NAIROBI, KIGALI)
    assert same_area(KICC, NAIROBI)
    assert not same_area(LAKEVIEW, NAIROBI)


def test_lookup() -> None:
    entry = lookup("Kiev")
    assert entry is not None and (entry.name, entry.kind, entry.country) == ("Kyiv", "city", "Ukraine")
    assert lookup("Atlantis") is None


def test_a_sea_or_gulf_lies_between_countries_and_never_clashes_with_a_coast() -> None:
    from factcheck import compare, document_from_text

    published = "Published: Tuesday 14 April 2026\n\n"
    docs = [document_from_text("a.txt", published + "Pirates attacked the tanker Orla in the Gulf of Aden on Monday.\n"),
            document_from_text("b.txt", published + "Pirates attacked the tanker Orla off Somalia on Monday.\n")]
    assert [f.kind for f in compare(docs)] == []
    later = document_from_text("c.txt", published + "Pirates attacked the tanker Orla in the Strait of Malacca on Monday.\n")
    assert [f.kind for f in compare([docs[0], later])] == ["place"]  # two waters far apart do clash


def test_a_name_after_the_town_of_is_a_place() -> None:
    (p,) = extract_places("The train derailed late yesterday near the town of Sorrend, officials said.")
    assert (p.text, p.kind) == ("Sorrend", "place")


def test_a_name_opened_by_a_place_word_is_a_place_after_any_cue_and_one_after_a_cue_is_no_speaker() -> None:
    text = ("Investigators boarded two ships at Port Adrenne on Tuesday, and the prosecutor's office in Adrenne "
            "said it had opened an inquiry into the sinking.")
    assert [(p.text, p.kind) for p in extract_places(text)] == [("Port Adrenne", "place"), ("Adrenne", "place")]
    assert [p.text for p in extract_places("Investigators boarded two ships at Kelso on Tuesday.")] == []


def test_an_embassy_says_whose_it_is_not_where_it_stands() -> None:
    found = {p.text: p for p in extract_places(
        "Investigators linked the U.S. Embassy bombing to the blast at the French Consulate in Kigali. "
        "Patients were moved to the Kenya National Hospital.")}
    assert found["U.S. Embassy"].kind == "venue" and found["U.S. Embassy"].country is None
    assert found["French Consulate"].country == "Rwanda"  # where it stands, from "in Kigali"
    assert found["Kenya National Hospital"].country == "Kenya"  # other venues keep the country of their name


def test_a_city_of_several_words_is_found_written_with_hyphens() -> None:
    found = [(p.text, p.name) for p in extract_places("A car bomb went off outside the embassy in Dar-es-Salaam.")]
    assert found == [("Dar-es-Salaam", "Dar es Salaam")]
    assert [p.name for p in extract_places("The talks moved to Port-au-Prince.")] == ["Port-au-Prince"]
