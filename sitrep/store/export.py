"""Exports of one store table as JSONL, CSV or Parquet, one record per line or row.

JSONL records have the nested shape of the coding contract (``Event.to_dict()``
and friends, plus ``article_id``); CSV and Parquet have the table's flat columns,
with actor lists as JSON strings.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import duckdb

from sitrep.store import rows
from sitrep.store.errors import StoreError

EXPORT_KINDS: tuple[str, ...] = ("articles", "events", "quotes", "places", "rejected")
EXPORT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")

# A stable order, so two exports of the same store are byte-identical.
_ORDER = {
    "articles": "published NULLS LAST, id",
    "events": 'article_id, start, "end", event_id',
    "quotes": 'article_id, start, "end", quote_id',
    "places": "article_id, place_index",
    "rejected": "source_ref, reason",
}
_FETCH = 2000


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _article_record(row: Mapping[str, Any]) -> dict[str, Any]:
    record = rows.article_from_row(row).to_dict()
    record.update(coded_at=_plain(row["coded_at"]), coded_version=row["coded_version"], code_error=row["code_error"])
    return record


def _with_article(to_dict: Callable[[Mapping[str, Any]], dict[str, Any]]) -> Callable[[Mapping[str, Any]], dict]:
    return lambda row: {"article_id": row["article_id"], **to_dict(row)}


_JSON_RECORD: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
    "articles": _article_record,
    "events": _with_article(lambda row: rows.event_from_row(row).to_dict()),
    "quotes": _with_article(lambda row: rows.quote_from_row(row).to_dict()),
    "places": _with_article(lambda row: rows.place_from_row(row).to_dict()),
    "rejected": lambda row: {key: _plain(value) for key, value in row.items()},
}


def export(
    connection: duckdb.DuckDBPyConnection,
    kind: str,
    fmt: str,
    output: Path | None = None,
    stream: IO[str] | None = None,
) -> int:
    """Write the table ``kind`` in format ``fmt`` to ``output``, or to ``stream`` (default stdout)."""
    if kind not in EXPORT_KINDS:
        raise ValueError(f"unknown export kind {kind!r}; choose one of {', '.join(EXPORT_KINDS)}")
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    query = f"SELECT * FROM {kind} ORDER BY {_ORDER[kind]}"
    if fmt == "parquet":
        if output is None:
            raise StoreError("Parquet is a binary file format: give an output file (--output FILE.parquet)")
        return _export_parquet(connection, query, kind, output)
    with ExitStack() as stack:
        if output is not None:
            output.parent.mkdir(parents=True, exist_ok=True)
            sink = stack.enter_context(output.open("w", encoding="utf-8", newline=""))
        else:
            sink = stream if stream is not None else sys.stdout
        columns, batches = _fetch(connection, query)
        if fmt == "jsonl":
            return _write_jsonl(sink, columns, batches, _JSON_RECORD[kind])
        return _write_csv(sink, columns, batches)


def _fetch(connection: duckdb.DuckDBPyConnection, query: str) -> tuple[list[str], Iterator[list[tuple]]]:
    cursor = connection.execute(query)
    columns = [column[0] for column in cursor.description]

    def batches() -> Iterator[list[tuple]]:
        while chunk := cursor.fetchmany(_FETCH):
            yield chunk

    return columns, batches()


def _write_jsonl(
    sink: IO[str],
    columns: list[str],
    batches: Iterator[list[tuple]],
    to_record: Callable[[Mapping[str, Any]], dict[str, Any]],
) -> int:
    count = 0
    for chunk in batches:
        lines = [
            json.dumps(to_record(dict(zip(columns, row, strict=True))), ensure_ascii=False) + "\n" for row in chunk
        ]
        sink.writelines(lines)
        count += len(lines)
    return count


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _plain(value)


def _write_csv(sink: IO[str], columns: list[str], batches: Iterator[list[tuple]]) -> int:
    writer = csv.writer(sink, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for chunk in batches:
        writer.writerows([_csv_value(value) for value in row] for row in chunk)
        count += len(chunk)
    return count


def _export_parquet(connection: duckdb.DuckDBPyConnection, query: str, kind: str, output: Path) -> int:
    output.parent.mkdir(parents=True, exist_ok=True)
    target = str(output).replace("'", "''")  # COPY takes the file name as a literal, not a parameter
    connection.execute(f"COPY ({query}) TO '{target}' (FORMAT parquet, COMPRESSION zstd)")
    row = connection.execute(f"SELECT count(*) FROM {kind}").fetchone()
    return int(row[0]) if row else 0
