"""The per-article work of ingest made cheaper must give the same results: text normalisation, ids and
publication dates."""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import pytest

from sitrep.ingest import records
from sitrep.ingest.records import parse_published
from sitrep.model import article_id, normalise_text

# normalise_text as it was before it was made faster: the reference its output must equal.
_REFERENCE_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_REFERENCE_BLANK_LINES = re.compile(r"\n\s*\n+")


def reference_normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    cleaned = []
    for paragraph in _REFERENCE_BLANK_LINES.split(text):
        lines = [_REFERENCE_SPACES.sub(" ", line).strip() for line in paragraph.split("\n")]
        joined = " ".join(line for line in lines if line)
        if joined:
            cleaned.append(joined)
    return "\n\n".join(cleaned)


TRICKY = [
    "",
    " ",
    "plain text with single spaces",
    "two  spaces and\ttab and \u00a0 no-break",
    "\u200b zero width \u200b\u200b spaces \u3000ideographic\u3000",
    "line one  \n  line two\r\nline three\rline four",
    "para one\n\n\n\npara two\n \t \npara three",
    "\n\n  leading and trailing  \n\n",
    "e\u0301 composed by NFC, and \u2028 line separator, \x1c file separator, \x85 next line",
    "only\u2009thin\u2002en\u200aspaces",
    "\u200b\n\u200b",  # zero-width spaces are folded to a space, then stripped
    "ASCII\fform\vfeed",
]


@pytest.mark.parametrize("text", TRICKY)
def test_normalise_text_equals_the_reference_on_tricky_strings(text: str) -> None:
    assert normalise_text(text) == reference_normalise(text)


def test_normalise_text_equals_the_reference_on_random_strings() -> None:
    generator = random.Random(20261127)
    spaces = list(" \t\f\v\u00a0\u2000\u2005\u200a\u200b\u202f\u205f\u3000\n\r\x1c\x85\u2028")
    letters = [*"ab.é", "e\u0301"]
    for alphabet in (spaces + letters, [" ", "\n", "\r", *letters], [" ", "a", "b", "\n"]):
        for _ in range(3000):
            text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 30)))
            assert normalise_text(text) == reference_normalise(text), repr(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-14 20:28:39Z", datetime(2025, 3, 14, 20, 28, 39, tzinfo=UTC)),
        ("2025-03-14T20:28:39+02:00", datetime(2025, 3, 14, 20, 28, 39, tzinfo=timezone(timedelta(hours=2)))),
        ("2025-03-14", datetime(2025, 3, 14, tzinfo=UTC)),
        ("Fri, 14 Mar 2025 20:28:39 GMT", datetime(2025, 3, 14, 20, 28, 39, tzinfo=UTC)),
        ("14 Mar 2025 20:28 +0100", datetime(2025, 3, 14, 20, 28, tzinfo=timezone(timedelta(hours=1)))),
    ],
)
def test_common_date_formats_do_not_need_dateparser(
    value: str, expected: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(text: str) -> None:
        raise AssertionError(f"dateparser was called for {text!r}")

    monkeypatch.setattr(records, "_by_dateparser", refuse)
    assert parse_published(value) == expected


def test_other_date_formats_still_parse() -> None:
    assert parse_published("March 14, 2025") == datetime(2025, 3, 14, tzinfo=UTC)
    assert parse_published("not a date at all") is None


def reference_article_id(text: str) -> str:
    """article_id as it was before its fast path."""
    return hashlib.sha256(" ".join(text.casefold().split()).encode("utf-8")).hexdigest()[:20]


@pytest.mark.parametrize("text", [*TRICKY, "Para one.\n\nPara two.", "Straße İstanbul\n\n\nthree", "a\u2028b", " x "])
def test_article_id_equals_the_reference(text: str) -> None:
    assert article_id(text) == reference_article_id(text)
    assert article_id(normalise_text(text)) == reference_article_id(normalise_text(text))


def test_article_id_equals_the_reference_on_random_strings() -> None:
    generator = random.Random(7)
    alphabet = list(" \n\n\t\u00a0\u2028\x1c\x85\u200bab.ßİ")
    for _ in range(3000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 25)))
        assert article_id(text) == reference_article_id(text), repr(text)
        assert article_id(normalise_text(text)) == reference_article_id(normalise_text(text)), repr(text)
