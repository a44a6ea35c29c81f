"""A content the parse ran over a semicolon, colon or dash into another clause is cut at that mark
(``attribution._past_a_break``, twelfth session): a clause before the mark that the parser hung on a later
cue is not what that cue's speaker said, and a colon inside a content before its cue starts it. Dashes
after the cue are left (gold keeps such asides more often than not). Sentences written for the project."""

from __future__ import annotations

import pytest
from quote_samples import contents_by_cue


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The governor keeps voters away from the press: He says reporters twist his words to hurt him.",
         "says", "reporters twist his words to hurt him"),
        ("The senator drew the general's anger - he called her reckless and naive.", "called",
         "reckless and naive"),
        ("The army took the hill; the colonel said the fighting was over.", "said", "the fighting was over"),
        ("Turnout fell sharply in the north — officials said the storms kept voters at home.", "said",
         "the storms kept voters at home"),
        ("The deal collapsed on Friday: the envoy told reporters that neither side would sign.", "told",
         "that neither side would sign"),
    ],
)
def test_a_clause_before_a_break_is_not_the_later_cues_content(nlp, text: str, cue: str, content: str) -> None:
    assert contents_by_cue(nlp, text)[cue] == [content]


def test_two_statements_joined_by_a_semicolon_are_two(nlp) -> None:
    text = "Most residents said they wanted the road rebuilt; 30 percent said they wanted a new bridge instead."
    said = sorted(contents_by_cue(nlp, text)["said"])
    assert said == ["they wanted a new bridge instead", "they wanted the road rebuilt"]


def test_a_content_before_its_cue_starts_after_a_colon(nlp) -> None:
    text = "The mayor insisted the city had lost its way: “This is no longer our town,” she claimed."
    found = contents_by_cue(nlp, text)
    assert found["claimed"] == ["This is no longer our town"]
    assert found["insisted"] == ["the city had lost its way"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # A dash after the cue is an aside gold mostly keeps.
        ("The minister pledged that wages would rise by spring — a promise she had made twice before.", "pledged",
         "that wages would rise by spring — a promise she had made twice before"),
        # A hyphen inside a word is no break.
        ("The ceasefire in the north-east is holding, the commander said.", "said",
         "The ceasefire in the north-east is holding"),
        # A colon inside quotation marks is part of the quotation.
        ('"We have one goal: peace," the envoy said, adding that talks would resume.', "said",
         "We have one goal: peace"),
    ],
)
def test_what_is_no_break(nlp, text: str, cue: str, content: str) -> None:
    assert contents_by_cue(nlp, text)[cue] == [content]
