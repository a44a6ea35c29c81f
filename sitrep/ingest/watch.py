"""Polling a list of feeds: each poll stores only what is new, and a feed that is down is reported."""

from __future__ import annotations

import re
from collections.abc import Iterable, MutableSet
from pathlib import Path
from typing import Any

from sitrep.ingest.files import DEFAULT_MAX_BYTES
from sitrep.ingest.run import IngestReport, ingest

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in ``30s``, ``15m``, ``1h`` (or a bare number of seconds); ValueError otherwise."""
    match = _INTERVAL.match(text)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"{text!r}: expected a duration such as 30s, 15m or 1h")
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs or paths, one a line; blank lines and ``#`` comments are skipped."""
    feeds = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            # A comment may follow after a space; a '#' inside a URL (its fragment) is kept.
            feeds.append(re.split(r"\s+#", entry, maxsplit=1)[0].strip())
    return feeds


def _known_entry_keys(store: Any, feeds: Iterable[str]) -> set[str]:
    """Links and guids of articles already stored from these feeds, so a new process does not
    re-fetch them with --follow. Stores without a SQL connection contribute nothing."""
    connection = getattr(store, "connection", None)
    feeds = list(feeds)
    if connection is None or not feeds:
        return set()
    import duckdb

    placeholders = ", ".join("?" for _ in feeds)
    try:
        rows = connection.execute(
            f"SELECT url, external_id FROM articles WHERE source_ref IN ({placeholders})", feeds
        ).fetchall()
    except duckdb.Error:  # a store without that table or those columns: the in-memory memory still works
        return set()
    return {value for row in rows for value in row if value}


def poll(
    feeds: list[str],
    store: Any,
    *,
    seen: MutableSet[str],
    follow: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
) -> IngestReport:
    """Read every feed once and store what is new; entries in ``seen`` are skipped."""
    seen.update(_known_entry_keys(store, feeds))
    return ingest(feeds, store, follow=follow, max_bytes=max_bytes, seen=seen, progress=progress)
