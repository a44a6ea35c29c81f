"""The DuckDB store: schema and migrations, idempotent batch writes, queries and exports."""

from sitrep.store.errors import StoreError, StoreLockedError, StoreNotFoundError, StoreSchemaError
from sitrep.store.export import EXPORT_FORMATS, EXPORT_KINDS
from sitrep.store.store import DEFAULT_PATH, Store

__all__ = [
    "DEFAULT_PATH",
    "EXPORT_FORMATS",
    "EXPORT_KINDS",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreNotFoundError",
    "StoreSchemaError",
]
