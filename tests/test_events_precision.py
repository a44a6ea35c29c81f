"""Precision on real reporting: background events, norms and conditionals, interceptions, echoes, tolls."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from event_samples import events_of

from sitrep.model import Article, Event, Modality
from sitrep.pipeline import Coder


def _by_trigger(coder: Coder, text: str, word: str) -> list[Event]:
    return [event for event in events_of(coder, text) if event.trigger.split()[0] == word]


def test_historical_is_not_factual() -> None:
    assert Modality().factual
    assert not Modality(historical=True).factual
    assert Modality(historical=True).to_dict()["historical"] is True


def test_background_invasion_after_a_dated_clause(coder) -> None:
    [invasion] = _by_trigger(
        coder, "Sweden applied to join in May 2022 after Russia's full-scale invasion of Ukraine.", "invasion"
    )
    assert invasion.modality.historical and not invasion.modality.factual


def test_since_the_invasion_is_background(coder) -> None:
    [invasion] = _by_trigger(coder, "Prices have doubled since Russia's invasion of Ukraine.", "invasion")
    assert invasion.modality.historical


def test_a_recent_event_after_which_people_were_detained_stays_news(coder) -> None:
    [clashes] = _by_trigger(coder, "Police detained 20 people after clashes with protesters in Lagos.", "clashes")
    assert not clashes.modality.historical


def test_doctrine_attack_is_neither_factual_nor_nuclear(coder) -> None:
    text = (
        "President Vladimir Putin approved a revised nuclear doctrine, under which an attack by a non-nuclear "
        "state with the participation of a nuclear power can be treated as a joint attack on Russia."
    )
    attacks = _by_trigger(coder, text, "attack")
    assert attacks
    assert all(not event.modality.factual for event in attacks)
    assert all(event.cameo_code != "2042" for event in attacks)


def test_nuclear_still_names_a_nuclear_weapon(coder) -> None:
    events = _by_trigger(coder, "The country attacked the city with a nuclear weapon.", "attacked")
    assert [event.cameo_code for event in events] == ["2042"]


def test_interception_is_plain_force_not_the_attackers_weapon(coder) -> None:
    [down] = _by_trigger(coder, "The ministry said five of the missiles had been shot down.", "shot")
    assert down.cameo_code == "190"
    assert down.acled_sub_event_type == "Disrupted weapons use"
    [intercepted] = _by_trigger(coder, "Ukrainian air defences intercepted 20 Russian drones overnight.", "intercepted")
    assert intercepted.cameo_code == "190"
    assert {actor.country for actor in intercepted.source} == {"UKR"}


def test_counts_joined_by_and_add_up(coder) -> None:
    [strike] = _by_trigger(coder, "An airstrike on Gaza City killed four children and a man.", "airstrike")
    assert strike.size.dead == 5
    [other] = _by_trigger(coder, "An airstrike on Gaza City killed four children or five.", "airstrike")
    assert other.size.dead in {4, 5}  # "or": never the sum
    assert other.size.dead != 9


def test_condemned_attack_without_news_is_dropped(coder) -> None:
    events = events_of(coder, "Russian forces attacked Kharkiv on Monday. The European Union condemned the attack.")
    assert [event.trigger for event in events] == ["attacked", "condemned"]
    assert [event.event_id for event in events] == ["e1", "e2"]


def test_condemned_attack_with_its_attacker_is_kept_with_low_confidence(coder) -> None:
    text = "Russian forces shelled the hospital. Germany condemned the attack by Russian forces on the hospital."
    [attack] = _by_trigger(coder, text, "attack")
    assert attack.confidence <= 0.35
    assert {actor.country for actor in attack.source} == {"RUS"}


def test_a_condemned_attack_told_nowhere_else_is_kept(coder) -> None:
    [attack] = _by_trigger(coder, "Germany condemned the attack on the hospital in Kharkiv.", "attack")
    assert attack.confidence > 0.35


def test_plane_crash_is_no_air_strike(coder) -> None:
    events = events_of(coder, "A private jet crashed in the Tver region on Wednesday, killing all ten people on board.")
    assert all(event.cameo_code[:2] not in {"18", "19", "20"} for event in events)


def test_threats_and_incitement_of_violence_are_not_violence(coder) -> None:
    for text in ("Children face daily threats of violence.", "He was charged with inciting violence."):
        assert all(not event.modality.factual for event in _by_trigger(coder, text, "violence")), text


def test_thwarted_attack_did_not_happen(coder) -> None:
    [attack] = _by_trigger(coder, "Police thwarted an attack on the parliament.", "attack")
    assert attack.modality.negated


def test_hostility_as_an_attitude_is_no_event(coder) -> None:
    assert not _by_trigger(coder, "Putin's hostility towards the West is well known.", "hostility")
    assert _by_trigger(coder, "On Monday, hostilities resumed in the north.", "hostilities")


def test_trade_hitting_a_figure_is_no_attack(coder) -> None:
    assert not _by_trigger(coder, "Bilateral trade hit $1.1 billion last year.", "hit")


def test_war_that_began_years_ago_is_background_but_violence_that_began_monday_is_news(coder) -> None:
    [war] = _by_trigger(coder, "Civilians suffered most in the offensive, which began in 2022.", "offensive")
    assert war.modality.historical
    [violence] = _by_trigger(
        coder, "Hope was shaken by deadly violence that began on Monday in the coastal region.", "violence"
    )
    assert not violence.modality.historical


def test_claim_of_responsibility_names_the_attacker(coder) -> None:
    events = _by_trigger(coder, "Al-Shabab claimed responsibility for the hotel attack in Beledweyne.", "attack")
    assert [actor.code for event in events for actor in event.source] == ["SOMREB"]


def test_storms_are_nobodys_act(coder) -> None:
    assert not _by_trigger(coder, "Tropical Cyclone Jude slammed into Malawi this week.", "slammed")


def test_supposed_to_sign_is_not_a_signing(coder) -> None:
    events = _by_trigger(coder, "The two countries were supposed to sign a minerals deal.", "sign")
    assert events and all(not event.modality.factual for event in events)


def test_later_definite_mentions_of_an_event_are_not_new_events(coder) -> None:
    text = (
        "Police arrested the journalist Blessing Mhlanga in Harare on Tuesday. "
        "His lawyer said the arrest sent a chilling message. Rights groups said Mhlanga's arrest was unjust."
    )
    events = events_of(coder, text)
    assert [event.trigger for event in events if event.cameo_code.startswith("17")] == ["arrested"]


def test_speaking_to_reporters_is_no_consultation(coder) -> None:
    assert not _by_trigger(coder, "Speaking to reporters, the commissioner confirmed that the siege ended.", "Speaking")
    assert _by_trigger(coder, "The minister spoke with his Turkish counterpart on Monday.", "spoke")


def test_an_event_dated_to_an_earlier_year_is_background(coder) -> None:
    published = datetime(2025, 3, 14, tzinfo=UTC)
    text = "In 2022, authorities arrested Zamora. On Monday police arrested his lawyer."
    events = coder.code(Article(id="t", text=text, published=published)).events
    assert [event.modality.historical for event in events if event.trigger == "arrested"] == [True, False]
    # without a publication date nothing says the year is past
    undated = coder.code(Article(id="t", text="In 2022, authorities arrested Zamora.")).events
    assert [event.modality.historical for event in undated if event.trigger == "arrested"] == [False]


# --- force verbs used of no force (features and explainers) ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The law targeted gaming addictions in particular.",
        "Being neither Black nor white, the Chinese Texans occupied a gray area under Jim Crow law.",
        "But the frontier is always advancing, and it is unclear how this will play out.",
        "With treatment and lifestyle changes, he has regained control over his health.",
        "Take 51-year-old security guard Sibusiso Sithole, for example.",
        "Many teenagers are deeply engaged with TikTok and other platforms.",
    ],
)
def test_figurative_force_is_no_event(coder, text: str) -> None:
    violent = [e for e in events_of(coder, text) if (e.cameo_code or "")[:2] in {"17", "18", "19", "20"}]
    assert not violent, [(e.trigger, e.cameo_code) for e in violent]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Russian forces advanced on Kupiansk.", "advanced", "190"),
        ("Gunmen stormed a hotel in the Somali city of Beledweyne.", "stormed", "193"),
        ("Several rebels were captured.", "captured", "173"),
        ("The militants said they had taken more than 100 passengers hostage.", "taken", "181"),
        ("Russia occupied the town of Kupiansk.", "occupied", "192"),
    ],
)
def test_real_force_stays(coder, text: str, trigger: str, code: str) -> None:
    assert [e.cameo_code for e in _by_trigger(coder, text, trigger)] == [code]


def test_a_tale_is_not_news(coder) -> None:
    legend = events_of(coder, "The legend is he set fire to the gunpowder house and blew the whole site up.")
    assert legend and not any(event.modality.factual for event in legend)
    told = events_of(coder, "According to legend, the king burned the city to the ground.")
    assert told and not any(event.modality.factual for event in told)


def test_attacking_someone_for_what_they_did_is_criticism(coder) -> None:
    text = "Trump also attacked The Wall Street Journal newspaper for refusing to support his tariff plans."
    assert [e.cameo_code for e in _by_trigger(coder, text, "attacked")] == ["111"]
    raid = "Russian troops attacked the village for the third time."
    assert [e.cameo_code for e in _by_trigger(coder, raid, "attacked")] == ["190"]
    feud = "Gunmen attacked villagers over a land dispute."
    assert [e.cameo_code[:2] for e in _by_trigger(coder, feud, "attacked")] == ["19"]


def test_hitting_with_tariffs_is_a_sanction(coder) -> None:
    assert [e.cameo_code for e in _by_trigger(coder, "Trump hit Canada with a new 25% levy.", "hit")] == ["163"]


def test_a_kind_of_event_named_in_passing_is_no_event(coder) -> None:
    text = "He says people are subject to attacks, abductions, abuse and exploitation."
    assert not [e for e in events_of(coder, text) if e.modality.factual]
    reported = events_of(coder, "Heavy fighting erupted in the town of Bakhmut on Monday.")
    assert [e.trigger for e in reported if e.modality.factual] == ["fighting"]


def test_releasing_a_document_is_no_release_of_people(coder) -> None:
    for text in (
        "A preliminary assessment released Thursday showed that the cyclone had affected 11,000 people.",
        "According to a confidential U.N. report to be released next month, North Korea continued its programs.",
        "In 2017, China released an AI development program.",
    ):
        assert not _by_trigger(coder, text, "released"), text
    freed = _by_trigger(coder, "The Palestinian prisoners who were released on Monday returned home.", "released")
    assert [e.cameo_code for e in freed] == ["0841"] and freed[0].target[0].country == "PSE"


def test_calling_someone_something_is_no_call(coder) -> None:
    assert not _by_trigger(coder, "He actually calls President Xi a dear friend of his.", "calls")


def test_an_intent_nobody_stated_is_not_derived(coder) -> None:
    events = events_of(coder, "In serious cases, they may be arrested and detained.")
    assert events and not any(event.modality.factual for event in events)
