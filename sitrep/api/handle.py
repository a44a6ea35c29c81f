"""The app's one store, opened once: reads on cursors of their own, writes one at a time.

DuckDB lets one process hold a file while anyone writes to it, so the app opens the
store once and keeps it. A DuckDB connection must not run two statements at once from
two threads, so each read gets its own cursor (a connection to the same database, which
sees every committed write) and reads run side by side; writes go through the store's
own connection under a lock, so they are serialised.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from sitrep.store import Store


class StoreHandle:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.store = Store.open(self.path)
        self._lock = threading.RLock()
        # Bumped after every write through the app; while the app runs nothing else can write the
        # file (DuckDB's lock), so results computed at one generation stay true until the next.
        self.generation = 0

    @contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for the block (reads)."""
        with self._lock:  # creating a cursor touches the shared connection
            cursor = self.store.connection.cursor()
        try:
            cursor.execute("SET TimeZone = 'UTC'")
            yield cursor
        finally:
            cursor.close()

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The store, held exclusively for the block (one writer at a time)."""
        with self._lock:
            try:
                yield self.store
            finally:
                self.generation += 1

    def close(self) -> None:
        with self._lock:
            self.store.close()
