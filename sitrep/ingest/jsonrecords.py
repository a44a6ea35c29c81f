"""JSON sources: a JSON array of objects, one object, or JSON Lines (one object a line)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

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
        if not line.strip():
            continue
        line_ref = f"{source_ref}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Rejected(
                line_ref, "invalid JSON line", f"{error.msg} (column {error.colno})", excerpt=line[:_EXCERPT_CHARS]
            )
            continue
        yield article_or_rejected(record, line_ref, fields)
