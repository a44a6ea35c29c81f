"""Escalation endpoints: series with their signals, assessments and situation reports."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any, Literal

import duckdb
from fastapi import HTTPException, status

from sitrep.analysis.assess import Assessment, assess, assess_incident, latest_incident_date, parse_span
from sitrep.analysis.report import Report, build_report
from sitrep.analysis.series import build_series
from sitrep.analysis.signals import assess_series

MAX_SERIES_WITH_SIGNALS = 25
Scope = Literal["dyad", "pair", "region"]


_TOP_KEYS: dict[str, str] = {
    "dyad": "source_country || '->' || target_country",
    "pair": "least(source_country, target_country) || '-' || greatest(source_country, target_country)",
    "region": "location_country || '/' || location_admin1",
}
# A country's own conflict (PAK->PAK: the state against an insurgency) is a series like any other.
_TOP_PRESENT: dict[str, str] = {
    "dyad": "source_country IS NOT NULL AND target_country IS NOT NULL",
    "pair": "source_country IS NOT NULL AND target_country IS NOT NULL",
    "region": "location_country IS NOT NULL AND location_admin1 IS NOT NULL",
}


def top_keys(connection: duckdb.DuckDBPyConnection, scope: Scope, limit: int) -> list[tuple[str, int]]:
    """The keys of the scope with the most dated incidents."""
    return connection.execute(
        f"SELECT {_TOP_KEYS[scope]} AS key, count(*) AS n FROM incidents "
        f"WHERE {_TOP_PRESENT[scope]} AND date_value IS NOT NULL GROUP BY key ORDER BY n DESC, key LIMIT ?",
        [limit],
    ).fetchall()


def series(connection: duckdb.DuckDBPyConnection, scope: Scope, period: Literal["day", "week"], key: str | None,
           start: date | None, end: date | None, top: int | None = None) -> dict[str, Any]:
    if key is None and top:
        keys = [found for found, _ in top_keys(connection, scope, top)]
        parts = [series(connection, scope, period, found, start, end) for found in keys]
        return {"scope": scope, "period": period,
                "series": {name: points for part in parts for name, points in part["series"].items()}}
    built = build_series(connection, scope, period, key, start, end)
    out: dict[str, list[dict[str, Any]]] = {}
    # Signals are judged per series against its own history; computing them for hundreds of
    # series would make one request slow, so only a selection (or one key) gets them.
    with_signals = bool(key) or len(built) <= MAX_SERIES_WITH_SIGNALS
    for series_key, points in built.items():
        rows = []
        judged = assess_series(connection, points) if with_signals and period == "week" else None
        for index, point in enumerate(points):
            row = point.to_dict()
            row.pop("key")
            if judged is not None:
                row["score"] = round(judged[index].score, 3)
                row["signals"] = [
                    {"kind": signal.kind, "strength": round(signal.strength, 3), "explanation": signal.explanation,
                     "incident_ids": [item.incident_id for item in signal.evidence]}
                    for signal in judged[index].signals
                ]
            rows.append(row)
        out[series_key] = rows
    return {"scope": scope, "period": period, "series": out}


def assessment(connection: duckdb.DuckDBPyConnection, *, dyad: str | None, pair: str | None, region: str | None,
               incident: str | None, since: str, start: date | None, end: date | None) -> dict[str, Any]:
    if incident:
        try:
            return as_json(assess_incident(connection, incident))
        except LookupError as error:
            raise HTTPException(status.HTTP_404_NOT_FOUND, str(error)) from None
    chosen = [(scope, key) for scope, key in (("dyad", dyad), ("pair", pair), ("region", region)) if key]
    if len(chosen) != 1:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT,
                            "give exactly one of dyad, pair, region (or incident)")
    scope, key = chosen[0]
    start, last = window(connection, since, start, end)
    return as_json(assess(connection, scope, key, start, last))  # type: ignore[arg-type]


def window(connection: duckdb.DuckDBPyConnection, since: str, start: date | None, end: date | None
           ) -> tuple[date, date]:
    """The period asked for; it ends at ``end``, or at the latest incident in the store (so archives work)."""
    last = end or latest_incident_date(connection) or date.today()
    if start is None:
        try:
            start = last - parse_span(since)
        except ValueError as error:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(error)) from None
    return start, last


def situation_report(connection: duckdb.DuckDBPyConnection, *, dyad: str | None, region: str | None, since: str,
                     start: date | None, end: date | None) -> Report:
    first, last = window(connection, since, start, end)
    return build_report(connection, first, last, dyad=dyad, region=region)


def report_json(report: Report) -> dict[str, Any]:
    """The report as plain data: the same sections as its Markdown, HTML and PDF forms."""
    return {
        "start": report.start.isoformat(),
        "end": report.end.isoformat(),
        "focus": report.focus,
        "escalation": [{"assessment": as_json(found), "weekly_intensity": history}
                       for found, history in report.assessments],
        "incidents": [asdict(item) for item in report.incidents],
        "statements": report.statements,
    }


def as_json(result: Assessment) -> dict[str, Any]:
    """The assessment as plain data (asdict: works on slotted dataclasses, evidence included)."""
    data = asdict(result)
    data["start"], data["end"] = result.start.isoformat(), result.end.isoformat()
    return data
