"""RSS and Atom feeds: one article per entry, from the entry itself or (``follow``) from its page."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, MutableSet
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sitrep.ingest.fetch import Fetcher
from sitrep.ingest.files import InputProblem, decode_bytes
from sitrep.ingest.htmlpages import extract_page, fragment_to_text
from sitrep.ingest.records import finish_article
from sitrep.model import Article, Rejected, article_id, normalise_text

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML_ROOT = re.compile(r"<html\b", re.IGNORECASE)


def looks_like_feed(text: str) -> bool:
    """True when the document's root element is an RSS, Atom or RDF feed."""
    head = text[:4096]
    feed = _FEED_ROOT.search(head)
    if feed is None:
        return False
    page = _HTML_ROOT.search(head)
    return page is None or page.start() > feed.start()


@dataclass(slots=True)
class FeedEntry:
    """What a feed says about one entry, before it becomes an article."""

    keys: list[str]  # guid and link: how the watcher recognises an entry it has seen
    link: str | None
    guid: str | None
    title: str | None
    published: datetime | None
    author: str | None
    section: str | None
    text: str
    extra: dict[str, Any] = field(default_factory=dict)


def _published(entry: Any) -> datetime | None:
    # feedparser gives the instant as a UTC struct_time, whatever format the feed used.
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), UTC)
    return None


def parse_feed(text: str) -> list[FeedEntry]:
    """The entries of a feed document; InputProblem when it is not a feed."""
    import feedparser

    # Bytes, not str: feedparser treats a str that looks like a path or URL as one to open.
    # The header's charset overrides any XML declaration, which no longer applies once decoded.
    parsed = feedparser.parse(text.encode("utf-8"), response_headers={"content-type": "application/xml; charset=utf-8"})
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise InputProblem("not a feed", str(problem) if problem else "no RSS or Atom root element")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link") or None
        guid = entry.get("id") or None
        bodies = [part.get("value", "") for part in entry.get("content", [])] + [entry.get("summary", "")]
        body = max(bodies, key=len)
        tags = [tag.get("term") for tag in entry.get("tags", []) if tag.get("term")]
        title = entry.get("title")
        entries.append(
            FeedEntry(
                keys=[key for key in (guid, link) if key],
                link=link,
                guid=guid,
                title=normalise_text(fragment_to_text(title)) or None if title else None,
                published=_published(entry),
                author=entry.get("author") or None,
                section=tags[0] if tags else None,
                text=fragment_to_text(body) if body else "",
            )
        )
    return entries


def read_feed(
    text: str,
    source_ref: str,
    *,
    follow: bool = False,
    fetcher: Fetcher | None = None,
    seen: MutableSet[str] | None = None,
) -> Iterator[Article | Rejected]:
    """Articles from a feed document. Entries whose guid or link is in ``seen`` are skipped,
    and those read are added to it, so a watcher neither re-reads nor re-fetches them."""
    try:
        entries = parse_feed(text)
    except InputProblem as problem:
        yield problem.rejected(source_ref)
        return
    for index, entry in enumerate(entries):
        if seen is not None and any(key in seen for key in entry.keys):
            continue
        entry_ref = entry.link or f"{source_ref}#{index + 1}"
        if follow and entry.link:
            item = _followed(entry, entry.link, source_ref, fetcher)
        else:
            item = _from_entry(entry, entry_ref, source_ref)
        if isinstance(item, Article) and seen is not None:
            seen.update(entry.keys)
        yield item


def _from_entry(entry: FeedEntry, entry_ref: str, source_ref: str) -> Article | Rejected:
    text = normalise_text(entry.text)
    if not text:
        return Rejected(entry_ref, "no text", "the feed entry has no summary or content")
    article = Article(
        id=article_id(text),
        text=text,
        title=entry.title,
        url=entry.link,
        published=entry.published,
        section=entry.section,
        author=entry.author,
        source_ref=source_ref,
        external_id=entry.guid or entry.link,
    )
    return finish_article(article)


def _followed(entry: FeedEntry, link: str, source_ref: str, fetcher: Fetcher | None) -> Article | Rejected:
    """The entry's page, read as HTML; the feed's own title and date are kept where it has them."""
    entry_ref = link
    if fetcher is None:
        return Rejected(entry_ref, "cannot follow", "no HTTP client for following entry links")
    try:
        fetched = fetcher.get(link)
        html = decode_bytes(fetched.body, fetched.charset)
    except InputProblem as problem:
        problem.detail = f"following the feed entry link: {problem.detail or problem.reason}"
        return problem.rejected(entry_ref)
    article = extract_page(html, fetched.url)
    if article is None:
        return Rejected(entry_ref, "no text", "no main text found in the entry's page")
    article.url = link
    article.title = entry.title or article.title
    article.published = entry.published or article.published
    article.author = article.author or entry.author
    article.section = article.section or entry.section
    article.source_ref = source_ref
    article.external_id = entry.guid or entry.link
    return finish_article(article)
