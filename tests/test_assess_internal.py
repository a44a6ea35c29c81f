"""A country's own series: law enforcement at home (arrests, deportations, bans) is no escalation, while an
insurgency stays a conflict. Incidents written here directly into a store."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.analysis.assess import DOMESTIC_VERDICT, assess
from sitrep.analysis.report import build_report
from sitrep.analysis.series import build_series
from sitrep.store import Store


@pytest.fixture()
def store(tmp_path):
    with Store.open(tmp_path / "internal.duckdb") as opened:
        yield opened


def _incident(store: Store, incident_id: str, plover: str, mode: str | None, rung: int, goldstein: float,
              source: str, target: str | None, day: date, article_id: str, cameo: str | None = None) -> None:
    store.connection.execute(
        "INSERT INTO incidents (incident_id, plover_type, plover_mode, cameo_code, rung, goldstein, source_country,"
        " target_country, date_value, location_name, num_articles, num_sources, summary, confidence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'somewhere', 1, 1, ?, 1)",
        [incident_id, plover, mode, cameo, rung, goldstein, source, target, day, f"{incident_id} happened."])
    store.connection.execute("INSERT INTO incident_mentions VALUES (?, ?, ?)", [incident_id, article_id, "e1"])


def _deportations_and_an_insurgency(store: Store) -> None:
    week = date(2025, 3, 10)
    _incident(store, "inc-words", "ACCUSE", None, 1, -2.0, "USA", "USA", date(2025, 2, 3), "a0")
    _incident(store, "inc-deport", "COERCE", "deport", 5, -7.0, "USA", "USA", week, "a1")
    _incident(store, "inc-arrest", "COERCE", "arrest", 5, -7.0, "USA", "USA", week, "a2")
    _incident(store, "inc-raid", "ASSAULT", None, 7, -10.0, "PAK", "PAK", week, "a3")
    _incident(store, "inc-arrests", "COERCE", "arrest", 5, -7.0, "PAK", "PAK", week, "a4")


def test_arrests_and_deportations_at_home_raise_neither_rung_nor_intensity(store: Store) -> None:
    _deportations_and_an_insurgency(store)
    points = build_series(store.connection, "dyad", "week", "USA-USA")["USA->USA"]
    last = points[-1]
    assert last.incidents == 2 and sorted(last.domestic_measure_ids) == ["inc-arrest", "inc-deport"]
    assert last.max_rung == 0 and last.conflict_intensity == 0.0
    # Between two countries the same coercion counts as before.
    _incident(store, "inc-abroad", "COERCE", "deport", 5, -7.0, "USA", "VEN", date(2025, 3, 11), "a5")
    abroad = build_series(store.connection, "dyad", "week", "USA-VEN")["USA->VEN"][-1]
    assert abroad.max_rung == 5 and not abroad.domestic_measure_ids


def test_a_series_of_law_enforcement_only_is_not_an_escalation(store: Store) -> None:
    _deportations_and_an_insurgency(store)
    result = assess(store.connection, "dyad", "USA-USA", date(2025, 3, 10), date(2025, 3, 16))
    assert result.verdict == DOMESTIC_VERDICT
    assert result.headline.startswith("USA (internal): law enforcement")
    assert not [signal for signal in result.signals if signal.kind in ("rung", "novelty", "intensity")]


def test_an_insurgency_stays_a_conflict_and_says_what_it_did_not_count(store: Store) -> None:
    _deportations_and_an_insurgency(store)
    result = assess(store.connection, "dyad", "PAK-PAK", date(2025, 3, 10), date(2025, 3, 16))
    assert result.verdict == "new" and "highest rung 7" in result.headline
    assert "1 arrest, deportation or ban inside the country not counted as escalation" in result.headline
    assert result.incidents == 2


def test_the_report_lists_a_countrys_own_series_only_with_organised_violence(store: Store) -> None:
    _deportations_and_an_insurgency(store)
    report = build_report(store.connection, date(2025, 3, 10), date(2025, 3, 16))
    keys = [assessment.key for assessment, _ in report.assessments]
    assert keys == ["PAK-PAK"]
    lines = {line.incident_id: line.plover_type for line in report.incidents}
    assert "law enforcement at home" in lines["inc-deport"] and "heavy weapons" not in lines["inc-deport"]
    assert "law enforcement" not in lines["inc-raid"]
    # Asked for by name, the domestic series is still there, with its verdict.
    asked = build_report(store.connection, date(2025, 3, 10), date(2025, 3, 16), dyad="USA-USA")
    assert [assessment.verdict for assessment, _ in asked.assessments] == [DOMESTIC_VERDICT]


def test_threats_at_home_without_violence_are_elevated_not_escalation(store: Store) -> None:
    _incident(store, "inc-old", "ACCUSE", None, 1, -2.0, "USA", "USA", date(2025, 2, 3), "b0")
    for n in range(3):
        _incident(store, f"inc-threat-{n}", "THREATEN", None, 3, -10.0, "USA", "USA", date(2025, 3, 11), f"b{n + 1}")
    result = assess(store.connection, "dyad", "USA-USA", date(2025, 3, 10), date(2025, 3, 16))
    kinds = {signal.kind for signal in result.signals}
    assert "intensity" in kinds  # the climb is there and shown
    assert result.verdict == "elevated" and result.headline.startswith("USA (internal): elevated")
    # Between two countries the same climb is an escalation.
    for n in range(3):
        _incident(store, f"inc-abroad-{n}", "THREATEN", None, 3, -10.0, "USA", "IRN", date(2025, 3, 11), f"c{n}")
    _incident(store, "inc-abroad-old", "ACCUSE", None, 1, -2.0, "USA", "IRN", date(2025, 2, 3), "c9")
    assert assess(store.connection, "dyad", "USA-IRN", date(2025, 3, 10), date(2025, 3, 16)).verdict == "escalation"


def test_a_threat_of_arrest_at_home_is_law_enforcement_too(store: Store) -> None:
    # "those who overstay may be arrested and detained": CAMEO 137, threaten with repression
    _incident(store, "inc-warn", "THREATEN", "violence", 3, -5.0, "GBR", "GBR", date(2025, 3, 11), "w1", cameo="137")
    last = build_series(store.connection, "dyad", "week", "GBR-GBR")["GBR->GBR"][-1]
    assert last.domestic_measure_ids == ["inc-warn"] and last.max_rung == 0
    # the same threat across a border is a threat
    _incident(store, "inc-warn-abroad", "THREATEN", "violence", 3, -5.0, "GBR", "IRL", date(2025, 3, 11), "w2",
              cameo="137")
    assert build_series(store.connection, "dyad", "week", "GBR-IRL")["GBR->IRL"][-1].max_rung == 3


def test_a_restriction_with_no_target_named_is_taken_at_home(store: Store) -> None:
    # "the Taliban also imposed restrictions on printing books": a state's measure with no one abroad named
    _incident(store, "inc-books", "COERCE", "restrict", 5, -5.0, "AFG", None, date(2025, 3, 12), "b1")
    _incident(store, "inc-embargo", "COERCE", "restrict", 5, -5.0, "AFG", "PAK", date(2025, 3, 12), "b2")
    lines = {line.incident_id: line.plover_type for line in build_report(store.connection, date(2025, 3, 10),
                                                                          date(2025, 3, 16)).incidents}
    assert "law enforcement at home" in lines["inc-books"]
    assert "law enforcement" not in lines["inc-embargo"]  # the same measure on another country is coercion


def test_a_sanction_with_no_target_named_is_a_measure_at_home_too(store: Store) -> None:
    # "announced a 10 percent tariff on all imports": PLOVER types a tariff SANCTION, the CAMEO table COERCE
    _incident(store, "inc-tariff", "SANCTION", "discontinue", 2, -4.0, "USA", None, date(2025, 3, 12), "c1",
              cameo="163")
    _incident(store, "inc-sanctions", "SANCTION", "discontinue", 5, -4.0, "USA", "IRN", date(2025, 3, 12), "c2",
              cameo="163")
    lines = {line.incident_id: line.plover_type for line in build_report(store.connection, date(2025, 3, 10),
                                                                          date(2025, 3, 16)).incidents}
    assert "law enforcement at home" in lines["inc-tariff"]
    assert "law enforcement" not in lines["inc-sanctions"]
