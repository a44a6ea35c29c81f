"""Fourth-session round-2 event rules: economic charges, offences named by a charge, non-political doers
(animals, nature, a vehicle's crash), narratives dated relative to an old year, projectiles that fall on a
place, armed men entering a named place, yielding power, holding another responsible, a victim's country,
and ACLED trigger words. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from event_samples import events_of

from sitrep.model import Article, Event


def _factual(events: list[Event]) -> list[Event]:
    return [event for event in events if event.modality.factual]


def _codes(coder, text: str) -> set[str | None]:
    return {event.cameo_code for event in _factual(events_of(coder, text))}


def test_an_economic_charge_is_economic_pressure_not_an_arrest(coder) -> None:
    codes = _codes(coder, "The province said it is charging 25% more for electricity it sends to three U.S. states.")
    assert "163" in codes and "173" not in codes
    assert "173" in _codes(coder, "Prosecutors charged the former minister with fraud.")


def test_the_offences_a_charge_names_are_no_acts_of_force(coder) -> None:
    codes = _codes(coder, "The men have been charged with murder, attempted murder, assault and weapons trafficking.")
    assert "173" in codes and not any((code or "")[:2] in {"18", "19"} for code in codes)
    convicted = _codes(coder, "A court convicted the commander of kidnapping and torture.")
    assert not any((code or "")[:3] in {"181", "182"} for code in convicted)


def test_animals_and_nature_are_no_doers(coder) -> None:
    assert "190" not in _codes(coder, "Wild elephants often raid farms, and they kill people.")
    assert "190" not in _codes(coder, "Hunted animals tend to change their behaviour and they kill people.")
    assert "1712" not in _codes(coder, "Their houses were destroyed or submerged by floods.")
    assert "190" not in _codes(coder, "Crocodiles killed two fishermen on the lake.")
    # a people's act in the same shape is still an event
    assert _codes(coder, "Gunmen killed two fishermen on the lake.") & {"190", "193"}


def test_what_is_only_likely_is_not_asserted(coder) -> None:
    assert "116" not in _codes(coder, "Judges are likely to find the publisher guilty, his lawyers said.")


def test_deaths_from_a_crash_are_an_accident_but_a_drone_crashing_into_a_building_is_a_strike(coder) -> None:
    crash = _codes(coder, "A military helicopter crashed in the mountains, killing all 12 people on board.")
    assert not any((code or "")[:2] in {"18", "19", "20"} for code in crash)
    drone = _codes(coder, "A Russian drone crashed into an apartment block in Kyiv, killing two people.")
    assert any((code or "").startswith("19") for code in drone)


def test_some_months_later_than_an_old_year_is_history(coder) -> None:
    text = (
        "In 1950, the secretary of state said Korea was outside the defence perimeter. "
        "Several months later, North Korea invaded."
    )
    document = coder.code(Article(id="t", text=text, published=datetime(2025, 3, 15)))
    [invasion] = [event for event in document.events if event.trigger == "invaded"]
    assert invasion.modality.historical
    recent = "Russia invaded Ukraine in 2022. Three years later, Ukrainian drones struck Moscow."
    document = coder.code(Article(id="t", text=recent, published=datetime(2025, 3, 15)))
    [strike] = [event for event in document.events if event.trigger == "struck"]
    assert not strike.modality.historical


def test_projectiles_falling_on_a_place_are_a_strike(coder) -> None:
    codes = _codes(coder, "Two S-300 missiles fell on a car market on the edge of the city, witnesses said.")
    assert "194" in codes or "195" in codes
    assert not _codes(coder, "Oil prices fell on Monday.") & {"190", "194", "195"}
    assert "194" in _codes(coder, "A rocket landed near the embassy late on Tuesday.")


def test_armed_men_entering_a_named_city_take_it_but_a_visitor_does_not(coder) -> None:
    events = _factual(events_of(coder, "Rebel fighters entered Goma on Sunday."))
    [taken] = [event for event in events if event.cameo_code == "192"]
    assert taken.acled_sub_event_type == "Non-state actor overtakes territory"
    assert "192" not in _codes(coder, "The president entered Kyiv by train for talks.")


def test_ready_to_hand_over_power_is_an_intent_to_yield_office(coder) -> None:
    codes = _codes(coder, "The prime minister says he is ready to hand over power.")
    assert "0341" in codes and "0353" not in codes
    assert "0841" in _codes(coder, "The rebels handed over the prisoners to the Red Cross.")


def test_holding_another_responsible_is_an_accusation(coder) -> None:
    events = _factual(events_of(coder, "Iran held the United States responsible for the killing of its general."))
    [accusation] = [event for event in events if (event.cameo_code or "").startswith("112")]
    assert accusation.source[0].country == "IRN" and accusation.target[0].country == "USA"
    assert not any((event.cameo_code or "").startswith("19") for event in events)  # the killing is what is blamed


def test_victims_take_no_country_from_the_doers_own_name(coder) -> None:
    [killing] = [event for event in events_of(coder, "Israel's army killed civilians.") if event.cameo_code == "190"]
    assert killing.source[0].country == "ISR"
    assert all(actor.country != "ISR" for actor in killing.target)


def test_acled_trigger_words(coder) -> None:
    cases = {
        "Government forces dropped chlorine on a residential district.": "Chemical weapon",
        "Militiamen gang-raped several women at a camp for displaced people.": "Sexual violence",
        "The former minister was taken into custody by anti-corruption police.": "Arrests",
        "Troops were redeployed from the capital to the front line.": "Change to group/activity",
        "The government imposed a curfew on the city.": "Change to group/activity",
        "The militia opened a headquarters in the town.": "Headquarters or base established",
        "Militiamen pillaged the health centre.": "Looting/property destruction",
        "Army engineers cleared landmines from farmland near the village.": "Disrupted weapons use",
    }
    for text, sub_event in cases.items():
        found = {event.acled_sub_event_type for event in _factual(events_of(coder, text))}
        assert sub_event in found, (text, found)


def test_attacks_on_ideas_and_institutions_are_words_not_force(coder) -> None:
    """Read as an analyst reads a denunciation: the words are the event, not an assault on an idea."""
    denounced = _codes(coder, "The speaker denounced the moves as an attack on the constitutional order.")
    assert "190" not in denounced and "111" in denounced
    assert "190" not in _codes(coder, "The opposition called the ruling an assault on press freedom.")
    assert "190" not in _codes(coder, "Critics said the president had attacked democracy itself.")
    # Places, people and infrastructure are attacked with force.
    for text in ("Russian forces launched an attack on Kharkiv on Tuesday.",
                 "Gunmen attacked a police station in the north of the country.",
                 "The overnight attack on Ukraine's energy system left millions without power."):
        assert any((code or "").startswith("19") for code in _codes(coder, text)), text


def test_policy_instruments_target_nobody_with_force(coder) -> None:
    assert "190" not in _codes(coder, "Tariffs targeting Canada and Mexico took effect on Tuesday.")
    assert "190" not in _codes(coder, "The new sanctions target Russia's largest banks.")
    missiles = _codes(coder, "Russian missiles targeted Ukraine's power grid.")
    assert any((code or "").startswith("19") for code in missiles)


def test_a_judgement_of_a_war_and_a_fighting_spirit_are_no_events(coder) -> None:
    assert not _codes(coder, "For three years now, there's been too much killing in Ukraine and in Russia.")
    assert not _codes(coder, "\"He is still strong mentally, and he is still fighting,\" his son said.")
    rebels = _codes(coder, "Rebel fighters were still fighting in the hills.")
    assert any((code or "").startswith("19") for code in rebels)


def test_an_event_never_condemned_is_background(coder) -> None:
    text = "Unlike most member states, China has never condemned Russia's full-scale invasion of Ukraine."
    assert not any((code or "").startswith("19") for code in _codes(coder, text))
    invasion = _codes(coder, "Russia's invasion of Ukraine killed thousands.")
    assert any((code or "").startswith("19") for code in invasion)
