"""Which statements a pair's assessment puts forward (issue #6, VOA report: North Korea's envoy on "relations
between the two countries" — his own with Russia — was listed under CHN-USA). Statements written here."""

from __future__ import annotations

from sitrep.analysis.report import statement_words
from sitrep.analysis.statements import concerns_parties

CHN_USA = frozenset({"CHN", "USA"})
RUS_UKR = frozenset({"RUS", "UKR"})


def _said(country: str | None, content: str, about: str | None = None) -> dict:
    return {"country": country, "content": content, "about": about}


def test_a_third_country_on_the_two_countries_speaks_of_its_own_ties() -> None:
    envoy = _said("IRN", "ties between the two countries are peaceful and purely defensive", "ties")
    assert not concerns_parties(envoy, CHN_USA)
    assert not concerns_parties(_said("BLR", "our bilateral cooperation threatens no one"), RUS_UKR)
    # a party on "the two countries" speaks of the pair; naming a party keeps any speaker's statement
    assert concerns_parties(_said("USA", "relations between the two countries have never been worse"), CHN_USA)
    assert concerns_parties(_said("IRN", "both countries should stop provoking China"), CHN_USA)


def test_a_third_country_on_the_incident_still_counts() -> None:
    assert concerns_parties(_said("USA", "the incursion was not escalatory"), RUS_UKR)
    assert not concerns_parties(_said("BRA", "the election in Venezuela was a fraud"), RUS_UKR)


def test_an_unnamed_speaker_known_only_by_a_pronoun_is_shown_with_its_country() -> None:
    mission = {"speaker": None, "speaker_text": "its foreign ministry", "country": "VEN", "content": "a provocation",
               "type": "indirect", "cue": "called"}
    assert statement_words(mission)[0] == "VEN, its foreign ministry"
    named = dict(mission, speaker="Yván Gil")
    assert statement_words(named)[0] == "Yván Gil"


def test_a_third_country_naming_itself_beside_one_party_speaks_of_its_own_relation() -> None:
    own = _said("IRN", "Washington openly seeks to wage economic war against Iran")
    assert not concerns_parties(own, CHN_USA)
    assert concerns_parties(own, frozenset({"IRN", "USA"}))
    # naming both of the pair, it speaks of them too
    assert concerns_parties(_said("IRN", "China and the United States both sanction Iran"), CHN_USA)
