"""Dates: publication dates, time expressions, and the date of each event."""

from sitrep.time.expressions import DateMention, find_date_expressions
from sitrep.time.publication import publication_date_from_name, publication_date_from_text
from sitrep.time.resolve import reported_date, resolve_mention

__all__ = [
    "DateMention",
    "find_date_expressions",
    "publication_date_from_name",
    "publication_date_from_text",
    "reported_date",
    "resolve_mention",
]
