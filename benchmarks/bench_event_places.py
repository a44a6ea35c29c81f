"""How many coded events are placed in a country that is neither side's: a check on event-to-place attachment.

Reads a store written by ``sitrep run`` and counts, among events with a location and at least one side
country (source or target), those whose location is in a third country, overall and for acts of force
(ASSAULT). A third country is sometimes right (talks in Jeddah between the U.S. and Ukraine, an attack on a
U.S. base in Jordan): the figure is a rate to read with the listing (``--list``), not an error count.

    .venv/bin/python benchmarks/bench_event_places.py /tmp/voa.duckdb [--list]
"""

from __future__ import annotations

import argparse
import sys

import duckdb

_HAS_SIDE = "location_country IS NOT NULL AND (source_country IS NOT NULL OR target_country IS NOT NULL)"
_THIRD = "location_country IS DISTINCT FROM source_country AND location_country IS DISTINCT FROM target_country"
_FACTUAL = "NOT negated AND NOT hypothetical AND NOT coalesce(historical, false)"


def third_country_counts(connection: duckdb.DuckDBPyConnection) -> dict[str, int]:
    row = connection.execute(
        f"""
        SELECT count(*) FILTER (WHERE {_HAS_SIDE}),
               count(*) FILTER (WHERE {_HAS_SIDE} AND {_THIRD}),
               count(*) FILTER (WHERE {_HAS_SIDE} AND {_FACTUAL}),
               count(*) FILTER (WHERE {_HAS_SIDE} AND {_THIRD} AND {_FACTUAL}),
               count(*) FILTER (WHERE {_HAS_SIDE} AND plover_type = 'ASSAULT'),
               count(*) FILTER (WHERE {_HAS_SIDE} AND {_THIRD} AND plover_type = 'ASSAULT'),
               count(*) FILTER (WHERE location_country IS NOT NULL AND location_feature = 'country'),
               count(*) FILTER (WHERE location_country IS NOT NULL),
               count(*)
        FROM events
        """
    ).fetchone()
    keys = ("placed_with_a_side", "third_country", "factual_placed_with_a_side", "factual_third_country",
            "assault_placed_with_a_side", "assault_third_country", "placed_at_country_level", "placed", "events")
    return dict(zip(keys, row, strict=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--list", action="store_true", help="print the third-country events")
    arguments = parser.parse_args(argv)
    try:
        connection = duckdb.connect(arguments.db, read_only=True)
    except duckdb.Error as error:
        print(f"cannot open {arguments.db}: {error}", file=sys.stderr)
        return 2
    counts = third_country_counts(connection)
    for key, value in counts.items():
        print(f"{key:28} {value}")
    share = counts["third_country"] / counts["placed_with_a_side"] if counts["placed_with_a_side"] else 0.0
    print(f"{'third-country share':28} {share:.1%}")
    if arguments.list:
        rows = connection.execute(
            f"""
            SELECT article_id, event_id, plover_type, source_country, target_country, location_name,
                   location_country, round(location_score, 3), sentence
            FROM events WHERE {_HAS_SIDE} AND {_THIRD} ORDER BY article_id, event_id
            """
        ).fetchall()
        for row in rows:
            print(" | ".join("" if value is None else str(value) for value in row[:8]), "|", row[8][:140])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
