"""Escalation series: per directed dyad, undirected pair or admin1 region, per day or week.

A dyad or pair named by key may be a country's own conflict ("PAK-PAK"); the full listing (no key)
is of series between two countries. Inside one country, a state's arrests, deportations and bans
(COERCE of mode arrest, deport or restrict: police, courts, immigration acting on people on their own
territory) are law enforcement, not a step in a conflict: they are counted and listed
(``domestic_measure_ids``) but raise neither the highest rung nor the conflict intensity. ACLED codes
them the same way, as strategic developments outside political violence. Martial law, curfews and
seizures of ground still count: they are what a state does in an internal war.

Counts incidents, not mentions: an incident reported by ten outlets is one incident,
weighted by ln(1 + distinct sources) so that well-sourced incidents count for more
than single reports. Conflict intensity sums -Goldstein of conflictual incidents;
cooperation sums Goldstein of cooperative ones.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

import duckdb

Scope = Literal["dyad", "pair", "region"]
Period = Literal["day", "week"]


@dataclass(slots=True)
class SeriesPoint:
    key: str  # "UKR->RUS", "RUS-UKR", "RUS/Kursk"
    period_start: date
    incidents: int = 0
    conflict_intensity: float = 0.0
    cooperation: float = 0.0
    max_rung: int = 0
    by_acled_type: dict[str, int] = field(default_factory=dict)
    incident_ids: list[str] = field(default_factory=list)
    # Incidents of law enforcement inside one country (see the module's docstring): in incident_ids, never escalation.
    domestic_measure_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "period_start": self.period_start.isoformat(),
            "incidents": self.incidents,
            "conflict_intensity": round(self.conflict_intensity, 3),
            "cooperation": round(self.cooperation, 3),
            "max_rung": self.max_rung,
            "by_acled_type": self.by_acled_type,
            "incident_ids": self.incident_ids,
            "domestic_measure_ids": self.domestic_measure_ids,
        }


_KEYS: dict[Scope, str] = {
    "dyad": "source_country || '->' || target_country",
    "pair": "least(source_country, target_country) || '-' || greatest(source_country, target_country)",
    "region": "location_country || '/' || location_admin1",
}
_KEY_PRESENT: dict[Scope, str] = {
    "dyad": "source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country",
    "pair": "source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country",
    "region": "location_country IS NOT NULL AND location_admin1 IS NOT NULL",
}


# Law enforcement on people inside the enforcing state's own country: counted, never escalation. A threat of
# it at home ("they may be arrested and detained", CAMEO 137, threaten with repression) is the same measure
# announced, not a threat of force in a conflict. A measure a state takes with no one named as its target
# ("the Taliban imposed restrictions on printing books") is taken at home too; so is a sanction or tariff with no
# target (PLOVER's SANCTION, the table's COERCE `restrict`: "announced a 10 percent tariff on all imports").
DOMESTIC_MEASURE_MODES = ("arrest", "deport", "restrict")
DOMESTIC_THREAT_CODES = ("137",)
DOMESTIC_MEASURE_SQL = (
    "((source_country = target_country OR (source_country IS NOT NULL AND target_country IS NULL)) AND "
    "((plover_type = 'COERCE' AND coalesce(plover_mode, '') IN "
    f"({', '.join(repr(mode) for mode in DOMESTIC_MEASURE_MODES)})) OR plover_type = 'SANCTION' OR "
    "(plover_type = 'THREATEN' AND "
    f"coalesce(cameo_code, '') IN ({', '.join(repr(code) for code in DOMESTIC_THREAT_CODES)}))))"
)


def normalise_key(scope: Scope, key: str) -> str:
    """'UKR-RUS' as a pair is 'RUS-UKR'; 'UKR-RUS' or 'UKR->RUS' as a dyad is 'UKR->RUS'."""
    key = key.strip().upper() if scope != "region" else key.strip()
    if scope == "dyad":
        source, _, target = key.replace("->", "-").partition("-")
        return f"{source}->{target}"
    if scope == "pair":
        first, _, second = key.replace("->", "-").partition("-")
        return "-".join(sorted((first, second)))
    return key


def period_start(day: date, period: Period) -> date:
    return day - timedelta(days=day.weekday()) if period == "week" else day


def build_series(
    connection: duckdb.DuckDBPyConnection,
    scope: Scope = "pair",
    period: Period = "week",
    key: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> dict[str, list[SeriesPoint]]:
    """Every series of the scope (or just ``key``), with empty periods filled in between first and last."""
    conditions = [_KEY_PRESENT[scope], "date_value IS NOT NULL"]
    parameters: list = []
    if key:
        # Asked for by name, a country's own conflict ("PAK-PAK": the state against the BLA) is a series
        # like any other; listed without a key, series stay between two countries.
        conditions[0] = _KEY_PRESENT[scope].replace(" AND source_country <> target_country", "")
        conditions.append(f"({_KEYS[scope]}) = ?")
        parameters.append(normalise_key(scope, key))
    if start:
        conditions.append("date_value >= ?")
        parameters.append(start)
    if end:
        conditions.append("date_value <= ?")
        parameters.append(end)
    rows = connection.execute(
        f"""
        SELECT {_KEYS[scope]} AS key, date_value, incident_id, coalesce(goldstein, 0), coalesce(rung, 0),
               acled_event_type, greatest(num_sources, 1), coalesce({DOMESTIC_MEASURE_SQL}, false)
        FROM incidents WHERE {' AND '.join(conditions)} ORDER BY key, date_value
        """,
        parameters,
    ).fetchall()
    series: dict[str, dict[date, SeriesPoint]] = {}
    for row_key, day, incident_id, goldstein, rung, acled_type, sources, domestic in rows:
        bucket = period_start(day, period)
        point = series.setdefault(row_key, {}).setdefault(bucket, SeriesPoint(row_key, bucket))
        weight = math.log1p(sources)
        point.incidents += 1
        point.incident_ids.append(incident_id)
        if acled_type:
            point.by_acled_type[acled_type] = point.by_acled_type.get(acled_type, 0) + 1
        if domestic:
            point.domestic_measure_ids.append(incident_id)
            continue
        if goldstein < 0:
            point.conflict_intensity += -goldstein * weight
        elif goldstein > 0:
            point.cooperation += goldstein * weight
        point.max_rung = max(point.max_rung, rung)
    step = timedelta(days=7 if period == "week" else 1)
    filled: dict[str, list[SeriesPoint]] = {}
    for series_key, points in series.items():
        first = period_start(start, period) if start else min(points)
        last = period_start(end, period) if end else max(points)
        current, out = first, []
        while current <= last:
            out.append(points.get(current, SeriesPoint(series_key, current)))
            current += step
        filled[series_key] = out
    return filled


def series_to_json(series: dict[str, list[SeriesPoint]]) -> str:
    return json.dumps({key: [point.to_dict() for point in points] for key, points in series.items()}, indent=2)
