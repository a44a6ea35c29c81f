"""Downloads of a filtered list, every row: CSV, JSONL or Parquet."""

from __future__ import annotations

import io
import json
from datetime import date, datetime

import duckdb
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
from fastapi.responses import Response

DOWNLOAD_LIMIT = 1_000_000
_MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
}


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, (datetime, date)) else value


def download(connection: duckdb.DuckDBPyConnection, name: str, sql: str, parameters: list, fmt: str) -> Response:
    table: pa.Table = connection.sql(f"{sql} LIMIT ?", params=[*parameters, DOWNLOAD_LIMIT]).to_arrow_table()
    if fmt == "parquet":
        sink = io.BytesIO()
        pq.write_table(table, sink, compression="zstd")
        body = sink.getvalue()
    elif fmt == "csv":
        sink = io.BytesIO()
        pa_csv.write_csv(table, sink)
        body = sink.getvalue()
    else:
        lines = (json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False) for row in table.to_pylist())
        body = "".join(line + "\n" for line in lines).encode("utf-8")
    headers = {"Content-Disposition": f'attachment; filename="sitrep-{name}.{fmt}"'}
    return Response(body, media_type=_MEDIA[fmt], headers=headers)
