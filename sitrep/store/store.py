"""The DuckDB store: one file, one writer, idempotent batch writes.

Every write method is one transaction: a batch is either wholly in the store or
not at all, so a run killed at any moment and started again ends with exactly
the rows of a run that was never interrupted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import duckdb
import pyarrow as pa

from sitrep.model import Article, CodedDocument, Rejected
from sitrep.store import rows
from sitrep.store.errors import (
    StoreError,
    StoreNotFoundError,
    StoreSchemaError,
    is_lock_error,
    locked_error_from,
)
from sitrep.store.migrations import SchemaError, check_version, current_version, migrate

DEFAULT_PATH = "sitrep.duckdb"
_MEMORY = ":memory:"


class Store:
    """A sitrep database. Open it with ``Store.open(path)``, preferably as a context manager."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path | None, read_only: bool) -> None:
        self._connection = connection
        self.path = path
        self.read_only = read_only

    # --- opening and closing ---------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | Path = DEFAULT_PATH, *, read_only: bool = False, memory_limit: str | None = None
    ) -> Store:
        """Open (and for writing, create and migrate) the store at ``path``.

        ``memory_limit`` (DuckDB's setting, e.g. "256MB") caps DuckDB's buffer pool, which
        otherwise keeps written blocks cached up to 80% of the machine's memory.

        Raises StoreLockedError when another process holds the file, StoreNotFoundError
        when a store opened read-only does not exist, StoreSchemaError when the schema
        is not one this sitrep can use.
        """
        in_memory = str(path) == _MEMORY
        resolved = None if in_memory else Path(path).expanduser().resolve()
        if resolved is not None:
            if read_only and not resolved.exists():
                raise StoreNotFoundError(f"no sitrep store at {resolved}; create one with `sitrep ingest`")
            if not read_only:
                resolved.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = duckdb.connect(_MEMORY if resolved is None else str(resolved), read_only=read_only)
        except duckdb.Error as error:
            if resolved is not None and is_lock_error(error):
                raise locked_error_from(error, resolved) from None
            # Not a DuckDB file, a newer DuckDB's file, unreadable: say which file and why.
            raise StoreError(f"cannot open {resolved or _MEMORY} as a sitrep store: {error}") from None
        # Timestamps come back in UTC whatever the machine's zone, so a round trip is exact.
        connection.execute("SET TimeZone = 'UTC'")
        if memory_limit is not None:
            connection.execute(f"SET memory_limit = '{_checked_size(memory_limit)}'")
        try:
            if read_only:
                check_version(connection)
            else:
                migrate(connection)
        except SchemaError as error:
            connection.close()
            raise StoreSchemaError(f"{resolved or _MEMORY}: {error}") from None
        except BaseException:
            connection.close()
            raise
        return cls(connection, resolved, read_only)

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for queries the store has no method for (analysis, API)."""
        return self._connection

    @property
    def schema_version(self) -> int:
        return current_version(self._connection)

    # --- writes ----------------------------------------------------------------------------

    def add_articles(self, articles: Sequence[Article]) -> int:
        """Store the articles whose ids are new; returns how many were new. One transaction."""
        self._check_writable()
        unique = list({article.id: article for article in reversed(articles)}.values())[::-1]
        if not unique:
            return 0
        batch = rows.articles_to_arrow(unique)
        with self._transaction():
            inserted = self._insert_new_articles(batch)
        return inserted

    def add_rejected(self, items: Sequence[Rejected]) -> None:
        """Quarantine unreadable inputs; the same (source_ref, reason) is kept once, with its latest detail."""
        self._check_writable()
        now = datetime.now(UTC)
        latest = {(item.source_ref, item.reason): rows.rejected_row(item, now) for item in items}
        if not latest:
            return
        batch = rows.to_arrow(list(latest.values()), rows.REJECTED_SCHEMA)
        with self._transaction(), self._registered(rejected_batch=batch):
            self._connection.execute(
                "INSERT INTO rejected BY NAME SELECT * FROM rejected_batch "
                "ON CONFLICT (source_ref, reason) DO UPDATE SET "
                "detail = excluded.detail, excerpt = excluded.excerpt, rejected_at = excluded.rejected_at"
            )

    def add_coded(self, docs: Sequence[CodedDocument], pipeline_version: str) -> None:
        """Replace each document's events, quotes and places and mark its article coded. One transaction.

        An article not yet in the store is added first, so no event points at nothing.
        A document listed twice counts once (the last one).
        """
        self._check_writable()
        latest = {doc.article.id: doc for doc in docs}
        if not latest:
            return
        for doc in latest.values():
            _check_unique_ids(doc)
        event_rows: list[dict[str, Any]] = []
        quote_rows: list[dict[str, Any]] = []
        place_rows: list[dict[str, Any]] = []
        for article_id, doc in latest.items():
            event_rows.extend(rows.event_row(article_id, event) for event in doc.events)
            quote_rows.extend(rows.quote_row(article_id, quote) for quote in doc.quotes)
            place_rows.extend(rows.place_row(article_id, index, place) for index, place in enumerate(doc.places))
        status = pa.table(
            {
                "id": pa.array(list(latest), pa.string()),
                "code_error": pa.array([doc.error for doc in latest.values()], pa.string()),
            }
        )
        articles = rows.articles_to_arrow([doc.article for doc in latest.values()])
        coded_at = datetime.now(UTC)
        with (
            self._transaction(),
            self._registered(
                coded_status=status,
                coded_events=rows.to_arrow(event_rows, rows.EVENT_SCHEMA),
                coded_quotes=rows.to_arrow(quote_rows, rows.QUOTE_SCHEMA),
                coded_places=rows.to_arrow(place_rows, rows.PLACE_SCHEMA),
            ),
        ):
            self._insert_new_articles(articles)
            for table, batch in (("events", "coded_events"), ("quotes", "coded_quotes"), ("places", "coded_places")):
                self._connection.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM coded_status)")
                self._connection.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {batch}")
            self._connection.execute(
                "UPDATE articles SET coded_at = ?, coded_version = ?, code_error = coded_status.code_error "
                "FROM coded_status WHERE articles.id = coded_status.id",
                [coded_at, pipeline_version],
            )

    # --- reads -----------------------------------------------------------------------------

    def articles_to_code(self, pipeline_version: str, batch_size: int = 64) -> Iterator[list[Article]]:
        """Batches of codable articles (language unknown or English) not yet coded with this version.

        Ordered by id; each batch is its own query (keyset pagination), so the caller
        may write the coded batch through this store before asking for the next one.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        columns = ", ".join(rows.ARTICLE_FIELDS)
        after = ""
        while True:
            cursor = self._connection.execute(
                f"SELECT {columns} FROM articles "
                "WHERE (language IS NULL OR language = 'en') "
                "AND (coded_version IS NULL OR coded_version <> ?) AND id > ? "
                "ORDER BY id LIMIT ?",
                [pipeline_version, after, batch_size],
            )
            batch = [rows.article_from_values(values) for values in cursor.fetchall()]
            if not batch:
                return
            yield batch
            after = batch[-1].id

    def count_to_code(self, pipeline_version: str) -> int:
        """How many articles ``articles_to_code`` will yield (for progress bars)."""
        return self._connection.execute(
            "SELECT count(*) FROM articles WHERE (language IS NULL OR language = 'en') "
            "AND (coded_version IS NULL OR coded_version <> ?)",
            [pipeline_version],
        ).fetchone()[0]

    def get_article(self, article_id: str) -> Article | None:
        columns = ", ".join(rows.ARTICLE_FIELDS)
        row = self._connection.execute(f"SELECT {columns} FROM articles WHERE id = ?", [article_id]).fetchone()
        return rows.article_from_values(row) if row else None

    def stats(self) -> dict[str, Any]:
        """What the store holds: counts of articles, events, quotes, places and rejected inputs."""
        from sitrep.store.summary import summarise

        return summarise(self._connection, self.path)

    def export(self, kind: str, fmt: str, output: Path | str | None = None, stream: IO[str] | None = None) -> int:
        """Write one table as JSONL, CSV or Parquet to ``output`` (or ``stream``/stdout); returns the row count."""
        from sitrep.store.export import export

        return export(self._connection, kind, fmt, Path(output) if output is not None else None, stream)

    # --- helpers ---------------------------------------------------------------------------

    def _insert_new_articles(self, batch: pa.Table) -> int:
        with self._registered(new_articles=batch):
            inserted = self._connection.execute(
                "INSERT INTO articles BY NAME SELECT * FROM new_articles ON CONFLICT (id) DO NOTHING RETURNING id"
            ).fetchall()
        return len(inserted)

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store {self.path} was opened read-only")

    def _transaction(self) -> _Transaction:
        return _Transaction(self._connection)

    def _registered(self, **tables: pa.Table) -> _Registered:
        return _Registered(self._connection, tables)


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK when the block raises (KeyboardInterrupt included)."""

    def __init__(self, connection: duckdb.DuckDBPyConnection) -> None:
        self._connection = connection

    def __enter__(self) -> None:
        self._connection.execute("BEGIN TRANSACTION")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._connection.execute("COMMIT" if exc_type is None else "ROLLBACK")


class _Registered:
    """Arrow tables visible to SQL by name for the duration of a block."""

    def __init__(self, connection: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table]) -> None:
        self._connection = connection
        self._tables = tables

    def __enter__(self) -> None:
        for name, table in self._tables.items():
            self._connection.register(name, table)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        for name in self._tables:
            self._connection.unregister(name)


def _checked_size(value: str) -> str:
    """A DuckDB memory size such as '512MB' or '2GB'; anything else is refused before it reaches SQL."""
    if not re.fullmatch(r"\d+(\.\d+)?\s*[KMGT]i?B", value.strip(), flags=re.IGNORECASE):
        raise ValueError(f"memory_limit must look like '512MB' or '2GB', not {value!r}")
    return value.strip()


def _check_unique_ids(doc: CodedDocument) -> None:
    """Events and quotes are keyed by (article_id, id); a repeated id is a bug in a stage, said plainly."""
    for label, ids in (
        ("event_id", [event.event_id for event in doc.events]),
        ("quote_id", [quote.quote_id for quote in doc.quotes]),
    ):
        seen: set[str] = set()
        for value in ids:
            if value in seen:
                raise ValueError(f"article {doc.article.id}: {label} {value!r} occurs twice; ids must be unique")
            seen.add(value)
