"""The text of a parsed document, built once and shared by every stage."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT_KEY = "sitrep_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept on the document after the first call.

    spaCy rebuilds ``doc.text`` by joining every token on each access (a Python loop over the whole article);
    the geo and dates stages each need it once per document, so the first one builds it and the others read it.
    The stages never retokenize, so the stored text stays the document's own.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None or len(text) != _text_length(doc):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def _text_length(doc: Doc) -> int:
    """The length of the document's text, from its last token alone (a cheap check that a stored text fits)."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
