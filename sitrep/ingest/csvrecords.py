"""CSV and TSV sources: one article per row, columns named like JSON fields (or mapped)."""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from sitrep.ingest.files import SNIFF_BYTES, InputProblem
from sitrep.ingest.lines import TooLong, decode_line, open_lines, raw_lines, too_long_detail
from sitrep.ingest.records import article_or_rejected, map_fields
from sitrep.model import Article, Rejected

# News texts are long; the csv module's default field limit (128 KiB) would reject real articles.
# The size of a record is capped where the lines are read instead (``max_line_bytes``).
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
_DELIMITERS = ",;\t|"
_SAMPLE_CHARS = 4096
# A lone carriage return ends a line too (old Mac files); the csv module needs each one separate.
_LONE_CR = re.compile(r"(?<=\r)(?!\n)")


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
    """Articles from a CSV document with a header row; a row that cannot be read is rejected alone."""
    lines = io.StringIO(text, newline="")
    yield from _read_rows(lines, text[:_SAMPLE_CHARS], source_ref, fields, tab_separated=tab_separated)


def read_csv_file(
    path: Path,
    source_ref: str,
    fields: Mapping[str, str] | None = None,
    *,
    tab_separated: bool = False,
    max_line_bytes: int,
) -> Iterator[Article | Rejected]:
    """Articles from a CSV file read as a stream, a line at a time. A row over ``max_line_bytes``
    (usually an unbalanced quote, which swallows the rest of the file) or a line not in UTF-8 ends
    the file with that reason; the rows before it are kept."""
    row_bytes = _RowBytes()
    with open_lines(path) as stream:
        start = stream.tell()
        sample = stream.read(SNIFF_BYTES).decode("utf-8", errors="ignore")[:_SAMPLE_CHARS]
        stream.seek(start)
        lines = _decoded_lines(stream, max_line_bytes, row_bytes)
        yield from _read_rows(lines, sample, source_ref, fields, tab_separated=tab_separated, row_bytes=row_bytes)


class _RowBytes:
    """The bytes read for the row being parsed: the csv module reads lines until a row is complete,
    so a row, not only a line, must be held to the cap."""

    __slots__ = ("count", "first_line")

    def __init__(self) -> None:
        self.count = 0
        self.first_line = 1

    def row_done(self, next_line: int) -> None:
        self.count = 0
        self.first_line = next_line


def _decoded_lines(stream: BinaryIO, max_line_bytes: int, row: _RowBytes) -> Iterator[str]:
    for number, raw in enumerate(raw_lines(stream, max_line_bytes), start=1):
        if isinstance(raw, TooLong):
            raise InputProblem("too large", f"line {number}: {too_long_detail(raw, max_line_bytes)}")
        row.count += len(raw)
        if row.count > max_line_bytes:
            raise InputProblem(
                "too large",
                f"the row from line {row.first_line} runs past {max_line_bytes:,} bytes at line {number} "
                "(an unbalanced quote?); the limit per record can be raised with --max-mb",
            )
        try:
            line = decode_line(raw)
        except InputProblem as problem:
            raise InputProblem(problem.reason, f"line {number}: {problem.detail}") from None
        if "\r" in line[:-2]:
            yield from (part for part in _LONE_CR.split(line) if part)
        else:
            yield line


def _read_rows(
    lines: Iterable[str],
    sample: str,
    source_ref: str,
    fields: Mapping[str, str] | None,
    *,
    tab_separated: bool,
    row_bytes: _RowBytes | None = None,
) -> Iterator[Article | Rejected]:
    row_bytes = row_bytes or _RowBytes()
    reader = csv.DictReader(lines, dialect=_dialect(sample, tab_separated))
    columns = [column for column in (reader.fieldnames or []) if column]
    header = {column: column for column in columns}
    if map_fields(header, fields).get("text") is None:
        hint = "" if fields and "text" in fields else " (map one with --field text=COLUMN)"
        yield Rejected(source_ref, "no text column", f"columns: {', '.join(columns) or 'none'}{hint}")
        return
    row_start = reader.line_num + 1  # a quoted field may span lines: a row is named by its first line
    row_bytes.row_done(row_start)
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
        row_bytes.row_done(row_start)
