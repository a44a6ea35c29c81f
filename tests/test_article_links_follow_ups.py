"""Whole-article linking of follow-ups: by the incident's own names, to the material act rather than to what
was said about it, and withdrawals or concessions that name the incident's place."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sitrep.analysis import article_links
from sitrep.analysis.article_links import ArticleText, link_articles, why_not_linked
from sitrep.analysis.incidents import EventMention, IncidentState, judge, leans_reversed

SANCTIONS = ("The US Treasury imposed sanctions on Rosneft and Lukoil, Russia's two largest oil companies, "
             "on Wednesday, a blow to Chinese buyers")
EU_PACKAGE = "European Union governments adopted a 19th package of sanctions against Russia, banning imports of LNG"
# About oil prices, not the sanctions: few of its words are the reports', but two names only they use.
OIL_PRICES = ArticleText(
    "a3", "Oil prices jump 5% after Washington blacklists Russia's top producers",
    "Brent crude rose more than 5 per cent on Thursday as traders weighed the US sanctions on Rosneft and Lukoil, "
    "which together pump about half of Russia's oil. Analysts said the measures could force Chinese state refiners "
    "and Indian buyers to look for other suppliers, at least for a while.", date(2025, 10, 23),
)


def _mention(article_id: str, sentence: str, title: str, plover_type: str = "SANCTION", **fields) -> EventMention:
    defaults = dict(event_date=date(2025, 10, 22), date_precision="day", country="USA", title=title)
    return EventMention(article_id, "e1", plover_type, sentence, 0, 10, **{**defaults, **fields})


def _others(incidents: dict[str, IncidentState], day: date) -> dict[str, IncidentState]:
    """Other stories of the same days: how specific a word is depends on how many incidents use it."""
    for n, sentence in enumerate(("Trump called off the Budapest summit", "Ukraine said drones hit a refinery",
                                  "The Kremlin said talks were not planned")):
        other = IncidentState(f"inc-{n}", "ASSAULT")
        other.add(_mention(f"b{n}", sentence, sentence, plover_type="ASSAULT", event_date=day))
        incidents[other.incident_id] = other
    return incidents


def _sanctions_week(eu_names_rosneft: bool = False) -> dict[str, IncidentState]:
    us = IncidentState("inc-us", "SANCTION")
    us.add(_mention("a1", SANCTIONS, "US slaps sanctions on Russian oil giants Rosneft and Lukoil", quad_class=4))
    eu = IncidentState("inc-eu", "SANCTION")
    eu_sentence = f"{EU_PACKAGE}, and Rosneft" if eu_names_rosneft else EU_PACKAGE
    eu.add(_mention("a2", eu_sentence, "EU adopts 19th sanctions package against Russia", quad_class=4))
    return _others({"inc-us": us, "inc-eu": eu}, date(2025, 10, 22))


def test_a_follow_up_naming_two_names_only_the_incident_uses_is_linked_below_the_bar() -> None:
    incidents = _sanctions_week()
    (link,) = link_articles([OIL_PRICES], incidents)
    assert link.incident_id == "inc-us"
    assert link.score < article_links.MIN_SHARE  # below the word bar: linked on the names


def test_names_another_story_of_its_days_uses_too_are_not_the_incidents_own() -> None:
    # The EU package's report names Rosneft too: only Lukoil is the US sanctions' own, and one name is not enough.
    incidents = _sanctions_week(eu_names_rosneft=True)
    assert link_articles([OIL_PRICES], incidents) == []
    assert why_not_linked(OIL_PRICES, incidents["inc-us"], incidents).startswith("shared words below")


def test_own_names_need_a_headline_that_reads_like_the_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_links, "NAMED_LIKENESS", 0.99)
    assert link_articles([OIL_PRICES], _sanctions_week()) == []


def test_the_article_is_linked_to_the_act_not_to_what_was_said_about_it() -> None:
    strike_words = "An Israeli strike hit the Nasser hospital in Khan Younis, killing journalists"
    strike = IncidentState("inc-a-strike", "ASSAULT")
    strike.add(_mention("a1", strike_words, "Israeli strikes on Nasser hospital in Khan Younis kill journalists",
                        plover_type="ASSAULT", quad_class=4, country="PSE"))
    # What a news agency demanded over the same strike, clustered apart: the same words, a later id.
    demand = IncidentState("inc-z-demand", "REQUEST")
    demand.add(_mention("a2", strike_words, "Israeli strikes on Nasser hospital in Khan Younis kill journalists",
                        plover_type="REQUEST", quad_class=3, country="PSE"))
    regret = ArticleText("a3", "Netanyahu calls Nasser hospital strike in Khan Younis a tragic mishap",
                         "Israel's prime minister said the strike that killed journalists at the Nasser hospital in "
                         "Khan Younis was a tragic mishap.", date(2025, 10, 23), own_types=frozenset({"ACCUSE"}))
    (link,) = link_articles([regret], {"inc-a-strike": strike, "inc-z-demand": demand})
    assert link.incident_id == "inc-a-strike"


SEIZURE = "Wagner fighters seized the army headquarters in Rostov-on-Don on Saturday"


def _rostov() -> dict[str, IncidentState]:
    seizure = IncidentState("inc-rostov", "COERCE")
    for article_id in ("a1", "a2"):
        seizure.add(_mention(article_id, SEIZURE, "Wagner fighters seize military headquarters in Rostov",
                             plover_type="COERCE", event_date=date(2023, 6, 24), lat=47.23, lon=39.72,
                             location_name="Rostov-on-Don", country="RUS", quad_class=4))
    return _others({"inc-rostov": seizure}, date(2023, 6, 24))


def test_a_withdrawal_that_names_the_incidents_place_is_linked_to_it() -> None:
    incidents = _rostov()
    departure = ArticleText("a3", "Wagner leaves Rostov-on-Don after Belarus-brokered deal",
                            "Wagner fighters withdrew from the army headquarters in Rostov-on-Don late on Saturday "
                            "after a deal brokered by Belarus's president, ending Prigozhin's mutiny.",
                            date(2023, 6, 25), own_types=frozenset({"RETREAT"}))
    (link,) = link_articles([departure], incidents)
    assert link.incident_id == "inc-rostov"
    # The same withdrawal told without the place is another event: a ceasefire, a bill withdrawn.
    elsewhere = replace(departure, title="Wagner fighters withdraw after deal",
                        text="Wagner fighters withdrew from the army headquarters late on Saturday after a deal "
                             "brokered by Belarus's president, ending Prigozhin's mutiny.")
    assert link_articles([elsewhere], incidents) == []
    assert why_not_linked(elsewhere, incidents["inc-rostov"], incidents).startswith("a withdrawal or concession")
    # An event of another kind (a strike) is never linked, whatever it names.
    assert link_articles([replace(departure, own_types=frozenset({"RETREAT", "ASSAULT"}))], incidents) == []


def test_the_same_parties_the_other_way_round_are_no_agreement_on_parties() -> None:
    strike = IncidentState("inc-kabul", "ASSAULT")
    strike.add(_mention("a1", "Pakistani jets struck Kabul", "Explosions in Kabul", plover_type="ASSAULT",
                        source_country="PAK", target_country="AFG", source_countries=frozenset({"PAK"}),
                        target_countries=frozenset({"AFG"}), country="AFG", event_date=date(2025, 10, 9)))
    parties = {"source_countries": frozenset({"AFG"}), "target_countries": frozenset({"PAK"})}
    # Dated the strike's day: the next day, sharing nothing of what happened, it is now ruled out before its parties
    # are weighed (``incidents._another_day``).
    clash = _mention("a2", "Taliban forces attacked Pakistani border posts", "Border clash", plover_type="ASSAULT",
                     source_country="AFG", target_country="PAK", country="PAK", event_date=date(2025, 10, 9),
                     **parties)
    assert leans_reversed(clash, strike)
    judgement = judge(clash, strike)
    assert judgement.veto is None and judgement.parts[0] == 0.5  # one report: not ruled out, no agreement
    same_way = replace(clash, source_country="PAK", target_country="AFG", source_countries=frozenset({"PAK"}),
                       target_countries=frozenset({"AFG"}))
    assert not leans_reversed(same_way, strike) and judge(same_way, strike).parts[0] == 1.0


def test_a_name_of_several_words_counts_once() -> None:
    from sitrep.analysis.article_links import name_phrases

    assert name_phrases("Traders weighed the US sanctions on Rosneft and Lukoil, analysts said.") == [
        frozenset({"rosnef"}), frozenset({"lukoil"})]
    # First name, title and surname are one person: not two of an incident's own names.
    (putin,) = name_phrases("The summit with Russian President Vladimir Putin was called off.")
    assert {"vladim", "putin"} <= putin


def test_why_not_linked_tells_a_link_on_own_names_from_one_short_of_them() -> None:
    incidents = _sanctions_week()
    assert why_not_linked(OIL_PRICES, incidents["inc-us"], incidents) == "another incident scored higher"  # it links
    eu_too = _sanctions_week(eu_names_rosneft=True)
    assert why_not_linked(OIL_PRICES, eu_too["inc-us"], eu_too).startswith("shared words below")
