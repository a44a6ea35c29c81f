"""Thirteenth session, content boundaries of matched attributions: a preposition that opens a content as
one of its heads ("called for [a ceasefire]") is the cue's, not part of what was said. Sentences written
for the project."""

from __future__ import annotations

import pytest
from quote_samples import contents_by_cue

from sitrep.quotes import find_attributions


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The foreign minister called for an immediate ceasefire in the north.", "called",
         "an immediate ceasefire in the north"),
        ("Opposition leaders called on the army to return to its barracks.", "called",
         "the army to return to its barracks"),
        ("The health minister warned of a long and hard winter.", "warned", "a long and hard winter"),
        ("Farmers complained about the price of diesel.", "complained", "the price of diesel"),
    ],
)
def test_a_content_preposition_is_left_to_the_cue(nlp, text: str, cue: str, content: str) -> None:
    assert contents_by_cue(nlp, text)[cue] == [content]


def test_a_clause_content_keeps_its_first_word(nlp) -> None:
    # Only a preposition heading the content moves its start: "that" and "to" of a clause stay.
    text = "The governor said that the bridge would reopen, and he promised to repair the road."
    contents = contents_by_cue(nlp, text)
    assert contents["said"] == ["that the bridge would reopen"]
    assert contents["promised"] == ["to repair the road"]


def test_a_learned_content_leaves_out_the_cues_adverbial_clause(nlp) -> None:
    # "expect" with a noun object is an attitude the learned model finds; "if the bank ..." is its condition.
    text = "Most economists expect a recession if the bank raises rates again."
    contents = contents_by_cue(nlp, text, cue_model=True)
    assert contents["expect"] == ["a recession"]


def test_a_rule_content_keeps_the_cues_adverbial_clause(nlp) -> None:
    contents = contents_by_cue(nlp, "Many residents welcomed the new tax after the council explained it.")
    assert contents["welcomed"] == ["the new tax after the council explained it"]


def test_a_quotation_opened_by_that_keeps_the_word(nlp) -> None:
    # 'said that "..."' is still a quotation (one word outside the marks), but its content starts at "that".
    text = 'The farm minister said that "the harvest is lost for good."'
    found = find_attributions(nlp(text), cue_model=False)
    assert len(found) == 1 and found[0].type == "direct"
    assert text[found[0].start : found[0].end].startswith('that "the harvest is lost for good')


def test_a_bare_quotation_starts_at_its_mark(nlp) -> None:
    text = 'The farm minister said "the harvest is lost for good."'
    found = find_attributions(nlp(text), cue_model=False)
    assert len(found) == 1 and found[0].type == "direct"
    assert text[found[0].start : found[0].end].startswith("the harvest")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Opposition leaders called for the interior minister to resign.", "called",
         "the interior minister to resign"),
        ("The union is calling for the government to raise wages.", "calling", "the government to raise wages"),
    ],
)
def test_for_opening_an_infinitive_clause_is_left_to_the_cue(nlp, text: str, cue: str, content: str) -> None:
    assert contents_by_cue(nlp, text, cue_model=True)[cue] == [content]
