"""Material-conflict codes that an analyst reading coded news would strike out: quarrels called clashes,
fires and crops harmed by no one, harm that is only a risk, buildings named for an act, and the place
people are deported to taken for the party acted on. Sentences written for these tests (none is from an
evaluation set)."""

from __future__ import annotations

from event_samples import events_of, one_event


def _material(coder, text: str) -> list[str]:
    return [
        event.cameo_code
        for event in events_of(coder, text)
        if event.cameo_code and event.cameo_code[:2] in {"14", "17", "18", "19", "20"}
    ]


def test_a_clash_between_two_leaders_is_a_quarrel(coder) -> None:
    text = "Talks stalled after the White House clash between President Lula and President Milei on Monday."
    assert one_event(coder, text, "clash").cameo_code == "111"


def test_a_clash_with_police_is_still_a_fight(coder) -> None:
    event = one_event(coder, "Students clashed with police in Dhaka on Sunday.", "clashed")
    assert event.cameo_code[:2] in {"14", "19"}


def test_fires_burning_and_crops_damaged_by_no_one_are_no_attack(coder) -> None:
    text = "Dozens of fires are burning near the coast. Farmers say maize crops were damaged last week."
    assert not _material(coder, text)


def test_fighters_burning_a_village_still_destroy_property(coder) -> None:
    assert "1712" in _material(coder, "Militia fighters burned the village of Kolo on Friday.")


def test_a_chance_of_being_tortured_is_no_torture(coder) -> None:
    text = "Lawyers said the men face a real risk of being beaten or tortured if they are sent home."
    assert not any(code.startswith("18") for code in _material(coder, text))


def test_a_detention_center_is_no_arrest(nlp) -> None:
    from sitrep.pipeline import Coder

    whole = Coder(nlp=nlp)  # with places, which give the center a place to be "at"
    text = "Officials said the detention center at Bagram in Afghanistan was full."
    assert not any(event.trigger == "detention" for event in events_of(whole, text))


def test_the_country_people_are_deported_to_is_not_the_target(coder) -> None:
    event = one_event(coder, "Malaysia deported 50 workers to Myanmar last month.", "deported")
    assert event.cameo_code == "174"
    assert not any(actor.country == "MMR" for actor in event.target)


def _codes(coder, text: str) -> list[str]:
    return [event.cameo_code or "" for event in events_of(coder, text)]


def test_demonstrating_something_is_no_protest(coder) -> None:
    assert "141" not in _codes(coder, "The report demonstrates a clear disregard for the law, the minister said.")
    assert any(code.startswith("14") for code in _codes(coder, "Thousands of students demonstrated in Nairobi."))


def test_sabotaging_talks_and_seizing_a_chance_destroy_and_take_nothing(coder) -> None:
    text = "The rebels tried to sabotage the peace process. The minister urged them to seize the opportunity."
    codes = _codes(coder, text)
    assert not any(code.startswith("17") for code in codes)


def test_a_suppressed_virus_is_no_repression(coder) -> None:
    assert "175" not in _codes(coder, "Travel may resume once the virus has been suppressed.")


def test_being_engaged_with_a_country_is_no_fight(coder) -> None:
    assert not any(code.startswith("19") for code in _codes(coder, "Iran was engaged with France in talks last year."))
    assert any(code.startswith("19") for code in _codes(coder, "Government troops engaged with the rebels near Goma."))


def test_a_policy_effort_targeting_a_drug_is_no_attack(coder) -> None:
    text = "Even with the Kremlin's new effort targeting opioids, the economy remains the priority."
    assert not any(code.startswith("19") for code in _codes(coder, text))


def test_deploying_technology_is_no_show_of_force(coder) -> None:
    assert "154" not in _codes(coder, "The company expanded the deployment of AI technology in China.")
    assert "154" in _codes(coder, "Russia announced the deployment of thousands of soldiers to Belarus.")


def test_a_warning_about_what_a_thing_may_do_threatens_no_one(coder) -> None:
    codes = _codes(coder, "The minister warned that the situation could get worse.")
    assert not any(code.startswith("13") for code in codes)
    assert any(code.startswith("13") for code in _codes(coder, "Iran warned that it would strike back."))


def test_charging_a_price_is_no_legal_charge(coder) -> None:
    assert "173" not in _codes(coder, "Hospitals in Vietnam charge less than those in Singapore.")
    assert "173" in _codes(coder, "Police in Lagos charged him with fraud on Monday.")
