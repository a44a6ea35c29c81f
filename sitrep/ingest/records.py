"""Turn loosely structured records (JSON objects, CSV rows) into ``Article`` records."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from sitrep.model import Article, Rejected, article_id, normalise_text


class RecordError(ValueError):
    """A record that cannot become an article; the message says why."""


# An RFC 2822 date as feeds and mail write it: "Fri, 14 Mar 2025 20:28:39 GMT", "14 Mar 2025 20:28 +0100".
_RFC_2822 = re.compile(
    r"(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC?|Z|[ECMP][SD]T)"
)


def parse_published(value: Any) -> datetime | None:
    """A timezone-aware datetime, or None. Naive values are taken as UTC; never 'now'.

    ISO 8601 and RFC 2822 dates, the common ones in records, are parsed directly; only other
    forms go to dateparser, which costs milliseconds a call (and seconds to import).
    """
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
            parsed = _rfc_2822(text) or _by_dateparser(text)
            if parsed is None:
                return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _rfc_2822(text: str) -> datetime | None:
    if not _RFC_2822.fullmatch(text):
        return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None


def _by_dateparser(text: str) -> datetime | None:
    import dateparser

    parsed: datetime | None = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False})
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


# The fields a record may carry, and the keys other sources commonly use for them.
# An explicit mapping (``--field text=body``) wins; these are tried only when the
# field's own key is absent.
ARTICLE_FIELDS: tuple[str, ...] = ("id", "url", "title", "published", "text", "section", "author", "outlet")
_COMMON_KEYS: dict[str, tuple[str, ...]] = {
    "id": ("guid", "doc_id", "article_id", "uuid"),
    "url": ("link", "href", "source_url"),
    "title": ("headline", "heading"),
    "published": ("date", "published_at", "publish_date", "pubdate", "datetime", "timestamp", "created_at"),
    "text": ("body", "content", "article", "story", "full_text", "maintext"),
    "section": ("category", "desk"),
    "author": ("authors", "byline", "creator"),
    "outlet": ("source", "site", "site_name", "publisher", "source_name", "domain"),
}


def parse_field_mapping(pairs: Sequence[str]) -> dict[str, str]:
    """``["text=body", "title=headline"]`` as a mapping; ValueError names what is wrong."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        target, sep, key = pair.partition("=")
        target, key = target.strip(), key.strip()
        if not sep or not target or not key:
            raise ValueError(f"{pair!r}: expected FIELD=KEY, e.g. text=body")
        if target not in ARTICLE_FIELDS:
            raise ValueError(f"{pair!r}: unknown field {target!r}; fields are {', '.join(ARTICLE_FIELDS)}")
        mapping[target] = key
    return mapping


def _lookup(record: Mapping[str, Any], key: str) -> Any:
    """A value by key, or by a dotted path into nested objects (``byline.name``)."""
    if key in record:
        return record[key]
    value: Any = record
    for part in key.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _flatten(value: Any) -> Any:
    """Lists of authors become one string; ``{"name": ...}`` objects become their name."""
    if isinstance(value, Mapping):
        return value.get("name") or value.get("title")
    if isinstance(value, list):
        parts = [str(_flatten(item)) for item in value if _flatten(item) not in (None, "")]
        return ", ".join(parts) or None
    return value


def map_fields(record: Mapping[str, Any], fields: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The record with sitrep's field names, following an explicit mapping, then common key names."""
    fields = fields or {}
    mapped: dict[str, Any] = {}
    for name in ARTICLE_FIELDS:
        if name in fields:
            value = _lookup(record, fields[name])
        else:
            value = record.get(name)
            for alternative in _COMMON_KEYS[name]:
                if value not in (None, ""):
                    break
                value = record.get(alternative)
        if name == "text" and isinstance(value, list) and all(isinstance(part, str) for part in value):
            value = "\n\n".join(value)  # text given as a list of paragraphs
        # Most values are plain strings or absent; only others need flattening.
        mapped[name] = value if name == "text" or value is None or type(value) is str else _flatten(value)
    language = record.get("language") or record.get("lang")
    if isinstance(language, str) and len(language.strip()) == 2:
        mapped["language"] = language.strip().lower()
    return mapped


def outlet_from_url(url: str | None) -> str | None:
    """The host of a URL without ``www.``: the outlet when a page does not name itself."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    host = host.removeprefix("www.")
    return host or None


def finish_article(article: Article) -> Article:
    """Fill what every reader fills the same way: outlet from the URL, language, ingestion time."""
    from sitrep.ingest.language import detect_language

    if article.outlet is None:
        article.outlet = outlet_from_url(article.url)
    if article.language is None:
        article.language = detect_language(article.text)
    article.ingested_at = datetime.now(UTC)
    return article


def article_or_rejected(record: Any, source_ref: str, fields: Mapping[str, str] | None = None) -> Article | Rejected:
    """One JSON object or CSV row as a finished article, or the reason it is not one."""
    if not isinstance(record, Mapping):
        return Rejected(source_ref, "not an object", f"expected a JSON object, found {type(record).__name__}")
    mapped = map_fields(record, fields)
    try:
        article = article_from_record(mapped, source_ref=source_ref)
    except RecordError as error:
        text_key = (fields or {}).get("text", "text")
        keys = ", ".join(sorted(str(key) for key in record)[:20])
        detail = f"{error}; keys: {keys}" if mapped.get("text") is None else str(error)
        if mapped.get("text") is None and text_key == "text":
            detail += " (map one with --field text=KEY)"
        return Rejected(source_ref, "no text", detail)
    article.language = mapped.get("language")
    return finish_article(article)
