"""Writing what the readers produce into the store, in batches, with a progress display."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableSet, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from sitrep.ingest.files import DEFAULT_MAX_BYTES
from sitrep.ingest.sources import read_sources
from sitrep.model import Article, Rejected


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
    progress: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    seen: MutableSet[str] | None = None,
) -> IngestReport:
    """Read the sources and store their articles (one transaction per batch) and rejections."""
    items = read_sources(sources, fields=fields, follow=follow, max_bytes=max_bytes, seen=seen)
    return store_items(items, store, batch_size=batch_size, progress=progress)


def store_items(
    items: Iterable[Article | Rejected], store: ArticleSink, *, batch_size: int = 500, progress: bool = True
) -> IngestReport:
    """Write articles in batches and rejections as they come; count what was new."""
    report = IngestReport()
    articles: list[Article] = []
    rejected: list[Rejected] = []
    ids_this_run: set[str] = set()

    def flush() -> None:
        if articles:
            report.new += store.add_articles(articles)
            articles.clear()
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
                # The same story twice in one batch must not reach the store twice.
                if item.id not in ids_this_run:
                    ids_this_run.add(item.id)
                    articles.append(item)
            advance(report)
            if len(articles) >= batch_size:
                flush()
        flush()
    report.duplicates = report.read - report.new
    return report


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
