"""Whose legislature a bare "Senate" or "Congress" is (sitrep.actors.legislatures): the US one by default,
the one of the country a story is about when that country is named more than the United States.
Sentences written for the project."""

from __future__ import annotations

import pytest

from sitrep.actors import ActorResolver, legislatures


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


def _codes(resolver: ActorResolver, nlp, text: str) -> dict[str, str | None]:
    return {ref.text: ref.code for ref in resolver.find_mentions(nlp(text))}


def test_a_senate_head_in_a_story_about_cambodia_is_cambodian(resolver, nlp) -> None:
    doc = nlp(
        "Cambodian police freed the reporter on Monday. A Cambodian court had charged him. He was released "
        "after apologizing to Senate head Hun Sen. The U.S. embassy welcomed the release."
    )
    start = doc.text.index("Senate head")
    phrase = doc.char_span(start, start + len("Senate head Hun Sen"), alignment_mode="expand")
    (ref,) = resolver.resolve_span(phrase)
    assert (ref.name, ref.code) == ("Hun Sen", "KHMLEG")


def test_the_senate_of_a_us_story_stays_american(resolver, nlp) -> None:
    codes = _codes(resolver, nlp, "The Senate passed the bill. American lawmakers said Ukraine needs more aid.")
    assert codes["The Senate"] == "USALEG"


def test_a_senate_marked_as_american_stays_american(resolver, nlp) -> None:
    codes = _codes(resolver, nlp, "Filipino officials met Filipino farmers in Manila. The U.S. Senate voted.")
    assert codes["The U.S. Senate"] == "USALEG"


def test_a_country_named_once_does_not_take_the_senate(resolver, nlp) -> None:
    codes = _codes(resolver, nlp, "The Senate passed the bill, Russian media said.")
    assert codes["The Senate"] == "USALEG"


def test_shared_names_and_the_main_country(nlp) -> None:
    assert legislatures.is_shared_name("Senate head")
    assert not legislatures.is_shared_name("U.S. Senate")
    assert not legislatures.is_shared_name("Parliament")
    assert legislatures.main_country(nlp("Pakistan's Senate met. Pakistani senators said Pakistan won.")) == "PAK"
    assert legislatures.main_country(nlp("Pakistan and the U.S. and the United States met.")) is None
