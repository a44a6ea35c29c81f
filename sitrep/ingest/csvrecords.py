"""CSV and TSV sources: one article per row, columns named like JSON fields (or mapped)."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator, Mapping

from sitrep.ingest.records import article_or_rejected, map_fields
from sitrep.model import Article, Rejected

# News texts are long; the csv module's default field limit (128 KiB) would reject real articles.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
_DELIMITERS = ",;\t|"


def _dialect(sample: str, tab_separated: bool) -> type[csv.Dialect] | csv.Dialect:
    if tab_separated:
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel


def read_csv(
    text: str, source_ref: str, fields: Mapping[str, str] | None = None, *, tab_separated: bool = False
) -> Iterator[Article | Rejected]:
    """Articles from a CSV file with a header row; a row that cannot be read is rejected alone."""
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=_dialect(text[:4096], tab_separated))
    columns = [column for column in (reader.fieldnames or []) if column]
    header = {column: column for column in columns}
    if map_fields(header, fields).get("text") is None:
        hint = "" if fields and "text" in fields else " (map one with --field text=COLUMN)"
        yield Rejected(source_ref, "no text column", f"columns: {', '.join(columns) or 'none'}{hint}")
        return
    row_start = reader.line_num + 1  # a quoted field may span lines: a row is named by its first line
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield Rejected(f"{source_ref}:{row_start}", "invalid CSV", str(error))
            return
        record = {key: value for key, value in row.items() if key in header and value not in (None, "")}
        yield article_or_rejected(record, f"{source_ref}:{row_start}", fields)
        row_start = reader.line_num + 1
