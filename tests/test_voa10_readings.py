"""What a reader of the VOA report found wrong (tenth session): sides in a confrontation, a district placed in
the wrong oblast, a market's rally and a cannon on show read as events. Sentences written for the project."""

from __future__ import annotations

import pytest

from sitrep.model import Article


def _events(coder, text: str):
    return coder.code(Article(id="t", text=text)).events


def _codes(actors) -> list[str | None]:
    return [actor.code for actor in actors]


def test_those_hurt_in_a_confrontation_were_hurt_by_the_other_side(coder) -> None:
    text = "Dozens of Palestinians were injured in confrontations with Israeli police at the compound."
    events = _events(coder, text)
    assert [(e.plover_type, _codes(e.source), _codes(e.target)) for e in events] == [
        ("ASSAULT", ["ISRCOP"], ["PSECVL"])
    ]


def test_a_clash_coded_as_its_own_event_keeps_its_sides(coder) -> None:
    """"clashes" is an event noun of its own: its "with" phrase is its target, and no side is invented."""
    events = _events(coder, "Three protesters were killed in clashes with security forces in Khartoum on Sunday.")
    assert events and all(not (_codes(e.source) and _codes(e.source) == _codes(e.target)) for e in events)


def test_the_offence_charges_relate_to_is_no_event(coder) -> None:
    text = "The court ruled on whether to uphold his acquittal on charges related to post-election violence in 2010."
    assert not [e for e in _events(coder, text) if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The stock market staged a rally on Tuesday after the central bank cut rates.",
        "Oil prices staged a strong rally on Monday.",
        "Shares rallied in Tokyo after the announcement.",
        "There was a rally in oil prices on Friday.",
        "The mayor used the old cannon as a backdrop for his speech on Saturday.",
        "Organisers used a captured tank as a symbol of the victory.",
    ],
)
def test_markets_rallying_and_weapons_on_show_are_no_events(coder, text: str) -> None:
    assert _events(coder, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thousands of supporters staged a rally in the capital on Sunday.", "PROTEST"),
        ("Oil workers rallied outside the ministry on Monday.", "PROTEST"),
        ("Police used water cannons on the crowd outside the parliament.", "ASSAULT"),
    ],
)
def test_rallies_of_people_and_force_in_use_stay_events(coder, text: str, kind: str) -> None:
    assert [e.plover_type for e in _events(coder, text)] == [kind]


def test_a_district_is_placed_in_the_city_the_text_names(stage) -> None:
    from sitrep.model import CodedDocument
    from sitrep.nlp import get_nlp

    text = "Russian missiles struck the Kyivskyi district of Kharkiv overnight, the regional governor said."
    coded = CodedDocument(Article(id="t", text=text))
    stage(get_nlp()(text), coded)
    district = next(place for place in coded.places if place.text.startswith("Kyivskyi"))
    assert district.admin1 == "Kharkiv Oblast"  # the index knows Kyivskyi districts only in Donetsk and Poltava


def test_a_district_known_in_its_city_keeps_its_own_point(stage) -> None:
    from sitrep.model import CodedDocument
    from sitrep.nlp import get_nlp

    text = "A drone hit a tower block in the Shevchenkivskyi district of Kyiv on Monday."
    coded = CodedDocument(Article(id="t", text=text))
    stage(get_nlp()(text), coded)
    district = next(place for place in coded.places if place.text.startswith("Shevchenkivskyi"))
    assert (district.name, district.admin1) == ("Shevchenkivskyi", "Kyiv City")
