"""Writing what the readers produce into the store, in batches, with a progress display."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableSet, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from sitrep.ingest.files import DEFAULT_MAX_BYTES
from sitrep.ingest.sources import read_sources
from sitrep.model import Article, Rejected

# A batch is written when it holds this many characters of text, even before ``batch_size``
# articles: memory (ours, and DuckDB's for one insert) then stays bounded however long the articles.
DEFAULT_BATCH_CHARS = 8_000_000


class ArticleSink(Protocol):
    """The part of ``sitrep.store.Store`` that ingestion writes to."""

    def add_articles(self, articles: Sequence[Article]) -> int: ...

    def add_rejected(self, items: Sequence[Rejected]) -> None: ...


@dataclass(slots=True)
class IngestReport:
    read: int = 0  # articles read (new or not)
    new: int = 0  # articles the store did not have
    duplicates: int = 0  # articles it had already, or read twice in this run
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """True when every input was read."""
        return not self.rejected

    def add(self, other: IngestReport) -> None:
        self.read += other.read
        self.new += other.new
        self.duplicates += other.duplicates
        self.rejected.extend(other.rejected)


def ingest(
    sources: Sequence[str],
    store: ArticleSink,
    *,
    fields: Mapping[str, str] | None = None,
    follow: bool = False,
    batch_size: int = 500,
    batch_chars: int = DEFAULT_BATCH_CHARS,
    progress: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    seen: MutableSet[str] | None = None,
) -> IngestReport:
    """Read the sources and store their articles (one transaction per batch) and rejections."""
    items = read_sources(sources, fields=fields, follow=follow, max_bytes=max_bytes, seen=seen)
    return store_items(items, store, batch_size=batch_size, batch_chars=batch_chars, progress=progress)


def store_items(
    items: Iterable[Article | Rejected],
    store: ArticleSink,
    *,
    batch_size: int = 500,
    batch_chars: int = DEFAULT_BATCH_CHARS,
    progress: bool = True,
) -> IngestReport:
    """Write articles in batches (``batch_size`` articles or ``batch_chars`` characters of text,
    whichever comes first) and rejections as they come; count what was new.

    ``items`` is consumed lazily, so memory holds one batch, whatever the number of items.
    """
    report = IngestReport()
    articles: list[Article] = []
    chars = 0  # text in ``articles``
    rejected: list[Rejected] = []
    # Ids in the batch being built: a story read twice must not reach one insert twice. Across
    # batches the store itself refuses ids it has, so this set never grows beyond a batch.
    ids_in_batch: set[str] = set()

    def flush() -> None:
        nonlocal chars
        chars = 0
        if articles:
            report.new += store.add_articles(articles)
            articles.clear()
            ids_in_batch.clear()
        if rejected:
            store.add_rejected(rejected)
            rejected.clear()

    with _progress_display(progress) as advance:
        for item in items:
            if isinstance(item, Rejected):
                report.rejected.append(item)
                rejected.append(item)
            else:
                report.read += 1
                if item.id not in ids_in_batch:
                    ids_in_batch.add(item.id)
                    articles.append(item)
                    chars += len(item.text)
            advance(report)
            if len(articles) >= batch_size or chars >= batch_chars or len(rejected) >= batch_size:
                flush()
        flush()
    report.duplicates = report.read - report.new
    return report


def ingest_memory_limit(max_record_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The DuckDB ``memory_limit`` that `sitrep ingest` opens the store with.

    DuckDB's buffer pool caches what ingest writes, up to 80 % of RAM unless told otherwise, so a
    long ingest's memory grows with the corpus. A cap bounds it, but DuckDB needs room for the
    largest record: with 64MB, a batch of 1 MB articles made its checkpoint fail (fatal to the
    connection), and with 256MB a 41 MB article could not be inserted. 8 times the largest record
    allowed, and never under 256MB, passed both (400MB for the default 50 MB cap).
    """
    return f"{max(256, -(-8 * max_record_bytes // 1_000_000))}MB"


@contextmanager
def _progress_display(enabled: bool) -> Iterator[Any]:
    """A callback that shows running counts on stderr (rich), or does nothing (off, or not a terminal)."""
    from rich.console import Console

    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield lambda report: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("[bold]ingest[/]"), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as display:
        task = display.add_task("starting", total=None)

        def advance(report: IngestReport) -> None:
            display.update(
                task,
                description=f"{report.read} read, {len(report.rejected)} rejected",
            )

        yield advance
