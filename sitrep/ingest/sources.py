"""From a list of sources (files, folders, URLs, ``-``) to articles and rejections.

Each source is read on its own: whatever goes wrong with one becomes a
``Rejected`` record with the reason, and the rest of the batch proceeds.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, MutableSet, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.ingest.csvrecords import read_csv, read_csv_file
from sitrep.ingest.feeds import looks_like_feed, read_feed
from sitrep.ingest.fetch import Fetched, Fetcher, is_url
from sitrep.ingest.files import DEFAULT_MAX_BYTES, InputProblem, decode_bytes, read_capped, read_file_bytes
from sitrep.ingest.htmlpages import read_html
from sitrep.ingest.jsonrecords import looks_like_jsonl, read_json, read_json_lines, read_json_lines_file
from sitrep.ingest.lines import is_streamable
from sitrep.ingest.plain import read_text
from sitrep.ingest.records import ARTICLE_FIELDS
from sitrep.model import Article, Rejected

Item = Article | Rejected
STDIN = "-"
STDIN_REF = "<stdin>"

_FORMAT_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",
}
# Formats that are news too, but that sitrep does not read; saying so beats "invalid UTF-8".
_UNSUPPORTED_SUFFIXES = {
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ppt", ".pptx", ".epub",
    ".zip", ".gz", ".bz2", ".xz", ".7z", ".tar", ".parquet",
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".mp3", ".mp4", ".wav",
}  # fmt: skip


@dataclass(slots=True)
class ReadOptions:
    fields: dict[str, str] = field(default_factory=dict)
    follow: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES  # per file; per record (line) for JSONL and CSV, which are streamed
    seen: MutableSet[str] | None = None  # feed entry guids/links already read (the watcher's memory)


def read_sources(
    sources: Sequence[str],
    *,
    fields: Mapping[str, str] | None = None,
    follow: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    seen: MutableSet[str] | None = None,
) -> Iterator[Item]:
    """Articles and rejections from files, folders (recursively), http(s) URLs and ``-`` (stdin).

    Raises ValueError at once (not on first iteration) for a mapping to an unknown field.
    """
    for target in fields or {}:
        if target not in ARTICLE_FIELDS:
            raise ValueError(f"unknown field {target!r}; fields are {', '.join(ARTICLE_FIELDS)}")
    options = ReadOptions(fields=dict(fields or {}), follow=follow, max_bytes=max_bytes, seen=seen)
    return _read_all(list(sources), options)


def _read_all(sources: list[str], options: ReadOptions) -> Iterator[Item]:
    with Fetcher(options.max_bytes) as fetcher:
        for source in sources:
            if source == STDIN:
                yield from _guarded(STDIN_REF, _read_stdin(options))
            elif is_url(source):
                yield from _guarded(source, _read_url(source, options, fetcher))
            elif Path(source).is_dir():
                for path in _walk(Path(source)):
                    yield from _guarded(str(path), _read_path(path, options, fetcher))
            else:
                yield from _guarded(source, _read_path(Path(source), options, fetcher))


def _guarded(source_ref: str, items: Iterator[Item]) -> Iterator[Item]:
    """The source's items; a failure ends that source with a rejection, never the batch."""
    try:
        yield from items
    except InputProblem as problem:
        yield problem.rejected(source_ref)
    except Exception as error:  # a reader bug or a library failing on odd input must not stop the batch
        yield Rejected(source_ref, "reader error", f"{type(error).__name__}: {error}")


# Files that describe a folder rather than report news.
_FOLDER_DOCUMENTS = ("readme", "license", "licence", "changelog", "copying")


def _walk(folder: Path) -> Iterator[Path]:
    """Files under a folder, recursively and in sorted order, skipping hidden files and folders and the
    folder's own documentation (README, LICENSE, ...); a file named on the command line is always read."""
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and not name.lower().startswith(_FOLDER_DOCUMENTS):
                yield Path(root) / name


def _read_path(path: Path, options: ReadOptions, fetcher: Fetcher) -> Iterator[Item]:
    source_ref = str(path)
    suffix = path.suffix.lower()
    if suffix in _UNSUPPORTED_SUFFIXES:
        raise InputProblem("unsupported file type", f"{suffix} files are not read; convert them to text or HTML")
    fmt = _FORMAT_BY_SUFFIX.get(suffix)
    if fmt in ("jsonl", "csv", "tsv") and is_streamable(path, fmt):
        yield from _stream_path(path, fmt, options)
        return
    data = read_file_bytes(path, options.max_bytes)
    text = decode_bytes(data)
    yield from _read_format(fmt or sniff_format(text), text, source_ref, options, fetcher)


def _stream_path(path: Path, fmt: str, options: ReadOptions) -> Iterator[Item]:
    """A JSONL or CSV file read a line at a time, whatever its size: ``max_bytes`` caps each record."""
    if fmt == "jsonl":
        yield from read_json_lines_file(path, str(path), options.fields, max_line_bytes=options.max_bytes)
    else:
        yield from read_csv_file(
            path, str(path), options.fields, tab_separated=fmt == "tsv", max_line_bytes=options.max_bytes
        )


def _read_url(url: str, options: ReadOptions, fetcher: Fetcher) -> Iterator[Item]:
    fetched = fetcher.get(url)
    text = decode_bytes(fetched.body, fetched.charset)
    yield from _read_format(_format_of_response(fetched, text), text, url, options, fetcher, url=fetched.url)


def _read_stdin(options: ReadOptions) -> Iterator[Item]:
    stream = getattr(sys.stdin, "buffer", None)
    data = read_capped(stream, options.max_bytes) if stream is not None else sys.stdin.read().encode("utf-8")
    text = decode_bytes(data)
    if looks_like_jsonl(text):
        yield from read_json_lines(text, STDIN_REF, options.fields)
    else:
        yield from read_text(text, STDIN_REF)


def sniff_format(text: str) -> str:
    """The format of a document whose name does not say: feed, html, json or text."""
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    if head.startswith("<"):
        if looks_like_feed(head):
            return "feed"
        lowered = head.lower()
        if "<html" in lowered or "<!doctype html" in lowered or "<body" in lowered or "<p" in lowered:
            return "html"
        return "xml"
    if head.startswith(("{", "[")):
        return "json"
    return "text"


def _format_of_response(fetched: Fetched, text: str) -> str:
    media_type = fetched.content_type
    if "html" in media_type and not looks_like_feed(text):
        return "html"
    if "json" in media_type:
        return "json"
    if media_type == "text/plain":
        return "text"
    return sniff_format(text)


def _read_format(
    fmt: str, text: str, source_ref: str, options: ReadOptions, fetcher: Fetcher, *, url: str | None = None
) -> Iterator[Item]:
    if fmt == "xml":
        fmt = "feed" if looks_like_feed(text) else "unsupported"
    if fmt == "text":
        yield from read_text(text, source_ref, url=url)
    elif fmt == "html":
        yield from read_html(text, source_ref, url=url)
    elif fmt == "json":
        yield from read_json(text, source_ref, options.fields)
    elif fmt == "jsonl":
        yield from read_json(text, source_ref, options.fields, lines_first=True)
    elif fmt in ("csv", "tsv"):
        yield from read_csv(text, source_ref, options.fields, tab_separated=fmt == "tsv")
    elif fmt == "feed":
        yield from read_feed(text, source_ref, follow=options.follow, fetcher=fetcher, seen=options.seen)
    else:
        yield Rejected(source_ref, "unsupported XML", "an XML document that is not an RSS or Atom feed")
