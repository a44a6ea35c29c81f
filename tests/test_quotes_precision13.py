"""Thirteenth session, predictions that match nothing and contents that run too long: a content that ran
over its own cue is split around it (``sitrep.quotes.own_cue``: the cue, its speaker and its own modifiers
are not what was said), and a participle naming a noun is no statement (``sitrep.quotes.not_said``).
Sentences written for the project."""

from __future__ import annotations

import pytest
from quote_samples import contents_by_cue

from sitrep.quotes import quotes_of
from sitrep.quotes.own_cue import pieces_around_cue


def test_pieces_on_both_sides_of_the_cue_leave_the_cue_and_speaker_out(nlp) -> None:
    doc = nlp('"The harvest is lost," the farmer said, "and nobody in the capital will help us."')
    cue = next(t for t in doc if t.text == "said")
    heads = [t for t in cue.children if t.dep_ in {"ccomp", "conj"}]
    assert len(heads) == 2 and heads[0].i < cue.i < heads[1].i
    pieces = pieces_around_cue(cue, heads, 1, len(doc) - 1)
    words = [[t.text for t in doc[a:b] if not t.is_punct] for a, b in pieces]
    assert words == ["The harvest is lost".split(), "and nobody in the capital will help us".split()]


def test_a_quotation_split_by_its_own_cue_stays_one_statement(nlp) -> None:
    text = '"The harvest is lost," the farmer said, "and nobody in the capital will help us."'
    quotes = [q for q in quotes_of(nlp(text), cue_model=False) if q.cue == "said"]
    assert len(quotes) == 1 and quotes[0].speaker is not None and quotes[0].speaker.text == "the farmer"
    assert "harvest" in quotes[0].content and "will help us" in quotes[0].content


def test_a_relative_clause_content_starts_after_the_cue(nlp) -> None:
    text = "The new border fence, which the governor said would stop smugglers, has already been breached twice."
    assert contents_by_cue(nlp, text)["said"] == ["would stop smugglers"]


def test_a_passive_attitude_is_its_subject_and_its_complement(nlp) -> None:
    text = "The election is expected to be close, and the president is widely expected to win a second term."
    contents = [c for cs in contents_by_cue(nlp, text, cue_model=True).values() for c in cs]
    assert "the president" in contents and "to win a second term" in contents
    assert not any("expected" in content for content in contents)


def test_a_content_that_does_not_hold_its_cue_is_left_whole(nlp) -> None:
    doc = nlp("The minister said the bridge would reopen in May.")
    cue = doc[2]
    heads = [t for t in cue.children if t.dep_ == "ccomp"]
    assert pieces_around_cue(cue, heads, 3, 9) == [(3, 9)]


def test_nothing_after_the_cue_is_kept_when_no_content_head_follows_it(nlp) -> None:
    doc = nlp('"We will not leave our homes," the village elder said on a local radio station on Sunday.')
    cue = next(t for t in doc if t.text == "said")
    heads = [t for t in cue.children if t.dep_ == "ccomp"]
    end = len(doc) - 1  # a content the parse ran on to the sentence end
    pieces = pieces_around_cue(cue, heads, 1, end)
    assert len(pieces) == 1
    start, stop = pieces[0]
    assert [t.text for t in doc[start:stop] if not t.is_punct] == "We will not leave our homes".split()


@pytest.mark.parametrize(
    ("text", "participle"),
    [
        ("A charity called Open Doors has sent food to the border towns.", "called"),
        ("A farmer named Ali Khan said the river had flooded his fields.", "named"),
        ("The rebels formed a militia dubbed the Lions of the Valley.", "dubbed"),
    ],
)
def test_a_participle_naming_the_noun_before_it_is_no_statement(nlp, text: str, participle: str) -> None:
    """``not_said.naming_participle``: what a thing or person is called is not what anyone said."""
    quotes = quotes_of(nlp(text), cue_model=True)
    assert not any(q.cue == participle for q in quotes)


def test_the_statement_of_a_named_speaker_stays(nlp) -> None:
    quotes = quotes_of(nlp("A farmer named Ali Khan said the river had flooded his fields."), cue_model=False)
    assert [(q.cue, q.content) for q in quotes] == [("said", "the river had flooded his fields")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The senator called the plan reckless.", "called"),
        ("A local newspaper called on the governor to resign.", "called on"),
    ],
)
def test_calling_something_or_calling_on_someone_is_still_a_statement(nlp, text: str, cue: str) -> None:
    assert any(q.cue == cue for q in quotes_of(nlp(text), cue_model=False))


def test_a_question_put_to_you_is_no_statement(nlp) -> None:
    """``not_said.question_to_you``: "Do you support ...?" asks for a statement and reports none."""
    assert quotes_of(nlp("Do you support the new constitution?"), cue_model=True) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("You said the war would end by spring.", "said"),
        ("Does the minister support the new constitution?", "support"),
    ],
)
def test_a_statement_by_you_or_a_question_about_someone_else_stays(nlp, text: str, cue: str) -> None:
    assert any(q.cue == cue for q in quotes_of(nlp(text), cue_model=False))
