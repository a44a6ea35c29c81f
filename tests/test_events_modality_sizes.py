"""Unit tests of the events stage's modality and toll readers, on small parsed sentences."""

from __future__ import annotations

import pytest

from sitrep.events.modality import modality_of
from sitrep.events.numbers import Count, parse_count
from sitrep.events.sizes import sizes_of


def _token(nlp, sentence: str, word: str):
    doc = nlp(sentence)
    return next(token for token in doc if token.text == word)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Russia has not attacked Kyiv.", "attacked", "negated"),
        ("Russia denied attacking the convoy.", "attacking", "negated"),
        ("No shelling was reported overnight.", "shelling", "negated"),
        ("Russia did not attack or shell the town.", "shell", "negated"),
        ("If Russia attacks, NATO will respond.", "attacks", "hypothetical"),
        ("Russian forces could strike Kyiv.", "strike", "hypothetical"),
        ("Iran will strike Israel.", "strike", "future"),
        ("Iran plans to strike Israel.", "strike", "future"),
        ("Hamas vowed to attack Israel.", "attack", "future"),
        ("Russia is preparing to launch an offensive.", "launch", "future"),
        ("Israel is going to strike Iran.", "strike", "future"),
    ],
)
def test_modality_flags(nlp, sentence: str, word: str, expected: str) -> None:
    modality = modality_of(_token(nlp, sentence, word))
    assert getattr(modality, expected), modality
    assert not modality.factual


def test_reported_claims_stay_factual(nlp) -> None:
    modality = modality_of(_token(nlp, "The ministry said it repelled three attacks.", "repelled"))
    assert modality.reported and modality.factual
    according = modality_of(_token(nlp, "According to the ministry, troops shelled the village.", "shelled"))
    assert according.reported and according.factual


def test_plain_past_is_factual_and_unreported(nlp) -> None:
    modality = modality_of(_token(nlp, "Troops shelled the village on Monday.", "shelled"))
    assert modality.factual and not modality.reported


def test_did_not_attack_but_shelled_keeps_second_factual(nlp) -> None:
    doc = nlp("Russia did not attack Kyiv but shelled Kharkiv.")
    shelled = next(token for token in doc if token.text == "shelled")
    assert modality_of(shelled).factual


@pytest.mark.parametrize(
    ("words", "value", "approximate"),
    [
        (["12"], 12, False),
        (["1,200"], 1200, False),
        (["at", "least", "12"], 12, True),
        (["more", "than", "300"], 300, True),
        (["twenty-five"], 25, False),
        (["a", "dozen"], 12, False),
        (["two", "dozen"], 24, False),
        (["dozens"], 24, True),
        (["hundreds"], 200, True),
        (["thousands"], 2000, True),
        (["tens", "of", "thousands"], 20000, True),
        (["2.5", "million"], 2_500_000, False),
        (["three", "hundred"], 300, False),
    ],
)
def test_parse_count(words: list[str], value: int, approximate: bool) -> None:
    assert parse_count(words) == Count(value, approximate)


def test_parse_count_without_number() -> None:
    assert parse_count(["several"]) is None
    assert parse_count([]) is None


@pytest.mark.parametrize(
    ("sentence", "field", "value", "approximate"),
    [
        ("The village was shelled, killing at least 12 people.", "dead", 12, True),
        ("Dozens of soldiers were captured.", "captured", 24, True),
        ("Two civilians were wounded.", "injured", 2, False),
        ("A soldier was killed.", "dead", 1, False),
        ("The death toll rose to 40.", "dead", 40, False),
        ("The blast left 12 dead and 30 injured.", "injured", 30, False),
        ("Hundreds of people fled the fighting.", "displaced", 200, True),
        ("More than 1,200 people were displaced.", "displaced", 1200, True),
        ("Police arrested a dozen protesters.", "captured", 12, False),
        ("Twenty-five people died in the attack.", "dead", 25, False),
    ],
)
def test_sizes(nlp, sentence: str, field: str, value: int, approximate: bool) -> None:
    size = sizes_of(nlp(sentence))
    assert getattr(size, field) == value, size
    assert size.approximate is approximate


def test_counts_of_places_are_not_people(nlp) -> None:
    size = sizes_of(nlp("Troops captured 12 villages."))
    assert size.captured is None
