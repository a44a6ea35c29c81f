"""The store's schema, as numbered migration steps applied in order.

A later change to the schema appends a step; a step, once released, is never
edited, so every store can be brought to the current version from any older one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    sql: str


# Column names follow the coding contract (DESIGN.md); "end" is a keyword in SQL, so it is quoted.
_INITIAL_SCHEMA = """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    text VARCHAR NOT NULL,
    title VARCHAR,
    url VARCHAR,
    outlet VARCHAR,
    published TIMESTAMPTZ,
    section VARCHAR,
    author VARCHAR,
    language VARCHAR,
    source_ref VARCHAR,
    external_id VARCHAR,
    ingested_at TIMESTAMPTZ,
    coded_at TIMESTAMPTZ,
    coded_version VARCHAR,
    code_error VARCHAR
);

CREATE TABLE events (
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    sentence VARCHAR,
    start INTEGER,
    "end" INTEGER,
    trigger VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    cameo_code VARCHAR,
    cameo_root VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    acled_event_type VARCHAR,
    acled_sub_event_type VARCHAR,
    negated BOOLEAN,
    hypothetical BOOLEAN,
    future BOOLEAN,
    reported BOOLEAN,
    date_value VARCHAR,
    date_precision VARCHAR,
    date_text VARCHAR,
    location_text VARCHAR,
    location_start INTEGER,
    location_end INTEGER,
    location_name VARCHAR,
    location_geonameid BIGINT,
    location_lat DOUBLE,
    location_lon DOUBLE,
    location_country VARCHAR,
    location_admin1 VARCHAR,
    location_feature VARCHAR,
    location_score DOUBLE,
    dead INTEGER,
    injured INTEGER,
    captured INTEGER,
    displaced INTEGER,
    size_approximate BOOLEAN,
    confidence DOUBLE,
    source_code VARCHAR,
    source_country VARCHAR,
    source_sector VARCHAR,
    target_code VARCHAR,
    target_country VARCHAR,
    target_sector VARCHAR,
    source JSON,
    target JSON,
    PRIMARY KEY (article_id, event_id)
);

CREATE TABLE quotes (
    article_id VARCHAR NOT NULL,
    quote_id VARCHAR NOT NULL,
    content VARCHAR,
    start INTEGER,
    "end" INTEGER,
    type VARCHAR,
    cue VARCHAR,
    cue_start INTEGER,
    cue_end INTEGER,
    speaker_text VARCHAR,
    speaker_name VARCHAR,
    speaker_code VARCHAR,
    speaker_country VARCHAR,
    speaker_sector VARCHAR,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_office VARCHAR,
    stance_label VARCHAR,
    stance_about VARCHAR,
    event_ids JSON,
    PRIMARY KEY (article_id, quote_id)
);

CREATE TABLE places (
    article_id VARCHAR NOT NULL,
    place_index INTEGER NOT NULL,
    text VARCHAR,
    start INTEGER,
    "end" INTEGER,
    name VARCHAR,
    geonameid BIGINT,
    lat DOUBLE,
    lon DOUBLE,
    country VARCHAR,
    admin1 VARCHAR,
    feature VARCHAR,
    score DOUBLE,
    PRIMARY KEY (article_id, place_index)
);

CREATE TABLE rejected (
    source_ref VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    detail VARCHAR,
    excerpt VARCHAR,
    rejected_at TIMESTAMPTZ,
    PRIMARY KEY (source_ref, reason)
);
"""

# incident_mentions: one row per event of an article in an incident; or, with event_id 'article'
# (ARTICLE_EVENT_ID in sitrep.analysis.article_links), a whole article linked to an incident by its
# headline and lead, a reaction or follow-up with no event of its own there. Such rows match no events
# row: a join on events skips them; counts of articles and outlets (num_articles, num_sources) include
# them, and the API's incident detail lists them apart as "linked_articles".
_INCIDENTS = """
CREATE TABLE incidents (
    incident_id VARCHAR PRIMARY KEY,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    cameo_code VARCHAR,
    goldstein DOUBLE,
    quad_class INTEGER,
    acled_event_type VARCHAR,
    acled_sub_event_type VARCHAR,
    rung INTEGER,
    source_country VARCHAR,
    target_country VARCHAR,
    date_value DATE,
    date_precision VARCHAR,
    location_name VARCHAR,
    location_geonameid BIGINT,
    location_lat DOUBLE,
    location_lon DOUBLE,
    location_country VARCHAR,
    location_admin1 VARCHAR,
    dead INTEGER,
    injured INTEGER,
    captured INTEGER,
    num_mentions INTEGER,
    num_articles INTEGER,
    num_sources INTEGER,
    first_seen TIMESTAMPTZ,
    last_seen TIMESTAMPTZ,
    summary VARCHAR,
    confidence DOUBLE,
    updated_at TIMESTAMPTZ
);

