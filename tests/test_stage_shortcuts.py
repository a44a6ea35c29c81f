"""The shortcuts that keep the geo and dates stages cheap give exactly what the long way gives."""

from __future__ import annotations

from datetime import datetime

from sitrep.geo.recognise import _capitalised_indexes, _is_capitalised
from sitrep.model import Article, CodedDocument, Event
from sitrep.nlp.text import doc_text
from sitrep.time.expressions import _PATTERNS, _may_match, find_date_expressions
from sitrep.time.stage import DocumentDates, date_event

# Written for this test: every kind of time expression, in several cases, beside near misses.
SENTENCES = [
    "On Monday, March 3, 2025, troops shelled the town; two days ago they withdrew.",
    "THE ATTACK CAME LAST WEEK, ON SUNDAY NIGHT, AND AGAIN EARLIER THIS MONTH.",
    "The 1920s were calm; in 1927 the fort fell, and by the end of 2019 it was rebuilt.",
    "Talks resume next Tuesday's session, the past year was hard, over the weekend 2,000 troops left.",
    "Officials said the January offensive failed and that the vote is due by late April.",
    "She may march on Friday; the ceasefire holds until 2024-05-01 or the 5th of May, 2024.",
    "Yesterday, tonight, overnight and tomorrow: nothing with a number or a weekday here.",
    "Ｍonday ＷEEK K-week Ｙear ago",  # full-width and look-alike letters
]


def _all_patterns(text: str) -> list[tuple[str, int, int, str]]:
    """Which patterns find anything, run without the prefilter."""
    return [(kind, m.start(), m.end(), m.group(0)) for kind, pattern, _ in _PATTERNS for m in pattern.finditer(text)]


def test_the_prefilter_never_skips_a_pattern_that_matches() -> None:
    for text in SENTENCES + [s.upper() for s in SENTENCES] + [s.lower() for s in SENTENCES]:
        lower, has_digit = text.lower(), any(c in "0123456789" for c in text)
        for _kind, pattern, need in _PATTERNS:
            if pattern.search(text):
                assert _may_match(need, lower, has_digit), (pattern.pattern, text)


def test_date_expressions_are_still_found() -> None:
    found = [(m.text, m.kind) for m in find_date_expressions(SENTENCES[0])]
    assert ("Monday, March 3, 2025", "calendar_day") in found
    assert ("two days ago", "ago") in found
    assert [m.kind for m in find_date_expressions(SENTENCES[1])] == ["week", "weekday", "relative_month"]
    assert find_date_expressions("Nothing dated here at all.") == []


def test_doc_text_is_the_documents_text(nlp) -> None:
    doc = nlp("Troops entered Kharkiv.\n\nThen they left  again. ")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # built once
    assert doc_text(nlp("")) == ""


def test_capitalised_tokens_are_read_from_the_text(nlp) -> None:
    doc = nlp("KYIV — Élysée officials met in the Kursk region; ukraine's envoy and 3 U.S. aides left.\n\nSumy")
    assert _capitalised_indexes(doc, doc.text) == [t.i for t in doc if _is_capitalised(t)]


def test_dates_shared_by_a_documents_events_change_nothing(nlp) -> None:
    text = "Gunmen attacked a market on Tuesday. Police said they arrested two men. The attack killed 12 people."
    doc = nlp(text)
    article = Article(id="a", text=text, published=datetime(2025, 3, 7))
    coded = CodedDocument(article)
    bounds = [(s.start_char, s.end_char) for s in doc.sents]
    shared = DocumentDates(article.published)
    dates = []
    for word in ("attacked", "arrested", "killed"):
        start = text.index(word)
        event = Event("e", "a", text, 0, len(text), word, "ASSAULT", trigger_start=start, trigger_end=start + len(word))
        dated = date_event(event, text, bounds, coded, shared=shared)
        assert dated == date_event(event, text, bounds, coded)
        dates.append(dated.value)
    assert dates[0] == "2025-03-04"
