"""JSON sources: a JSON array of objects, one object, or JSON Lines (one object a line)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from sitrep.ingest.files import InputProblem
from sitrep.ingest.lines import TooLong, decode_line, open_lines, raw_lines, too_long_detail
from sitrep.ingest.records import article_or_rejected
from sitrep.model import Article, Rejected

_EXCERPT_CHARS = 200


def looks_like_jsonl(text: str) -> bool:
    """True when every non-blank line is a JSON value on its own."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    for line in lines:
        try:
            json.loads(line)
        except json.JSONDecodeError:
            return False
    return True


def read_json(
    text: str, source_ref: str, fields: Mapping[str, str] | None = None, *, lines_first: bool = False
) -> Iterator[Article | Rejected]:
    """Articles from a JSON document or JSON Lines; a bad line is rejected alone."""
    if not lines_first or text.lstrip().startswith("["):
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            first_line = next((line for line in text.splitlines() if line.strip()), "")
            if not _parses(first_line):
                yield Rejected(source_ref, "invalid JSON", f"{error.msg} at line {error.lineno} column {error.colno}")
                return
        else:
            yield from _read_document(document, source_ref, fields)
            return
    yield from read_json_lines(text, source_ref, fields)


def _parses(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


def _read_document(document: object, source_ref: str, fields: Mapping[str, str] | None) -> Iterator[Article | Rejected]:
    if isinstance(document, list):
        for index, item in enumerate(document):
            yield article_or_rejected(item, f"{source_ref}[{index}]", fields)
    elif isinstance(document, dict):
        yield article_or_rejected(document, source_ref, fields)
    else:
        yield Rejected(source_ref, "not an object", f"expected a JSON object or array, found {type(document).__name__}")


def read_json_lines(
    text: str, source_ref: str, fields: Mapping[str, str] | None = None
) -> Iterator[Article | Rejected]:
    """One article per line; the reference of each is ``source:LINE``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _read_line(line, f"{source_ref}:{number}", fields)


def read_json_lines_file(
    path: Path, source_ref: str, fields: Mapping[str, str] | None = None, *, max_line_bytes: int
) -> Iterator[Article | Rejected]:
    """One article per line of a JSONL file, read as a stream: memory holds one line at a time, and
    a line over ``max_line_bytes`` or not in UTF-8 is rejected alone."""
    any_record = False
    with open_lines(path) as stream:
        for number, raw in enumerate(raw_lines(stream, max_line_bytes), start=1):
            line_ref = f"{source_ref}:{number}"
            if isinstance(raw, TooLong):
                any_record = True
                yield Rejected(line_ref, "too large", too_long_detail(raw, max_line_bytes))
                continue
            try:
                line = decode_line(raw).rstrip("\r\n")
            except InputProblem as problem:
                any_record = True
                yield problem.rejected(line_ref)
                continue
            if line.strip():
                any_record = True
                yield _read_line(line, line_ref, fields)
    if not any_record:
        raise InputProblem("empty file")


def _read_line(line: str, line_ref: str, fields: Mapping[str, str] | None) -> Article | Rejected:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return Rejected(
            line_ref, "invalid JSON line", f"{error.msg} (column {error.colno})", excerpt=line[:_EXCERPT_CHARS]
        )
    return article_or_rejected(record, line_ref, fields)