CREATE TABLE incident_mentions (
    incident_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
"""

# Analysts' corrections of a coding: every review is a new row (history kept), the machine's
# event row is never touched; the latest review of an event is the one in force.
_EVENT_REVIEWS = """
CREATE TABLE event_reviews (
    review_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    reviewer VARCHAR NOT NULL,
    reviewed_at TIMESTAMPTZ NOT NULL,
    false_positive BOOLEAN NOT NULL,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    cameo_code VARCHAR,
    source_code VARCHAR,
    target_code VARCHAR,
    location_name VARCHAR,
    location_lat DOUBLE,
    location_lon DOUBLE,
    location_country VARCHAR,
    note VARCHAR
);
CREATE INDEX event_reviews_event ON event_reviews (article_id, event_id);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, events, quotes, places, rejected", _INITIAL_SCHEMA),
    Migration(2, "incidents and their mentions", _INCIDENTS),
    Migration(3, "analysts' reviews of event codings", _EVENT_REVIEWS),
    Migration(
        4,
        "historical events (background, not news) and attitude quotes (beliefs, plans: not statements)",
        "ALTER TABLE events ADD COLUMN historical BOOLEAN; ALTER TABLE quotes ADD COLUMN attitude BOOLEAN;",
    ),
    Migration(
        5,
        "how precise an incident's place is (a point, or the centre of a region or country)",
        # Incidents stored before had coordinates only for a point; the others get a centre when next summarised.
        "ALTER TABLE incidents ADD COLUMN location_precision VARCHAR; "
        "UPDATE incidents SET location_precision = 'point' WHERE location_lat IS NOT NULL;",
    ),
    Migration(
        6,
        "which statement a floating quotation continues",
        "ALTER TABLE quotes ADD COLUMN continues VARCHAR;",
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version

_BOOKKEEPING = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    description VARCHAR NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL
)
"""


class SchemaError(RuntimeError):
    """The store's schema cannot be used by this version of sitrep."""


def current_version(connection: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied, 0 for an empty database."""
    exists = connection.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = connection.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row else 0


def migrate(connection: duckdb.DuckDBPyConnection, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[int]:
    """Apply the steps not yet applied, each in its own transaction; returns the versions applied."""
    connection.execute(_BOOKKEEPING)
    version = current_version(connection)
    newest = migrations[-1].version if migrations else 0
    if version > newest:
        raise SchemaError(
            f"this store has schema version {version}, newer than this sitrep knows ({newest}); upgrade sitrep"
        )
    applied: list[int] = []
    for step in migrations:
        if step.version <= version:
            continue
        connection.execute("BEGIN TRANSACTION")
        try:
            connection.execute(step.sql)
            connection.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [step.version, step.description, datetime.now(UTC)],
            )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        applied.append(step.version)
    return applied


def check_version(connection: duckdb.DuckDBPyConnection) -> None:
    """For read-only use: the schema must be exactly the one this code writes."""
    version = current_version(connection)
    if version < LATEST_VERSION:
        raise SchemaError(
            f"this store has schema version {version}, older than this sitrep's ({LATEST_VERSION}); "
            "open it once for writing (for example with `sitrep ingest`) to migrate it"
        )
    if version > LATEST_VERSION:
        raise SchemaError(
            f"this store has schema version {version}, newer than this sitrep knows ({LATEST_VERSION}); upgrade sitrep"
        )
