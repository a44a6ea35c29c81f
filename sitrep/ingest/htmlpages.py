"""HTML pages: the main text and the page's own metadata, through trafilatura."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from sitrep.ingest.records import finish_article, parse_published
from sitrep.model import Article, Rejected, article_id, normalise_text

# Fewer words than this is navigation or a cookie notice, not an article.
_MIN_WORDS = 3
# Only structured dates (meta tags, <time>, JSON-LD, the URL): htmldate's extensive
# search would turn a copyright line into "1 January", a guess dressed as a fact.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_BLOCK_TAG = re.compile(r"<\s*(?:br|/?p|/?div|/?li|/?h[1-6]|/?blockquote|/?tr)\b[^>]*>", re.IGNORECASE)

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def extract_page(html: str, url: str | None = None) -> Article | None:
    """An article from an HTML page, or None when it has no main text. The caller finishes it."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    if document is None or not document.text:
        return None
    title = normalise_text(document.title) if document.title else None
    lines = [line for line in document.text.split("\n") if line.strip()]
    # trafilatura repeats the <h1> as the first line of the text; the title field holds it.
    if title and lines and _same(lines[0], title):
        lines = lines[1:]
    # Each line is one block of the page (paragraph, heading, list item): keep them as paragraphs.
    text = normalise_text("\n\n".join(lines))
    if len(text.split()) < _MIN_WORDS:
        return None
    categories = [category for category in (document.categories or []) if category]
    return Article(
        id=article_id(text),
        text=text,
        title=title,
        url=document.url or url,
        outlet=document.sitename or None,
        published=parse_published(document.date),
        section=categories[0] if categories else None,
        author=document.author or None,
    )


def read_html(html: str, source_ref: str, *, url: str | None = None) -> Iterator[Article | Rejected]:
    """One article from an HTML page, or Rejected("no text")."""
    article = extract_page(html, url)
    if article is None:
        yield Rejected(source_ref, "no text", "no main text found in the HTML page")
        return
    article.source_ref = source_ref
    yield finish_article(article)


def fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's summary), its blocks kept as paragraphs."""
    if "<" not in fragment:
        return normalise_text(fragment)
    import lxml.html

    marked = _BLOCK_TAG.sub("\n\n", fragment)
    try:
        root = lxml.html.fragment_fromstring(marked, create_parent="div")
    except Exception:  # lxml raises several types on broken markup; a stripped fallback still reads
        return normalise_text(re.sub(r"<[^>]+>", " ", marked))
    for element in root.xpath("//script|//style"):
        element.drop_tree()
    return normalise_text(root.text_content())
