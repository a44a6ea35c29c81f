"""The list endpoints' SQL: one base query per resource, its filters and its sort whitelist."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from sitrep.analysis.incidents import PRIORITY_SQL
from sitrep.api.filters import ListQuery, ListSpec, any_equal, date_range, pair_of, region_of, text_search
from sitrep.api.pagination import decode_cursor, encode_cursor, query_fingerprint

# The review in force for each event: its latest.
LATEST_REVIEWS = """
latest_reviews AS (
    SELECT * FROM event_reviews
    QUALIFY row_number() OVER (PARTITION BY article_id, event_id ORDER BY reviewed_at DESC, review_id DESC) = 1
)"""

REVIEW_COLUMNS = (
    "review_id", "reviewer", "reviewed_at", "false_positive", "plover_type", "plover_mode", "cameo_code",
    "source_code", "target_code", "location_name", "location_lat", "location_lon", "location_country", "note",
)

_EVENT_DATE = "coalesce(try_cast(e.date_value AS DATE), CAST(a.published AS DATE))"
_EVENT_TYPE = "coalesce(r.plover_type, e.plover_type)"

EVENTS_SQL = f"""
WITH {LATEST_REVIEWS}
SELECT e.article_id, e.event_id, e.sentence, e.start, e."end", e.trigger, e.trigger_start, e.trigger_end,
       e.plover_type, e.plover_mode, e.cameo_code, e.quad_class, e.goldstein, e.acled_event_type,
       e.acled_sub_event_type, e.negated, e.hypothetical, e.future,
       e.date_value AS date, e.date_precision, e.date_text,
       e.location_name, e.location_lat, e.location_lon, e.location_country, e.location_admin1,
       e.source_code, e.source_country, e.target_code, e.target_country, e.dead, e.injured, e.captured,
       e.confidence, a.title, a.outlet, a.published, m.incident_id, i.num_sources,
       {", ".join(f"r.{column} AS review_{column}" for column in REVIEW_COLUMNS)}
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN incident_mentions m ON m.article_id = e.article_id AND m.event_id = e.event_id
LEFT JOIN incidents i ON i.incident_id = m.incident_id
LEFT JOIN latest_reviews r ON r.article_id = e.article_id AND r.event_id = e.event_id
"""

EVENTS = ListSpec(
    "events",
    filters={
        **date_range(_EVENT_DATE),
        "country": any_equal("e.source_country", "e.target_country", "e.location_country"),
        "dyad": pair_of("e.source_country", "e.target_country"),
        "plover": lambda value: (f"{_EVENT_TYPE} = ?", [value]),
        "acled": lambda value: ("lower(e.acled_event_type) = lower(?)", [value]),
        "region": region_of("e.location_country", "e.location_admin1"),
        "q": text_search("e.sentence", "a.title"),
        "min_sources": lambda value: ("coalesce(i.num_sources, 1) >= ?", [value]),
    },
    sorts={
        "date": _EVENT_DATE, "published": "a.published", "plover": _EVENT_TYPE, "goldstein": "e.goldstein",
        "confidence": "e.confidence", "sources": "i.num_sources", "dead": "e.dead",
    },
    default_sort="-date",
    tiebreak="e.article_id, e.start, e.event_id",
)

ARTICLES_SQL = """
SELECT a.id, a.title, a.outlet, a.url, a.published, a.language, a.coded_at, a.code_error,
       (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
FROM articles a
"""


def _has_event(condition: str, count: int = 1) -> Any:
    return lambda value: (
        f"EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id AND ({condition}))",
        [value] * count,
    )


ARTICLES = ListSpec(
    "articles",
    filters={
        **date_range("CAST(a.published AS DATE)"),
        "country": _has_event("e.source_country = ? OR e.target_country = ? OR e.location_country = ?", 3),
        "plover": _has_event("e.plover_type = ?"),
        "acled": _has_event("lower(e.acled_event_type) = lower(?)"),
        "q": text_search("a.title", "a.text"),
    },
    sorts={"published": "a.published", "title": "a.title", "outlet": "a.outlet", "events": "events"},
    default_sort="-published",
    tiebreak="a.id",
)

INCIDENTS_SQL = """
SELECT incident_id, CAST(date_value AS VARCHAR) AS date, date_precision, plover_type, plover_mode, cameo_code,
       goldstein, quad_class, acled_event_type, acled_sub_event_type, rung, source_country, target_country,
       location_name, location_lat, location_lon, location_country, location_admin1, dead, injured, captured,
       num_mentions, num_articles, num_sources, first_seen, last_seen, summary, confidence, location_precision
FROM incidents i
"""

INCIDENTS = ListSpec(
    "incidents",
    filters={
        **date_range("i.date_value"),
        "country": any_equal("i.source_country", "i.target_country", "i.location_country"),
        "dyad": pair_of("i.source_country", "i.target_country"),
        "plover": lambda value: ("i.plover_type = ?", [value]),
        "acled": lambda value: ("lower(i.acled_event_type) = lower(?)", [value]),
        "region": region_of("i.location_country", "i.location_admin1"),
        "q": text_search("i.summary", "i.location_name"),
        "min_sources": lambda value: ("i.num_sources >= ?", [value]),
    },
    sorts={
        "date": "i.date_value", "rung": "i.rung", "sources": "i.num_sources", "mentions": "i.num_mentions",
        "goldstein": "i.goldstein", "dead": "i.dead", "articles": "i.num_articles",
        # As `sitrep incidents` and the report rank them: severe, well-sourced, widely reported first.
        "priority": f"({PRIORITY_SQL})",
    },
    default_sort="-date",
    tiebreak="i.incident_id",
)

QUOTES_SQL = """
SELECT q.article_id, q.quote_id, q.content, q.start, q."end", q.type, q.cue, q.speaker_text, q.speaker_name,
       q.speaker_code, q.speaker_country, q.stance_label, q.stance_about, a.title, a.outlet, a.published
FROM quotes q JOIN articles a ON a.id = q.article_id
"""

QUOTES = ListSpec(
    "quotes",
    filters={
        **date_range("CAST(a.published AS DATE)"),
        "country": lambda value: ("q.speaker_country = ?", [value]),
        "q": text_search("q.content", "q.speaker_name", "q.speaker_text"),
    },
    sorts={"published": "a.published", "speaker": "q.speaker_name", "stance": "q.stance_label"},
    default_sort="-published",
    tiebreak="q.article_id, q.start, q.quote_id",
)

PLACES_SQL = """
SELECT coalesce(p.name, p.text) AS name, p.geonameid, any_value(p.lat) AS lat, any_value(p.lon) AS lon,
       p.country, p.admin1, p.feature, count(*) AS mentions, count(DISTINCT p.article_id) AS articles
FROM places p JOIN articles a ON a.id = p.article_id
"""
PLACES_GROUP = "GROUP BY ALL"

PLACES = ListSpec(
    "places",
    filters={
        **date_range("CAST(a.published AS DATE)"),
        "country": lambda value: ("p.country = ?", [value]),
        "region": region_of("p.country", "p.admin1"),
        "q": text_search("p.name", "p.text"),
    },
    sorts={"mentions": "mentions", "articles": "articles", "name": "name"},
    default_sort="-mentions",
    tiebreak="name, geonameid",
)

_ACTOR_STRUCT = '[{"name":"VARCHAR","code":"VARCHAR","country":"VARCHAR","sector":"VARCHAR"}]'
ACTORS_SQL = f"""
WITH roles AS (
    SELECT unnest(json_transform(e.source, '{_ACTOR_STRUCT}'), recursive := true), 'source' AS role, a.published
    FROM events e JOIN articles a ON a.id = e.article_id
    UNION ALL
    SELECT unnest(json_transform(e.target, '{_ACTOR_STRUCT}'), recursive := true), 'target' AS role, a.published
    FROM events e JOIN articles a ON a.id = e.article_id
    UNION ALL
    SELECT q.speaker_name, q.speaker_code, q.speaker_country, q.speaker_sector, 'speaker' AS role, a.published
    FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_code IS NOT NULL OR q.speaker_name IS NOT NULL
)
SELECT code, name, country, sector,
       count(*) FILTER (WHERE role = 'source') AS as_source,
       count(*) FILTER (WHERE role = 'target') AS as_target,
       count(*) FILTER (WHERE role = 'speaker') AS as_speaker,
       count(*) AS total
FROM roles
"""
ACTORS_GROUP = "GROUP BY code, name, country, sector"

ACTORS = ListSpec(
    "actors",
    filters={
        **date_range("CAST(published AS DATE)"),
        "country": lambda value: ("country = ?", [value]),
        "q": text_search("name", "code"),
    },
    sorts={"total": "total", "name": "name", "code": "code", "as_source": "as_source", "as_target": "as_target"},
    default_sort="-total",
    tiebreak="code, name, country, sector",
)


@dataclass(slots=True)
class Resource:
    spec: ListSpec
    sql: str
    group_by: str = ""


RESOURCES: dict[str, Resource] = {
    "events": Resource(EVENTS, EVENTS_SQL),
    "articles": Resource(ARTICLES, ARTICLES_SQL),
    "incidents": Resource(INCIDENTS, INCIDENTS_SQL),
    "quotes": Resource(QUOTES, QUOTES_SQL),
    "places": Resource(PLACES, PLACES_SQL, PLACES_GROUP),
    "actors": Resource(ACTORS, ACTORS_SQL, ACTORS_GROUP),
}


def filtered_sql(resource: Resource, query: ListQuery) -> tuple[str, list]:
    """The resource's SQL with the query's filters and order, without paging."""
    where, parameters = resource.spec.where(query)
    order = resource.spec.order_by(query.sort)
    sql = f"{resource.sql} WHERE {where} {resource.group_by} ORDER BY {order}"
    return sql, parameters


def page(
    connection: duckdb.DuckDBPyConnection, resource: Resource, query: ListQuery
) -> tuple[list[dict[str, Any]], int, str | None]:
    """One page of rows as dicts, the total count, and the cursor of the next page."""
    sql, parameters = filtered_sql(resource, query)
    fingerprint = query_fingerprint([resource.spec.name, query.given(), query.sort])
    offset = decode_cursor(query.cursor, fingerprint)
    total = connection.execute(f"SELECT count(*) FROM ({sql})", parameters).fetchone()[0]
    cursor = connection.execute(f"{sql} LIMIT ? OFFSET ?", [*parameters, query.limit, offset])
    columns = [column[0] for column in cursor.description]
    rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    following = offset + len(rows)
    next_cursor = encode_cursor(following, fingerprint) if following < total and rows else None
    return rows, int(total), next_cursor


def nest_review(row: dict[str, Any]) -> dict[str, Any]:
    """Move the review_* columns of an event row into a `review` object (or None)."""
    review = {column: row.pop(f"review_{column}") for column in REVIEW_COLUMNS}
    row["review"] = review if review["review_id"] is not None else None
    return row
