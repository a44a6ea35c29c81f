"""The app's one store connection, shared by every request under a lock.

DuckDB lets one process hold a file while anyone writes to it, and one Python
connection must not run two statements at once from two threads; so the app opens
the store once and every query or write takes the lock. Writes are therefore
serialised; reads are short (milliseconds on 10,000 events), so the lock is cheap.
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

    @contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The connection, held exclusively for the block."""
        with self._lock:
            yield self.store.connection

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The store, held exclusively for the block (one writer at a time)."""
        with self._lock:
            yield self.store

    def close(self) -> None:
        with self._lock:
            self.store.close()
