"""Whole-article linking weighs how alike an article's headline and lead are to the incident's headlines."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.analysis import article_links
from sitrep.analysis.article_links import ArticleText, link_articles, why_not_linked
from sitrep.analysis.incidents import EventMention, IncidentState

DAM_SENTENCE = "The Kakhovka dam on the Dnipro was destroyed, flooding Kherson"
DENIAL = ArticleText(
    "a3", "Kremlin denies blowing up Kakhovka dam",
    "The Kremlin rejected accusations that it blew up the dam on the Dnipro, blaming Kyiv for shelling that flooded "
    "Kherson, and its spokesman told reporters Moscow would demand an international inquiry before the United "
    "Nations Security Council.", date(2023, 6, 7), own_types=frozenset({"REJECT"}),
)
# The same dam, in a story about something else: about as many of its words, a headline unlike the reports'.
GRAIN_MARKETS = ArticleText(
    "a4", "Wheat futures jump in Chicago trading",
    "Traders bid up wheat as the Kakhovka dam collapse on the Dnipro flooded Kherson farmland, with brokers citing "
    "shortages and insurance premiums rising.", date(2023, 6, 7),
)


def _mention(article_id: str, sentence: str, title: str) -> EventMention:
    return EventMention(article_id, "e1", "ASSAULT", sentence, 0, 10, event_date=date(2023, 6, 6),
                        date_precision="day", lat=46.76, lon=33.37, country="UKR", admin1="Kherson", title=title)


def _news_of_the_day() -> dict[str, IncidentState]:
    dam = IncidentState("inc-dam", "ASSAULT")
    dam.add(_mention("a1", DAM_SENTENCE, "Kakhovka dam blown up, Kherson flooded"))
    dam.add(_mention("a2", DAM_SENTENCE, "Ukraine accuses Russia of blowing up Kakhovka dam"))
    incidents = {"inc-dam": dam}
    for n, sentence in enumerate(("Russian missiles struck Kharkiv, officials said", "Ukraine said drones hit Moscow",
                                  "The Kremlin said talks with Ukraine were not planned")):
        other = IncidentState(f"inc-{n}", "ASSAULT")
        other.add(_mention(f"b{n}", sentence, sentence))
        incidents[other.incident_id] = other
    return incidents


def test_a_headline_like_the_reports_lifts_a_link_its_words_alone_would_miss(monkeypatch: pytest.MonkeyPatch) -> None:
    incidents = _news_of_the_day()
    (link,) = link_articles([DENIAL, GRAIN_MARKETS], incidents)
    assert (link.article_id, link.incident_id) == ("a3", "inc-dam")
    assert why_not_linked(GRAIN_MARKETS, incidents["inc-dam"], incidents).startswith("shared words below")
    # Both share less than MIN_SHARE of their words' weight: on words alone neither is linked (nor on the
    # incident's own names, which need a headline like the reports' as well: see test_article_links_follow_ups).
    monkeypatch.setattr(article_links, "HEADLINE_WEIGHT", 0.0)
    monkeypatch.setattr(article_links, "MIN_OWN_NAMES", 99)
    assert link_articles([DENIAL, GRAIN_MARKETS], incidents) == []
    assert why_not_linked(DENIAL, incidents["inc-dam"], incidents).startswith("shared words below")


def test_headline_vectors_are_encoded_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    encoded: list[str] = []
    real = article_links._sentence_vectors

    def counting(texts: list[str]):
        encoded.extend(texts)
        return real(texts)

    monkeypatch.setattr(article_links, "_sentence_vectors", counting)
    link_articles([DENIAL, GRAIN_MARKETS], _news_of_the_day())
    assert len(encoded) == len(set(encoded))
    # Each article's headline and lead, and the dam's two headlines (the only incident sharing enough words).
    assert len(encoded) == 4


@pytest.mark.slow
def test_development_sets_gain_the_links_headlines_lift() -> None:
    from pathlib import Path

    from sitrep.eval.incidents import evaluate_incidents

    evalsets = Path(article_links.__file__).resolve().parents[1] / "data" / "evalsets"
    # 0.982 measured on 28 Nov 2026, 03:05 UTC (0.964 on words alone: development 1's denial of the dam's
    # destruction, share 0.149, headline likeness 0.63).
    assert evaluate_incidents(evalsets / "incidents_dev.jsonl")["f1"] >= 0.97
    # 0.957 measured in 4 shuffled runs (0.889 on words alone, same coded articles).
    check = evaluate_incidents(evalsets / "incidents_check.jsonl", runs=4, seed=0)
    assert check["f1"] >= 0.93 and check["precision"] >= 0.95
