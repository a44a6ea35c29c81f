"""Words of a longer proper name that the gazetteer knows as towns elsewhere are no places: "Cano" (an alternate
name of Kano, Nigeria) and "Limon" (Costa Rica) in "the Cano Limon-Covenas pipeline" of a story set in Colombia.
Sentences written for these tests (none is from an evaluation set)."""

from __future__ import annotations

from sitrep.model import Article


def _places(nlp, text: str) -> list[tuple[str, str | None]]:
    from sitrep.pipeline import Coder

    document = Coder(stages=["places"], nlp=nlp).code(Article(id="p", text=text))
    assert document.error is None
    return [(place.text, place.country) for place in document.places]


def test_towns_inside_an_unknown_name_are_no_places(nlp) -> None:
    text = "Guerrillas bombed the Cano Limon-Covenas oil line near Saravena in Arauca province on Friday."
    places = _places(nlp, text)
    assert not any(country in {"NGA", "CRI"} for _, country in places), places
    assert ("Saravena", "COL") in places


def test_a_place_after_a_direction_word_is_still_a_place(nlp) -> None:
    places = _places(nlp, "Gunmen attacked a market in Northern Kano on Sunday, police said.")
    assert any(country == "NGA" for _, country in places), places


def test_a_town_with_a_locative_cue_is_still_found(nlp) -> None:
    places = _places(nlp, "Rebels shelled the town of Saravena in Colombia, the army said.")
    assert ("Saravena", "COL") in places, places


def test_a_country_before_an_office_or_inside_a_company_name_is_still_found(nlp) -> None:
    assert ("Ghana", "GHA") in _places(nlp, "Following talks with Ghana Prime Minister Kofi Mensah, the leaders spoke.")
    places = _places(nlp, "The two tankers are run by the state-run Islamic Republic of Iran Shipping Lines.")
    assert any(country == "IRN" for _, country in places), places
