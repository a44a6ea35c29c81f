"""Mention -> actor resolution through the public API of sitrep.actors."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.actors import ActorDictionary, ActorResolver

DAY = date(2024, 8, 6)


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


def _resolve(resolver: ActorResolver, nlp, text: str, when: date | None = DAY):
    doc = nlp(text)
    return resolver.resolve_span(doc[:], when)


def _codes(refs) -> list[str | None]:
    return [ref.code for ref in refs]


@pytest.mark.parametrize(
    ("phrase", "code", "country", "sector"),
    [
        ("Russia's Ministry of Defense", "RUSMIL", "RUS", "MIL"),
        ("the Russian Defence Ministry", "RUSMIL", "RUS", "MIL"),
        ("the Kremlin", "RUSGOV", "RUS", "GOV"),
        ("Kyiv", "UKRGOV", "UKR", "GOV"),
        ("Kiev", "UKRGOV", "UKR", "GOV"),
        ("the White House", "USAGOV", "USA", "GOV"),
        ("the Pentagon", "USAMIL", "USA", "MIL"),
        ("Downing Street", "GBRGOV", "GBR", "GOV"),
        ("Beijing", "CHNGOV", "CHN", "GOV"),
        ("the Knesset", "ISRLEG", "ISR", "LEG"),
        ("the IDF", "ISRMIL", "ISR", "MIL"),
        ("the Elysee", "FRAGOV", "FRA", "GOV"),
        ("Ukrainian troops", "UKRMIL", "UKR", "MIL"),
        ("Ukrainians", "UKRCVL", "UKR", "CVL"),
        ("the Russians", "RUS", "RUS", None),
        ("Darfur rebels", "SDNREB", "SDN", "REB"),
        ("rebels in Darfur", "SDNREB", "SDN", "REB"),
        ("Donetsk separatists", "UKRREB", "UKR", "REB"),
        ("Israeli police", "ISRCOP", "ISR", "COP"),
        ("U.S. officials", "USAGOV", "USA", "GOV"),
        ("Polish lawmakers", "POLLEG", "POL", "LEG"),
        ("Palestinian civilians", "PSECVL", "PSE", "CVL"),
        ("Sudanese refugees", "SDNREF", "SDN", "REF"),
        ("the president of Russia", "RUSGOV", "RUS", "GOV"),
        ("Hamas", "PSEREB", "PSE", "REB"),
        ("the Houthis", "YEMREB", "YEM", "REB"),
        ("the Rapid Support Forces", "SDNREB", "SDN", "REB"),
        ("the Sudanese Armed Forces", "SDNMIL", "SDN", "MIL"),
        ("al-Shabaab militants", "SOMREB", "SOM", "REB"),
        ("M23 rebels", "CODREB", "COD", "REB"),
        ("the Tatmadaw", "MMRMIL", "MMR", "MIL"),
        ("the Freedom of Russia Legion", "RUSREB", "RUS", "REB"),
        ("the Azov brigade", "UKRMIL", "UKR", "MIL"),
        ("Iran-backed Houthi rebels", "YEMREB", "YEM", "REB"),
    ],
)
def test_phrases_resolve_to_country_and_sector(resolver, nlp, phrase, code, country, sector):
    refs = _resolve(resolver, nlp, phrase)
    assert len(refs) == 1, refs
    assert (refs[0].code, refs[0].country, refs[0].sector) == (code, country, sector)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("NATO", "IGONATO"),
        ("the United Nations", "IGOUNO"),
        ("the EU", "IGOEU"),
        ("the OSCE", "IGOOSCE"),
        ("ECOWAS", "IGOWAF"),
        ("the African Union", "IGOAU"),
        ("the IAEA", "IGOIAEA"),
        ("the ICRC", "NGOICRC"),
    ],
)
def test_international_organisations_have_no_country(resolver, nlp, phrase, code):
    refs = _resolve(resolver, nlp, phrase)
    assert [(ref.code, ref.country) for ref in refs] == [(code, None)]


def test_known_person_with_title(resolver, nlp):
    [ref] = _resolve(resolver, nlp, "Ukrainian President Volodymyr Zelensky")
    assert (ref.name, ref.code, ref.country, ref.sector) == ("Volodymyr Zelensky", "UKRGOV", "UKR", "GOV")
    assert ref.office and "President" in ref.office
    assert ref.start == 0 and ref.end == len("Ukrainian President Volodymyr Zelensky")


@pytest.mark.parametrize("spelling", ["Zelensky", "Zelenskyy", "President Zelenskiy"])
def test_person_aliases(resolver, nlp, spelling):
    [ref] = _resolve(resolver, nlp, spelling)
    assert ref.name == "Volodymyr Zelensky"


def test_anti_x_is_not_x(resolver, nlp):
    [ref] = _resolve(resolver, nlp, "Kyiv-allied anti-Kremlin Russian fighters")
    assert ref.country == "RUS"
    assert ref.sector == "REB"
    assert ref.code == "RUSREB"


def test_anti_government_protesters_are_opposition(resolver, nlp):
    [ref] = _resolve(resolver, nlp, "anti-government protesters")
    assert ref.sector == "OPP"


def test_coordinated_adjectives_share_the_head(resolver, nlp):
    refs = _resolve(resolver, nlp, "Hungarian and Romanian officials")
    assert _codes(refs) == ["HUNGOV", "ROUGOV"]


def test_coordinated_noun_phrases(resolver, nlp):
    refs = _resolve(resolver, nlp, "the Russian army and Wagner mercenaries")
    assert _codes(refs) == ["RUSMIL", "RUSUAF"]
    assert refs[1].name == "Wagner Group"
    assert refs[0].text == "the Russian army" and refs[1].text == "Wagner mercenaries"


def test_lists_with_commas(resolver, nlp):
    refs = _resolve(resolver, nlp, "Russia, China and Iran")
    assert [ref.country for ref in refs] == ["RUS", "CHN", "IRN"]


def test_coordinated_owners_share_the_title(resolver, nlp):
    refs = _resolve(resolver, nlp, "the presidents of Russia and Ukraine")
    assert _codes(refs) == ["RUSGOV", "UKRGOV"]


def test_country_names_with_and_are_not_split(resolver, nlp):
    refs = _resolve(resolver, nlp, "Bosnia and Herzegovina")
    assert [ref.country for ref in refs] == ["BIH"]


def test_apposition_gives_one_named_actor(resolver, nlp):
    refs = _resolve(resolver, nlp, "Sabrina Singh, the Pentagon's deputy press secretary")
    assert len(refs) == 1
    assert refs[0].name == "Sabrina Singh"
    assert refs[0].country == "USA" and refs[0].sector in ("MIL", "GOV")


def test_unknown_person_keeps_name_and_guesses_from_title(resolver, nlp):
    [ref] = _resolve(resolver, nlp, "Estonian Foreign Minister Kadri Tammsaar")
    assert ref.name == "Kadri Tammsaar"
    assert (ref.country, ref.sector) == ("EST", "GOV")


def test_unknown_person_without_clues_has_no_country(resolver, nlp):
    refs = resolver.resolve_span(nlp("Maria Tammsaar said it.")[0:2], DAY)
    assert [(ref.name, ref.country) for ref in refs] == [("Maria Tammsaar", None)]


def test_former_office_holder_is_elite(resolver, nlp):
    [ref] = _resolve(resolver, nlp, "ousted President Jan Kowalczyk")
    assert ref.sector == "ELI" and ref.name == "Jan Kowalczyk"


def test_title_picks_the_role_when_no_date(resolver, nlp):
    [ref] = _resolve(resolver, nlp, "Palestinian Prime Minister Ismail Haniyeh", None)
    assert (ref.code, ref.office) == ("PSEGOV", "Prime Minister of the Palestinian Authority")
    [later] = _resolve(resolver, nlp, "Ismail Haniyeh", date(2020, 1, 1))
    assert later.code == "PSEREB"


def test_destination_is_not_the_actors_country(resolver, nlp):
    [ref] = _resolve(resolver, nlp, "the Ukrainian ambassador to the United States")
    assert ref.country == "UKR"


def test_intergovernmental_organisation_with_sector(resolver, nlp):
    [ref] = _resolve(resolver, nlp, "NATO troops")
    assert (ref.code, ref.country, ref.sector) == ("IGONATOMIL", None, "MIL")


def test_words_that_are_not_actors(resolver, nlp):
    assert _resolve(resolver, nlp, "the weather") == []
    assert _resolve(resolver, nlp, "a turkey sandwich") == []


@pytest.mark.parametrize(
    ("when", "sector", "office_word"),
    [(date(2020, 3, 1), "MIL", "Defence"), (date(2024, 6, 1), "GOV", "Security Council")],
)
def test_roles_change_with_the_date(resolver, nlp, when, sector, office_word):
    [ref] = _resolve(resolver, nlp, "Sergei Shoigu", when)
    assert ref.sector == sector
    assert office_word in ref.office


def test_rubio_senator_then_secretary_of_state(resolver, nlp):
    [before] = _resolve(resolver, nlp, "Marco Rubio", date(2023, 5, 1))
    [after] = _resolve(resolver, nlp, "Rubio", date(2025, 3, 1))
    assert before.sector == "LEG"
    assert after.sector == "GOV" and after.office == "Secretary of State"


def test_trump_between_terms_is_not_the_government(resolver, nlp):
    [in_office] = _resolve(resolver, nlp, "Donald Trump", date(2019, 1, 1))
    [between] = _resolve(resolver, nlp, "Trump", date(2023, 1, 1))
    [again] = _resolve(resolver, nlp, "Trump", date(2025, 6, 1))
    assert in_office.code == "USAGOV" and again.code == "USAGOV"
    assert between.sector != "GOV"


def test_blinken_after_leaving_office_has_no_current_role(resolver, nlp):
    [during] = _resolve(resolver, nlp, "Antony Blinken", date(2022, 2, 1))
    [after] = _resolve(resolver, nlp, "Antony Blinken", date(2025, 6, 1))
    assert during.code == "USAGOV"
    assert after.name == "Antony Blinken" and after.code is None


def test_resolve_text_convenience(resolver):
    refs = resolver.resolve_text("Israeli troops", DAY)
    assert _codes(refs) == ["ISRMIL"]


def test_find_mentions_covers_the_document(resolver, nlp):
    text = (
        "Ukrainian troops crossed into Russia's Kursk region; the Pentagon says it is not escalatory. "
        "Putin called it a major provocation, and John Smithfield, a Polish diplomat, agreed."
    )
    doc = nlp(text)
    mentions = resolver.find_mentions(doc, DAY)
    by_text = {ref.text: ref for ref in mentions}
    assert by_text["Ukrainian troops"].code == "UKRMIL"
    assert by_text["the Pentagon"].code == "USAMIL"
    assert by_text["Putin"].name == "Vladimir Putin"
    smithfield = next(ref for ref in mentions if ref.name == "John Smithfield")
    assert smithfield.country == "POL"
    for ref in mentions:
        assert text[ref.start : ref.end] == ref.text


PASSAGE = (
    "Sabrina Singh, the Pentagon's deputy press secretary, said the incursion was not escalatory. "
    "She added that the Russian Defence Ministry had misled the public. "
    "The ministry said it had repelled the attack. "
    "Zelensky said he would not stop. The president spoke after Hamas fighters attacked; "
    "the group said they would continue."
)


@pytest.fixture(scope="module")
def tracked(resolver, nlp):
    doc = nlp(PASSAGE)
    return doc, resolver.track(doc, DAY)


def _token(doc, word: str, nth: int = 0):
    return [token for token in doc if token.text == word][nth]


def test_pronouns_refer_back(tracked):
    doc, tracker = tracked
    she = tracker.resolve(_token(doc, "She"))
    assert she is not None and she.name == "Sabrina Singh" and she.text == "She"
    he = tracker.resolve(_token(doc, "he"))
    assert he is not None and he.name == "Volodymyr Zelensky"
    it = tracker.resolve(_token(doc, "it"))
    assert it is not None and it.code == "RUSMIL"
    they = tracker.resolve(_token(doc, "they"))
    assert they is not None and they.name == "Hamas"


def test_definite_descriptions_refer_back(tracked):
    doc, tracker = tracked
    ministry = tracker.resolve(_token(doc, "ministry"))
    assert ministry is not None and ministry.code == "RUSMIL" and ministry.text == "The ministry"
    president = tracker.resolve(_token(doc, "president"))
    assert president is not None and president.name == "Volodymyr Zelensky"
    group = tracker.resolve(_token(doc, "group"))
    assert group is not None and group.name == "Hamas"


def test_pronoun_without_antecedent(resolver, nlp):
    doc = nlp("She said nothing.")
    assert resolver.track(doc, DAY).resolve(doc[0]) is None


def test_gender_is_respected(resolver, nlp):
    doc = nlp("Maria Zakharova met Sergei Lavrov. She said the talks went well.")
    she = resolver.track(doc, DAY).resolve(_token(doc, "She"))
    assert she is not None and she.name == "Maria Zakharova"


def test_default_dictionary_is_cached():
    assert ActorDictionary.default() is ActorDictionary.default()


def test_people_in_international_posts_carry_the_organisation_code(resolver, nlp):
    [ref] = _resolve(resolver, nlp, "EU foreign policy chief Kaja Kallas", date(2025, 3, 1))
    assert (ref.code, ref.country) == ("IGOEU", None)
    [earlier] = _resolve(resolver, nlp, "Kaja Kallas", date(2023, 3, 1))
    assert earlier.code == "ESTGOV"


def test_patron_is_neither_the_actor_nor_its_name(resolver, nlp):
    [ref] = _resolve(resolver, nlp, "the Hamas-run health ministry")
    assert (ref.code, ref.name) == ("PSEGOV", None)


def test_organisation_roles_change_with_the_date(resolver, nlp):
    [insurgents] = _resolve(resolver, nlp, "the Taliban", date(2015, 1, 1))
    [rulers] = _resolve(resolver, nlp, "the Taliban", date(2023, 1, 1))
    assert insurgents.code == "AFGREB" and rulers.code == "AFGGOV"


def test_unknown_organisation_keeps_its_name(resolver, nlp):
    refs = resolver.resolve_text("The Moro Islamic Liberation Front said", DAY)
    assert [(ref.name, ref.sector) for ref in refs] == [("Moro Islamic Liberation Front", "REB")]


def test_tracker_returns_named_phrases_as_they_are(tracked):
    doc, tracker = tracked
    ref = tracker.resolve(_token(doc, "Singh"))
    assert ref is not None and ref.name == "Sabrina Singh"


def test_it_refers_to_a_country(resolver, nlp):
    doc = nlp("Russia said it would respond.")
    ref = resolver.track(doc, DAY).resolve(_token(doc, "it"))
    assert ref is not None and ref.code == "RUS"


def test_surname_of_someone_else_is_not_the_known_person(resolver, nlp):
    doc = nlp("Jill Biden visited a school.")
    refs = resolver.find_mentions(doc, DAY)
    assert all(ref.name != "Joe Biden" for ref in refs)


def test_generic_nouns_and_places(resolver, nlp):
    doc = nlp("NATO leaders met in Brussels. The alliance said Russian troops in Ukraine were advancing.")
    tracker = resolver.track(doc, "2024-05-01")
    assert all(ref.text != "Brussels" and ref.text != "Ukraine" for ref in tracker.mentions)
    alliance = tracker.resolve(doc[_token(doc, "alliance").i - 1 : _token(doc, "alliance").i + 1])
    assert alliance is not None and alliance.code == "IGONATO"


def test_unknown_person_gender_and_honorific(resolver, nlp):
    doc = nlp("Ms Kadri Tammsaar, an Estonian envoy, met Jaan Kask. She said the talks failed.")
    tracker = resolver.track(doc, DAY)
    she = tracker.resolve(_token(doc, "She"))
    assert she is not None and she.name == "Kadri Tammsaar" and she.country == "EST"


def test_bad_date_is_a_clear_error(resolver, nlp):
    with pytest.raises(ValueError, match="not a date"):
        resolver.resolve_span(nlp("Russian troops")[:], "last week")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan Peterson said it.", [("Jordan Peterson", None)]),
        ("Let us go.", []),
        ("The Washington Post reported it.", [("The Washington Post", "USAJRN")]),
        ("Shoigu met Lukashenka.", [("Sergei Shoigu", "RUSGOV"), ("Alexander Lukashenko", "BLRGOV")]),
    ],
)
def test_mentions_in_short_texts(resolver, nlp, text, expected):
    refs = resolver.find_mentions(nlp(text), DAY)
    assert [(ref.name, ref.code) for ref in refs] == expected


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Washington", "USAGOV"),
        ("Tehran", "IRNGOV"),
        ("Hezbollah", "LBNREB"),
        ("JNIM", "MLIREB"),
        ("the Islamic State", "IMGREB"),
        ("ISWAP", "NGAREB"),
        ("ISKP", "AFGREB"),
        ("the Arakan Army", "MMRREB"),
        ("the TNLA", "MMRREB"),
        ("the MNDAA", "MMRREB"),
        ("the PKK", "TURREB"),
        ("the SDF", "SYRREB"),
        ("the Russian Volunteer Corps", "RUSREB"),
        ("Africa Corps", "RUSMIL"),
        ("the Wagner Group", "RUSUAF"),
        ("Ansar Allah", "YEMREB"),
    ],
)
def test_named_groups_and_metonyms(resolver, nlp, phrase, code):
    assert _codes(_resolve(resolver, nlp, phrase)) == [code]


@pytest.mark.parametrize(
    ("noun", "sector"),
    [
        ("border guards", "MIL"),
        ("navy", "MIL"),
        ("air force", "MIL"),
        ("soldiers", "MIL"),
        ("police", "COP"),
        ("defence ministry", "MIL"),
        ("foreign ministry", "GOV"),
        ("prime minister", "GOV"),
        ("spokesperson", "GOV"),
        ("parliament", "LEG"),
        ("lawmakers", "LEG"),
        ("court", "JUD"),
        ("prosecutors", "JUD"),
        ("rebels", "REB"),
        ("insurgents", "REB"),
        ("militants", "REB"),
        ("separatists", "REB"),
        ("civilians", "CVL"),
        ("villagers", "CVL"),
        ("protesters", "CVL"),
        ("refugees", "REF"),
        ("journalists", "JRN"),
        ("intelligence agency", "SPY"),
        ("opposition", "OPP"),
    ],
)
def test_sector_nouns(resolver, nlp, noun, sector):
    [ref] = _resolve(resolver, nlp, f"the Polish {noun}")
    assert (ref.country, ref.sector) == ("POL", sector)


def test_spokesperson_and_army_descriptions(resolver, nlp):
    doc = nlp(
        "Maria Zakharova, the Russian Foreign Ministry spokeswoman, spoke on Monday. "
        "The Ukrainian army said it had advanced. The spokeswoman called that a lie. The army denied it."
    )
    tracker = resolver.track(doc, DAY)
    spokeswoman = tracker.resolve(doc[_token(doc, "spokeswoman", 1).i - 1 : _token(doc, "spokeswoman", 1).i + 1])
    assert spokeswoman is not None and spokeswoman.name == "Maria Zakharova"
    army = tracker.resolve(doc[_token(doc, "army", 1).i - 1 : _token(doc, "army", 1).i + 1])
    assert army is not None and army.code == "UKRMIL"


@pytest.mark.parametrize(
    ("phrase", "name", "code"),
    [
        ("the Biden administration", None, "USAGOV"),
        ("Putin's troops", None, "RUSMIL"),
        ("Zelensky's chief of staff", None, "UKRGOV"),
        ("Maria Zakharova, the Russian Foreign Ministry spokeswoman", "Maria Zakharova", "RUSGOV"),
    ],
)
def test_person_as_modifier_names_their_side(resolver, nlp, phrase, name, code):
    [ref] = _resolve(resolver, nlp, phrase)
    assert (ref.name, ref.code) == (name, code)


@pytest.mark.parametrize(
    ("phrase", "when", "code"),
    [
        ("Astana", DAY, "KAZGOV"),
        ("Abidjan", DAY, "CIVGOV"),
        ("President Lee Jae-myung", date(2025, 7, 1), "KORGOV"),
        ("Prime Minister Sanae Takaichi", date(2025, 11, 1), "JPNGOV"),
        ("Anwar Ibrahim", DAY, "MYSGOV"),
    ],
)
def test_seats_of_government_and_current_leaders(resolver, nlp, phrase, when, code):
    assert _codes(_resolve(resolver, nlp, phrase, when)) == [code]


def test_a_surname_inside_another_persons_name_is_not_that_person(resolver, nlp):
    # Charles Michel (European Council) must not be read into "President Michel Suleiman" of Lebanon
    refs = _resolve(resolver, nlp, "President Michel Suleiman", date(2008, 8, 6))
    assert all(ref.code != "IGOEU" and ref.name != "Charles Michel" for ref in refs)
    [michel] = _resolve(resolver, nlp, "European Council President Charles Michel", date(2022, 1, 1))
    assert michel.code == "IGOEU"
