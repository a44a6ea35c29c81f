"""The quotes stage reads per-token facts from spaCy arrays instead of Token objects (ninth session, for speed).

These tests hold the array readings to what the Token-by-Token reading gives on a text with paragraphs, runs of
spaces and quotations that cross a line break.
"""

from __future__ import annotations

from spacy.language import Language

from sitrep.quotes.attribution import (
    _ACCORDING,
    _CUE_POS_IDS,
    _LEARNED_POS,
    _LEARNED_POS_IDS,
    _index_tokens,
    _tokens_with_pos,
)
from sitrep.quotes.marks import find_quotations

TEXT = (
    "Headline Without A Stop\n\n"
    'The minister said  "we will not\nretreat," according to aides.\n'
    "  \n"
    "According to the report, talks failed. \u201cIt is over,\u201d he told reporters.\n\n\n"
    "Officials want a deal."
)


def _paragraphs_by_tokens(doc) -> list[int]:
    """The paragraph of each token, read Token by Token (the reading before the arrays)."""
    paragraphs, paragraph, line_break = [], 0, False
    for token in doc:
        if token.is_space:
            line_break = line_break or "\n" in token.text
        elif line_break:
            paragraph += 1
            line_break = False
        paragraphs.append(paragraph)
        if "\n" in token.whitespace_:
            line_break = True
    return paragraphs


def test_index_tokens_matches_the_token_by_token_reading(nlp: Language) -> None:
    doc = nlp(TEXT)
    quotations = find_quotations(doc.text)
    context = _index_tokens(doc, quotations)
    assert context.paragraph_of_token == _paragraphs_by_tokens(doc)
    assert max(context.paragraph_of_token) == 4  # every line break starts one, inside a quotation too
    expected_quotes = [
        next((q for q, mark in enumerate(quotations) if mark.open <= token.idx < mark.close), -1) for token in doc
    ]
    assert context.quote_of_token == expected_quotes
    assert any(q != -1 for q in context.quote_of_token)
    assert context.text == doc.text


def test_tokens_with_pos_picks_the_same_tokens_as_token_attributes(nlp: Language) -> None:
    doc = nlp(TEXT)
    cue_words = [t.i for t in doc if t.pos_ in {"VERB", "AUX"} or t.lower_ == "according"]
    assert _tokens_with_pos(doc, _CUE_POS_IDS, _ACCORDING) == cue_words
    assert any(doc[i].lower_ == "according" for i in cue_words)
    assert _tokens_with_pos(doc, []) == []
    learned = [t.i for t in doc if t.pos_ in _LEARNED_POS]
    assert _tokens_with_pos(doc, _LEARNED_POS_IDS) == learned


def test_an_empty_document_has_no_tokens_to_read(nlp: Language) -> None:
    doc = nlp("")
    assert _tokens_with_pos(doc, _CUE_POS_IDS, _ACCORDING) == []
    context = _index_tokens(doc, [])
    assert context.quote_of_token == [] and context.paragraph_of_token == []
