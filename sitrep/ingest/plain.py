"""Plain-text articles: an optional title line, then the text."""

from __future__ import annotations

from collections.abc import Iterator

from sitrep.ingest.records import finish_article
from sitrep.model import Article, Rejected, article_id, normalise_text
from sitrep.time.publication import publication_date_from_name, publication_date_from_text

_TITLE_MAX_CHARS = 150
_TITLE_MAX_WORDS = 25
# A line ending like this is a sentence or a wrapped line, not a headline.
_NOT_TITLE_ENDINGS = (".", ",", ";", ":", "-")


def split_title(text: str) -> tuple[str | None, str]:
    """(title, rest) when the first line looks like a headline, else (None, text).

    A headline is short, does not end like a sentence, and is followed by more
    text: after a blank line, or on the next line when that line does not
    continue it (a hard-wrapped paragraph's next line starts in lower case).
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    if len(lines) < 2:
        return None, text
    first = lines[0].strip()
    rest = "\n".join(lines[1:])
    if not rest.strip() or not first:
        return None, text
    if len(first) > _TITLE_MAX_CHARS or len(first.split()) > _TITLE_MAX_WORDS:
        return None, text
    if first.endswith(_NOT_TITLE_ENDINGS):
        return None, text
    next_line = lines[1].strip()
    if next_line and not next_line[0].isupper() and not next_line[0].isdigit() and next_line[0] not in "\"'“‘(«":
        return None, text
    return first, rest


def read_text(text: str, source_ref: str, *, url: str | None = None) -> Iterator[Article | Rejected]:
    """One article from a plain-text document."""
    title, body = split_title(text)
    normalised = normalise_text(body)
    if not normalised:
        yield Rejected(source_ref, "no text", "the file holds only a title line" if title else None)
        return
    article = Article(
        id=article_id(normalised),
        text=normalised,
        title=normalise_text(title) if title else None,
        url=url,
        source_ref=source_ref,
        # Plain text has no metadata: a dateline, or a date in the file's name, is all there is.
        published=publication_date_from_text(normalised) or publication_date_from_name(source_ref),
    )
    yield finish_article(article)
