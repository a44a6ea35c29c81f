"""Whole-article linking of an aftermath story with no event of its own by the town its headline names."""

from __future__ import annotations

from datetime import date

import pytest
from incident_samples import strike_mention

from sitrep.analysis import article_links
from sitrep.analysis.article_links import ArticleText, link_articles
from sitrep.analysis.incidents import IncidentState

SUMY = dict(lat=50.91, lon=34.80, country="UKR", admin1="Sumy Oblast", location_name="Sumy", quad_class=4,
            event_date=date(2026, 3, 10), sentence="A Russian ballistic missile struck a city hospital in Sumy, "
            "killing nine people and wounding 31, the regional military administration said",
            title="Russian missile hits hospital in Sumy, nine killed")
# The death toll the next day, in words of its own: "clinic", "bodies", "rescuers".
DEATH_TOLL = ArticleText(
    "f1", "Sumy death toll climbs to 14 as rescuers finish search of clinic",
    "Emergency crews pulled five more bodies from the rubble of the regional clinic overnight, bringing the number "
    "of dead to 14, the governor said on Wednesday. Three of the victims were nurses. The city declared two days of "
    "mourning.", date(2026, 3, 11),
)


def _incident(incident_id: str, article_id: str, **fields) -> IncidentState:
    incident = IncidentState(incident_id, "ASSAULT")
    incident.add(strike_mention(article_id, **{**SUMY, **fields}))
    return incident


def _strike() -> IncidentState:
    """The strike on the hospital, reported by two articles: the first report and the investigation's."""
    incident = _incident("inc-strike", "a1")
    incident.add(strike_mention("a3", **{
        **SUMY, "sentence": "Investigators identified the missile used against the hospital in Sumy as an Iskander",
        "title": "Prosecutors open war crimes case over strike on Sumy hospital"}))
    return incident


def _day(*incidents: IncidentState) -> dict[str, IncidentState]:
    found = {incident.incident_id: incident for incident in incidents}
    for n, (sentence, place) in enumerate((("Drones hit a refinery in Ryazan overnight", "Ryazan"),
                                           ("Talks on a ceasefire opened in Geneva", "Geneva"))):
        other = IncidentState(f"inc-other-{n}", "ASSAULT")
        other.add(strike_mention(f"o{n}", sentence=sentence, title=sentence, location_name=place, lat=54.6 + n,
                                 lon=39.7 + n, country="RUS", admin1=place, event_date=date(2026, 3, 10)))
        found[other.incident_id] = other
    return found


def test_an_aftermath_story_naming_the_town_of_the_strike_is_linked():
    incidents = _day(_strike())
    (link,) = link_articles([DEATH_TOLL], incidents)
    assert link.incident_id == "inc-strike"


def test_not_when_another_attack_on_the_town_had_happened_on_its_days():
    second = _incident("inc-second", "a2", sentence="Drones hit a power substation in Sumy, cutting electricity",
                       title="Drones knock out power substation in Sumy", lat=50.95, lon=34.85)
    assert link_articles([DEATH_TOLL], _day(_strike(), second)) == []


def test_an_attack_on_the_town_after_the_story_was_published_is_not_what_it_reports():
    later = _incident("inc-later", "a2", event_date=date(2026, 3, 12), lat=50.95, lon=34.85,
                      sentence="Drones hit a power substation in Sumy", title="Drones knock out substation in Sumy")
    (link,) = link_articles([DEATH_TOLL], _day(_strike(), later))
    assert link.incident_id == "inc-strike"


def test_not_an_article_with_an_event_of_its_own_nor_a_headline_without_the_town():
    incidents = _day(_strike())
    talks = ArticleText(DEATH_TOLL.article_id, DEATH_TOLL.title, DEATH_TOLL.text, DEATH_TOLL.published,
                        own_types=frozenset({"CONSULT"}))
    assert link_articles([talks], incidents) == []
    untitled = ArticleText("f2", "Death toll climbs to 14 as rescuers finish search of clinic", DEATH_TOLL.text,
                           DEATH_TOLL.published)
    assert link_articles([untitled], incidents) == []


def test_not_to_what_was_said_or_done_without_force(monkeypatch: pytest.MonkeyPatch):
    talks = _incident("inc-visit", "a1", plover_type="CONSULT", quad_class=1)
    assert link_articles([DEATH_TOLL], _day(talks)) == []
    # And the headline must read at least as much like the reports' as two stories of one crisis do.
    monkeypatch.setattr(article_links, "USUAL_LIKENESS", 0.99)
    assert link_articles([DEATH_TOLL], _day(_strike())) == []
