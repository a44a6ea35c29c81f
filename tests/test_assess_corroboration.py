"""A dyad's highest rung, or an escalation, that rests on one article is shown as unconfirmed (issue #6, VOA
report: CHN-USA at "rung 5, sanctions and coercion" from one sentence of one story). Incidents written here
directly into a store."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.analysis.assess import UNCONFIRMED, assess, corroboration
from sitrep.analysis.report import build_report, chart_label, weekly_bars
from sitrep.store import Store

WEEK = date(2025, 3, 10)


@pytest.fixture()
def store(tmp_path):
    with Store.open(tmp_path / "corroboration.duckdb") as opened:
        yield opened


def _incident(store: Store, incident_id: str, plover: str, rung: int, goldstein: float, source: str, target: str,
              day: date, article_ids: list[str]) -> None:
    store.connection.execute(
        "INSERT INTO incidents (incident_id, plover_type, rung, goldstein, source_country, target_country,"
        " date_value, location_name, num_articles, num_sources, summary, confidence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'somewhere', ?, 1, ?, 1)",
        [incident_id, plover, rung, goldstein, source, target, day, len(article_ids), f"{incident_id} happened."])
    for article_id in article_ids:
        store.connection.execute("INSERT INTO incident_mentions VALUES (?, ?, ?)",
                                 [incident_id, article_id, f"e-{incident_id}"])


def test_the_best_supported_rung_is_named_beside_a_single_report() -> None:
    # rung 5 from one article; rung 1 or above from three
    assert corroboration({5: 1, 1: 3}, 5) == (
        " (a single report) — unconfirmed; best supported: rung 1, criticism, demands and protest (3 articles)")
    assert corroboration({7: 1}, 7) == " (a single report) — unconfirmed"
    # two articles on the top rung (or on two incidents at it) confirm it
    assert corroboration({7: 2, 1: 4}, 7) == ""


def test_a_new_pair_whose_top_rung_rests_on_one_article_is_unconfirmed(store) -> None:
    _incident(store, "inc-ban", "COERCE", 5, -7.0, "ARG", "CHL", WEEK, ["a1"])
    _incident(store, "inc-words", "ACCUSE", 1, -2.0, "ARG", "CHL", WEEK, ["a2"])
    _incident(store, "inc-more-words", "ACCUSE", 1, -2.0, "CHL", "ARG", WEEK, ["a3"])
    result = assess(store.connection, "pair", "ARG-CHL", WEEK, WEEK + date.resolution * 6)
    assert result.verdict == "new" and result.single_report
    assert "(a single report) — unconfirmed; best supported: rung 1" in result.headline
    # a second article on the same rung confirms it
    _incident(store, "inc-ban-2", "COERCE", 5, -7.0, "ARG", "CHL", WEEK, ["a4"])
    confirmed = assess(store.connection, "pair", "ARG-CHL", WEEK, WEEK + date.resolution * 6)
    assert not confirmed.single_report and "unconfirmed" not in confirmed.headline


def test_an_escalation_signal_from_one_article_waits_for_a_second(store) -> None:
    for n, week in enumerate((date(2025, 1, 6), date(2025, 1, 20), date(2025, 2, 3))):
        _incident(store, f"inc-talk-{n}", "ACCUSE", 1, -2.0, "ARG", "CHL", week, [f"t{n}"])
    _incident(store, "inc-strike", "ASSAULT", 7, -10.0, "ARG", "CHL", WEEK, ["s1"])
    lone = assess(store.connection, "pair", "ARG-CHL", WEEK, WEEK + date.resolution * 6)
    assert lone.verdict == UNCONFIRMED and lone.single_report
    assert lone.headline.startswith("ARG-CHL: unconfirmed escalation — ") and "(a single report)" in lone.headline
    _incident(store, "inc-strike-2", "ASSAULT", 7, -10.0, "ARG", "CHL", WEEK, ["s2"])
    assert assess(store.connection, "pair", "ARG-CHL", WEEK, WEEK + date.resolution * 6).verdict == "escalation"
    # the report lists lines a second article confirms before lines that rest on one
    # (one article telling of four attacks on a higher rung weighs more in the pairs' ranking)
    for n in range(4):
        _incident(store, f"inc-lone-{n}", "ASSAULT", 8, -10.0, "PER", "BOL", WEEK, ["p1"])
    report = build_report(store.connection, WEEK, WEEK + date.resolution * 6)
    order = [assessment.key for assessment, _ in report.assessments]
    assert order.index("ARG-CHL") < order.index("BOL-PER")


def test_a_chart_of_years_is_read_in_bars_of_several_weeks() -> None:
    weeks = [0.0] * 519 + [3.0, 1.0, 2.0]
    bars, per_bar = weekly_bars(weeks)
    assert per_bar == 11 and len(bars) == 47 and bars[-1] == 6.0
    assert chart_label(weeks) == "intensity per 11 weeks, last 517 weeks"
    assert weekly_bars([1.0, 2.0]) == ([1.0, 2.0], 1)


def test_a_surge_of_trade_measures_is_elevated_not_escalation(store) -> None:
    for n, week in enumerate((date(2025, 1, 6), date(2025, 1, 20), date(2025, 2, 3))):
        _incident(store, f"inc-complaint-{n}", "ACCUSE", 1, -2.0, "MEX", "USA", week, [f"m{n}"])
    for n in range(3):  # tariffs stand on rung 2 of the ladder; from two articles each
        _incident(store, f"inc-tariff-{n}", "COERCE", 2, -8.0, "USA", "MEX", WEEK, [f"t{n}", f"u{n}"])
    trade = assess(store.connection, "pair", "MEX-USA", WEEK, WEEK + date.resolution * 6)
    assert "intensity" in {signal.kind for signal in trade.signals}  # the surge is there and shown
    assert trade.verdict == "elevated" and trade.headline.startswith("MEX-USA: elevated — conflict intensity")
    # a threat of force in the same week makes the same surge an escalation
    _incident(store, "inc-force", "THREATEN", 3, -7.0, "USA", "MEX", WEEK, ["f1", "f2"])
    assert assess(store.connection, "pair", "MEX-USA", WEEK, WEEK + date.resolution * 6).verdict == "escalation"
