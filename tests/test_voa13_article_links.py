"""An article whose headline and lead name only other countries, and none of the incident's places or names, tells
another story, however many of the days' common words it shares (twelfth session, VOA: a terrorist cell broken
up in Morocco was linked to a train hijacked in Pakistan). Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sitrep.analysis.article_links import ArticleText, elsewhere, link_articles, why_not_linked
from sitrep.analysis.incidents import EventMention, IncidentState

DAY = date(2025, 3, 11)
HIJACKING = (
    "Separatist militants attacked a passenger train in the north of the country and took hostages, "
    "and authorities said the group had planted bombs to carry out more terror attacks"
)


def _mention(article_id: str, sentence: str, title: str, plover_type: str = "ASSAULT", **fields) -> EventMention:
    defaults = dict(
        event_date=DAY,
        date_precision="day",
        country="PAK",
        title=title,
        quad_class=4,
        source_countries=frozenset({"PAK"}),
        target_countries=frozenset({"PAK"}),
    )
    return EventMention(article_id, "e1", plover_type, sentence, 0, 10, **{**defaults, **fields})


def _week() -> dict[str, IncidentState]:
    train = IncidentState("inc-train", "ASSAULT")
    for article_id in ("a1", "a2"):
        train.add(_mention(article_id, HIJACKING, "Militants attack train, take hostages"))
    incidents = {"inc-train": train}
    for n, sentence in enumerate(
        (
            "Drones hit a refinery in the south",
            "The minister met the envoy in the capital",
            "Floods displaced thousands of farmers in the east",
        )
    ):
        other = IncidentState(f"inc-{n}", "ASSAULT")
        other.add(
            _mention(
                f"b{n}", sentence, sentence, country="IDN", source_countries=frozenset(), target_countries=frozenset()
            )
        )
        incidents[other.incident_id] = other
    return incidents


MOROCCO = ArticleText(
    "a3",
    "Terror threat spreads north",
    'The Moroccan counterterror agency broke up a terrorist cell. "They were ready." Authorities said the group was '
    "making bombs to carry out attacks in the north of the country.",
    date(2025, 3, 12),
    own_types=frozenset({"THREATEN"}),
)


def test_a_lead_naming_only_another_country_is_not_linked_on_common_words() -> None:
    incidents = _week()
    assert link_articles([MOROCCO], incidents) == []
    assert why_not_linked(MOROCCO, incidents["inc-train"], incidents).startswith("its headline and lead name other")


def test_the_same_lead_naming_the_incidents_country_is_linked() -> None:
    pakistan = replace(MOROCCO, text=MOROCCO.text.replace("The Moroccan", "The Pakistani"))
    (link,) = link_articles([pakistan], _week())
    assert link.incident_id == "inc-train"


def test_a_lead_naming_no_country_says_nothing_either_way() -> None:
    unnamed = replace(MOROCCO, text=MOROCCO.text.replace("The Moroccan counterterror", "The counterterror"))
    (link,) = link_articles([unnamed], _week())
    assert link.incident_id == "inc-train"


def test_a_place_or_a_name_of_the_incident_keeps_another_country_from_vetoing() -> None:
    incident = _week()["inc-train"]
    words = frozenset({"terror", "attack"})
    assert elsewhere({"MAR"}, words, [], incident)
    assert not elsewhere({"MAR", "PAK"}, words, [], incident)  # the incident's country among others
    assert not elsewhere({"MAR"}, words, [frozenset({"separa"})], incident)  # a name its reports use
    assert not elsewhere(set(), words, [], incident)
