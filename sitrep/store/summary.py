"""``Store.stats``: what a store holds, as plain counts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from sitrep.store.migrations import current_version


def summarise(connection: duckdb.DuckDBPyConnection, path: Path | None) -> dict[str, Any]:
    def scalar(sql: str) -> Any:
        row = connection.execute(sql).fetchone()
        return row[0] if row else None

    def counts(sql: str) -> dict[str, int]:
        return {str(key): int(count) for key, count in connection.execute(sql).fetchall()}

    total, coded, errors, first, last = connection.execute(
        "SELECT count(*), count(coded_at), count(code_error), min(published), max(published) FROM articles"
    ).fetchone() or (0, 0, 0, None, None)
    return {
        "path": str(path) if path else ":memory:",
        "schema_version": current_version(connection),
        "articles": {
            "total": int(total),
            "coded": int(coded),
            "not_coded": int(total) - int(coded),
            "coded_with_error": int(errors),
            "by_language": counts(
                "SELECT coalesce(language, 'unknown') AS lang, count(*) AS n FROM articles "
                "GROUP BY lang ORDER BY n DESC, lang"
            ),
            "by_coded_version": counts(
                "SELECT coded_version, count(*) AS n FROM articles WHERE coded_version IS NOT NULL "
                "GROUP BY coded_version ORDER BY n DESC, coded_version"
            ),
        },
        "published": {
            "first": first.isoformat() if first else None,
            "last": last.isoformat() if last else None,
        },
        "events": {
            "total": int(scalar("SELECT count(*) FROM events")),
            "by_plover_type": counts(
                "SELECT plover_type, count(*) AS n FROM events GROUP BY plover_type ORDER BY n DESC, plover_type"
            ),
        },
        # What an analyst counts first: events the text asserts happened, statements that take a side.
        "factual_events": int(scalar(
            "SELECT count(*) FROM events WHERE NOT (coalesce(negated, false) OR coalesce(hypothetical, false) "
            "OR coalesce(future, false) OR coalesce(historical, false))"
        )),
        "quotes": int(scalar("SELECT count(*) FROM quotes")),
        "quotes_with_stance": int(scalar("SELECT count(*) FROM quotes WHERE stance_label IS NOT NULL")),
        "places": int(scalar("SELECT count(*) FROM places")),
        "incidents": int(scalar("SELECT count(*) FROM incidents")),
        "incident_breakdown": _incident_breakdown(connection),
        "rejected": {
            "total": int(scalar("SELECT count(*) FROM rejected")),
            "by_reason": counts("SELECT reason, count(*) AS n FROM rejected GROUP BY reason ORDER BY n DESC, reason"),
        },
    }


def _incident_breakdown(connection: duckdb.DuckDBPyConnection) -> dict[str, int]:
    several, between, within, located = connection.execute(
        "SELECT count(*) FILTER (WHERE num_articles > 1), "
        "count(*) FILTER (WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country), "
        "count(*) FILTER (WHERE source_country IS NOT NULL AND source_country = target_country), "
        "count(*) FILTER (WHERE location_lat IS NOT NULL AND coalesce(location_precision, 'point') = 'point') "
        "FROM incidents"
    ).fetchone() or (0, 0, 0, 0)
    return {
        "reported_by_several_articles": int(several),
        "between_two_countries": int(between),
        "within_one_country": int(within),
        "placed_at_a_point": int(located),
    }
