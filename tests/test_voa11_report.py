"""How the report names a speaker known only by a possessive pronoun ("his U.N. mission", eleventh session):
as a report writes it, "Iran's U.N. mission", not "IRN, his U.N. mission". Statements written for the project."""

from __future__ import annotations

import pytest

from sitrep.analysis.report import statement_words


@pytest.mark.parametrize(
    ("speaker", "country", "label"),
    [
        ("his U.N. mission", "IRN", "Iran's U.N. mission"),
        ("their delegation", "PHL", "Philippines' delegation"),
        ("Its foreign ministry", "KEN", "Kenya's foreign ministry"),
    ],
)
def test_a_possessive_speaker_is_named_by_its_country(speaker: str, country: str, label: str) -> None:
    statement = {"speaker": speaker, "speaker_text": speaker, "country": country, "content": "a provocation",
                 "type": "indirect", "cue": "called"}
    assert statement_words(statement) == (label, "called a provocation")


def test_a_named_speaker_or_one_without_a_country_keeps_its_words() -> None:
    base = {"speaker_text": "his office", "content": "no comment", "type": "direct", "cue": "said"}
    assert statement_words(dict(base, speaker="Abdul Karimi", country="AFG"))[0] == "Abdul Karimi"
    assert statement_words(dict(base, speaker=None, country=None))[0] == "his office"
