"""Fourth-session event rules: appeals and demands made by asking or telling another to act, past events
that only date a state, habitual and tallied events, force verbs done by unnamed doers, and a
de-inflection fix. Sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from event_samples import events_of

from sitrep.model import Article, Event


def _factual(events: list[Event]) -> list[Event]:
    return [event for event in events if event.modality.factual]


def _dated(coder, text: str) -> list[Event]:
    document = coder.code(Article(id="t", text=text, published=datetime(2025, 3, 15)))
    assert document.error is None
    return document.events


def test_asking_another_to_act_is_an_appeal_by_the_one_who_asks(coder) -> None:
    events = events_of(coder, "The United States asked Russia to release the prisoners.")
    [appeal] = [event for event in _factual(events) if (event.cameo_code or "").startswith("02")]
    assert appeal.cameo_code == "0253" and appeal.plover_type == "REQUEST"
    assert [actor.country for actor in appeal.source] == ["USA"]
    assert [actor.country for actor in appeal.target] == ["RUS"]
    assert not any(event.cameo_code == "0841" for event in _factual(events))  # the release is only asked for
    wanted = _factual(events_of(coder, "France wants Iran to release the hostages."))
    assert any(event.cameo_code == "0253" and event.source[0].country == "FRA" for event in wanted)


def test_wanting_to_act_oneself_is_no_appeal(coder) -> None:
    events = _factual(events_of(coder, "Iran wants to resume talks with the IAEA."))
    assert not any((event.cameo_code or "").startswith("02") for event in events)


def test_telling_or_pressing_another_to_act_is_a_demand_not_a_report(coder) -> None:
    events = events_of(coder, "Beijing told Manila to withdraw its ships from the shoal.")
    assert not any(event.cameo_code == "0874" for event in _factual(events))
    [demand] = [event for event in _factual(events) if (event.cameo_code or "").startswith("10")]
    assert demand.source[0].country == "CHN" and demand.target[0].country == "PHL"
    # "told reporters that ..." still reports what happened
    reported = events_of(coder, "The minister told reporters that troops had withdrawn from the town.")
    assert any(event.cameo_code == "0874" and event.modality.reported for event in _factual(reported))


def test_a_refused_permission_is_a_rejection(coder) -> None:
    events = _factual(events_of(coder, "Obama said he would not give permission to Russia to help Israel."))
    assert any((event.cameo_code or "").startswith("124") for event in events)


def test_a_past_event_that_dates_a_state_is_background(coder) -> None:
    events = events_of(coder, "Prices have risen sharply since Russia invaded Ukraine.")
    [invasion] = [event for event in events if event.trigger == "invaded"]
    assert invasion.modality.historical
    # under a past-tense governor, an event in an "after" clause may be the day's news
    events = events_of(coder, "Troops withdrew after rebels attacked the base.")
    assert all(event.modality.factual for event in events if event.trigger == "attacked")
    events = events_of(coder, "The embassy advised against travel after the museum shooting last week.")
    assert all(event.modality.historical for event in events if event.trigger == "shooting")


def test_habitual_past_and_tallied_events_are_not_the_news(coder) -> None:
    assert not _factual(events_of(coder, "The group frequently conducts bombings in Somalia."))
    assert not _factual(events_of(coder, "Past attacks were claimed by Islamic State."))
    tally = _dated(coder, "Since 2009, hundreds of people have been killed in suicide attacks.")
    assert tally and not _factual(tally)
    dated = _dated(coder, "Al-Sharaa led the group that spearheaded the offensive against Assad in December 2024.")
    assert not _factual(dated)
    assert _factual(_dated(coder, "Rebels attacked the town on Monday, killing five."))


def test_force_by_unnamed_doers_is_no_figure_of_speech(coder) -> None:
    for text in (
        "Villagers beat to death two men accused of theft.",
        "Unidentified men seized the journalist outside his home.",
        "Armed men occupied the farm.",
    ):
        assert _factual(events_of(coder, text)), text
    assert not _factual(events_of(coder, "The Chinese Texans occupied a gray area under Jim Crow law."))
    assert not _factual(events_of(coder, '"He is still strong, and he is still fighting," his son said.'))


def test_a_verb_is_not_de_inflected_into_another(coder) -> None:
    # "ramped" is no form of "ram": a trade war stepped up is no violence
    events = events_of(coder, "President Trump ramped up his trade war with Canada on Tuesday.")
    assert not any((event.cameo_code or "").startswith(("18", "19")) for event in events)
    assert any(event.trigger == "rammed" for event in events_of(coder, "A truck rammed a police checkpoint."))


def test_the_one_said_to_be_behind_an_attack_is_its_doer(coder) -> None:
    events = _factual(events_of(coder, "Officials believe Iran was behind the attack on the tanker."))
    [attack] = [event for event in events if event.trigger == "attack"]
    assert [actor.country for actor in attack.source] == ["IRN"]
    accused = _factual(events_of(coder, "Ukraine says Russia was behind the chemical attacks."))
    assert any(event.cameo_code == "112" and event.target[0].country == "RUS" for event in accused)
    events = _factual(events_of(coder, "The president said the rebels were responsible for the massacre."))
    [massacre] = [event for event in events if event.trigger == "massacre"]
    assert [actor.text for actor in massacre.source] == ["the rebels"]


def test_hitting_out_at_someone_is_criticism_not_violence(coder) -> None:
    events = _factual(events_of(coder, "China hit out at Washington over the sanctions."))
    codes = {event.cameo_code for event in events}
    assert "111" in codes and "190" not in codes
