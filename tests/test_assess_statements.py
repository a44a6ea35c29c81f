"""Which statements a pair's assessment puts forward (issue #6, VOA report: North Korea's envoy on "relations
between the two countries" — his own with Russia — was listed under CHN-USA). Statements written here."""

from __future__ import annotations

from sitrep.analysis.report import statement_words
from sitrep.analysis.statements import concerns_parties, is_forecast

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
    assert statement_words(mission)[0] == "Venezuela's foreign ministry"
    named = dict(mission, speaker="Yván Gil")
    assert statement_words(named)[0] == "Yván Gil"
    # the quote coder may give the pronoun phrase as the speaker's name too
    assert statement_words(dict(mission, speaker="its foreign ministry"))[0] == "Venezuela's foreign ministry"


def test_a_third_country_naming_itself_beside_one_party_speaks_of_its_own_relation() -> None:
    own = _said("IRN", "Washington openly seeks to wage economic war against Iran")
    assert not concerns_parties(own, CHN_USA)
    assert concerns_parties(own, frozenset({"IRN", "USA"}))
    # naming both of the pair, it speaks of them too
    assert concerns_parties(_said("IRN", "China and the United States both sanction Iran"), CHN_USA)


def test_a_speaker_of_no_known_country_is_filed_under_a_pair_only_when_the_words_name_both() -> None:
    # a former Malaysian premier whose country the quote record lacks, on China alone: not a CHN-USA statement
    assert not concerns_parties(_said(None, "China"), CHN_USA)
    assert not concerns_parties(_said(None, "the incursion was a grave mistake"), RUS_UKR)
    assert concerns_parties(_said(None, "China and the United States must both step back"), CHN_USA)
    # the speaker's own mention may say whose it is
    spokesman = dict(_said(None, "the tariffs are bullying"), speaker_text="a Chinese foreign ministry spokesman")
    assert concerns_parties(spokesman, CHN_USA)
    # inside one country, a speaker in its story who names no other country is read as its own
    assert concerns_parties(_said(None, "the extension of the mandate is illegal"), frozenset({"SOM"}))
    assert not concerns_parties(_said(None, "Kenya must withdraw"), frozenset({"SOM"}))


def test_a_negation_right_before_the_cue_counts_when_the_speaker_is_far() -> None:
    from sitrep.analysis.statements import statement_flaw

    def flaw(before_cue: str) -> str | None:
        return statement_flaw(None, "Najib Razak", "criticized", None, None, "China", True, False, before_cue)

    assert flaw("whose coalition lost elections in 2018 to his rival, seldom ") == "negated"
    assert flaw("who led the party for a decade, did not ") == "negated"
    assert flaw("who led the party for a decade, could ") == "hypothetical"
    assert flaw("who led the party for a decade, sharply ") is None
    assert flaw("who never hesitated in office, openly ") is None  # the negation is not next to the cue
    assert flaw("whose party lost, did not hesitate to ") is None  # a double negative asserts it


def test_a_document_that_says_nothing_of_whose_it_is_names_no_speaker() -> None:
    from sitrep.analysis.statements import statement_flaw

    assert statement_flaw("The statement", None, "threatened", None, None, "sanctions and visa restrictions",
                          True) == "no speaker"
    assert statement_flaw("The U.S. statement", None, "condemned", None, None, "the launch as a provocation",
                          True) is None


def test_words_against_interference_are_the_defended_country_s_own() -> None:
    # the quote record knows no country for "ruling party senators": the words say whose side they speak for
    senators = _said(None, "the parliamentary vote abroad as “interference” in Kenya’s internal affairs",
                     about="the parliamentary vote")
    assert concerns_parties(senators, frozenset({"KEN", "GBR"}))
    # they are about a foreign power's dealings with Kenya, not about Kenya's own conflict
    assert not concerns_parties(senators, frozenset({"KEN"}))
    # a third country's own affairs are not the pair's
    assert not concerns_parties(_said(None, "meddling in Brazil's domestic affairs"), frozenset({"KEN", "GBR"}))


def test_words_that_name_nobody_else_are_about_the_pair_their_article_reports_most() -> None:
    condemning = _said("USA", "the Council must be clear and united in condemning this reckless behavior")
    article = {frozenset({"USA", "IRN"}): 3, frozenset({"USA", "CHN"}): 1}
    assert not concerns_parties(condemning, CHN_USA, article)
    assert concerns_parties(condemning, frozenset({"USA", "IRN"}), article)
    # an article that reports the pair as often as any other keeps the statement, and so does one with no count
    assert concerns_parties(condemning, CHN_USA, {frozenset({"USA", "IRN"}): 1, frozenset({"USA", "CHN"}): 1})
    assert concerns_parties(condemning, CHN_USA)
    # words that name one of the pair are about it, whatever else the article reports
    assert concerns_parties(_said("USA", "China must stop this reckless behavior"), CHN_USA, article)


def test_a_commentator_s_forecast_is_no_threat() -> None:
    analyst = {"speaker": "Odhiambo", "speaker_text": "Odhiambo", "country": None, "stance": "threatens",
               "cue": "said", "content": "The likely response will include travel bans. Donors may also cut aid to "
                                          "the government."}
    assert is_forecast(analyst)
    # a threat in the first person, one introduced by a verb of threatening, or one by a known country's speaker stays
    assert not is_forecast(dict(analyst, content="We will cut aid to the government if it delays the vote."))
    assert not is_forecast(dict(analyst, cue="warned"))
    assert not is_forecast(dict(analyst, country="KEN"))
    assert not is_forecast(dict(analyst, stance="condemns"))


def test_a_foreign_speaker_on_a_country_s_own_conflict() -> None:
    kenya = frozenset({"KEN"})
    # naming a third country: about that country's dealings, not Kenya's own conflict
    assert not concerns_parties(_said("USA", "Tanzania was wrong to send the refugees back to Kenya"), kenya)
    # naming nothing, in a story that reports the speaker's country with another as often as Kenya's conflict
    threat = _said("ETH", "we will respond to any provocation")
    article = {frozenset({"KEN"}): 1, frozenset({"ETH", "SOM"}): 1}
    assert not concerns_parties(threat, kenya, article)
    assert concerns_parties(threat, kenya, {frozenset({"KEN"}): 2, frozenset({"ETH", "SOM"}): 1})
    # naming the country itself stays: a foreign government on what happens inside it
    assert concerns_parties(_said("USA", "Kenya's police must stop killing protesters"), kenya, article)
    # within a pair a tie keeps the statement (see above); a country's own speaker is read as before
    assert concerns_parties(_said("KEN", "we will respond to any provocation"), kenya, article)


def test_one_of_the_pair_naming_itself_beside_a_third_party_speaks_of_that_relation() -> None:
    can_usa = frozenset({"CAN", "USA"})
    eu_threat = _said("USA", "the European Union with 200% tariffs on wine produced in the 27-nation bloc after the EU "
                             "taxed American whiskey")
    assert not concerns_parties(eu_threat, can_usa)
    assert not concerns_parties(_said("USA", "American farmers will not pay for Mexico's wall"), can_usa)
    # naming the other of the pair keeps it, and so does naming nobody but itself
    assert concerns_parties(_said("USA", "American tariffs on Canada and the EU will stay"), can_usa)
    assert concerns_parties(_said("USA", "American tariffs will stay"), can_usa)
