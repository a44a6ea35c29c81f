"""A parenthetical cue inside a clause that goes on into a quotation ("The industry, she said, is ''doing
much better''"): one mixed statement in two pieces (fifth session). Written for the project."""

from __future__ import annotations

import pytest

from sitrep.quotes import quotes_of


@pytest.mark.parametrize(
    ("text", "before", "quoted", "speaker"),
    [
        ("The golf industry, she said, is ''doing much better than it has looked since 2009.'' Sales rose.",
         "The golf industry", "doing much better", "she"),
        ("The border town, the mayor said, is “not ready for another winter of shelling.” Officials agreed.",
         "The border town", "not ready for another winter", "the mayor"),
    ],
)
def test_parenthetical_cue_with_a_quotation_after_it(nlp, text: str, before: str, quoted: str,
                                                     speaker: str) -> None:
    found = [q for q in quotes_of(nlp(text)) if q.cue == "said"]
    assert found and found[0].content == before
    assert any(q.type == "mixed" and quoted in q.content for q in found)
    assert {q.speaker.text for q in found if q.speaker is not None} == {speaker}
    assert len({q.cue_start for q in found}) == 1  # one cue: one attribution in two pieces


def test_a_quotation_split_by_its_cue_is_still_taken_from_its_marks(nlp) -> None:
    text = '"The economy is weak," he said, "and it is getting weaker every month."'
    found = quotes_of(nlp(text))
    assert found and all(q.type == "direct" for q in found)
    assert any("getting weaker" in q.content for q in found)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Asked whether the ceasefire would hold, the minister said no.", "no"),
        ("The talks will resume next week if the mediators say so.", "so"),
    ],
)
def test_a_one_word_answer_is_what_was_said(nlp, text: str, answer: str) -> None:
    found = [q for q in quotes_of(nlp(text)) if q.cue is not None and q.cue.startswith("sa")]
    assert [q.content for q in found] == [answer]


def test_no_as_a_determiner_is_not_an_answer(nlp) -> None:
    found = quotes_of(nlp("She said no one had been hurt in the strike."))
    assert [q.content for q in found] == ["no one had been hurt in the strike"]
