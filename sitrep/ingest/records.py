"""Turn loosely structured records (JSON objects, CSV rows) into ``Article`` records."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sitrep.model import Article, article_id, normalise_text


class RecordError(ValueError):
    """A record that cannot become an article; the message says why."""


def parse_published(value: Any) -> datetime | None:
    """A timezone-aware datetime, or None. Naive values are taken as UTC; never 'now'."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        parsed = value
    else:
        text = str(value).strip()
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            import dateparser

            parsed = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False})
            if parsed is None:
                return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def article_from_record(record: Mapping[str, Any], source_ref: str | None = None) -> Article:
    """An article from a mapping with the fields id/url/title/published/text/section/author."""
    text = record.get("text")
    if not isinstance(text, str):
        raise RecordError("record has no 'text' string")
    normalised = normalise_text(text)
    if not normalised:
        raise RecordError("record text is empty")
    external = record.get("id")

    def optional(key: str) -> str | None:
        value = record.get(key)
        return str(value).strip() or None if value not in (None, "") else None

    return Article(
        id=article_id(normalised),
        text=normalised,
        title=optional("title"),
        url=optional("url"),
        outlet=optional("outlet"),
        published=parse_published(record.get("published")),
        section=optional("section"),
        author=optional("author"),
        source_ref=source_ref,
        external_id=str(external) if external not in (None, "") else None,
    )
