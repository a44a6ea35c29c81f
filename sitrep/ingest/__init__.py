"""Ingest: every source format read into ``Article`` records; what cannot be read is kept as
``Rejected`` with the reason, and the rest of the batch proceeds."""

from __future__ import annotations

from sitrep.ingest.records import ARTICLE_FIELDS, parse_field_mapping
from sitrep.ingest.run import IngestReport, ingest, store_items
from sitrep.ingest.sources import read_sources

__all__ = ["ARTICLE_FIELDS", "IngestReport", "ingest", "parse_field_mapping", "read_sources", "store_items"]
