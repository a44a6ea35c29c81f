"""Fourth session, round 2, through ``quotes_of`` on sentences written for the project: stance fixes from VOA
analyst findings (charges nobody makes, values held, regretted support, one's own side's resolve, the words
of a charge) and headline colons whose one-word speaker the parser did not tag as a name."""

from __future__ import annotations

import pytest

from sitrep.model import Quote


def _label(quote: Quote) -> str | None:
    return quote.stance.label if quote.stance is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed was accused of illegal possession of firearms.",
        "The man, a green card holder, is accused of a crime and faces deportation.",
        "Paris was accused of failing to protect the activists.",
    ],
)
def test_a_charge_nobody_makes_has_no_speaker_and_no_stance(quotes, text: str) -> None:
    (quote,) = quotes(text)
    assert quote.speaker is None and quote.stance is None


def test_a_charge_with_its_agent_still_condemns(quotes) -> None:
    (quote,) = quotes("Russia was accused by Kyiv of shelling the plant.")
    assert _label(quote) == "condemns" and quote.speaker is not None and quote.speaker.text == "Kyiv"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('He said: "All our oral history systems have a commitment to the truth."', None),
        ("The minister reaffirmed Washington's commitment to Taiwan's security.", "supports"),
        ('"Our commitment to Ukraine is total," he said.', "supports"),
        ('"It was a mistake to support Muslim Brothers," he said.', None),
        ('"It would be wrong to back this plan," she said.', None),
        ("He said the party would support the plan.", "supports"),
    ],
)
def test_support_is_given_not_held_or_regretted(quotes, text: str, label: str | None) -> None:
    (quote,) = quotes(text)
    assert _label(quote) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("\u201cWe have a long way to go, and really need to ramp up the speed,\u201d says the analyst.", None),
        ('"Washington really needs to act," he said.', "appeals"),
        ('"The government must release the prisoners," he said.', "appeals"),
    ],
)
def test_what_ones_own_side_must_do_is_no_appeal(quotes, text: str, label: str | None) -> None:
    (quote,) = quotes(text)
    assert _label(quote) == label


def test_the_words_of_a_charge_are_not_the_accusers_characterisation(quotes) -> None:
    (quote,) = quotes('A court alleged the journalist had posted "provocative" and "false" messages about the site.')
    assert _label(quote) != "escalatory"


def test_a_headline_name_the_parser_mistagged_still_speaks_before_its_colon(quotes) -> None:
    (quote,) = quotes("Issa: Hillary Clinton\u2019s \u2018Honesty Is In Question.\u2019")
    assert quote.cue == ":" and quote.speaker is not None and quote.speaker.text == "Issa"


@pytest.mark.parametrize("text", ["Update: The talks resumed on Monday in Geneva.",
                                  "Watch: Protesters march through the capital."])
def test_a_heading_word_before_a_colon_is_no_speaker(quotes, text: str) -> None:
    assert quotes(text) == []
