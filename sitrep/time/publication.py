"""Publication dates found in the text itself, for sources without metadata.

Looks only at the opening of an article, where datelines and bylines stand:
"KYIV, Aug 7, 2024 —", "Published: 2024-08-07", "August 7, 2024". A date without a
year is not a publication date: it cannot be placed without one.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import dateparser

from sitrep.time.expressions import find_date_expressions

_OPENING_CHARS = 300
_LABELLED = re.compile(r"\b(?:published|posted|updated|date)\s*:?\s*", re.IGNORECASE)


def publication_date_from_text(text: str) -> datetime | None:
    """A timezone-aware publication date stated at the top of ``text``, or None."""
    opening = text[:_OPENING_CHARS]
    for mention in find_date_expressions(opening):
        if mention.kind != "calendar_day" or not re.search(r"(?:19|20)\d{2}", mention.text):
            continue
        before = opening[max(0, mention.start - 30) : mention.start]
        is_lead = mention.start < 80 or _LABELLED.search(before) is not None
        if not is_lead:
            continue
        parsed = dateparser.parse(mention.text, languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False})
        if parsed is not None:
            return parsed.replace(tzinfo=UTC)
    return None


_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def publication_date_from_name(name: str) -> datetime | None:
    """A date stamped in a file name ("2024-08-07_kursk.txt", "20240807-report.txt"), as archives name files."""
    match = _NAME_DATE.search(name.rsplit("/", 1)[-1])
    if match is None:
        return None
    try:
        return datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)), tzinfo=UTC)
    except ValueError:
        return None
