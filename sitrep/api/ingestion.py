"""POST /api/ingest: one article (JSON fields, an uploaded file, or a fetched URL), coded and stored."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from fastapi import HTTPException, status

from sitrep.api.handle import StoreHandle
from sitrep.api.safe_fetch import FetchFailed, FetchRefused, FetchTooLarge, fetch
from sitrep.ingest.files import InputProblem, decode_bytes
from sitrep.ingest.htmlpages import read_html
from sitrep.ingest.plain import read_text
from sitrep.ingest.records import article_or_rejected
from sitrep.ingest.sources import sniff_format
from sitrep.model import Article, Rejected

CoderFactory = Callable[[], Any]


def _default_coder() -> Any:
    from sitrep.pipeline import Coder

    return Coder()


class Ingestor:
    """Turns a request's content into an article, codes it outside the store lock, then writes it."""

    def __init__(self, handle: StoreHandle, max_bytes: int, allow_private_urls: bool,
                 coder_factory: CoderFactory | None = None) -> None:
        self.handle = handle
        self.max_bytes = max_bytes
        self.allow_private_urls = allow_private_urls
        self._coder_factory = coder_factory or _default_coder
        self._coder: Any = None
        self._coder_lock = threading.Lock()

    def coder(self) -> Any:
        # The spaCy model takes seconds to load: only on the first ingest, never at start-up.
        with self._coder_lock:
            if self._coder is None:
                self._coder = self._coder_factory()
            return self._coder

    # --- from the three kinds of request ----------------------------------------------------

    def from_fields(self, record: dict[str, Any]) -> Article:
        fields = {key: record.get(key) for key in ("text", "title", "published", "url", "outlet")}
        return _article_or_422(article_or_rejected(fields, "api"))

    def from_bytes(self, data: bytes, source_ref: str, *, url: str | None = None,
                   content_type: str = "", charset: str | None = None, title: str | None = None) -> Article:
        try:
            text = decode_bytes(data, charset)
        except InputProblem as error:
            raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"{source_ref}: {error}") from None
        is_html = "html" in content_type or sniff_format(text) == "html"
        items = list(read_html(text, source_ref, url=url) if is_html else read_text(text, source_ref, url=url))
        article = _article_or_422(items[0] if items else Rejected(source_ref, "no text"))
        if title:
            article.title = title.strip() or article.title
        return article

    def from_url(self, url: str) -> Article:
        try:
            page = fetch(url, self.max_bytes, allow_private=self.allow_private_urls)
        except FetchRefused as error:
            raise HTTPException(status.HTTP_400_BAD_REQUEST, str(error)) from None
        except FetchTooLarge as error:
            raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, str(error)) from None
        except FetchFailed as error:
            raise HTTPException(status.HTTP_502_BAD_GATEWAY, str(error)) from None
        return self.from_bytes(page.body, page.url, url=page.url, content_type=page.content_type,
                               charset=page.charset)

    # --- coding and storing -------------------------------------------------------------------

    def code_and_store(self, article: Article) -> dict[str, Any]:
        from sitrep.analysis.update import update_incidents

        coder = self.coder()
        doc = next(iter(coder.code_many([article])))
        with self.handle.writing() as store:
            new = store.add_articles([article]) == 1
            store.add_coded([doc], coder.version)
            incidents = update_incidents(store)
        return {
            "article_id": article.id, "new": new, "title": article.title, "events": len(doc.events),
            "quotes": len(doc.quotes), "places": len(doc.places), "incidents_total": incidents.incidents_total,
            "error": doc.error,
        }


def _article_or_422(item: Article | Rejected) -> Article:
    if isinstance(item, Rejected):
        detail = f"{item.reason}: {item.detail}" if item.detail else item.reason
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"cannot read the article: {detail}")
    return item
