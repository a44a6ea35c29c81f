"""Round-3 event rules: diplomatic protests, statements of feeling (CAMEO 01), background clauses,
withdrawn warnings, a side reporting its own act, orders to leave. Sentences written for these tests."""

from __future__ import annotations

from event_samples import events_of

from sitrep.model import Event


def _factual_codes(events: list[Event]) -> set[str | None]:
    return {event.cameo_code for event in events if event.modality.factual}


def test_a_lodged_protest_is_an_official_complaint_not_a_demonstration(coder) -> None:
    codes = _factual_codes(events_of(coder, "Beijing lodged a protest with Washington over the arms sale."))
    assert "114" in codes and "141" not in codes
    assert "141" in _factual_codes(events_of(coder, "Thousands of students staged a protest outside parliament."))


def test_withdrawing_a_warning_is_no_military_withdrawal(coder) -> None:
    warning = events_of(coder, "Japan lifted the alert and withdrew the warning on Thursday.")
    assert "0874" not in _factual_codes(warning)
    assert "0874" in _factual_codes(events_of(coder, "Russia withdrew its troops from the town."))


def test_an_act_a_day_or_more_before_the_news_is_background(coder) -> None:
    events = events_of(coder, "Israel struck Gaza two days after Hamas fired rockets at Ashkelon.")
    [fired] = [event for event in events if event.trigger == "fired"]
    assert fired.modality.historical and not fired.modality.factual
    [struck] = [event for event in events if event.trigger == "struck"]
    assert struck.modality.factual
    text = "The army pulled back on Monday, officials said, two weeks after rebels kidnapped dozens of soldiers."
    events = events_of(coder, text)
    assert all(event.modality.historical for event in events if event.trigger == "kidnapped")
    assert any(event.trigger == "kidnapped" for event in events)
    # "hours after" may be the same incident: kept as news
    events = events_of(coder, "Police fired tear gas hours after protesters threw stones.")
    assert all(event.modality.factual for event in events if event.trigger == "threw")


def test_a_side_that_reports_its_own_act_accuses_no_one(coder) -> None:
    codes = _factual_codes(events_of(coder, "Army officers in Gabon said on Wednesday they had taken power."))
    assert "112" not in codes and any(code.startswith("172") for code in codes if code)


def test_expressed_feelings_are_statements_ranked_below_acts(coder) -> None:
    condolences = events_of(coder, "The minister expressed condolences to the families of the victims.")
    assert "018" in _factual_codes(condolences)
    assert "013" in _factual_codes(events_of(coder, "The government expressed appreciation for Japan's assistance."))
    assert "010" in _factual_codes(events_of(coder, "The foreign minister made a statement on the crisis."))
    assert "013" not in _factual_codes(events_of(coder, "The aid convoy gave hope to the families."))
    events = events_of(coder, "Obama expressed sorrow after gunmen attacked a church in Charleston.")
    [sorrow] = [event for event in events if event.cameo_code == "018"]
    assert sorrow.plover_type == "UNMAPPED"
    assert all(sorrow.confidence < event.confidence for event in events if event is not sorrow)


def test_ordering_someone_elses_troops_out_is_a_demand(coder) -> None:
    assert "1056" in _factual_codes(events_of(coder, "The junta ordered the French troops to leave the country."))
    assert "1056" not in _factual_codes(events_of(coder, "Russia ordered its troops to withdraw from the region."))
    assert "161" in _factual_codes(events_of(coder, "Moscow ordered the Estonian ambassador to leave the country."))


def test_irregular_forms_and_plural_names_reach_the_lexicon(coder) -> None:
    assert "071" in _factual_codes(events_of(coder, "Germany forgave $1 billion of Tanzania's debt."))
    assert "0842" in _factual_codes(events_of(coder, "Britain returned the Chagos Islands to Mauritius."))


def test_a_crowd_out_to_celebrate_is_no_protest(coder) -> None:
    assert not _factual_codes(events_of(coder, "Hundreds of people took to the streets to celebrate the victory."))
    assert "141" in _factual_codes(events_of(coder, "Thousands took to the streets to denounce the coup."))


def test_withdrawing_a_policy_is_a_concession_not_a_retreat(coder) -> None:
    codes = _factual_codes(events_of(coder, "The government withdrew the bill after weeks of protests."))
    assert "080" in codes and "0874" not in codes
